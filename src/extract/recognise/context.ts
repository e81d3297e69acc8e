/**
 * Names no gazetteer knows ("Dorvia", "the Daily Courier", a new party) typed from their place in
 * the sentence's dependency tree instead of being dropped: the object of a locative preposition
 * is a place, the possessor of a government or president is a polity, a name with "the" that acts
 * is an organisation, and a single unknown name that speaks, demands or is urged is a polity
 * (people and companies are introduced by their full names; their short forms resolve to them).
 */
import { children, conjuncts, hasLabel, type ParsedSentence } from '../../nlp/index.js';
import type { Token } from '../segment/tokens.js';
import { nounPredicate, PROPOSAL_NOUNS } from '../lexicon/predicates.js';
import type { Mention, MentionType } from './mention.js';
import { PERSON_TITLES, POLITY_OFFICES, ROLE_HEADS, ROLE_WORDS } from '../lexicon/roles.js';
import { isDemonym, isKnownPlace, POLITY_SHAPE } from '../lexicon/places.js';
import { BODY_KIND_NOUNS, INSTITUTIONS, ORG_HEADS } from '../lexicon/organizations.js';
import { CONNECTOR_HOSTS } from './heads.js';
import { misplacedNounAgent } from '../relate/tree.js';
import { isCommonWord, isEnglishWord, isLastName } from '../lexicon/words.js';
import { normaliseName, surnameOf } from '../resolve/normalise.js';

/** Nouns a polity has: "Dorvia's government", "the president of Kestrel". */
const POLITY_NOUNS = new Set([
  'government',
  'president',
  'capital',
  'parliament',
  'army',
  'military',
  'people',
  'economy',
  'border',
  'borders',
  'embassy',
  'minister',
  'ministry',
  'leader',
  'leadership',
  'prime',
  'citizens',
  'territory',
  'troops',
  'forces',
  'currency',
  'constitution',
  'king',
  'queen',
  'regime',
  'envoy',
  ...POLITY_OFFICES,
  'residents',
  'inhabitants',
]);
/** Nouns of a settlement or a state, which a name apposed to one names ("Ostrel, a town near Dorsk"). */
const APPOSED_PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'country',
  'state',
  'nation',
  'island',
  'province',
  'region',
  'port',
  'capital',
  'district',
  'republic',
  'kingdom',
]);
const LOCATIVE = new Set(['in', 'into', 'at', 'from', 'to', 'across', 'near', 'inside', 'throughout', 'within']);
const ACTOR_LABELS = ['nsubj', 'obj', 'iobj', 'obl:agent'];

/** The word of a parse that starts at a character offset, or -1. */
function wordAt(parse: ParsedSentence, start: number): number {
  return parse.tokens.findIndex((w) => w.start <= start && start < w.end);
}

/** The head word of a span of words: the one whose head lies outside it. */
function headOf(parse: ParsedSentence, first: number, last: number): number {
  for (let k = first; k <= last; k++) {
    const h = parse.tokens[k]!.head;
    if (h < first || h > last) return k;
  }
  return last;
}

/**
 * What the tree says about an unknown name: a type it shows ("in Dorvia" → Place, "the Daily
 * Courier" → Organization), or only that the name acts (speaks, demands, is urged, authors a
 * proposal), which types it only together with other evidence (see `typeOfActor`).
 */
export type ContextCue = { type: MentionType } | 'actor' | 'author' | undefined;

export function contextOf(m: Mention, tokens: Token[], parse: ParsedSentence): ContextCue {
  const first = wordAt(parse, m.start);
  const last = wordAt(parse, m.end - 1);
  if (first < 0 || last < 0) return undefined;
  const head = headOf(parse, first, last);
  const w = parse.tokens[head]!;
  // A plural proper noun is a group of people ("Britons", "Communists"), not a name.
  if (w.upos !== 'PROPN' || w.xpos === 'NNPS') return undefined;
  // "the West German government", "the West African nation": a people's adjective that modifies
  // a noun shares its determiner and role with that noun, which say nothing about a name.
  const lastWord = parse.tokens[last]!;
  if (
    (hasLabel(w.deprel, 'compound') || hasLabel(w.deprel, 'amod')) &&
    (isDemonym(lastWord.text) || lastWord.xpos === 'JJ')
  )
    return undefined;
  const single = m.tokenEnd - m.tokenStart === 1;
  // "One utility, Velcor, said", "French companies Velcor, Marbex and Ostra": a name apposed to the
  // noun of a body's kind (or a later conjunct of such a name) is that body's.
  // Not a short form in brackets ("a currency unit (Ecu)"), a people's adjective, nor a list
  // that opens with a place ("producers, particularly Kestan, Lund and Orvia").
  const firstConjunct = hasLabel(w.deprel, 'conj') && w.head >= 0 ? w.head : head;
  const apposedTo =
    hasLabel(parse.tokens[firstConjunct]!.deprel, 'appos') &&
    (firstConjunct === head || !isKnownPlace(parse.tokens[firstConjunct]!.text))
      ? parse.tokens[firstConjunct]!.head
      : -1;
  if (
    apposedTo >= 0 &&
    BODY_KIND_NOUNS.has(parse.tokens[apposedTo]!.lemma.toLowerCase()) &&
    parse.tokens[firstConjunct - 1]?.text !== '(' &&
    !isKnownPlace(m.text) &&
    !isDemonym(lastWord.text)
  )
    return { type: 'Organization' };
  const caseWord = children(parse, head, 'case').map((k) => parse.tokens[k]!.text.toLowerCase())[0];
  const hasThe = tokens[m.tokenStart - 1]?.norm === 'the' || children(parse, head, 'det').length > 0;
  // "in Dorvia", "flew to Kestrel", "troops from Veltrania".
  if (caseWord && LOCATIVE.has(caseWord) && !hasThe && (hasLabel(w.deprel, 'obl') || hasLabel(w.deprel, 'nmod')))
    return m.tokenEnd - m.tokenStart <= 2 ? { type: 'Place' } : undefined;
  // "Ostrel, a town of 5,000 people", "Kestan, a small country": an apposed settlement or state.
  if (
    !hasThe &&
    children(parse, head, 'appos').some((k) => APPOSED_PLACE_NOUNS.has(parse.tokens[k]!.lemma.toLowerCase()))
  )
    return { type: 'Place' };
  // "Dorvia's government", "the president of Kestrel".
  const governor = w.head >= 0 ? parse.tokens[w.head]! : undefined;
  if (governor && POLITY_NOUNS.has(governor.text.toLowerCase()) && !hasThe) {
    if (hasLabel(w.deprel, 'nmod:poss') || (hasLabel(w.deprel, 'nmod') && caseWord === 'of')) return { type: 'Place' };
  }
  // "Velt and his aides", "Kestan and its creditor banks": the possessive of the next conjunct
  // points back to the name, whatever the parse made of the verb: "his/her" a person's, "its" an
  // actor's that is no person (a polity's or a body's: its shape or other mentions decide).
  const owner = single && !hasThe && !m.possessive ? conjoinedOwnerPronoun(tokens, m.tokenEnd) : undefined;
  if (owner === 'his' || owner === 'her') return { type: 'Person' };
  if (owner === 'its') return 'actor';
  // "an interview with the Daily Courier": a multiword name with "the" that is no place is an organisation.
  // "The Opec President", "the Bank Chairman": a title, whose holder the name is not.
  const titled = ROLE_HEADS.has(w.text.toLowerCase()) || PERSON_TITLES.has(w.text.toLowerCase());
  if (hasThe && !single && !titled && !/^(in|at|near)$/.test(caseWord ?? '')) return { type: 'Organization' };
  // "Dorvia's offer", "the demands of Kestrel": the author of a proposal or demand acts too.
  // "rejected the proposal by Mirand" with "by Mirand" hung on the verb (relate/tree.ts mends it).
  const author =
    misplacedNounAgent(parse, head) >= 0 ||
    (!!governor &&
      (PROPOSAL_NOUNS.has(governor.lemma.toLowerCase()) || nounPredicate(governor.lemma.toLowerCase()) !== undefined) &&
      (hasLabel(w.deprel, 'nmod:poss') || (hasLabel(w.deprel, 'nmod') && (caseWord === 'of' || caseWord === 'by'))));
  // "called on Kestrel", "appealed to Dorvia", "talks with Veltrania": a party addressed.
  const addressed = hasLabel(w.deprel, 'obl') && /^(on|upon|to|with|by|from|against)$/.test(caseWord ?? '');
  const acting =
    author ||
    addressed ||
    ACTOR_LABELS.some((l) => hasLabel(w.deprel, l)) ||
    (hasLabel(w.deprel, 'conj') && !!governor);
  if (!acting || titled) return undefined;
  // "on the Internet", "the Web": an ordinary word capitalised by convention names no body of its
  // own (one the article named in full, "the Times", still resolves to it).
  // A body's own head word is its name: "the House", "the Commission".
  const word = tokens[m.tokenStart]!.norm;
  if (
    hasThe &&
    single &&
    isEnglishWord(word) &&
    !ORG_HEADS.has(word) &&
    !INSTITUTIONS.has(word) &&
    !CONNECTOR_HOSTS.has(word)
  )
    return undefined;
  if (hasThe) return { type: 'Organization' };
  // "Kodak said it secured a loan": English calls a person he or she, so a name that speaks of
  // itself as "it" is a body's (or, shaped like one, a polity's), not a surname.
  if (single && speaksOfItselfAsIt(parse, head)) return { type: POLITY_SHAPE.test(w.text) ? 'Place' : 'Organization' };
  if (single) return author ? 'author' : 'actor';
  return multiwordActor(tokens.slice(m.tokenStart, m.tokenEnd));
}

/** Verbs whose subject "it" is often a dummy: "it would take years to …", "it seemed that …". */
const DUMMY_SUBJECT_VERBS = new Set(['take', 'cost', 'seem', 'appear', 'remain', 'happen', 'matter', 'make', 'rain']);

/**
 * Whether the subject of a verb (`subject`, a name with nothing apposed or attached to it) is taken
 * up as "it" or "its" by the subject of that verb's complement clause: "Kodak said it secured a
 * loan", "Kodak said its profit rose". Not a dummy "it" ("said it was unlikely that …": a copula
 * or a verb such as "take" in "it would take years to …").
 */
export function speaksOfItselfAsIt(parse: ParsedSentence, subject: number): boolean {
  const w = parse.tokens[subject]!;
  if (!hasLabel(w.deprel, 'nsubj') || w.head < 0) return false;
  if (children(parse, subject).some((k) => !/^(?:punct|cc)$/.test(parse.tokens[k]!.deprel))) return false;
  return children(parse, w.head, 'ccomp').some((clause) => {
    if (children(parse, clause, 'cop').length > 0) return false;
    if (DUMMY_SUBJECT_VERBS.has(parse.tokens[clause]!.lemma.toLowerCase())) return false;
    // "It produced 72,000 tons, Velt said": an "it" before the speaker points further back.
    const itsSubject = children(parse, clause, 'nsubj')[0];
    if (itsSubject === undefined || itsSubject < subject) return false;
    const word = parse.tokens[itsSubject]!.text.toLowerCase();
    return (
      word === 'it' ||
      children(parse, itsSubject, 'nmod:poss').some((k) => parse.tokens[k]!.text.toLowerCase() === 'its')
    );
  });
}

/**
 * Lone surnames that speak of themselves as "it" ("Harris said it will close the plant"): bodies
 * named like people, when no person of that surname is named otherwise (in full, or with a title).
 */
export function surnamesNamingBodies(
  mentions: readonly Mention[],
  treeOf: (sentence: number) => ParsedSentence | undefined,
): Set<string> {
  const people = new Set(
    mentions.filter((m) => m.type === 'Person' && m.cue !== 'last-name').map((m) => surnameOf(normaliseName(m.text))),
  );
  const bodies = new Set<string>();
  for (const m of mentions) {
    if (m.cue !== 'last-name' || m.tokenEnd - m.tokenStart !== 1 || people.has(normaliseName(m.text))) continue;
    const parse = treeOf(m.sentence);
    const head = parse ? mentionHead(m, parse) : -1;
    if (parse && head >= 0 && speaksOfItselfAsIt(parse, head)) bodies.add(normaliseName(m.text));
  }
  return bodies;
}

/** "his", "her" or "its" opening the conjunct right after a name ("X and its allies"), else undefined. */
function conjoinedOwnerPronoun(tokens: Token[], end: number): string | undefined {
  const pronoun = tokens[end + 1]?.norm;
  return tokens[end]?.norm === 'and' && (pronoun === 'his' || pronoun === 'her' || pronoun === 'its')
    ? pronoun
    : undefined;
}

/**
 * The type of an unknown name of several words that acts: a person's when no word of it is an
 * ordinary English word ("Abdelbaset al-Megrahi", "Kim Jong-un"), an organisation's when its
 * words are ordinary ones ("Amnesty International", "Reporters Without Borders"), none when it
 * holds a title or a place ("Information Minister X", "Arab East Jerusalem"), which the
 * recogniser reads better.
 */
function multiwordActor(words: Token[]): ContextCue {
  const named = words.filter((t) => t.kind === 'word');
  if (named.some((t) => ROLE_WORDS.has(t.norm) || isDemonym(t.text) || isKnownPlace(t.text))) return undefined;
  // "Gene Smith": a known surname ends a person's name, whatever its first name.
  if (named.every((t) => !isCommonWord(t.norm)) || isLastName(named[named.length - 1]!.norm)) return { type: 'Person' };
  return { type: 'Organization' };
}

/** The word heading a mention in a parse, or -1. */
function mentionHead(m: Mention, parse: ParsedSentence): number {
  const first = wordAt(parse, m.start);
  const last = wordAt(parse, m.end - 1);
  return first < 0 || last < first ? -1 : headOf(parse, first, last);
}

/** Whether a mention stands for a place: typed so, or untyped with a place to fall back on ("from Belvia"). */
function placeLike(m: Mention): boolean {
  return m.type === 'Place' || (m.type === 'Unknown' && m.fallback === 'Place');
}

/**
 * Whether a name could be a place's on its own words: up to three words, none a title or a
 * people's adjective ("Oil Minister X", "Soviet"), not ending in an ordinary word or a body's
 * head ("Agriculture", "U.S. Grain", "Kestan Bank"), not a document or a party's member (which the recogniser tells).
 */
function placeShaped(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  return (
    words.length <= 3 &&
    !words.some((w) => ROLE_WORDS.has(w.toLowerCase()) || isDemonym(w)) &&
    !isEnglishWord(last) &&
    !ORG_HEADS.has(last) &&
    !INSTITUTIONS.has(last)
  );
}

/**
 * Whether a mention's type is open to its conjuncts' evidence: nothing typed it, or only its shape —
 * a single word the surname list knows ("Officials from Kestan and Lund": "Lund" is a surname
 * too, but a conjunct of a place is a place).
 */
function typedByShapeOnly(m: Mention): boolean {
  return (m.type === 'Unknown' && !m.fallback) || (m.type === 'Person' && m.cue === 'last-name');
}

/**
 * "Delegates from Belvia, Kestan and Mirand", "talks between Kestan and Tarvia": names coordinated
 * with a place are places too, when nothing but their shape typed them and no conjunct is a person or a body.
 * `mentions` are one sentence's, `parse` its tree; those typed by shape alone are retyped in place.
 */
export function shareCoordinatedPlaces(mentions: Mention[], parse: ParsedSentence): void {
  const byHead = new Map<number, Mention>();
  for (const m of mentions) {
    const k = mentionHead(m, parse);
    if (k >= 0) byHead.set(k, m);
  }
  for (const [k, m] of byHead) {
    if (
      !typedByShapeOnly(m) ||
      m.cue === 'document' ||
      m.cue === 'party-member' ||
      parse.tokens[k]!.upos !== 'PROPN' ||
      !placeShaped(m.text)
    )
      continue;
    // "its Treasury", "the Alliance": a name with a determiner is a body's or a thing's, not a
    // place's; "Cuba and Mercosur, an economic union": an apposed noun says what the name is.
    if (['det', 'nmod:poss', 'appos'].some((l) => children(parse, k, l).length > 0)) continue;
    // "U.S. and Soviet missiles": a coordination of modifiers names the noun's kinds, not places.
    const group = conjuncts(parse, k);
    if (group.some((j) => hasLabel(parse.tokens[j]!.deprel, 'compound') || hasLabel(parse.tokens[j]!.deprel, 'amod')))
      continue;
    // "Bolivia, Venezuela and Cuba and Mercosur": a second conjunction joins at another level.
    if (group.filter((j) => children(parse, j, 'cc').length > 0).length > 1) continue;
    const others = group.filter((j) => j !== k).map((j) => byHead.get(j));
    const typed = others.filter((o): o is Mention => !!o && !typedByShapeOnly(o));
    if (typed.length > 0 && typed.every(placeLike)) {
      m.type = 'Place';
      m.cue = 'tree-context';
    }
  }
}

/**
 * The type of a single unknown name that acts, from the rest of the article: the type another
 * mention of it showed ("in Dorvia" elsewhere), else a polity's shape, else none (a surname or
 * a company's short form resolves to its full name instead). The author of a nominal act ("the
 * proposal by Mirand", "Mirand's demand") that nothing else in the article names or types
 * (`unnamedElsewhere`) is a person's surname, as a lone speaker is (`SPEECH_AFTER` in resolve.ts):
 * the scorer types no relation argument, and a name no gazetteer knows that proposes or demands
 * is most often a person's; not an ordinary English word, nor one in capitals (an acronym).
 */
export function typeOfActor(
  name: string,
  shownElsewhere: MentionType | undefined,
  unnamedAuthor = false,
): MentionType | undefined {
  if (shownElsewhere) return shownElsewhere;
  if (POLITY_SHAPE.test(name)) return 'Place';
  return unnamedAuthor && /^\p{Lu}\p{Ll}+$/u.test(name) && !isEnglishWord(name.toLowerCase()) && !isKnownPlace(name)
    ? 'Person'
    : undefined;
}
