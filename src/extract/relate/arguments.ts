/**
 * Who did it and to whom: the subject of a trigger (by-agent of a passive, the nearest
 * subject-like mention on the left, or the name after an inverted "said"), coordinated groups
 * ("NATO and the U.S."), pronouns and definite descriptions ("he", "the embassy").
 */
import type { Arg, EntityInfo, SentenceView } from './view.js';
import { ROLE_HEADS, ROLE_WORDS } from '../lexicon/roles.js';
import { isDemonym } from '../lexicon/places.js';
import { isAdjective } from '../lexicon/words.js';

export const PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'to',
  'from',
  'with',
  'by',
  'for',
  'on',
  'over',
  'about',
  'against',
  'between',
  'into',
  'across',
  'under',
  'toward',
  'towards',
  'after',
  'before',
  'during',
  'than',
  'including',
  'like',
  'via',
  'per',
  'among',
  'within',
  'without',
  'through',
  'near',
  'behind',
  'beyond',
  'amid',
  'despite',
  'outside',
  'inside',
  'upon',
  'citing',
  'unlike',
  'except',
  'besides',
  'around',
  'since',
  'until',
  'ahead',
]);

const BOUNDARIES = new Set([
  ';',
  ':',
  'that',
  'which',
  'because',
  'while',
  'although',
  'though',
  'whereas',
  'but',
  'if',
  'unless',
  'when',
  'whether',
  'where',
  'so',
  'whom',
  'after',
  'before',
]);
const SKIPPABLE_BEFORE_ARG = new Set([
  'the',
  'a',
  'an',
  'both',
  'his',
  'her',
  'its',
  'their',
  'our',
  'former',
  'visiting',
  'then',
  'current',
  'new',
]);
const GROUP_GLUE = new Set([',', 'and', 'the', 'both', 'or', 'as', 'well', 'nor', 'either', 'neither']);
const PERSON_PRONOUNS = new Map<string, 'male' | 'female'>([
  ['he', 'male'],
  ['she', 'female'],
]);

export interface Discourse {
  /** Most recent Person sources/subjects, newest last. */
  persons: number[];
  /** Most recent group subject (coordination) and its sentence. */
  group?: { members: number[]; sentence: number };
  /** Most recent Organization/Place subject. */
  collective: number[];
}

export function newDiscourse(): Discourse {
  return { persons: [], collective: [] };
}

export function noteSubject(d: Discourse, members: number[], entities: EntityInfo[], sentence: number): void {
  // "they": the latest coordinated group, or the latest organisation (a ministry, a party).
  if (members.length > 1 || (members.length === 1 && entities[members[0]!]!.type === 'Organization'))
    d.group = { members, sentence };
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

export function preposed(view: SentenceView, arg: Arg): boolean {
  // "of the United States, Canada and Mexico": every conjunct is inside the prepositional phrase.
  const n0 = view.norms[arg.tokenStart - 1];
  const listGoesOn = (): boolean => {
    const after = view.norms[arg.tokenEnd];
    if (after !== ',' && after !== 'and' && after !== 'or') return false;
    let k = arg.tokenEnd + 1;
    if (view.norms[k] === 'and' || view.norms[k] === 'the') k++;
    if (view.norms[k] === 'the') k++;
    return view.args.some((a) => a.tokenStart === k);
  };
  // "of Springfield, Illinois": a place after a place and a comma locates it, in the same phrase.
  if (n0 === ',') {
    const host = view.args.find((a) => a.tokenEnd === arg.tokenStart - 1);
    if (host && host !== arg && placeLike(host) && placeLike(arg)) return preposedDirect(view, host);
  }
  if (n0 === 'and' || n0 === 'or' || (n0 === ',' && listGoesOn())) {
    const prevArg = view.args.filter((a) => a.tokenEnd <= arg.tokenStart - 1 && a.tokenEnd >= arg.tokenStart - 3).pop();
    if (prevArg && prevArg !== arg && preposedDirect(view, prevArg)) return true;
    if (
      prevArg &&
      prevArg !== arg &&
      (view.norms[prevArg.tokenStart - 1] === ',' || view.norms[prevArg.tokenStart - 1] === 'and')
    )
      return preposed(view, prevArg);
  }
  return preposedDirect(view, arg);
}

function placeLike(arg: Arg): boolean {
  return arg.type === 'Place';
}

function preposedDirect(view: SentenceView, arg: Arg): boolean {
  let k = arg.tokenStart - 1;
  let skipped = 0;
  while (
    k >= 0 &&
    skipped < 4 &&
    (SKIPPABLE_BEFORE_ARG.has(view.norms[k]!) ||
      (!view.tokens[k]!.cap && (ROLE_WORDS.has(view.norms[k]!) || isAdjective(view.norms[k]!))))
  ) {
    k--;
    skipped++;
  }
  return k >= 0 && PREPOSITIONS.has(view.norms[k]!);
}

/**
 * The coordinated group an argument belongs to, extended in one direction: "NATO and the U.S.",
 * "the UK, France, Germany and Sweden". Commas alone are apposition ("Jeff Rathke, the State
 * Department spokesperson"), not coordination, so a group needs "and"/"or"/"nor".
 */
export function groupAround(view: SentenceView, index: number, direction: -1 | 1): Arg[] {
  const members = [view.args[index]!];
  let coordinated = false;
  let i = index;
  for (;;) {
    const j = i + direction;
    const other = view.args[j];
    if (!other) break;
    const [a, b] = direction < 0 ? [other, view.args[i]!] : [view.args[i]!, other];
    if (a.possessive || preposed(view, other)) break;
    let glue = true;
    let words = 0;
    for (let k = a.tokenEnd; k < b.tokenStart; k++) {
      const n = view.norms[k]!;
      // Titles and nationalities between conjuncts belong to the next name:
      // "Angela Merkel and French President Emmanuel Macron".
      const titled =
        ROLE_WORDS.has(n) ||
        ROLE_WORDS.has(n.replace(/s$/, '')) ||
        isDemonym(view.tokens[k]!.text) ||
        n === 'respectively';
      if (!GROUP_GLUE.has(n) && !titled && !/^(his|her|their|its)$/.test(n)) glue = false;
      if (!GROUP_GLUE.has(n)) words++;
      if (n === 'and' || n === 'or' || n === 'nor') coordinated = true;
    }
    if (!glue || words > 6 || b.tokenStart <= a.tokenEnd) break;
    members.push(other);
    i = j;
  }
  if (!coordinated) return [view.args[index]!];
  return direction < 0 ? members.reverse() : members;
}

export type Resolver = (view: SentenceView, tokenIndex: number) => number[] | undefined;

export interface Subject {
  members: number[];
  how: 'passive' | 'left' | 'inverted' | 'pronoun' | 'description';
}

/** The agent of a passive trigger: "attended by X", "was rejected by Mr Blair", "as reported by X". */
export function byAgent(view: SentenceView, after: number): Arg[] | undefined {
  if (view.norms[after] !== 'by') return undefined;
  for (let k = 0; k < view.args.length; k++) {
    const a = view.args[k]!;
    if (a.tokenStart > after && a.tokenStart - after <= 6) return groupAround(view, k, 1);
  }
  return undefined;
}

const RELATIVE = new Set(['who', 'which', 'when', 'where', 'whose', 'whom']);

/**
 * Token ranges of parentheticals that close before `start`: ", who … ," / ", when … ," relative
 * clauses. Mentions inside them are not the subject ("Jan Kavan, who lived in London …, said").
 */
function parentheticals(view: SentenceView, start: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 1; k < start; k++) {
    if (!RELATIVE.has(view.norms[k]!) || view.norms[k - 1] !== ',') continue;
    let close = -1;
    for (let j = k + 1; j < start; j++) {
      if (view.norms[j] === ',') {
        close = j;
        break;
      }
    }
    if (close > 0) spans.push([k - 1, close]);
  }
  // A participle clause right before the verb: "President Reagan, seeking to salvage his
  // Central America policy, said".
  if (view.norms[start - 1] === ',') {
    for (let k = start - 2; k > 0; k--) {
      if (view.norms[k] !== ',') continue;
      if (/^\p{Ll}{3,}ing$/u.test(view.tokens[k + 1]!.text) && view.args.some((a) => a.tokenEnd === k))
        spans.push([k, start - 1]);
      break;
    }
  }
  // Apposition right before the verb: "Jeff Rathke, the State Department spokesperson, said".
  if (view.norms[start - 1] === ',') {
    for (let k = start - 2; k > 0; k--) {
      if (view.norms[k] !== ',') continue;
      const det = view.norms[k + 1]!;
      if (
        (det === 'a' || det === 'an' || det === 'the' || ROLE_WORDS.has(det)) &&
        view.args.some((a) => a.tokenEnd === k)
      )
        spans.push([k, start - 1]);
      break;
    }
  }
  return spans;
}

export interface SubjectSearch {
  subject?: Subject;
  /** The word that opened the clause (e.g. "if"), when one did. */
  opener?: string;
}

/**
 * The subject of a trigger at [start, end): passive agent; else the nearest subject-like
 * mention to the left within the clause (not in a quote, not a possessor, not after a
 * preposition, not inside a closed relative clause); a nearer pronoun or definite description
 * wins; else the name right after an inverted speech verb ("…," said Wolfowitz).
 */
export function subjectOf(
  view: SentenceView,
  start: number,
  end: number,
  resolve: Resolver,
  allowInverted: boolean,
): SubjectSearch {
  const passive = byAgent(view, end);
  if (passive) return { subject: { members: passive.map((a) => a.entity), how: 'passive' } };
  const spans = parentheticals(view, start);
  const inSpan = (k: number): boolean => spans.some(([a, b]) => k > a && k < b);
  let boundary = -1;
  for (let k = start - 1; k >= 0; k--) {
    if (inSpan(k) || view.inQuote[k] !== view.inQuote[start]) continue;
    const n = view.norms[k]!;
    if (BOUNDARIES.has(n)) {
      boundary = k;
      break;
    }
  }
  const opener = boundary >= 0 ? view.norms[boundary] : undefined;
  let best = -1;
  for (let i = 0; i < view.args.length; i++) {
    const a = view.args[i]!;
    if (a.tokenEnd > start || a.tokenStart <= boundary || inSpan(a.tokenStart)) continue;
    if (view.inQuote[a.tokenStart] !== view.inQuote[start]) continue;
    if (a.possessive || preposed(view, a) || view.norms[a.tokenEnd] === ':') continue;
    best = i;
  }
  // A pronoun or a definite description between the mention and the trigger is nearer.
  const from = best >= 0 ? view.args[best]!.tokenEnd : boundary + 1;
  // …but a common noun right before the verb is nearer still: "…when he was minister, bankers said".
  if (commonNounSubject(view, from, start, inSpan) && !resolve(view, start - 1)?.length)
    return opener ? { opener } : {};
  for (let k = start - 1; k >= from; k--) {
    if (view.inQuote[k] !== view.inQuote[start] || inSpan(k)) continue;
    const r = resolve(view, k);
    if (r && r.length) {
      let p = k - 1;
      while (p >= 0 && (SKIPPABLE_BEFORE_ARG.has(view.norms[p]!) || ROLE_WORDS.has(view.norms[p]!))) p--;
      // "after he refused": a subject pronoun follows a conjunction, never a preposition.
      if (p >= 0 && PREPOSITIONS.has(view.norms[p]!) && !/^(he|she|they|we|i)$/.test(view.norms[k]!)) continue;
      if (k + 1 < view.norms.length && view.norms[k + 1] === "'s") continue;
      const how =
        PERSON_PRONOUNS.has(view.norms[k]!) || view.norms[k] === 'they' || view.norms[k] === 'it'
          ? 'pronoun'
          : 'description';
      return { subject: { members: r, how }, ...(opener ? { opener } : {}) };
    }
  }
  if (commonNounSubject(view, from, start, inSpan)) return opener ? { opener } : {};
  if (unnamedTrailingSpeaker(view, start, end)) return opener ? { opener } : {};
  if (best >= 0) {
    const group = groupAround(view, best, -1).filter((a) => !inSpan(a.tokenStart));
    return { subject: { members: group.map((a) => a.entity), how: 'left' }, ...(opener ? { opener } : {}) };
  }
  // Inverted speech only right after a quotation or a comma: "…," said Wolfowitz.
  const prev = view.tokens[start - 1];
  if (!allowInverted || (prev && prev.kind !== 'quote' && prev.text !== ',')) return opener ? { opener } : {};
  for (let i = 0; i < view.args.length; i++) {
    const a = view.args[i]!;
    if (a.tokenStart < end) continue;
    if (a.tokenStart - end > 5) break;
    let ok = true;
    for (let k = end; k < a.tokenStart; k++) {
      const n = view.norms[k]!;
      if (!(
        n === ',' ||
        n === 'a' ||
        n === 'the' ||
        n === 'an' ||
        ROLE_WORDS.has(n) ||
        isDemonym(view.tokens[k]!.text)
      ))
        ok = false;
    }
    const group = groupAround(view, i, 1);
    const after = view.tokens[group[group.length - 1]!.tokenEnd];
    if (ok && (!after || after.kind === 'punct' || after.kind === 'quote' || after.text === 'who'))
      return { subject: { members: group.map((x) => x.entity), how: 'inverted' } };
  }
  for (let k = end; k < Math.min(view.tokens.length, end + 3); k++) {
    const r = resolve(view, k);
    if (r && r.length) return { subject: { members: r, how: 'pronoun' } };
  }
  return opener ? { opener } : {};
}

/** Verbs in -s that look like plural nouns. */
const AUXILIARY_S = new Set([
  'was',
  'has',
  'does',
  'says',
  'goes',
  'seems',
  'remains',
  'means',
  'wants',
  'needs',
  'hopes',
  'plans',
  'thinks',
  'believes',
  'insists',
]);

const SUBJECT_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'another',
  'some',
  'several',
  'many',
  'two',
  'three',
  'four',
  'his',
  'her',
  'their',
  'its',
]);

/**
 * "…, a well-placed source told X", "…, the officials said": a common-noun subject stands
 * right before the verb, so no named entity is the speaker.
 */
function commonNounSubject(view: SentenceView, from: number, start: number, inSpan: (k: number) => boolean): boolean {
  let k = start - 1;
  while (k >= from && /ly$/.test(view.norms[k]!)) k--;
  if (k < from || inSpan(k)) return false;
  const head = view.tokens[k]!;
  if (
    head.kind !== 'word' ||
    head.cap ||
    ROLE_HEADS.has(view.norms[k]!) ||
    /^(he|she|they|it|we|i|who|which|that)$/.test(view.norms[k]!)
  )
    return false;
  let d = k - 1;
  let words = 0;
  while (
    d >= from &&
    words < 4 &&
    view.tokens[d]!.kind === 'word' &&
    !view.tokens[d]!.cap &&
    !SUBJECT_DETERMINERS.has(view.norms[d]!)
  ) {
    d--;
    words++;
  }
  // "…, bankers said", "…, banking sources said": a bare plural after a comma or a quote.
  const bareBefore = view.tokens[d];
  if (
    /[a-z]{2}[^su]s$/.test(head.text) &&
    !AUXILIARY_S.has(view.norms[k]!) &&
    (d < 0 || (d >= from - 1 && bareBefore && (bareBefore.text === ',' || bareBefore.kind === 'quote')))
  )
    return true;
  if (d < from || !SUBJECT_DETERMINERS.has(view.norms[d]!)) return false;
  const before = view.tokens[d - 1];
  return !before || before.kind === 'punct' || before.kind === 'quote' || /^(and|but|that)$/.test(view.norms[d - 1]!);
}

/**
 * "…, lead manager Banque Paribas Capital Markets said.": a speech verb closing the sentence
 * after a comma has its speaker between the comma and the verb; when no entity was recognised
 * there, the speaker is unknown, not the sentence's first name.
 */
function unnamedTrailingSpeaker(view: SentenceView, start: number, end: number): boolean {
  const after = view.tokens[end];
  if (after && !(after.kind === 'punct' && /^[.!?]$/.test(after.text))) return false;
  let comma = -1;
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    if (view.norms[k] === ',' || view.tokens[k]!.kind === 'quote') {
      comma = k;
      break;
    }
  }
  if (comma < 0 || comma === start - 1) return false;
  if (view.args.some((a) => a.tokenStart > comma && a.tokenStart < start)) return false;
  return view.tokens
    .slice(comma + 1, start)
    .some((t) => t.kind === 'word' && !/^(he|she|they|it|we|i|you|who)$/.test(t.norm));
}

const SUBORDINATORS = new Set([
  'as',
  'when',
  'while',
  'if',
  'after',
  'before',
  'although',
  'though',
  'because',
  'since',
  'once',
  'unless',
  'whereas',
]);

/** The subject of the main clause, for participles (", demanding …") and chained verbs. */
export function mainSubject(view: SentenceView, before: number, resolve: Resolver): Subject | undefined {
  let from = 0;
  for (let k = 0; k < before; k++) if (view.norms[k] === ':' || view.norms[k] === ';') from = k + 1;
  // "As they met in Ottawa, Trump was …": skip a leading subordinate clause.
  if (SUBORDINATORS.has(view.norms[from] ?? '')) {
    const comma = view.norms.indexOf(',', from);
    if (comma > 0 && comma < before) from = comma + 1;
  }
  const spans = parentheticals(view, before);
  for (let i = 0; i < view.args.length; i++) {
    const a = view.args[i]!;
    if (a.tokenStart < from || a.tokenStart >= before) continue;
    if (
      view.inQuote[a.tokenStart] ||
      a.possessive ||
      preposed(view, a) ||
      spans.some(([x, y]) => a.tokenStart > x && a.tokenStart < y)
    )
      continue;
    // a pronoun before the first mention is the subject
    for (let k = from; k < a.tokenStart; k++) {
      const r = /^(he|she|they|it)$/.test(view.norms[k]!) ? resolve(view, k) : undefined;
      if (r) return { members: r, how: 'pronoun' };
    }
    return { members: groupAround(view, i, 1).map((x) => x.entity), how: 'left' };
  }
  for (let k = from; k < before; k++) {
    if (view.inQuote[k]) continue;
    const r = /^(he|she|they|it)$/.test(view.norms[k]!) ? resolve(view, k) : undefined;
    if (r) return { members: r, how: 'pronoun' };
  }
  return undefined;
}

/** Collective heads whose "of" phrase names who acts: "the leaders of the US, Canada and Mexico". */
const COLLECTIVE_HEADS = new Set([
  'leader',
  'leaders',
  'government',
  'governments',
  'president',
  'presidents',
  'officials',
  'ministers',
  'delegation',
  'delegations',
  'head',
  'heads',
  'representatives',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/** "The leaders of X, Y and Z <verb>": the group X, Y, Z, when the phrase opens the clause. */
export function collectiveSubject(view: SentenceView, start: number): number[] | undefined {
  for (let i = 0; i < view.args.length; i++) {
    const a = view.args[i]!;
    if (a.tokenStart >= start) break;
    let k = a.tokenStart - 1;
    if (view.norms[k] === 'the') k--;
    if (view.norms[k] !== 'of' || !COLLECTIVE_HEADS.has(view.norms[k - 1] ?? '')) continue;
    let h = k - 2;
    while (h >= 0 && /^(the|two|three|four|five|both|all|foreign|top|senior|world)$/.test(view.norms[h]!)) h--;
    if (h >= 0 && view.tokens[h]!.kind === 'word' && !view.inQuote[h]) continue;
    const members = [a];
    for (let j = i + 1; j < view.args.length; j++) {
      const b = view.args[j]!;
      if (b.tokenStart >= start) break;
      const gap = view.norms.slice(members[members.length - 1]!.tokenEnd, b.tokenStart);
      if (gap.length > 3 || !gap.every((g) => g === ',' || g === 'and' || g === 'the')) break;
      members.push(b);
    }
    const last = members[members.length - 1]!;
    const rest = view.norms.slice(last.tokenEnd, start);
    if (rest.length > 4) continue;
    return members.map((m) => m.entity);
  }
  return undefined;
}

/** Resolves pronouns and definite descriptions against the discourse state. */
export function makeResolver(entities: EntityInfo[], d: Discourse, sentenceIndex: () => number): Resolver {
  return (view, k) => {
    const n = view.norms[k]!;
    const gender = PERSON_PRONOUNS.get(n);
    if (gender) {
      // "Trump was jeered … after he refused": a subject earlier in the same sentence first.
      for (let i = view.args.length - 1; i >= 0; i--) {
        const a = view.args[i]!;
        if (a.tokenEnd > k || view.inQuote[a.tokenStart] !== view.inQuote[k] || a.possessive) continue;
        const e = entities[a.entity]!;
        if (e.type !== 'Person' || (e.gender && e.gender !== gender) || preposed(view, a)) continue;
        return [a.entity];
      }
      for (let i = d.persons.length - 1; i >= 0; i--) {
        const e = entities[d.persons[i]!]!;
        if (!e.gender || e.gender === gender) return [d.persons[i]!];
      }
      return undefined;
    }
    if (n === 'they') {
      if (d.group && sentenceIndex() - d.group.sentence <= 3) return d.group.members;
      const c = d.collective[d.collective.length - 1];
      return c !== undefined && entities[c]!.type === 'Organization' ? [c] : undefined;
    }
    if (n === 'it') {
      const c = d.collective[d.collective.length - 1];
      return c !== undefined ? [c] : undefined;
    }
    // "the embassy", "the prime minister", "the agency": a definite description.
    if (k > 0 && view.norms[k - 1] === 'the' && !view.tokens[k]!.cap && view.tokens[k]!.kind === 'word') {
      let j = k;
      while (j + 1 < view.norms.length && ROLE_WORDS.has(view.norms[j]!) && ROLE_WORDS.has(view.norms[j + 1]!)) j++;
      const head = view.norms[j]!;
      if (ROLE_HEADS.has(head)) {
        for (let i = d.persons.length - 1; i >= 0; i--) {
          const e = entities[d.persons[i]!]!;
          if (e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head))) return [d.persons[i]!];
        }
        return undefined;
      }
      for (let i = entities.length - 1; i >= 0; i--) {
        const e = entities[i]!;
        if (e.type === 'Organization' && e.words.length > 1 && e.words[e.words.length - 1] === head) return [i];
      }
    }
    return undefined;
  };
}

/** The first argument after position `from` in the same clause, outside quotes. */
export function firstArgAfter(
  view: SentenceView,
  from: number,
  limit = 14,
  skipPossessors = false,
): { arg: Arg; index: number } | undefined {
  for (let i = 0; i < view.args.length; i++) {
    const a = view.args[i]!;
    if (a.tokenStart < from) continue;
    if (a.tokenStart - from > limit) return undefined;
    let blocked = false;
    for (let k = from; k < a.tokenStart; k++)
      if (view.norms[k] === ';' || view.tokens[k]!.kind === 'quote') blocked = true;
    if (blocked) return undefined;
    if (skipPossessors && a.possessive) continue;
    return { arg: a, index: i };
  }
  return undefined;
}
