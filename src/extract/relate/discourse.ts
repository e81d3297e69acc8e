/**
 * Coreference for relation arguments: pronouns (he, she, they, it, we, his, its, their) and
 * definite descriptions ("the president", "the ministry", "the two leaders") resolved against
 * the entities that recent sentences made salient, with agreement in type and gender. A mention
 * that could mean two equally recent entities is left unresolved.
 */
import type { EntityInfo } from './view.js';
import { ROLE_HEADS, ROLE_WORDS } from '../lexicon/roles.js';

export interface Discourse {
  /** Recently salient persons (subjects and speakers), newest last. */
  persons: number[];
  /** The latest coordinated or plural subject ("A and B", "the two leaders") and its sentence. */
  group?: { members: number[]; sentence: number };
  /** Recently salient organisations and places, newest last. */
  collective: number[];
}

export function newDiscourse(): Discourse {
  return { persons: [], collective: [] };
}

/** Makes entities salient: they become the preferred antecedents of later pronouns. */
export function noteSalient(d: Discourse, members: number[], entities: EntityInfo[], sentence: number): void {
  if (members.length > 1) d.group = { members, sentence };
  else if (members.length === 1 && entities[members[0]!]!.type === 'Organization') d.group = { members, sentence };
  for (const m of members) {
    const e = entities[m]!;
    const list =
      e.type === 'Person' ? d.persons : e.type === 'Organization' || e.type === 'Place' ? d.collective : undefined;
    if (!list) continue;
    const at = list.indexOf(m);
    if (at >= 0) list.splice(at, 1);
    list.push(m);
  }
}

const GENDER = new Map<string, 'male' | 'female'>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);
/** Descriptions that stand for the state in focus. */
const STATE_NOUNS = new Set(['government', 'country', 'authorities', 'nation', 'regime', 'administration', 'state']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const NEUTER = new Set(['it', 'its', 'itself']);

/**
 * Resolves a pronoun. `local` lists entities of the same sentence before the pronoun that can
 * be its antecedent (subjects of earlier clauses), nearest first.
 */
export function resolvePronoun(
  pronoun: string,
  entities: EntityInfo[],
  d: Discourse,
  sentence: number,
  local: number[] = [],
): number[] | undefined {
  const p = pronoun.toLowerCase();
  const gender = GENDER.get(p);
  if (gender) {
    const agrees = (i: number): boolean => {
      const e = entities[i]!;
      return e.type === 'Person' && (!e.gender || e.gender === gender);
    };
    const near = local.find(agrees);
    if (near !== undefined) return [near];
    // The most recent agreeing person (speakers and subjects are noted as they come).
    const candidates = d.persons.filter(agrees);
    const newest = candidates[candidates.length - 1];
    if (newest === undefined) return undefined;
    return [newest];
  }
  if (PLURAL.has(p)) {
    if (d.group && sentence - d.group.sentence <= 3) return d.group.members;
    const c = d.collective[d.collective.length - 1];
    return c !== undefined && entities[c]!.type === 'Organization' ? [c] : undefined;
  }
  if (NEUTER.has(p)) {
    const near = local.find((i) => entities[i]!.type !== 'Person' && entities[i]!.type !== 'Event');
    if (near !== undefined) return [near];
    // "it said": an organisation recently in focus before a place ("the agency", "the ministry").
    const recent = d.collective.slice(-3);
    const org = [...recent].reverse().find((i) => entities[i]!.type === 'Organization');
    const c = org ?? d.collective[d.collective.length - 1];
    return c !== undefined ? [c] : undefined;
  }
  return undefined;
}

/**
 * Resolves a definite description by its head noun and modifiers ("the president", "the
 * foreign ministry", "the agency"): a person whose role has that head, or an organisation whose
 * name ends in it, the most recent first.
 */
export function resolveDescription(words: string[], entities: EntityInfo[], d: Discourse): number[] | undefined {
  const head = words[words.length - 1];
  if (!head) return undefined;
  // "the government", "the country", "the authorities": the state most recently in focus.
  if (STATE_NOUNS.has(head) && words.length === 1) {
    for (let i = d.collective.length - 1; i >= 0; i--) {
      if (entities[d.collective[i]!]!.type === 'Place') return [d.collective[i]!];
    }
    return undefined;
  }
  if (ROLE_HEADS.has(head) || (ROLE_WORDS.has(head) && words.every((w) => ROLE_WORDS.has(w)))) {
    for (let i = d.persons.length - 1; i >= 0; i--) {
      const e = entities[d.persons[i]!]!;
      if (e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head))) return [d.persons[i]!];
    }
    return undefined;
  }
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.type !== 'Organization' || e.words.length < 2 || e.words[e.words.length - 1] !== head) continue;
    // "the foreign ministry" must agree with "Foreign Ministry", not just "Ministry of Defence".
    const modifiers = words.slice(0, -1);
    if (modifiers.every((m) => e.words.includes(m))) return [i];
  }
  return undefined;
}
