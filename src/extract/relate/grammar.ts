/**
 * Pure readings of a sentence's tree that the relation rules share: which predicate a verb is,
 * whether an act is asserted (not conditional, hypothetical or refused), tense and time of a
 * trigger, coordination, and the marks of prepositional and quoted phrases.
 */
import {
  INFORMATION_REQUESTS,
  lexiconLemma,
  NON_FACTUAL_MATRIX,
  type Predicate,
  PRESS_REQUESTS,
  PARTICIPATION_NOUNS,
  POSSIBILITY_NOUNS,
  PROPOSAL_DESCRIPTIONS,
  PROPOSAL_NOUNS,
  verbPredicate,
} from '../lexicon/predicates.js';
import { conjuncts, hasLabel, isNegated, modality, subtreeSpan } from '../../nlp/index.js';
import { caseOf, childOf, childrenOf, lemmaOf, markOf, measuredWord, type Tree } from './tree.js';
import { MEASURE_NOUNS, TIME_MARKER_CASES, TIME_MARKER_LEADS } from '../lexicon/events.js';

const CONDITIONAL_MARKS = new Set(['if', 'unless', 'whether']);
/**
 * Modals of possibility, ability and permission ("may reject", "might attend", "could call for")
 * and of obligation or advice ("must attend", "should reject", like "has to attend"): an act only
 * possible or owed is not done.
 */
const UNREALISED_MODALS = new Set(['may', 'might', 'could', 'can', 'must', 'should']);
/** Adverbs of doubt, the modal's paraphrase: "will possibly reject", "perhaps he will attend", "will probably attend" (as "is likely to"). */
const DOUBT_ADVERBS = new Set(['perhaps', 'possibly', 'maybe', 'probably', 'conceivably']);
/** Modals a condition makes hypothetical: "would attend if invited", "will reject it unless …". */
const CONDITIONED_MODALS = new Set(['would', 'could', 'might', 'will', 'shall', 'may', 'can']);
/** Auxiliaries that open an inverted condition: "had she been invited", "were it to fail", "should he win". */
const INVERTED_CONDITION = new Set(['had', 'were', 'should']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
const TIME_LABELS = ['obl', 'obl:unmarked', 'obl:tmod', 'nmod:unmarked', 'nmod:tmod', 'advmod'];
export const TIME_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|week|month|year|(?:19|20)\d\d)\b/i;

/**
 * The coordination group of a word. Without a conjunction a comma joins names in a headline
 * ("Putin, Xi hold talks") but sets a description beside a name ("Rong Yiren, chairman of the
 * bank, attacked …"): a common noun so joined, or anything in parentheses, is an apposition,
 * not a second party.
 */
export function coordinated(t: Tree, w: number): number[] {
  // A conjunct the parser hung on a name's last word ("Justin Trudeau | and Enrique Pena Nieto")
  // coordinates with the whole name.
  const misplaced = childrenOf(t, w, 'flat').flatMap((f) => childrenOf(t, f, 'conj'));
  // A "conjunct" that is part of a prepositional name already hung on the word ("John Weinberg of
  // Goldman, | Sachs and Co") belongs to that name, not to the coordination.
  const ownNames = new Set(
    childrenOf(t, w, 'nmod').flatMap((k) =>
      t.entity[k] === undefined || childOf(t, k, 'case') === undefined ? [] : [t.entity[k]],
    ),
  );
  const group = [...new Set([...conjuncts(t.parse, w), ...misplaced.flatMap((c) => conjuncts(t.parse, c))])]
    .filter((k) => k === w || t.entity[k] === undefined || !ownNames.has(t.entity[k]))
    .sort((a, b) => a - b);
  if (group.some((k, n) => n > 0 && childOf(t, k, 'cc') !== undefined)) return group;
  // "X (Democrats)": a parenthesis beside a name is an aside, whatever it names.
  // "Stals, the country's chief negotiator, said": the phrase, not only its head, follows the comma.
  const apposed = (k: number): boolean => {
    let first = subtreeSpan(t.parse, k).first;
    while (first < k && t.parse.tokens[first]!.upos === 'PUNCT') first++;
    const before = t.parse.tokens[first - 1]?.text;
    return (t.parse.tokens[k]!.upos === 'NOUN' && before === ',') || before === '(';
  };
  return group.filter((k) => k === w || !apposed(k));
}

/** The measure noun whose "of" phrase a noun is ("two days of talks" → "days"), or the noun itself. */
export function measureOver(t: Tree, k: number): number {
  const h = t.parse.tokens[k]!.head;
  if (h < 0 || !hasLabel(t.parse.tokens[k]!.deprel, 'nmod') || caseOf(t, k) !== 'of') return k;
  return MEASURE_NOUNS.has(lemmaOf(t, h)) ? h : k;
}

/** The predicate of a verb with its particle, light-verb object or marked oblique ("turn down", "take part", "call on"). */
export function predicateOf(t: Tree, p: number): Predicate | undefined {
  const extras = [
    ...childrenOf(t, p, 'compound:prt', 'advmod').map((k) => lemmaOf(t, k)),
    ...childrenOf(t, p, 'obj').map((k) => lemmaOf(t, measuredWord(t.parse, k))),
    ...childrenOf(t, p, 'obl').flatMap((k) => caseOf(t, k) ?? []),
    // "called for him to step down": "for" marks the clause asked for; "insisted on meeting X": "on" the act insisted on.
    ...childrenOf(t, p, 'advcl').flatMap((k) =>
      markOf(t, k) === 'for' || (markOf(t, k) === 'on' && k > p) ? [markOf(t, k)!] : [],
    ),
  ];
  const w = t.parse.tokens[p]!;
  return verbPredicate(lexiconLemma(w.text) ?? lemmaOf(t, p), extras);
}

/**
 * Whether a request verb asks someone other than its subject: an object with an infinitive
 * ("asked Kestrel to leave"), a that-clause, "for …", or an object that is a party or a thing
 * wanted of someone ("wants a ceasefire"); not a bare infinitive ("asked to speak").
 */
/** Verbs that send words to someone ("wrote to", "appealed to", "turned to"). */
const SENDING = new Set(['write', 'appeal', 'turn', 'petition', 'cable']);

/** "wrote to the embassy asking to …": a request participle sent with a letter to someone. */
export function sentWith(t: Tree, p: number): boolean {
  const w = t.parse.tokens[p]!;
  if (w.xpos !== 'VBG' || !/^(advcl|xcomp)$/.test(w.deprel) || w.head < 0) return false;
  return SENDING.has(lemmaOf(t, w.head)) && childrenOf(t, w.head, 'obl').some((k) => caseOf(t, k) === 'to' && k < p);
}

export function asksSomeone(t: Tree, p: number, quoted = false): boolean {
  // "challenged X to publish": a dare asks only with the act dared ("challenged the ruling",
  // "challenged X in the race", "challenged X to a debate" ask for none).
  if (lemmaOf(t, p) === 'challenge') return infinitiveOf(t, p) !== undefined;
  if (sentWith(t, p)) return true;
  // "push ahead with the plan", "press ahead": going on with one's own course asks no one.
  if (childrenOf(t, p, 'advmod', 'compound:prt').some((k) => lemmaOf(t, k) === 'ahead')) return false;
  if (childOf(t, p, 'ccomp') !== undefined) return true;
  if (childrenOf(t, p, 'obl').some((k) => /^(for|from|of|with)$/.test(caseOf(t, k) ?? ''))) return true;
  const obj = childOf(t, p, 'obj', 'iobj');
  // "was asked / ordered by X to withdraw": the passive's subject is the one asked to act.
  if (obj === undefined && childOf(t, p, 'nsubj:pass') !== undefined) return infinitiveOf(t, p) !== undefined;
  if (obj === undefined) return false;
  // "asked a question", "ordered a review" are no demands of anyone without someone asked.
  if (lemmaOf(t, p) === 'want' || lemmaOf(t, p) === 'need') {
    // A wish is a demand only when it is voiced: "say they want the publication", "said it wanted
    // Beijing to revalue", '"We need the Lords to set up a committee," she said'. The reporter's
    // "wants Beijing to revalue" tells a position, not an act. A need asks only someone to act
    // ("need X to …"; "needed more money" asks no one).
    // Inside a quotation only someone asked to act counts ('"We want precision"' asks no one).
    const w = t.parse.tokens[p]!;
    // "needs 120 mln dlrs to repair the pipeline": after an amount the infinitive says what it is
    // for, and no one is asked to act. The act asked for is a verb or a "to" infinitive ("need X to
    // be ready"), not a noun the parser made a complement ("needed resources and an overhaul").
    const act = childOf(t, p, 'xcomp');
    const someoneToAct =
      act !== undefined && (t.parse.tokens[act]!.upos === 'VERB' || markOf(t, act) === 'to') && !amount(t, obj);
    // ("did not say what he wanted" voices no wish.)
    const reported =
      hasLabel(w.deprel, 'ccomp') &&
      w.head >= 0 &&
      verbPredicate(lemmaOf(t, w.head))?.relation === 'STATED' &&
      !isNegated(t.parse, w.head);
    return (reported || (quoted && someoneToAct)) && (lemmaOf(t, p) === 'want' || someoneToAct);
  }
  return childOf(t, p, 'xcomp') !== undefined || t.parse.tokens[obj]!.upos === 'PROPN';
}

const WH_WORDS = new Set(['why', 'how', 'what', 'when', 'where', 'whether', 'if', 'who', 'which']);

/** A clause that is a question: opened by a wh-word ("why …", "in which field …") or "whether"/"if". */
function questionClause(t: Tree, c: number): boolean {
  let first = subtreeSpan(t.parse, c).first;
  if (t.parse.tokens[first]!.upos === 'ADP') first++;
  return WH_WORDS.has(lemmaOf(t, first)) || WH_WORDS.has(markOf(t, c) ?? '');
}

/** A verb's infinitive complement, however the parser labels it ("asked X to leave"). */
function infinitiveOf(t: Tree, p: number): number | undefined {
  return childrenOf(t, p, 'xcomp', 'advcl').find((c) => markOf(t, c) === 'to');
}

/** Verbs of saying whose that-clause in the subjunctive asks for an act ("insisted that he resign"). */
const MANDATIVE_SPEECH = new Set(['insist', 'suggest', 'propose', 'recommend']);

/**
 * "insisted that Dorvia withdraw", "suggested that he resign": a verb of saying with a that-clause
 * in the mandative subjunctive demands the act of the clause's subject; "insisted that Dorvia had
 * withdrawn" or "… withdraws" asserts. The subjunctive is the bare verb with no auxiliary: tagged
 * as such, or tagged as a present form that disagrees with its singular subject ("Marek step
 * down", where the indicative has "steps"). Gives the clause, or undefined.
 */
export function mandativeClause(t: Tree, p: number): number | undefined {
  if (!MANDATIVE_SPEECH.has(lemmaOf(t, p))) return undefined;
  const bare = (c: number, subject: number | undefined): boolean => {
    const verb = t.parse.tokens[c]!;
    if (verb.upos !== 'VERB' || childOf(t, c, 'aux', 'aux:pass', 'cop') !== undefined) return false;
    if (subject === undefined || subject > c) return false;
    const subjectWord = t.parse.tokens[subject]!;
    const singular = /^(NN|NNP)$/.test(subjectWord.xpos) || /^(he|she|it)$/i.test(subjectWord.text);
    return verb.xpos === 'VB' || (singular && verb.xpos === 'VBP');
  };
  // "insisted Airbus drop the plan" without "that", parsed with the subject as the verb's object
  // and the bare verb its complement: these verbs take no object and bare infinitive otherwise.
  const object = childOf(t, p, 'obj');
  return (
    childrenOf(t, p, 'ccomp').find((c) => bare(c, childOf(t, c, 'nsubj'))) ??
    childrenOf(t, p, 'xcomp').find((c) => markOf(t, c) === undefined && bare(c, object))
  );
}

/**
 * "asked X why …", "asked X whether …": "ask" with an indirect question asks for an answer, not
 * an act — unless it also has an infinitive ("asked X to leave if …"). A question hung on the
 * addressee by the parser ("asked the bank what it planned") starts right after its noun.
 */
export function asksQuestion(t: Tree, p: number): boolean {
  if (childOf(t, p, 'xcomp') !== undefined) return false;
  if (childrenOf(t, p, 'ccomp').some((c) => questionClause(t, c))) return true;
  if (childrenOf(t, p, 'advcl').some((c) => /^(whether|if)$/.test(markOf(t, c) ?? ''))) return true;
  const addressee = childOf(t, p, 'iobj') ?? childOf(t, p, 'obj');
  const next = addressee === undefined ? undefined : t.parse.tokens[addressee + 1];
  return next !== undefined && /^(what|why|how|whether|when|where)$/i.test(next.text);
}

/**
 * "a request for comment", "asked the ministry for a response": a reporter's inquiry, no demand;
 * so is asking for facts ("asked for the names of the banks", "a request for details").
 */
export function pressInquiry(t: Tree, w: number): boolean {
  // "asked for the names of the banks", "a request for details": asking for facts is a question.
  // Not with an act asked for: "asked for the names to be published".
  const toAct = (k: number): boolean => childrenOf(t, k, 'advcl', 'xcomp', 'acl').some((c) => markOf(t, c) === 'to');
  const asking = /^(ask|request)$/.test(lemmaOf(t, w)) && !toAct(w);
  const asked = (k: number): boolean =>
    PRESS_REQUESTS.has(lemmaOf(t, k)) || (asking && INFORMATION_REQUESTS.has(lemmaOf(t, k)) && !toAct(k));
  const forPress = (k: number): boolean => caseOf(t, k) === 'for' && asked(k);
  if (childrenOf(t, w, 'obl', 'nmod').some(forPress)) return true;
  // "did not respond to requests from X for comment": the parser may hang "for comment" on the
  // verb the noun depends on; after the noun it is still the noun's.
  const head = t.parse.tokens[w]!.head;
  const noun = /^(NOUN|PROPN)$/.test(t.parse.tokens[w]!.upos);
  return noun && head >= 0 && childrenOf(t, head, 'obl', 'nmod', 'nsubj:pass').some((k) => k > w && forPress(k));
}

/**
 * What a possibility or a taking part is of, as the thing a verb `verb` rejects: "ruled out the
 * possibility of a summit" rejects the summit, "dismissed the prospect of participation in such an
 * arrangement" the arrangement ("in" also hung on the verb right after the noun); else the word itself.
 */
export function possibilityOf(t: Tree, w: number, verb: number): number {
  let k = w;
  for (let guard = 0; guard < 3; guard++) {
    const lemma = lemmaOf(t, k);
    const wanted = POSSIBILITY_NOUNS.has(lemma) ? 'of' : PARTICIPATION_NOUNS.has(lemma) ? 'in' : undefined;
    if (wanted === undefined) break;
    const after = subtreeSpan(t.parse, k).last + 1;
    const next =
      childrenOf(t, k, 'nmod').find((c) => c > k && caseOf(t, c) === wanted) ??
      childrenOf(t, verb, 'obl').find((c) => caseOf(t, c) === wanted && subtreeSpan(t.parse, c).first === after);
    if (next === undefined) break;
    k = next;
  }
  return k;
}

/** "the proposal", "this offer", "such an arrangement": a definite description of something put forward, pointing back. */
export function proposalDescription(t: Tree, w: number): boolean {
  if (!PROPOSAL_DESCRIPTIONS.has(lemmaOf(t, w))) return false;
  return childrenOf(t, w, 'det').some((d) => /^(the|this|that|these|those|such)$/.test(lemmaOf(t, d)));
}

/** "the request", "this argument", "that demand": a definite proposal noun that points back. */
export function anaphoric(t: Tree, w: number): boolean {
  if (!PROPOSAL_NOUNS.has(lemmaOf(t, w))) return false;
  return childrenOf(t, w, 'det').some((d) => /^(the|this|that|these|those|such)$/.test(lemmaOf(t, d)));
}

/**
 * The noun a relative clause's verb takes as its object: "the proposal, which X rejected" (the
 * pronoun stands for it) and "an accusation X denies" (a gap). Undefined when the verb is no
 * relative clause's, or when its object or subject slot is filled otherwise ("X, which rejected Y").
 */
export function relativeClauseObject(t: Tree, p: number): number | undefined {
  const w = t.parse.tokens[p]!;
  if (!hasLabel(w.deprel, 'acl:relcl') || w.head < 0) return undefined;
  const relative = (k: number | undefined): boolean =>
    k !== undefined && RELATIVE_PRONOUNS.has(t.parse.tokens[k]!.text.toLowerCase());
  // A verb with a clause of its own is no relative's ("charges that X is refusing to open …").
  if (childOf(t, p, 'ccomp', 'xcomp') !== undefined) return undefined;
  // "that" and a gap are read only after a noun that can be rejected or made: "said on Sunday
  // that his country disagrees" is often parsed as a relative clause of "Sunday".
  const which = (k: number | undefined): boolean => k !== undefined && /^(which|whom)$/i.test(t.parse.tokens[k]!.text);
  const obj = childOf(t, p, 'obj');
  if (which(obj)) return w.head;
  if (!PROPOSAL_NOUNS.has(lemmaOf(t, w.head))) return undefined;
  if (relative(obj)) return w.head;
  const subject = childOf(t, p, 'nsubj');
  return obj === undefined && subject !== undefined && !relative(subject) ? w.head : undefined;
}

/** A speech verb whose only object is "nothing" ("X said nothing about it"), with no clause said. */
export function saidNothing(t: Tree, p: number): boolean {
  const obj = childOf(t, p, 'obj');
  return obj !== undefined && lemmaOf(t, obj) === 'nothing' && childOf(t, p, 'ccomp', 'parataxis') === undefined;
}

/**
 * What a verb of disagreeing is "with", read from the "with" right after it (an adverb between)
 * whatever the parser made of the phrase: the noun it marks ("with her counterpart", even when the
 * parser split "her" from "counterpart"), the subject of the clause it was read as opening
 * ("disagreed with Minister X, …, and resigned" parsed as "with X resigning"), or the phrase after
 * a "with" left with no noun of its own.
 */
export function disagreedWith(t: Tree, p: number): number | undefined {
  const words = t.parse.tokens;
  const at = words[p + 1]?.upos === 'ADV' ? p + 2 : p + 1;
  const w = words[at];
  if (w === undefined || w.text.toLowerCase() !== 'with' || w.head < 0) return undefined;
  if (hasLabel(w.deprel, 'case')) return w.head;
  if (hasLabel(w.deprel, 'mark')) return childOf(t, w.head, 'nsubj');
  // "with" left without its noun: the phrase right after it, past its determiner and adjectives,
  // up to the head of the name or compound that word starts.
  let k = at + 1;
  while (/^(DET|ADJ)$/.test(words[k]?.upos ?? '')) k++;
  if (!/^(NOUN|PROPN|PRON)$/.test(words[k]?.upos ?? '')) return undefined;
  while (/^(compound|flat|nmod:desc)$/.test(words[k]!.deprel) && words[k]!.head > k) k = words[k]!.head;
  return k;
}

/** A quantity: a number, or a noun counted by one ("5 pct", "1/2", "two points"). */
export function amount(t: Tree, w: number): boolean {
  return t.parse.tokens[w]!.upos === 'NUM' || childOf(t, w, 'nummod') !== undefined;
}

/** A prepositional modifier ("of X", "by X"), not a possessor ("X's"). */
export function prepositional(t: Tree, k: number): boolean {
  const rel = t.parse.tokens[k]!.deprel;
  return (hasLabel(rel, 'nmod') && rel !== 'nmod:poss') || governedByAdposition(t, k);
}

/**
 * Whether a noun stands behind a preposition ("to Congress", "with President X"), whatever label
 * the parser gave it: such a noun is never a subject, a compound or a possessor.
 */
/** Prepositions that also open a clause with its own subject ("with X saying", "after X said"). */
const CLAUSE_PREPOSITIONS = new Set(['with', 'without', 'after', 'before', 'since', 'until']);

/** Words that may sit between a preposition and its noun when the parser hung them elsewhere. */
const MODIFIER_WORD = /^(DET|ADJ|NOUN|NUM|PUNCT|VERB)$/;

export function governedByAdposition(t: Tree, k: number): boolean {
  // A nominative pronoun is never a preposition's object ("After the meeting he said": "after him").
  if (/^(he|she|they|we|i)$/i.test(t.parse.tokens[k]!.text)) return false;
  const cases = childrenOf(t, k, 'case', 'mark').filter((c) => t.parse.tokens[c]!.upos === 'ADP');
  if (cases.length) {
    // "and with X saying …" with "with" hung on X: the subject of an absolute clause, no object.
    const head = t.parse.tokens[k]!.head;
    const absolute =
      hasLabel(t.parse.tokens[k]!.deprel, 'nsubj') &&
      head > k &&
      t.parse.tokens[head]!.xpos === 'VBG' &&
      cases.every((c) => /^(with|without)$/i.test(t.parse.tokens[c]!.text));
    return !absolute;
  }
  // The preposition may hang elsewhere ("a meeting with | President X called …", "X of the
  // tax-writing | House Committee said"): the word before the phrase, past its stray modifiers.
  const words = t.parse.tokens;
  // The phrase without the comma the parser may have hung on it ("During the summit, | French
  // President X called …": the comma closes the fronted phrase, it opens no part of the subject).
  const first = subtreeSpan(t.parse, k, ['punct']).first;
  let b = first - 1;
  for (let steps = 0; b >= 0 && steps < 5 && MODIFIER_WORD.test(words[b]!.upos) && words[b]!.text !== ','; steps++) b--;
  const before = words[b];
  if (before === undefined || before.upos !== 'ADP' || before.deprel === 'compound:prt') return false;
  // "In a statement Howard said": the preposition has its own noun before the name, a phrase complete
  // without it.
  if (before.deprel === 'case' && before.head > b && before.head < first) return false;
  // "with the U.S. view": the preposition of the noun a prenominal modifier belongs to is not its own.
  const prenominal = /^(compound|amod|nmod:poss)/.test(words[k]!.deprel) && before.head === words[k]!.head;
  // "with X saying …" (an absolute clause), "after X said …": the word marks the clause whose
  // subject X is, when X is that clause's only subject and no comma parts them.
  const clause = words[k]!.head;
  const absolute =
    before.deprel === 'mark' &&
    CLAUSE_PREPOSITIONS.has(before.text.toLowerCase()) &&
    hasLabel(words[k]!.deprel, 'nsubj') &&
    before.head === clause &&
    clause > k &&
    childrenOf(t, clause, 'nsubj').length === 1 &&
    !words.slice(subtreeSpan(t.parse, k).last + 1, clause).some((w) => w.text === ',');
  return !prenominal && !absolute && (before.deprel !== 'case' || before.head === k || b < first - 1);
}

/** Tense of a predicate: future with will/shall or "is to"; past for VBD/VBN; else present. */
export function tenseOf(t: Tree, p: number): 'past' | 'future' | 'present' {
  const modal = modality(t.parse, p) ?? undefined;
  if (modal === 'will' || modal === 'shall') return 'future';
  const xpos = t.parse.tokens[p]!.xpos;
  if (xpos === 'VBD') return 'past';
  if (
    xpos === 'VBN' &&
    childrenOf(t, p, 'aux').some((k) => /^(have|had|has)$/.test(t.parse.tokens[k]!.text.toLowerCase()))
  )
    return 'past';
  return 'present';
}

/** The time expression attached to a predicate ("said on Monday", "will attend next week"), as a character span. */
export function timeOf(t: Tree, p: number): { start: number; end: number } | undefined {
  // A noun predicate or an infinitive takes its time from the verb it depends on.
  const chain = [p];
  const w = t.parse.tokens[p]!;
  if (w.head >= 0 && /^(xcomp|obj)/.test(w.deprel)) chain.push(w.head);
  for (const k of chain) {
    for (const c of childrenOf(t, k, ...TIME_LABELS)) {
      const span = subtreeSpan(t.parse, c);
      const text = t.parse.tokens
        .slice(span.first, span.last + 1)
        .map((x) => x.text)
        .join(' ');
      if (TIME_WORDS.test(text)) return { start: span.start, end: span.end };
    }
  }
  return undefined;
}

/**
 * Whether an act is asserted as happening: not in a condition ("if they attend"), not a
 * hypothesis ("would reject it if"), not under a verb that withholds it ("refused to attend",
 * "threatened to boycott"). Tense and plain modality do not matter ("will attend").
 */
export function factual(t: Tree, p: number, allowNegatedMatrix: boolean): boolean {
  if (invertedConditionBefore(t, p)) return false;
  let k = p;
  // Whether the clause at k carries the predicate's own modality: the predicate's, its matrix
  // verb's ("may want to attend"), or a first conjunct's it shares with no subject or auxiliary
  // of its own ("could arrive early and attend"), not another clause's ("X may resign and Y rejected").
  let sharesModality = true;
  for (let guard = 0; k >= 0 && guard < 12; guard++) {
    const w = t.parse.tokens[k]!;
    const mark = markOf(t, k);
    if (mark && CONDITIONAL_MARKS.has(mark)) return false;
    const modal = modality(t.parse, k) ?? undefined;
    // "would attend if invited", "will reject it unless it cuts taxes", "would have attended had
    // she been invited": a condition on the clause, attached to the verb or one of its phrases.
    const phrases = [k, ...childrenOf(t, k, 'obj', 'obl')];
    if (
      modal !== undefined &&
      CONDITIONED_MODALS.has(modal) &&
      phrases.some((h) => childrenOf(t, h, 'advcl', 'acl').some((c) => conditionOn(t, c, modal)))
    )
      return false;
    if (sharesModality && modal !== undefined && !isNegated(t.parse, k)) {
      // "may reject", "might attend", "must attend" (not "could not accept", a refusal): only possible or owed.
      // "I can now tell the House …", "we can confirm": a first person's "can" performs a speech act
      // ("we can reject it" only has the power to).
      const performative =
        modal === 'can' &&
        predicateOf(t, k)?.relation === 'STATED' &&
        childrenOf(t, k, 'nsubj').some((n) => /^(i|we)$/i.test(t.parse.tokens[n]!.text));
      if (UNREALISED_MODALS.has(modal) && !performative) return false;
      // "would have attended": a past counterfactual did not happen.
      if (modal === 'would' && counterfactual(t, k)) return false;
    }
    if (
      sharesModality &&
      !isNegated(t.parse, k) &&
      childrenOf(t, k, 'advmod').some((a) => DOUBT_ADVERBS.has(lemmaOf(t, a)))
    )
      return false;
    // "urged X to attend", "called on X to make a pledge at the summit" (often parsed as a purpose
    // clause): an act asked for is not done.
    // A finite verb is no infinitive, however the parser hung it (", X told Reuters." as an xcomp).
    const finite = /^VB[DZ]$/.test(w.xpos);
    const infinitive = !finite && (hasLabel(w.deprel, 'xcomp') || (hasLabel(w.deprel, 'advcl') && mark === 'to'));
    if (infinitive && w.head >= 0 && predicateOf(t, w.head)?.relation === 'DEMANDED') return false;
    // "insisted on meeting X", "pressed for holding talks": the act of a clause insisted on is asked for.
    if (
      hasLabel(w.deprel, 'advcl') &&
      (mark === 'on' || mark === 'for') &&
      w.head >= 0 &&
      predicateOf(t, w.head)?.relation === 'DEMANDED'
    )
      return false;
    // "turned down an invitation to attend" (the infinitive hung on the verb): an act proposed and
    // refused is not done either ("skipped class to attend" says why, and attends).
    if (
      infinitive &&
      w.head >= 0 &&
      predicateOf(t, w.head)?.relation === 'REJECTED' &&
      childrenOf(t, w.head, 'obj').some((o) => PROPOSAL_NOUNS.has(lemmaOf(t, o)))
    )
      return false;
    // A conjunct shares its first conjunct's place: "would force us to break the bank and throw
    // out the treaty" is as hypothetical for "throw" as for "break".
    let first = p;
    while (hasLabel(t.parse.tokens[first]!.deprel, 'conj') && t.parse.tokens[first]!.head >= 0)
      first = t.parse.tokens[first]!.head;
    const complement = t.parse.tokens[first]!;
    if (
      k !== first &&
      hasLabel(complement.deprel, 'xcomp') &&
      !/^VB[DZ]$/.test(complement.xpos) &&
      k === complement.head
    ) {
      if (NON_FACTUAL_MATRIX.has(lemmaOf(t, k))) return false;
      // "would be happy to meet", "would like to attend": a wish or a willingness, not the act.
      if (modal === 'would' || modal === 'could' || modal === 'might') return false;
      if (!allowNegatedMatrix && isNegated(t.parse, k)) return false;
    }
    // "anything which would imply that the Bank is demanding …": what a hypothetical verb
    // would convey is not asserted.
    if (hasLabel(w.deprel, 'ccomp') && w.head >= 0 && /^(would|could|might)$/.test(modality(t.parse, w.head) ?? ''))
      return false;
    // "denied that she had met X", "disputed that X attended": a denied clause did not happen
    // (for the denier; a negated denial, "did not deny that …", concedes it).
    if (hasLabel(w.deprel, 'ccomp') && w.head >= 0 && DENYING.has(lemmaOf(t, w.head)) && !isNegated(t.parse, w.head))
      return false;
    // Climb only through the predicate's own clause chain.
    if (!/^(xcomp|conj)/.test(w.deprel)) break;
    if (hasLabel(w.deprel, 'conj') && (childOf(t, k, 'nsubj') !== undefined || childOf(t, k, 'aux') !== undefined))
      sharesModality = false;
    k = w.head;
  }
  return true;
}

/**
 * Whether an adverbial clause is a condition: "if …", "unless …" ("whether or not …" only under
 * would/could/might, as before), or an inverted one ("had she been invited"); "even if" concedes.
 */
function conditionOn(t: Tree, c: number, modal: string): boolean {
  const mark = markOf(t, c);
  if (childrenOf(t, c, 'advmod').some((k) => /^even$/i.test(t.parse.tokens[k]!.text))) return false;
  if (mark === 'if' || mark === 'unless') return true;
  if (mark === 'whether') return /^(would|could|might)$/.test(modal);
  const first = subtreeSpan(t.parse, c).first;
  const subject = childOf(t, c, 'nsubj') ?? childOf(t, c, 'nsubj:pass');
  const opener = t.parse.tokens[first]!;
  return (
    mark === undefined &&
    subject !== undefined &&
    first < subject &&
    opener.head === c &&
    INVERTED_CONDITION.has(opener.text.toLowerCase())
  );
}

/**
 * "Should X resign, Y will attend …", "Were X to resign, Y would reject …": a statement that opens
 * with an inverted auxiliary and closes its clause with a comma before the act is a condition on
 * the act, read from word order (the parser often misses the inversion); a question ("Had …?") is none.
 */
function invertedConditionBefore(t: Tree, p: number): boolean {
  const tokens = t.parse.tokens;
  const first = tokens[0]?.text ?? '';
  if (!INVERTED_CONDITION.has(first.toLowerCase()) || !/^[A-Z]/.test(first)) return false;
  // A question, or one reported by a closing speech verb ("Should X attend, she asked"), is none.
  if (tokens.some((w) => w.text === '?') || predicateOf(t, p)?.relation === 'STATED') return false;
  const comma = tokens.findIndex((w) => w.text === ',');
  return comma > 1 && comma < p;
}

/** Verbs that deny their clause: "denied that …", "disputed that …". */
const DENYING = new Set(['deny', 'refute', 'dispute', 'reject', 'dismiss']);

/**
 * Whether a noun sits in a clause that only supposes it: "would open the way for summit talks",
 * "if the meeting took place", "hopes for talks with X". A meeting in such a clause was held by no one.
 */
/** Nouns whose event is only put forward: a meeting proposed, planned or invited to is not held. */
const PLANNED = new Set([
  'proposal',
  'plan',
  'call',
  'idea',
  'offer',
  'suggestion',
  'invitation',
  'bid',
  'initiative',
  'hope',
]);

export function hypothetical(t: Tree, n: number): boolean {
  let k = t.parse.tokens[n]!.head;
  for (let guard = 0; k >= 0 && guard < 8; guard++) {
    const w = t.parse.tokens[k]!;
    // "his proposal for an economic summit", "an invitation to talks": only asked for, not held.
    if (w.upos === 'NOUN' && PLANNED.has(lemmaOf(t, k))) return true;
    if (w.upos === 'VERB' || w.upos === 'AUX' || w.upos === 'ADJ') {
      return /^(would|could|might|may|should)$/.test(modality(t.parse, k) ?? '') || !factual(t, k, false);
    }
    k = w.head;
  }
  return false;
}

/** "did not want to attend": a negated matrix verb negates its infinitive. */
export function matrixNegated(t: Tree, p: number): boolean {
  const w = t.parse.tokens[p]!;
  return hasLabel(w.deprel, 'xcomp') && w.head >= 0 && isNegated(t.parse, w.head);
}

/** "Neither Kenya nor Uganda accepted": a subject coordinated by neither … nor negates the verb for each. */
export function subjectNegated(t: Tree, p: number): boolean {
  return childrenOf(t, p, 'nsubj').some(
    (k) =>
      childrenOf(t, k, 'cc').some((c) => /^neither$/i.test(t.parse.tokens[c]!.text)) ||
      childrenOf(t, k, 'conj').some((c) => childrenOf(t, c, 'cc').some((d) => /^nor$/i.test(t.parse.tokens[d]!.text))),
  );
}

/**
 * "neither confirmed nor denied", "did not confirm or deny": a verb under "neither", a conjunct
 * after "nor", and a conjunct after "or" with no subject of its own whose first verb is negated
 * are negated too (the negation scopes over the disjunction).
 */
export function coordinationNegated(t: Tree, p: number): boolean {
  const word = (k: number): string => t.parse.tokens[k]!.text.toLowerCase();
  if (childrenOf(t, p, 'advmod', 'cc:preconj').some((k) => word(k) === 'neither')) return true;
  const w = t.parse.tokens[p]!;
  if (!hasLabel(w.deprel, 'conj') || w.head < 0) return false;
  const joiners = childrenOf(t, p, 'cc').map(word);
  if (joiners.includes('nor')) return true;
  return joiners.includes('or') && childOf(t, p, 'nsubj') === undefined && isNegated(t.parse, w.head);
}

/**
 * "did not accept or reject the plan", "neither rejected nor accepted it": a decision withheld
 * either way, coordinated with "or"/"nor" with its opposite, is no refusal.
 */
export function undecided(t: Tree, p: number): boolean {
  const word = (k: number): string => t.parse.tokens[k]!.text.toLowerCase();
  const disjoined = (c: number): boolean => childrenOf(t, c, 'cc').some((k) => /^(or|nor)$/.test(word(k)));
  const rejecting = (k: number): boolean => predicateOf(t, k)?.frame === 'reject';
  const w = t.parse.tokens[p]!;
  if (childrenOf(t, p, 'conj').some((c) => disjoined(c) && rejecting(c))) return true;
  return hasLabel(w.deprel, 'conj') && w.head >= 0 && disjoined(p) && rejecting(w.head);
}

/** A noun in a clause whose verb is future or owed ("will deliver a speech", "must announce … in its statement"). */
export function owedOrComing(t: Tree, n: number): boolean {
  let k = t.parse.tokens[n]!.head;
  for (let guard = 0; k >= 0 && guard < 6; guard++) {
    const w = t.parse.tokens[k]!;
    if (w.upos === 'VERB' || w.upos === 'AUX') {
      if (/^(will|shall|must|should)$/.test(modality(t.parse, k) ?? '')) return true;
      // A non-finite verb ("in spending …") takes its time from the clause above it.
      if (!/^VB[GN]?$/.test(w.xpos) || !/^(advcl|xcomp|acl)/.test(w.deprel)) return false;
    }
    k = w.head;
  }
  return false;
}

/** "would have suffered": a past counterfactual, an act that did not happen. */
export function counterfactual(t: Tree, c: number): boolean {
  return childrenOf(t, c, 'aux').some((k) => lemmaOf(t, k) === 'have');
}

/**
 * Whether a noun phrase serves only to date what happens ("before the council session", "ahead of
 * the summit", "in the run-up to the congress"): its preposition is one of time, or the word
 * before its "of", "for" or "to" is one that makes it so, however the parser hung that word.
 */
export function timeMarker(t: Tree, k: number): boolean {
  const c = caseOf(t, k);
  if (c === undefined) return false;
  if (TIME_MARKER_CASES.has(c)) return true;
  if (!/^(of|for|to)$/.test(c)) return false;
  const text = (i: number): string => t.parse.tokens[i]?.text.toLowerCase() ?? '';
  const at = childOf(t, k, 'case')!;
  // "run - up" may be three words to the parser: the lead is read back across its hyphen.
  const lead = text(at - 2) === '-' ? `${text(at - 3)}-${text(at - 1)}` : text(at - 1);
  return TIME_MARKER_LEADS.has(lead);
}
