/**
 * Coreference for relation arguments: pronouns (he, she, they, it, we, his, its, their) and
 * definite descriptions ("the president", "the ministry", "the two leaders") resolved against
 * the entities that recent sentences made salient, with agreement in type and gender. A mention
 * that could mean two equally recent entities is left unresolved.
 *
 * He and she look back sentence by sentence to the nearest that names an agreeing person: one
 * such person is the antecedent; of several, a subject pronoun takes the one that sentence made
 * salient (its speaker or main subject: centering's preference for subjects), and the subject of
 * a speech verb the latest speaker ('"…," he said' continues the story's speaker, also past a
 * person the narration only mentioned, after "added", and past the person the quotation itself
 * calls "he"); otherwise the pronoun stays unresolved rather than guessed.
 */
import type { EntityInfo } from './view.js';
import { ROLE_HEADS, ROLE_WORDS } from '../lexicon/roles.js';
import { countryOf, countryOfDemonym } from '../lexicon/places.js';
import { LEGAL_FORMS, MASTHEADS } from '../lexicon/organizations.js';

export interface Discourse {
  /** Recently salient persons (subjects and speakers), newest last. */
  persons: number[];
  /** The latest coordinated or plural subject ("A and B", "the two leaders") and its sentence. */
  group?: { members: number[]; sentence: number };
  /** The latest group of several ("A and B met"), kept when a single body becomes the group. */
  several?: { members: number[]; sentence: number };
  /** Recently salient organisations and places, newest last. */
  collective: number[];
  /** The entities named so far, up to and including the current sentence. */
  named: Set<number>;
  /** The sentence in which each entity was last made salient. */
  salientIn: Map<number, number>;
  /** The sentence in which each entity was last the main clause's subject. */
  subjectIn: Map<number, number>;
  /** The first country the article names: the state "the government" means when none is in focus. */
  home?: number;
  /**
   * The latest speaker of reported speech and its sentence; null for people unnamed ("a diplomat
   * said", plural: "diplomatic sources said"); `unnamedVoice` when a body spoke through a person
   * the article does not name ("a spokesman for X said"), whom a later "he said" goes on with.
   */
  speaker?: { entity: number | null; sentence: number; plural: boolean; unnamedVoice: boolean };
  /** Documents introduced ("published an editorial"): by noun, who issued the latest and where. */
  documents?: Map<string, { issuers: number[]; sentence: number }>;
  /** The latest sentence whose main subject was a plural no entity stands for ("Web developers face …"). */
  pluralSubject?: number;
  /** The latest sentence whose main subject was a thing no entity stands for ("The communique said …"). */
  thingSubject?: number;
  /** The sentence in which each entity was first named: a description refers only back. */
  firstNamed: Map<number, number>;
  /** What appositions said each person is ("X, the Republican candidate,"): words of each description. */
  described: Map<number, string[][]>;
  /**
   * The gatherings mentioned so far, by head noun ("meeting"): each with its name ("Lund trade
   * ministers' meeting"), or '' for one a bare indefinite introduces ("a meeting").
   */
  gatherings?: Map<string, string[]>;
  /**
   * The proposals and demands put forward so far ("X proposed a power-sharing deal", "X's plan"):
   * who made each, in which sentence and at which word, for a later "the proposal" to name its author.
   */
  proposals?: { authors: number[]; sentence: number; at: number }[];
}

export function newDiscourse(): Discourse {
  return {
    persons: [],
    collective: [],
    named: new Set(),
    salientIn: new Map(),
    subjectIn: new Map(),
    firstNamed: new Map(),
    described: new Map(),
  };
}

/**
 * Notes the parties of a gathering ("X met Y"): mentioned together as a coordinated subject is, they
 * are the group a later "they" means, unless the sentence's own subject was already such a group.
 */
export function noteMeeting(d: Discourse, parties: number[], sentence: number): void {
  if (parties.length < 2) return;
  if (d.group && d.group.sentence === sentence && d.group.members.length > 1) return;
  d.group = d.several = { members: parties, sentence };
}

/** Notes a gathering mentioned ("the Lund meeting"; '' for "a meeting"), whether or not a relation uses it. */
export function noteGathering(d: Discourse, head: string, name: string): void {
  d.gatherings ??= new Map();
  const names = d.gatherings.get(head) ?? [];
  names.push(name);
  d.gatherings.set(head, names);
}

/**
 * The gathering a bare definite noun ("the meeting") refers back to: the fullest earlier mention
 * of that head, when all earlier mentions are one gathering (each a part of the fullest: "the Lund
 * meeting" of "the Kestan trade ministers' meeting in Lund"); none when two compete or "a meeting"
 * introduced one of its own.
 */
export function earlierGathering(d: Discourse, head: string): string | undefined {
  const names = d.gatherings?.get(head) ?? [];
  if (names.length === 0 || names.includes('')) return undefined;
  const wordsOf = (n: string): string[] => n.toLowerCase().split(/\s+/);
  const fullest = names.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a));
  const all = new Set(wordsOf(fullest));
  return names.every((n) => wordsOf(n).every((w) => all.has(w))) ? fullest : undefined;
}

/** Notes a proposal or demand put forward ("X proposed talks", "X's plan") by its authors (none when unnamed). */
export function noteProposal(d: Discourse, authors: number[], sentence: number, at: number): void {
  d.proposals ??= [];
  d.proposals.push({ authors, sentence, at });
}

/**
 * The authors a definite description of a proposal ("the proposal", "this offer", "such an
 * arrangement") refers back to: of the proposals put forward in the last four sentences before the
 * description (at word `at` of sentence `sentence`), by anyone but `excluded`, those of one named
 * author (or one coordination of authors); undefined when none or when two authors, one of them
 * unnamed, compete.
 */
export function earlierProposal(
  d: Discourse,
  sentence: number,
  at: number,
  excluded: readonly number[],
  also: readonly number[][] = [],
): number[] | undefined {
  const made = (d.proposals ?? [])
    .filter((p) => sentence - p.sentence <= 4 && (p.sentence < sentence || p.at < at))
    .map((p) => p.authors);
  // An author the article does not name competes too ("a trader offered …"): no one is guessed.
  const authors = new Map<string, number[]>();
  for (const a of [...made, ...also]) {
    const others = a.filter((e) => !excluded.includes(e));
    if (a.length === 0 || others.length) authors.set([...others].sort((x, y) => x - y).join(','), others);
  }
  const only = authors.size === 1 ? [...authors.values()][0]! : [];
  return only.length ? only : undefined;
}

/** Notes an entity named in a sentence. */
export function noteNamed(d: Discourse, entity: number, sentence: number): void {
  d.named.add(entity);
  if (!d.firstNamed.has(entity)) d.firstNamed.set(entity, sentence);
}

/** Notes what an apposition says a person is ("X, the Republican candidate,"). */
export function noteDescribed(d: Discourse, person: number, words: string[]): void {
  const list = d.described.get(person) ?? [];
  list.push(words);
  d.described.set(person, list);
}

/** Notes the subject of a sentence's main clause: of two persons, the one a later "he" most likely means. */
export function noteSubject(d: Discourse, members: number[], sentence: number): void {
  for (const m of members) d.subjectIn.set(m, sentence);
}

/** Notes the speaker of a sentence's reported speech. */
export function noteSpeaker(
  d: Discourse,
  entity: number | null,
  sentence: number,
  plural = false,
  unnamedVoice = false,
): void {
  d.speaker = { entity, sentence, plural, unnamedVoice };
}

/** Where a pronoun stands and what the text before it names. */
export interface PronounContext {
  /** Subjects of earlier clauses of the pronoun's own sentence, nearest first. */
  local: number[];
  /** Whether the pronoun is the subject of a speech verb ("he said"). */
  speech: boolean;
  /** Whether the pronoun is a subject: a subject prefers the salient one of several candidates. */
  subject: boolean;
  /** Whether it is the main clause's subject, which takes no name before it in its own sentence. */
  mainSubject: boolean;
  /** The entities named in each sentence before the pronoun, nearest first (its own sentence first). */
  recent: number[][];
  /**
   * The subject of the pronoun's own clause when the pronoun is its object: "X urged her" is never
   * X (a pronoun is free in its clause; X would be "herself").
   */
  coArguments: number[];
  /**
   * Whether the quotation of the pronoun's own sentence speaks of someone of its gender as "he" or
   * "she" ('"He took these steps …," he said'): a speaker calls themself "I", so that is another person.
   */
  quotesThirdPerson: boolean;
  /** Whether the pronoun's verb says its subject speaks on ("he added", "she continued", "he went on"). */
  continuing: boolean;
}

/**
 * Notes the documents a sentence introduces ("X issued a statement", "published … in an
 * editorial"): their issuer is the sentence's main subject, whom "the statement" later stands for.
 */
export function noteDocuments(d: Discourse, nouns: string[], issuers: number[], sentence: number): void {
  if (issuers.length === 0) return;
  d.documents ??= new Map();
  for (const n of nouns) d.documents.set(n, { issuers, sentence });
}

/** Makes entities salient: they become the preferred antecedents of later pronouns. */
export function noteSalient(d: Discourse, members: number[], entities: EntityInfo[], sentence: number): void {
  if (members.length > 1) d.group = d.several = { members, sentence };
  else if (members.length === 1 && entities[members[0]!]!.type === 'Organization') d.group = { members, sentence };
  for (const m of members) {
    const e = entities[m]!;
    d.salientIn.set(m, sentence);
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
/** Role nouns of people that are no office ("the candidate", "the nominee"): a description resolves by them too. */
const PERSON_ROLE_NOUNS = new Set(['candidate', 'nominee', 'challenger', 'incumbent', 'frontrunner', 'front-runner']);
const STATE_NOUNS = new Set(['government', 'country', 'authorities', 'nation', 'regime', 'administration', 'state']);
/** "the Ohio Democrat": a party member; the pattern is the other party, which a title must not name. */
const PARTY_MEMBERS = new Map([
  ['democrat', /republican/i],
  ['republican', /democrat/i],
]);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const NEUTER = new Set(['it', 'its', 'itself']);

/** Resolves a pronoun in sentence `sentence` by agreement, position and salience. */
export function resolvePronoun(
  pronoun: string,
  entities: EntityInfo[],
  d: Discourse,
  sentence: number,
  context: PronounContext,
): number[] | undefined {
  const { local } = context;
  const p = pronoun.toLowerCase();
  const gender = GENDER.get(p);
  if (gender) {
    const agrees = (i: number): boolean => {
      const e = entities[i]!;
      return e.type === 'Person' && (!e.gender || e.gender === gender) && !context.coArguments.includes(i);
    };
    const near = local.find(agrees);
    if (near !== undefined) return [near];
    const found = personAntecedent(agrees, d, sentence, context);
    if (found !== undefined) return found === null ? undefined : [found];
    // Nothing named nearby: the most recent agreeing person the story made salient.
    const candidates = d.persons.filter(agrees);
    const newest = candidates[candidates.length - 1];
    if (newest === undefined) return undefined;
    return [newest];
  }
  if (PLURAL.has(p)) {
    // "Diplomatic sources said … They said …": the unnamed speakers go on; no named group is meant.
    const speaker = d.speaker;
    if (context.speech && speaker?.entity === null && speaker.plural && sentence - speaker.sentence <= 2)
      return undefined;
    // "Web developers face problems. As they …": a plural subject of the sentence before that no
    // entity stands for is what "they" goes on with.
    const unnamed = d.pluralSubject;
    if (unnamed !== undefined && sentence - unnamed <= 1 && (d.group?.sentence ?? -1) <= unnamed) return undefined;
    // A coordinated subject ("A and B met") stays "they" for three sentences; a single body only
    // for the next one.
    const reach = d.group?.members.length === 1 ? 1 : 3;
    // "A and B met. The council wrote to them. They urged …": a single body just spoken of and a
    // pair still in reach could each be meant; neither is taken.
    const several = d.several;
    const rival = several !== undefined && several !== d.group && sentence - several.sentence <= 3;
    if (d.group && sentence - d.group.sentence <= reach) return rival ? undefined : d.group.members;
    // A body spoken of as "they" ("the council said they …") is one the sentence before or this one
    // made its subject; an older one is no antecedent for a plural.
    const c = d.collective[d.collective.length - 1];
    const recent = c !== undefined && (d.subjectIn.get(c) ?? -1) >= sentence - 1;
    return recent && entities[c]!.type === 'Organization' ? [c] : undefined;
  }
  if (NEUTER.has(p)) {
    const near = local.find((i) => entities[i]!.type !== 'Person' && entities[i]!.type !== 'Event');
    if (near !== undefined) return [near];
    // "The communique said … It welcomed …": a subject "it" continues the thing the sentence
    // before was about, which is no entity.
    if (context.mainSubject && d.thingSubject === sentence - 1) return undefined;
    // "Japan has said … It said": a speech verb's "it" continues a body or state that just spoke.
    const speaker = d.speaker;
    // '"…," the editorial said. "…," it added': a thing that spoke last goes on speaking.
    const thing = d.thingSubject;
    if (context.speech && thing !== undefined && sentence - thing <= 2 && (speaker?.sentence ?? -1) < thing)
      return undefined;
    if (context.speech && speaker && speaker.entity !== null && sentence - speaker.sentence <= 2) {
      const type = entities[speaker.entity]!.type;
      if (type === 'Organization' || type === 'Place') return [speaker.entity];
    }
    return thingAntecedent(entities, d, sentence, context);
  }
  return undefined;
}

/**
 * The antecedent of "it" among the bodies and places of the nearest sentence that names one, this
 * sentence before the pronoun or the one before it (an "it" further from any name is mostly a thing
 * no entity stands for): the only one, else the only organisation ("the ministry" before its
 * country), else that sentence's main subject; otherwise none.
 */
function thingAntecedent(
  entities: EntityInfo[],
  d: Discourse,
  sentence: number,
  context: PronounContext,
): number[] | undefined {
  const thing = (i: number): boolean => entities[i]!.type === 'Organization' || entities[i]!.type === 'Place';
  // The speaker of "…, it says" is not among what it says: a speech verb's "it" looks before its sentence.
  const first = context.mainSubject || context.speech ? 1 : 0;
  for (let back = first; back < Math.min(2, context.recent.length); back++) {
    const at = sentence - back;
    const named = back === 0 ? context.recent[0]!.filter(thing) : [];
    const referred = back === 0 ? [] : d.collective.filter((e) => (d.salientIn.get(e) ?? -1) >= at);
    const candidates = [...new Set([...named, ...referred])];
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return candidates;
    const orgs = candidates.filter((e) => entities[e]!.type === 'Organization');
    if (orgs.length === 1) return orgs;
    const subjects = candidates.filter((e) => d.subjectIn.get(e) === at);
    return subjects.length === 1 ? subjects : undefined;
  }
  return undefined;
}

/**
 * The antecedent of he or she among the persons of the nearest sentence that names one: the only
 * one, or of several the latest speaker (for "he said") or that sentence's salient subject (for a
 * subject); null when the choice is ambiguous, undefined when no sentence nearby names a person.
 */
function personAntecedent(
  agrees: (i: number) => boolean,
  d: Discourse,
  sentence: number,
  context: PronounContext,
): number | null | undefined {
  // '"…," he said': the speaker goes on until the narration names another agreeing person.
  const speaker = d.speaker;
  if (context.speech && speaker && sentence - speaker.sentence < context.recent.length) {
    const since = context.recent.slice(1, sentence - speaker.sentence);
    const other = since.some((names) => names.some((e) => e !== speaker.entity && agrees(e)));
    // "A western diplomat said … He said …", "A spokesman for X said … He said …": the unnamed
    // speaker goes on; no named person is meant.
    if ((speaker.entity === null || speaker.unnamedVoice) && !speaker.plural && !other) return null;
    const running = speaker.entity !== null && agrees(speaker.entity) && !speaker.unnamedVoice;
    if (running && !other) return speaker.entity;
    // Persons the narration named since the speaker may take the speech over, but not when:
    // '"…," X said. Y has acted … "He acted as a last resort," he said': the quotation calls Y "he",
    // so Y is not its speaker (unless the narration named X again too: then either could be);
    if (running && context.quotesThirdPerson)
      return since.some((names) => names.includes(speaker.entity!)) ? null : speaker.entity;
    // "X said … Y has acted … he added": to add is to say more, so its subject is who spoke last;
    if (running && context.continuing) return speaker.entity;
    // "X was quoted as telling Y that … Exports rose, he said": Y was only mentioned (no subject,
    // no actor since), which makes no one the topic the way a speaker is.
    const mentioned = since.flat().filter((e) => e !== speaker.entity && agrees(e));
    if (running && mentioned.every((e) => (d.salientIn.get(e) ?? -1) <= speaker.sentence)) return speaker.entity;
  }
  for (let back = 0; back < context.recent.length; back++) {
    // In its own sentence the main clause's subject does not take a name before it ("After
    // meeting Putin, he said"); a possessive, an object or a subordinate clause's subject may
    // ("overrode Reagan's veto … rejected his veto", "Nakasone's demand when he arrives").
    if (back === 0 && context.mainSubject) continue;
    const at = sentence - back;
    // Salient in that sentence or since: named there, or by a pronoun in between ("He said …").
    const since = (e: number): number => d.salientIn.get(e) ?? -1;
    const named = context.recent[back]!.filter(agrees);
    const referred = back === 0 ? [] : d.persons.filter((e) => agrees(e) && since(e) >= at);
    const candidates = [...new Set([...named, ...referred])];
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return candidates[0]!;
    if (
      context.speech &&
      speaker &&
      speaker.entity !== null &&
      candidates.includes(speaker.entity) &&
      speaker.sentence >= at
    )
      return speaker.entity;
    if (!context.subject) return null;
    const ranked = candidates.filter((e) => since(e) >= at).sort((a, b) => since(b) - since(a));
    const tied = ranked.filter((e) => since(e) === since(ranked[0]!));
    if (tied.length === 1) return tied[0]!;
    const subjects = tied.filter((e) => d.subjectIn.get(e) === since(e));
    return subjects.length === 1 ? subjects[0]! : null;
  }
  return undefined;
}

/**
 * Nouns for people that "the two …" and a plural "the …" may stand for. "leader" fits any head of
 * state or party; the titles fit only people who hold them, or whose title the article did not give.
 */
const PAIR_PERSONS = new Set([
  'leader',
  'man',
  'woman',
  'politician',
  'official',
  'candidate',
  'minister',
  'president',
  'premier',
  'senator',
  'diplomat',
  'envoy',
]);
/**
 * Plurals that stand for the parties just named together without a number ("A and B met … The
 * leaders agreed"); "the officials", "the men" are as often people the article does not name.
 */
const GROUP_TITLES = new Set(['leader', 'minister', 'president', 'premier']);
/** "the two countries", "the two governments": two states named together. */
const PAIR_STATES = new Set(['country', 'nation', 'state', 'government', 'neighbour', 'neighbor']);

/**
 * "the two leaders", "the two men", "the two" (head undefined), "the two countries": the two
 * persons (or states) mentioned together in the nearest sentence that names any, its own sentence
 * before the description first; one or three there, or a pair the noun does not fit (a woman
 * among "the two men", a president among "the two ministers"), and it stands for no one.
 */
export function resolvePair(
  head: string | undefined,
  recent: number[][],
  entities: EntityInfo[],
): number[] | undefined {
  const states = head !== undefined && PAIR_STATES.has(head);
  // "the two sides": parties of any kind, persons, bodies or states.
  const sides = head === 'side' || head === 'party';
  if (head !== undefined && !states && !sides && !PAIR_PERSONS.has(head)) return undefined;
  const state = (i: number): boolean => entities[i]!.type === 'Place' && countryOf(entities[i]!.name) !== undefined;
  const fits = (i: number): boolean =>
    sides
      ? state(i) || ['Person', 'Organization'].includes(entities[i]!.type)
      : states
        ? state(i)
        : entities[i]!.type === 'Person';
  const pair = recent.map((names) => [...new Set(names.filter(fits))]).find((names) => names.length > 0);
  if (pair?.length !== 2) return undefined;
  return pair.every((i) => personFits(head, entities[i]!)) ? pair : undefined;
}

/** Whether a person can be one of "the men", "the ministers": sex and title agree where known. */
function personFits(head: string | undefined, e: EntityInfo): boolean {
  if (head === 'man') return e.gender !== 'female';
  if (head === 'woman') return e.gender !== 'male';
  if (head === undefined || head === 'leader' || !ROLE_HEADS.has(head) || e.roles.length === 0) return true;
  return e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head));
}

/**
 * Resolves a definite description by its head noun and modifiers ("the president", "the
 * foreign ministry", "the agency"): a person whose role has that head, or an organisation whose
 * name ends in it, the most recent first.
 */
export function resolveDescription(
  words: string[],
  entities: EntityInfo[],
  d: Discourse,
  plural = false,
  sentence?: number,
  before: number[] = [],
  after: number[] = [],
): number[] | undefined {
  const head = words[words.length - 1];
  if (!head) return undefined;
  // "the government", "the country", "the authorities": the state most recently in focus.
  // "the two countries", "the 40 countries taking part": several states, never the one in focus.
  if (STATE_NOUNS.has(head) && plural && head !== 'authorities') return undefined;
  if (STATE_NOUNS.has(head) && words.length === 1) {
    // "the administration" is a president's government, in news the American one ("Japan's
    // surplus … The administration has said"): a named "X administration", else the United States.
    if (head === 'administration') {
      const named = [...d.named].filter(
        (i) => entities[i]!.type === 'Organization' && entities[i]!.words.at(-1) === head,
      );
      if (named.length) return named.length === 1 ? named : undefined;
      const us = [...d.named].filter(
        (i) => entities[i]!.type === 'Place' && countryOf(entities[i]!.name)?.name === 'United States',
      );
      if (us.length === 1) return us;
    }
    return storyState(entities, d, before);
  }
  // "the Melbourne Sun published … The paper said": the one newspaper the article has named (by its
  // masthead: a wire service such as Reuters is no paper).
  if (NEWSPAPER_NOUNS.has(head) && !plural) {
    const papers = [...d.named].filter(
      (i) => entities[i]!.type === 'Organization' && MASTHEADS.has(entities[i]!.words.at(-1)!),
    );
    return papers.length === 1 ? papers : undefined;
  }
  // "X issued a statement … The statement said": the document's issuer, within three sentences.
  const document = words.length === 1 ? d.documents?.get(head) : undefined;
  if (document && sentence !== undefined && sentence - document.sentence <= 3) return document.issuers;
  // '"…," Byrd said. "…," the West Virginia Democrat said': a party member described by state
  // and party is the one person the last two sentences made salient, unless their title names
  // the other party; of two persons, neither.
  const party = PARTY_MEMBERS.get(head);
  // Only a state or none ("the West Virginia Democrat"); "the only Democrat to support X" is no anaphor.
  const placeWords = new Set([...d.named].flatMap((i) => (entities[i]!.type === 'Place' ? entities[i]!.words : [])));
  if (party !== undefined && !words.slice(0, -1).every((m) => placeWords.has(m))) return undefined;
  if (party !== undefined && sentence !== undefined) {
    const recent = d.persons.filter((p) => (d.salientIn.get(p) ?? -1) >= sentence - 2);
    const other = (p: number): boolean => entities[p]!.roles.some((r) => party.test(r));
    return recent.length === 1 && !other(recent[0]!) ? recent : undefined;
  }
  // "A and B met … The leaders urged …": a plural of people is the coordinated subject of the
  // sentence before (or its own), never one person with that title.
  if (plural && words.length === 1 && GROUP_TITLES.has(head)) {
    const group = d.group;
    const persons = group?.members.filter((m) => entities[m]!.type === 'Person') ?? [];
    const near = group !== undefined && sentence !== undefined && sentence - group.sentence <= 1;
    const fit = near && persons.length > 1 && persons.length === group.members.length;
    return fit && persons.every((m) => personFits(head, entities[m]!)) ? persons : undefined;
  }
  // "the president", "the Republican presidential candidate": the one person so described (a
  // plural, "the majors", "the directors", is never one person).
  if (plural && (ROLE_HEADS.has(head) || PERSON_ROLE_NOUNS.has(head) || ROLE_WORDS.has(head))) return undefined;
  if (
    ROLE_HEADS.has(head) ||
    PERSON_ROLE_NOUNS.has(head) ||
    (ROLE_WORDS.has(head) && words.every((w) => ROLE_WORDS.has(w)))
  ) {
    return describedPerson(words, entities, d, sentence, before);
  }
  // "the embassy" → "US Embassy": an organisation named before whose name ends in the noun; "the
  // foreign ministry" must agree with "Foreign Ministry", not just "Ministry of Defence". A plural
  // ("the banks") means the several so named, never one; nothing is named after its description.
  const modifiers = words.slice(0, -1);
  const named = [...d.named]
    .filter((i) => {
      const e = entities[i]!;
      // "the ministry" → "Foreign Ministry" or "Ministry of Posts and Telecommunications".
      const headed =
        e.words[e.words.length - 1] === head ||
        (MINISTRY_HEADS.has(head) && e.words[0] === head && e.words[1] === 'of');
      return e.type === 'Organization' && e.words.length >= 2 && headed;
    })
    .filter((i) => modifiers.every((m) => entities[i]!.words.includes(m)));
  if (plural) return named.length > 1 ? named : undefined;
  if (named.length) return [mostSalient(named, d)];
  if (BODY_CLASSES.has(head) && sentence !== undefined) return salientBody(entities, d, sentence);
  if (COMPANY_NOUNS.has(head) && modifiers.length === 0 && sentence !== undefined)
    return namedCompany(entities, d, sentence, after);
  return plural ? undefined : nationalBody(head, modifiers, entities, d, before);
}

/**
 * Of several bodies a description fits, the one last a subject or actor ("National said … Labour
 * floated the dollar in 1985 … The party said": National), else the one named last: subjects
 * stay in focus, a body named in passing does not take it over.
 */
function mostSalient(candidates: number[], d: Discourse): number {
  const salient = candidates.filter((i) => d.salientIn.has(i));
  if (salient.length === 0) return Math.max(...candidates);
  return salient.reduce((a, b) => (d.salientIn.get(b)! > d.salientIn.get(a)! ? b : a));
}

/**
 * "the Republican presidential candidate", "the candidate", "the party leader": the one person
 * named before whose title or apposition has that noun and every word before it ("Republican
 * presidential candidate X", "X, the Republican candidate,"); of two so described, no one. With
 * none so fully described, the one person whose description has the noun, unless its party or
 * nation says otherwise ("the Democratic leader" is "Senate majority leader X", not "Republican
 * leader Y"); of two, no one.
 */
function describedPerson(
  words: string[],
  entities: EntityInfo[],
  d: Discourse,
  sentence: number | undefined,
  before: number[],
): number[] | undefined {
  const wanted = words.map((w) => w.toLowerCase());
  const head = wanted[wanted.length - 1]!;
  const earlier = (i: number): boolean =>
    before.includes(i) || sentence === undefined || (d.firstNamed.get(i) ?? sentence) < sentence;
  const descriptions = (i: number): string[][] => [
    ...entities[i]!.roles.map((r) => r.toLowerCase().split(/\s+/)),
    ...(d.described.get(i) ?? []),
  ];
  const persons = [...d.named].filter((i) => entities[i]!.type === 'Person' && earlier(i));
  // The noun heads the description ("the security" is not a "national security adviser"), or is
  // what the person leads ("the opposition" speaks through the "opposition leader").
  const heads = (words: string[]): boolean =>
    words[words.length - 1] === head || (LEADS.has(words[words.length - 1]!) && words[words.length - 2] === head);
  const headed = (i: number): string[][] => descriptions(i).filter(heads);
  const full = persons.filter((i) => headed(i).some((words) => wanted.every((w) => words.includes(w))));
  if (full.length) return full.length === 1 ? full : undefined;
  // None of its descriptions may name another party ("Republican presidential candidate X", whose
  // title read with the name kept only "candidate", is no "Democratic candidate").
  const partial = persons.filter(
    (i) => headed(i).length > 0 && !descriptions(i).some((words) => wanted.some((w) => contradicts(w, words))),
  );
  if (partial.length) return partial.length === 1 ? partial : undefined;
  // "Donald Trump was not at the summit … The leaders rebutted the Republican presidential
  // candidate's proposals": with no one described so, a candidacy news gives the one person the
  // last two sentences spoke of, when the article gave that person no title.
  if (!PERSON_ROLE_NOUNS.has(head) || sentence === undefined) return undefined;
  const recent = d.persons.filter((p) => (d.salientIn.get(p) ?? -1) >= sentence - 2);
  return recent.length === 1 && descriptions(recent[0]!).length === 0 ? recent : undefined;
}

/**
 * "X, the mayor of Lima, … '…,' the mayor said": the one person an apposition of an earlier
 * sentence gave that office (its words all there, "former" only if asked for); else none.
 */
export function describedHolder(words: string[], d: Discourse, sentence: number): number[] {
  const head = words[words.length - 1];
  const fits = (description: string[]): boolean =>
    description[description.length - 1] === head &&
    words.every((w) => description.includes(w)) &&
    (!description.includes('former') || words.includes('former'));
  const holders = [...d.described]
    .filter(([i, descriptions]) => (d.firstNamed.get(i) ?? sentence) < sentence && descriptions.some(fits))
    .map(([i]) => i);
  return holders.length === 1 ? holders : [];
}

/** Nouns for a newspaper ("the paper said", "the daily reported"). */
const NEWSPAPER_NOUNS = new Set(['paper', 'newspaper', 'daily', 'weekly', 'tabloid']);

/** Titles of who leads what the word before names ("opposition leader"). */
const LEADS = new Set(['leader', 'chief', 'head']);

/** Parties a description may name: of two, the person is one party's, not the other's. */
const PARTIES = [
  /^democrat(ic)?$/,
  /^republican$/,
  /^conservative$/,
  /^labou?r$/,
  /^liberal$/,
  /^socialist$/,
  /^communist$/,
];

/** Whether a description's word says another party or nation than a person's description does. */
function contradicts(word: string, description: string[]): boolean {
  const party = PARTIES.findIndex((p) => p.test(word));
  if (party >= 0) return description.some((w) => PARTIES.some((p, k) => k !== party && p.test(w)));
  const nation = countryOfDemonym(word)?.name;
  if (nation === undefined) return false;
  return description.some((w) => {
    const other = countryOfDemonym(w)?.name;
    return other !== undefined && other !== nation;
  });
}

/**
 * Nouns any body is: "the group", "the organization" stands for the body just spoken of. ("The
 * company" is not among them: it would take a government agency just named as readily.)
 */
const BODY_CLASSES = new Set(['organization', 'organisation', 'group']);

/**
 * "Reporters Without Borders appealed … The press freedom organization said": the one organisation
 * the last two sentences made salient; of two, neither.
 */
function salientBody(entities: EntityInfo[], d: Discourse, sentence: number): number[] | undefined {
  const recent = d.collective.filter(
    (e) => entities[e]!.type === 'Organization' && (d.salientIn.get(e) ?? -1) >= sentence - 2,
  );
  return recent.length === 1 ? recent : undefined;
}

/** Nouns for a company: "the company", "the firm" (a "Company" named so is found by its name's end). */
const COMPANY_NOUNS = new Set(['company', 'firm']);

/**
 * "Dorvo Corp said … The company urged …": the one company the article named before, a name that
 * ends in a legal form ("Corp", "Inc", "Ltd", "plc"); of several, the one the last two sentences
 * made salient; never one its own sentence names after it ("the company will keep its deal with
 * Dorvo" is another company); else none (a ministry or agency is no company).
 */
function namedCompany(entities: EntityInfo[], d: Discourse, sentence: number, after: number[]): number[] | undefined {
  const companies = [...d.named].filter((i) => {
    const e = entities[i]!;
    if (after.includes(i)) return false;
    const last = e.words[e.words.length - 1]?.replace(/\./g, '');
    return e.type === 'Organization' && e.words.length >= 2 && last !== undefined && LEGAL_FORMS.has(last);
  });
  if (companies.length <= 1) return companies.length ? companies : undefined;
  const recent = companies.filter((i) => (d.salientIn.get(i) ?? -Infinity) >= sentence - 2);
  return recent.length === 1 ? recent : undefined;
}

/** Ministries and the central bank: bodies every state has, named by what they do. */
const MINISTRY_HEADS = new Set(['ministry', 'cabinet']);

/**
 * "the central bank", "the cabinet", "the finance ministry" that the article does not name: the
 * government's body, and the state stands for its government (ANNOTATION: the country is an equally
 * right argument). A demonym says which state ("the Chinese foreign ministry"); a central bank the
 * article names ("the Bundesbank", "Bank of Japan") is what "the central bank" means, and of two
 * named ones neither.
 */
function nationalBody(
  head: string,
  modifiers: string[],
  entities: EntityInfo[],
  d: Discourse,
  before: number[],
): number[] | undefined {
  const central = head === 'bank' && modifiers.includes('central');
  if (!central && !MINISTRY_HEADS.has(head)) return undefined;
  if (central) {
    const banks = [...d.named].filter((i) => {
      const e = entities[i]!;
      const name = e.words.join(' ');
      const ofCountry = /^bank of (.+)$/.exec(name);
      return (
        e.type === 'Organization' &&
        (/\b(central|reserve|national) bank\b|\bbundesbank\b|\bfederal reserve\b/.test(name) ||
          (ofCountry !== null && countryOf(ofCountry[1]!) !== undefined))
      );
    });
    if (banks.length) return banks.length === 1 ? banks : undefined;
  }
  // "the Chinese foreign ministry": the state the demonym names, if the article names it.
  const nation = modifiers.map((m) => countryOfDemonym(m)?.name).find((n) => n !== undefined);
  if (nation !== undefined) {
    const state = [...d.named].filter(
      (i) => entities[i]!.type === 'Place' && countryOf(entities[i]!.name)?.name === nation,
    );
    return state.length === 1 ? state : undefined;
  }
  return storyState(entities, d, before);
}

/**
 * The state a national body or "the government" belongs to: a country its own sentence names
 * before it ("Taiwan's reserves rose …, the central bank said"); of several, the story's own
 * country ("South Korea will cut tariffs for the United States, the finance ministry said"), else
 * none; with none named there, the country the story is about, not one it mentioned since ("India
 * seeks partners … Yugoslavia … the commerce ministry told …").
 */
function storyState(entities: EntityInfo[], d: Discourse, before: number[]): number[] | undefined {
  const countries = [...new Set(before)].filter(
    (i) => entities[i]!.type === 'Place' && countryOf(entities[i]!.name) !== undefined,
  );
  if (countries.length === 1) return countries;
  if (countries.length > 1) return d.home !== undefined && countries.includes(d.home) ? [d.home] : undefined;
  return d.home !== undefined ? [d.home] : undefined;
}
