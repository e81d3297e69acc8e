/**
 * The dependency tree of a sentence as the relation rules read it: src/nlp's parse aligned with
 * the sentence view's tokens and entity arguments, and the few questions the rules ask of it
 * that src/nlp's helpers do not answer (the preposition of an oblique, a clause's subordinator).
 */
import {
  changedToken,
  child,
  children,
  dominates,
  hasLabel,
  subtreeSpan,
  type ParsedSentence,
  type ParsedToken,
} from '../../nlp/index.js';
import type { SentenceView } from './view.js';
import {
  AGENT_NOUNS,
  ASKABLE_NOUNS,
  CALLING,
  DESCRIBING_AS,
  HUMAN_NOUNS,
  PROPOSAL_NOUNS,
  SENDING_VERBS,
  lexiconLemma,
  rejectingVerdict,
  verbPredicate,
} from '../lexicon/predicates.js';
import { ATTENDABLE_HEADS, MEASURE_NOUNS, MEETING_HEADS } from '../lexicon/events.js';
import { ORG_HEADS } from '../lexicon/organizations.js';
import { PERSON_TITLES, ROLE_WORDS } from '../lexicon/roles.js';

export interface Tree {
  parse: ParsedSentence;
  /** View token index of each word (the token the word starts in). */
  token: number[];
  /** Entity argument covering each word, if any (the widest argument). */
  entity: (number | undefined)[];
  /** Whether the word heads the argument that covers it (its head lies outside). */
  argHead: boolean[];
  /** Each word's children, left to right: the rules ask for them many times per word. */
  kids: number[][];
}

const SUBORDINATORS = new Set([
  'as',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'if',
  'although',
  'though',
  'once',
  'until',
  'unless',
  'whereas',
]);

/**
 * A subordinate clause is never a sentence's root: "As they met in Ottawa, Trump was away,
 * promising …" parsed with "met" as root and the main clause as its conjunct is re-rooted on the
 * main clause, which takes the words after it along; the subordinate clause becomes its `advcl`.
 */
export function repairSubordinateRoot(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const root = words.findIndex((w) => w.head < 0);
  if (root < 0) return parse;
  const mark = words.findIndex((w, i) => i < root && w.head === root && hasLabel(w.deprel, 'mark'));
  if (mark < 0 || !SUBORDINATORS.has(words[mark]!.lemma.toLowerCase())) return parse;
  const main = words.findIndex(
    (w, i) =>
      i > root &&
      w.head === root &&
      /^(conj|parataxis|advcl)/.test(w.deprel) &&
      words.some((x, k) => x.head === i && k < i && hasLabel(x.deprel, 'nsubj')) &&
      words.slice(root + 1, i).some((x) => x.text === ','),
  );
  if (main < 0) return parse;
  const tokens = words.map((w, i) => {
    if (i === main) return changedToken(w, { head: -1, deprel: 'root' });
    if (i === root) return changedToken(w, { head: main, deprel: 'advcl' });
    if (w.head === root && i > main) return changedToken(w, { head: main });
    return w;
  });
  return { tokens };
}

/**
 * "A of Switzerland and B of Libya will meet" parsed with B a "list" item that has its own "and":
 * a word joined by a conjunction is a conjunct.
 */
function repairListConjunct(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  // The conjunction may hang on the item's first name ("and | Moussa | Koussa").
  const joined = (i: number): boolean =>
    words[i]!.deprel === 'list' && /^(and|or)$/i.test(words[subtreeSpan(parse, i).first]!.text);
  if (!words.some((_, i) => joined(i))) return parse;
  return { tokens: words.map((w, i) => (joined(i) ? changedToken(w, { deprel: 'conj' }) : w)) };
}

/**
 * "Speaking after a summit meeting he said unless …" parsed with the participle as the root and
 * "he said …" a relative clause of "meeting": a clause with its own subject and its own complement
 * clause lacks nothing a relative clause would fill, so it is the main clause, and the opening
 * participle without a subject its adverbial.
 */
function repairFrontedParticiple(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const root = words.findIndex((w) => w.head < 0);
  if (root !== 0 || words[root]!.xpos !== 'VBG' || child(parse, root, 'nsubj') >= 0) return parse;
  const main = words.findIndex(
    (w, i) =>
      w.deprel === 'acl:relcl' &&
      /^VB[DZP]$/.test(w.xpos) &&
      dominates(parse, root, i) &&
      child(parse, i, 'nsubj') >= 0 &&
      child(parse, i, 'ccomp') >= 0 &&
      !children(parse, i).some((k) => /^(who|whom|which|that)$/i.test(words[k]!.text) && k < i),
  );
  if (main < 0) return parse;
  const tokens = words.map((w, i) => {
    if (i === main) return changedToken(w, { head: -1, deprel: 'root' });
    if (i === root) return changedToken(w, { head: main, deprel: 'advcl' });
    return w;
  });
  return { tokens };
}

/**
 * "… and urged people not to …" tagged as an adjective: a past form in -ed that takes an object is
 * a verb (adjectives take none), whatever the tagger said.
 */
function repairVerbTags(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const verbs = words.map(
    (w, i) => w.upos === 'ADJ' && /\p{L}ed$/u.test(w.text) && words.some((x) => x.head === i && x.deprel === 'obj'),
  );
  // "an accusation Kenya strongly denies" with "denies" tagged a plural noun: a word in -s with an
  // adverb of manner and a subject before it is a present verb (a noun takes no adverb).
  const presents = words.map(
    (w, i) =>
      w.xpos === 'NNS' &&
      /\p{L}s$/u.test(w.text) &&
      words.some((x, k) => x.head === i && k < i && /^nsubj/.test(x.deprel)) &&
      words.some((x, k) => x.head === i && k === i - 1 && x.upos === 'ADV' && /ly$/.test(x.text)),
  );
  if (!verbs.includes(true) && !presents.includes(true)) return parse;
  return {
    tokens: words.map((w, i) =>
      verbs[i]
        ? changedToken(w, { upos: 'VERB', xpos: 'VBD' })
        : presents[i]
          ? changedToken(w, { upos: 'VERB', xpos: 'VBZ' })
          : w,
    ),
  };
}

/**
 * "…, an accusation Kenya strongly denies" parsed with the claim noun as the verb's subject and
 * the name as its apposition or a second subject: a claim or proposal noun with an article, a name apposed to it
 * before the verb, and a verb with no object is a relative clause with a gap ("which Kenya denies").
 */
function repairGapRelative(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const fixes = new Map<number, { noun: number; name: number }>();
  words.forEach((v, i) => {
    if (v.upos !== 'VERB' || words.some((x) => x.head === i && x.deprel === 'obj')) return;
    const noun = words.findIndex((x, k) => x.head === i && k < i && /^nsubj/.test(x.deprel));
    if (noun < 0 || !PROPOSAL_NOUNS.has(words[noun]!.lemma.toLowerCase())) return;
    if (!words.some((x) => x.head === noun && x.deprel === 'det' && /^an?$/i.test(x.text))) return;
    // The name as the noun's apposition, or as a second subject ("a claim | Kestan | has denied").
    const name = words.findIndex(
      (x, k) =>
        k > noun && k < i && ((x.head === noun && x.deprel === 'appos') || (x.head === i && x.deprel === 'nsubj')),
    );
    if (name >= 0 && /^(PROPN|NOUN|PRON)$/.test(words[name]!.upos)) fixes.set(i, { noun, name });
  });
  if (fixes.size === 0) return parse;
  const role = new Map<number, Partial<ParsedToken>>();
  for (const [verb, { noun, name }] of fixes) {
    role.set(noun, { head: words[verb]!.head, deprel: 'appos' });
    role.set(name, { head: verb, deprel: 'nsubj' });
    role.set(verb, { head: noun, deprel: 'acl:relcl' });
  }
  return { tokens: words.map((w, i) => changedToken(w, role.get(i) ?? {})) };
}

/**
 * "attended a rally in Paris" with "rally" tagged an adverb (its "-ly"): a word right after an
 * article that ends its phrase (no adjective, noun or number follows, only a preposition, a
 * weekday or punctuation) is the article's noun; hung on a verb that has no object, it is the
 * object.
 */
function repairArticleNoun(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const nouns = words.map((w, i) => {
    const article = words[i - 1];
    const next = words[i + 1];
    if (w.upos !== 'ADV' || article === undefined || !/^(a|an|the)$/i.test(article.text)) return false;
    return next === undefined || /^(ADP|PUNCT)$/.test(next.upos) || WEEKDAYS.test(next.text);
  });
  if (!nouns.includes(true)) return parse;
  const hasObject = (v: number): boolean => words.some((x) => x.head === v && x.deprel === 'obj');
  return {
    tokens: words.map((w, i) => {
      if (nouns[i]) {
        const verb = words[w.head];
        const object = verb !== undefined && verb.upos === 'VERB' && w.deprel === 'advmod' && !hasObject(w.head);
        return changedToken(w, {
          upos: 'NOUN',
          xpos: 'NN',
          lemma: w.text.toLowerCase(),
          ...(object ? { deprel: 'obj' } : {}),
        });
      }
      // The article goes with its noun (unless the noun hangs below it: "the so-called X" read with
      // "so" a noun under "called", itself under "the", would make a cycle).
      if (nouns[i + 1] && w.head !== i + 1 && !dominates(parse, i, i + 1))
        return changedToken(w, { head: i + 1, deprel: 'det' });
      return w;
    }),
  };
}

/**
 * "ruled that out" parsed with "out" a particle of "that": a particle belongs to a verb, so one
 * hung on the verb's object is the verb's. So is an adverb right after the verb that the parser
 * made an adjective of the object ("brushed aside criticism" with "aside" modifying "criticism").
 */
function repairParticles(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const stray = (i: number): boolean => {
    const w = words[i]!;
    const head = words[w.head];
    if (head === undefined || head.upos === 'VERB' || words[head.head]?.upos !== 'VERB') return false;
    if (w.deprel === 'compound:prt') return true;
    return w.deprel === 'amod' && w.upos === 'ADV' && head.deprel === 'obj' && head.head === i - 1;
  };
  if (!words.some((_, i) => stray(i))) return parse;
  return {
    tokens: words.map((w, i) =>
      stray(i) ? changedToken(w, { head: words[w.head]!.head, deprel: w.deprel === 'amod' ? 'advmod' : w.deprel }) : w,
    ),
  };
}

/**
 * "was called upon by X" parsed with "upon" an oblique of the verb with nothing under it: a
 * preposition right after its verb with no object of its own is stranded, the verb's particle.
 */
function repairStrandedPreposition(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const stranded = (i: number): boolean => {
    const w = words[i]!;
    return (
      w.upos === 'ADP' &&
      /^(obl|obj)$/.test(w.deprel) &&
      w.head === i - 1 &&
      words[i - 1]!.upos === 'VERB' &&
      !words.some((x) => x.head === i)
    );
  };
  if (!words.some((_, i) => stranded(i))) return parse;
  return { tokens: words.map((w, i) => (stranded(i) ? changedToken(w, { deprel: 'compound:prt' }) : w)) };
}

/**
 * "urged the Democratic controlled Congress to …" (no hyphen) parsed as a clause, "the Democratic"
 * the subject of "controlled" and "Congress" its object, or as "the opposition" with a reduced
 * relative "dominated Kestan Assembly": a verb takes no determiner, and a passive participle no
 * object, so "the … controlled Congress" is one noun phrase, the participle with its modifier
 * describing the noun (as "Democratic-controlled" is parsed), the noun in the phrase's place.
 */
function repairDeterminedParticiple(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let v = 2; v < words.length - 1; v++) {
    const verb = words[v]!;
    const modifier = v - 1;
    if (verb.upos !== 'VERB' || !/^VB[DN]$/.test(verb.xpos) || !/ed$/i.test(verb.text)) continue;
    if (!/^(ADJ|NOUN|PROPN)$/.test(words[modifier]!.upos)) continue;
    const noun = children(parse, v).find((k) => words[k]!.deprel === 'obj' && subtreeSpan(parse, k).first === v + 1);
    if (noun === undefined || !/^(NOUN|PROPN)$/.test(words[noun]!.upos)) continue;
    // "the Democratic | controlled": the article and the modifier both hung on the verb, a clause
    // under the verb above; "the opposition | dominated": the participle a relative of the modifier.
    const clause = words[modifier]!.head === v && /^(ccomp|conj|xcomp)$/.test(verb.deprel);
    const relative = verb.head === modifier && verb.deprel === 'acl' && verb.xpos === 'VBN';
    const phrase = clause ? v : relative ? modifier : -1;
    const det =
      phrase < 0 ? undefined : children(parse, phrase).find((k) => words[k]!.deprel === 'det' && k < modifier);
    if (det === undefined) continue;
    // The modifier is one word or a phrase of its own between the article and the participle.
    const own = children(parse, modifier).filter((k) => k !== det && k !== v);
    if (own.some((k) => k < det || k > v) || (clause && subtreeSpan(parse, modifier).first !== det + 1)) continue;
    const above = words[phrase]!.head;
    if (above < 0 || words[above]!.upos !== 'VERB') continue;
    const role = clause ? 'obj' : words[phrase]!.deprel;
    if (clause && children(parse, above).some((k) => hasLabel(words[k]!.deprel, 'obj'))) continue;
    const end = subtreeSpan(parse, noun).last;
    return {
      tokens: words.map((w, i) => {
        if (i === noun) return changedToken(w, { head: above, deprel: role });
        if (i === v) return changedToken(w, { head: noun, deprel: 'amod', xpos: 'VBN' });
        if (i === det) return changedToken(w, { head: noun });
        if (i === modifier) return changedToken(w, { head: v, deprel: 'obl:unmarked' });
        // What followed the noun ("to pass a budget") belongs to the verb above.
        if ((w.head === v || w.head === modifier) && i > end) return changedToken(w, { head: above });
        return w;
      }),
    };
  }
  return parse;
}

/**
 * "A spokesman for Anna Brenn said …" parsed with "for" marking a clause whose subject is the
 * name: a preposition marks no finite clause, so the name after it is the first subject's
 * modifier ("spokesman for Anna Brenn") and the preposition its case.
 */
function repairPrepositionalSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let m = 1; m < words.length; m++) {
    const mark = words[m]!;
    if (mark.deprel !== 'mark' || mark.upos !== 'ADP' || mark.head <= m) continue;
    const verb = mark.head;
    if (!/^VB[DZP]$/.test(words[verb]!.xpos)) continue;
    const subjects = children(parse, verb).filter((i) => words[i]!.deprel === 'nsubj');
    const before = subjects.find((i) => i < m && subtreeSpan(parse, i).last === m - 1);
    const after = subjects.find((i) => i > m && subtreeSpan(parse, i).first === m + 1);
    if (before === undefined || after === undefined) continue;
    const tokens = words.map((w, i) => {
      if (i === after) return changedToken(w, { head: before, deprel: 'nmod' });
      if (i === m) return changedToken(w, { head: after, deprel: 'case' });
      return w;
    });
    return { tokens };
  }
  return parse;
}

/**
 * "In a statement Howard said …", "At the meeting Anna Berg proposed …" parsed with the name an
 * apposition of the fronted phrase's noun: an apposition is set off by a comma, so a name that
 * follows the phrase with none and runs up to a finite verb without a subject is that verb's subject.
 */
function repairFrontedNameSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let n = 1; n < words.length; n++) {
    const name = words[n]!;
    if (name.upos !== 'PROPN' || !/^(appos|compound|flat)/.test(name.deprel) || name.head < 0 || name.head >= n)
      continue;
    const noun = words[name.head]!;
    const verb = noun.head;
    if (!hasLabel(noun.deprel, 'obl') || verb <= n || words[n - 1]!.upos === 'PUNCT') continue;
    if (subtreeSpan(parse, n).last !== verb - 1 || !/^VB[DZP]$/.test(words[verb]!.xpos)) continue;
    if (children(parse, verb).some((k) => /^(nsubj|expl)/.test(words[k]!.deprel))) continue;
    // The phrase opens the sentence: "In a statement", not "was named in a statement Howard …".
    if (subtreeSpan(parse, name.head).first !== 0) continue;
    return { tokens: words.map((w, i) => (i === n ? changedToken(w, { head: verb, deprel: 'nsubj' }) : w)) };
  }
  return parse;
}

/**
 * "After talks with Anna Brenn, Ivo Marek said …" parsed with "talks" the subject (its preposition
 * kept, or "Following" read as its adjective) and "Ivo Marek" an apposition inside it or a second
 * subject: a noun behind a preposition is no subject, so the fronted phrase is the verb's oblique,
 * and the one noun phrase between its closing comma and the verb is the subject.
 */
function repairFrontedPhraseSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let s = 0; s < words.length; s++) {
    const p = words[s]!.head;
    if (words[s]!.deprel !== 'nsubj' || p <= s || words[p]!.upos !== 'VERB') continue;
    const phrase = subtreeSpan(parse, s);
    const first = words[phrase.first]!;
    const preposition =
      (first.upos === 'ADP' && first.head === s && first.deprel === 'case') ||
      (/^following$/i.test(first.text) && first.head === s);
    if (!preposition) continue;
    const comma = words
      .slice(0, p)
      .map((w) => w.text)
      .lastIndexOf(',');
    if (comma <= s) continue;
    // The words between the comma and the verb: one noun phrase, hung inside the fronted one or on the verb.
    const inside = (i: number): boolean => i > comma && i < p;
    const heads = words.flatMap((w, i) => (inside(i) && !inside(w.head) ? [i] : []));
    if (heads.length !== 1) continue;
    const h = heads[0]!;
    if (!/^(NOUN|PROPN|PRON)$/.test(words[h]!.upos)) continue;
    if (!dominates(parse, s, h) && !(words[h]!.head === p && words[h]!.deprel === 'nsubj')) continue;
    return {
      tokens: words.map((w, i) => {
        if (i === s) return changedToken(w, { deprel: 'obl' });
        if (i === phrase.first && first.upos !== 'ADP')
          return changedToken(w, { upos: 'ADP', xpos: 'IN', lemma: 'following', deprel: 'case' });
        if (i === h) return changedToken(w, { head: p, deprel: 'nsubj' });
        if (i === comma) return changedToken(w, { head: s });
        return w;
      }),
    };
  }
  return parse;
}

/** The word a measure noun measures out ("hours of talks", "a round of talks" → "talks"), or the word itself. */
export function measuredWord(parse: ParsedSentence, k: number): number {
  const words = parse.tokens;
  if (!MEASURE_NOUNS.has(words[k]!.lemma.toLowerCase())) return k;
  const ofCase = (m: number): boolean =>
    words.some((c) => c.head === m && c.deprel === 'case' && c.lemma.toLowerCase() === 'of');
  const of = words.findIndex((x, m) => x.head === k && hasLabel(x.deprel, 'nmod') && ofCase(m));
  return of < 0 ? k : of;
}

/**
 * "spoke to reporters following talks with X", "said following the meeting that …" with
 * "following" read as the gathering's adjective: with no article, possessive or number before it
 * ("the following meeting" keeps it), "following" before a gathering is the preposition, and the
 * gathering an oblique of the verb (the one whose object it was taken for, or the one over the
 * clause whose subject it was taken for beside that clause's own subject).
 */
function repairFollowingPreposition(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const n = w.head;
    if (!/^following$/i.test(w.text) || w.deprel !== 'amod' || n <= i) continue;
    const before = words[i - 1]!;
    if (/^(DET|PRON|NUM|ADJ)$/.test(before.upos) || before.xpos === 'POS') continue;
    const noun = words[n]!;
    // "following two days of talks": the gathering may be what the noun measures out.
    const lemma = words[measuredWord(parse, n)]!.lemma.toLowerCase();
    if (!MEETING_HEADS.has(lemma) && !ATTENDABLE_HEADS.has(lemma)) continue;
    const ownSubject = (v: number): boolean =>
      words.some((x, k) => k > n && k < v && x.head === v && /^nsubj/.test(x.deprel));
    const verb =
      noun.deprel === 'obj'
        ? noun.head
        : noun.deprel === 'nsubj' && noun.head > n && ownSubject(noun.head) && words[noun.head]!.head >= 0
          ? words[noun.head]!.head
          : -1;
    if (verb < 0 || verb > i) continue;
    return {
      tokens: words.map((x, k) =>
        k === i
          ? changedToken(x, { upos: 'ADP', xpos: 'IN', lemma: 'following', deprel: 'case' })
          : k === n
            ? changedToken(x, { head: verb, deprel: 'obl' })
            : x,
      ),
    };
  }
  return parse;
}

/**
 * "…, Minister Ali Wardhana told journalists." parsed with "told" an adjective of "journalists": a
 * finite verb modifies no noun, so the noun after it is its object and the verb takes the noun's
 * place in the tree.
 */
function repairFiniteModifier(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const v = words.findIndex(
    (w, i) => w.upos === 'VERB' && /^VB[DZ]$/.test(w.xpos) && w.deprel === 'amod' && w.head === i + 1,
  );
  if (v < 0) return parse;
  const noun = words[v + 1]!;
  return {
    tokens: words.map((w, i) => {
      if (i === v) return changedToken(w, { head: noun.head, deprel: noun.deprel });
      if (i === v + 1) return changedToken(w, { head: v, deprel: 'obj' });
      return w;
    }),
  };
}

/**
 * "a meeting with Ivo Marek" parsed with "with" on "Ivo", the first word of the name: a
 * preposition governs the whole name, so it belongs to the name's head.
 */
function repairNameCase(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const moved = (i: number): number | undefined => {
    const w = words[i]!;
    const first = words[w.head];
    if (w.deprel !== 'case' || first === undefined || !/^(compound|flat)$/.test(first.deprel)) return undefined;
    const head = first.head;
    // Only a name that starts at that word ("of" inside "Ministry of State Participation" stays).
    const starts = !words.some((x, k) => k < w.head && x.head === head && /^(compound|flat)$/.test(x.deprel));
    return head > w.head && starts && words[head]!.upos === 'PROPN' && first.upos === 'PROPN' ? head : undefined;
  };
  if (!words.some((_, i) => moved(i) !== undefined)) return parse;
  return { tokens: words.map((w, i) => changedToken(w, { head: moved(i) ?? w.head })) };
}

/**
 * "Minister X and his counterparts, A, B and C, gathered in Cairo" parsed with "counterparts" as the
 * root, X its subject and "gathered" its conjunct: a noun with a subject and no copula predicates
 * nothing, so the finite verb with no subject of its own is the root, and the noun the last
 * conjunct of that verb's subject.
 */
function repairNominalRoot(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const root = words.findIndex((w) => w.head < 0);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(words[root]!.upos)) return parse;
  const subject = children(parse, root, 'nsubj').find((k) => k < root);
  if (subject === undefined || children(parse, root, 'cop').length) return parse;
  const verb = children(parse, root, 'conj').find(
    (k) =>
      k > root &&
      /^VB[DZP]$/.test(words[k]!.xpos) &&
      children(parse, k, 'nsubj').length === 0 &&
      children(parse, k, 'cc').length === 0,
  );
  if (verb === undefined) return parse;
  const tokens = words.map((w, i) => {
    if (i === verb) return changedToken(w, { head: -1, deprel: 'root' });
    if (i === subject) return changedToken(w, { head: verb, deprel: 'nsubj' });
    if (i === root) return changedToken(w, { head: subject, deprel: 'conj' });
    if (w.head === root && i > verb) return changedToken(w, { head: verb });
    return w;
  });
  return { tokens };
}

/**
 * "Back then, NATO and the U.S. rejected" parsed as a passive with no auxiliary: a main clause
 * needs a finite verb, so a root participle with a passive subject but no auxiliary, copula or
 * agent is a past tense with an active subject.
 */
function repairBarePassive(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const root = words.findIndex((w) => w.head < 0);
  if (root < 0 || words[root]!.xpos !== 'VBN') return parse;
  const kids = children(parse, root);
  const subject = kids.find((k) => words[k]!.deprel === 'nsubj:pass');
  const supported = kids.some((k) => /^(aux|aux:pass|cop|obl:agent)$/.test(words[k]!.deprel));
  const agent = kids.some(
    (k) => words[k]!.deprel === 'obl' && words[child(parse, k, 'case')]?.text.toLowerCase() === 'by',
  );
  if (subject === undefined || supported || agent) return parse;
  return {
    tokens: words.map((w, i) => {
      if (i === root) return changedToken(w, { xpos: 'VBD' });
      if (i === subject) return changedToken(w, { deprel: 'nsubj' });
      return w;
    }),
  };
}

/**
 * "X is due to meet Y" parsed with "to meet" the subject of "due": an infinitive after an
 * adjective that has its own subject completes it (xcomp), and X is its subject too.
 */
function repairInfinitiveSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const stray = (i: number): boolean => {
    const w = words[i]!;
    const head = w.head;
    if (w.deprel !== 'csubj' || head < 0 || head > i || words[head]!.upos !== 'ADJ') return false;
    const marked = words.some((m) => m.head === i && m.deprel === 'mark' && m.text.toLowerCase() === 'to');
    return marked && words.some((x) => x.head === head && x.deprel === 'nsubj');
  };
  if (!words.some((_, i) => stray(i))) return parse;
  return { tokens: words.map((w, i) => (stray(i) ? changedToken(w, { deprel: 'xcomp' }) : w)) };
}

/**
 * "X told MPs that the deal was done" parsed with the that-clause as a modifier of "MPs": a clause
 * opened by the complementiser "that" (a relative "that" is its clause's subject or object, not
 * its marker) and with a subject of its own is content, and a person addressed has no content
 * clause, so it is the verb's complement. A content noun ("rejected the claim that …") keeps its clause.
 */
function repairAddresseeClause(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const stray = (i: number): boolean => {
    const w = words[i]!;
    const addressee = words[w.head];
    if (w.deprel !== 'acl' || addressee === undefined || addressee.head < 0) return false;
    const person = addressee.deprel === 'iobj' || (addressee.deprel === 'obj' && /^(PROPN|PRON)$/.test(addressee.upos));
    const complementiser = words.some(
      (m) => m.head === i && m.deprel === 'mark' && /^(that|whether|if)$/i.test(m.text),
    );
    const subject = words.some((m) => m.head === i && /^nsubj/.test(m.deprel));
    return person && complementiser && subject;
  };
  if (!words.some((_, i) => stray(i))) return parse;
  return {
    tokens: words.map((w, i) => (stray(i) ? changedToken(w, { head: words[w.head]!.head, deprel: 'ccomp' }) : w)),
  };
}

/**
 * "called the agreement illegal" misparsed: the verdict as the head of one noun phrase ("the
 * agreement illegal"), as an adverb of the verb ("called X's claims baseless") or as an adjective
 * after the noun ("called the allegations untrue"), or as a second object ('called the proposal
 * "repugnant"'). After a verb of calling, a verdict word (illegal,
 * void, unacceptable; untrue of a claim) that follows the object is the object's predicate (xcomp).
 */
function repairCalledVerdict(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const calling = (v: number): boolean => words[v] !== undefined && CALLING.has(words[v]!.lemma);
  const describingAs = (v: number): boolean => words[v] !== undefined && DESCRIBING_AS.has(words[v]!.lemma);
  const objectOf = (v: number): number => words.findIndex((x, k) => x.head === v && k > v && x.deprel === 'obj');
  const verdictOn = (w: number, thing: number): boolean =>
    rejectingVerdict(words[w]!.text.toLowerCase(), words[thing]!.lemma.toLowerCase());
  // Verdict word → [the verb it belongs to, the noun that becomes the object when it was the head].
  const fixes = new Map<number, [number, number | undefined]>();
  words.forEach((w, i) => {
    if (w.deprel === 'obj' && calling(w.head)) {
      const compounds = words.flatMap((c, k) => (c.head === i && c.deprel === 'compound' && k < i ? [k] : []));
      const last = compounds[compounds.length - 1];
      if (last !== undefined && words[last]!.upos === 'NOUN' && verdictOn(i, last)) fixes.set(i, [w.head, last]);
      // "called the proposal "repugnant."": the verdict in quotation marks read as a second object.
      const first = objectOf(w.head);
      if (first >= 0 && first < i && verdictOn(i, first)) fixes.set(i, [w.head, undefined]);
    } else if (w.deprel === 'advmod' && calling(w.head)) {
      const obj = objectOf(w.head);
      if (obj >= 0 && obj < i && verdictOn(i, obj)) fixes.set(i, [w.head, undefined]);
    } else if (
      // 'called the proposal "repugnant"' with the quoted verdict read as the object's apposition.
      /^(amod|appos)$/.test(w.deprel) &&
      w.head >= 0 &&
      w.head < i &&
      words[w.head]!.deprel === 'obj' &&
      calling(words[w.head]!.head)
    ) {
      if (verdictOn(i, w.head)) fixes.set(i, [words[w.head]!.head, undefined]);
    } else if (
      w.deprel === 'nmod' &&
      w.head >= 0 &&
      w.head < i &&
      words[w.head]!.deprel === 'obj' &&
      describingAs(words[w.head]!.head)
    ) {
      // "described the plan as unacceptable": the verdict after "as" is the object's predicate too.
      const as = words.some((c) => c.head === i && c.deprel === 'case' && c.text.toLowerCase() === 'as');
      if (as && verdictOn(i, w.head)) fixes.set(i, [words[w.head]!.head, undefined]);
    }
  });
  if (fixes.size === 0) return parse;
  const objects = new Map<number, number>();
  for (const [verdict, [, noun]] of fixes) if (noun !== undefined) objects.set(noun, verdict);
  return {
    tokens: words.map((w, i) => {
      const fix = fixes.get(i);
      if (fix !== undefined) {
        const [verb] = fix;
        return changedToken(w, { head: verb, upos: 'ADJ', xpos: 'JJ', deprel: 'xcomp' });
      }
      const obj = objects.get(i);
      if (obj !== undefined) return changedToken(w, { head: words[obj]!.head, deprel: 'obj' });
      // The determiners and other compounds of a misread phrase belong to the noun.
      const headFix = fixes.get(w.head);
      const noun = headFix?.[1];
      if (noun !== undefined && i < w.head && w.deprel !== 'punct') return changedToken(w, { head: noun });
      return w;
    }),
  };
}

/**
 * "said on Sunday that his country disagrees with …" parsed with "that" as a relative pronoun
 * (object or subject) of a clause hung on "Sunday": after a time phrase of a verb, a "that"
 * opening a clause with a subject of its own is the complementiser of the verb's clause.
 */
function repairTimeThatClause(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const fix = new Map<number, number>();
  words.forEach((w, i) => {
    const time = words[i - 1];
    const clause = words[w.head];
    if (w.text.toLowerCase() !== 'that' || !/^(obj|nsubj|mark)/.test(w.deprel) || time === undefined) return;
    if (!TIME_NOUNS.test(time.text) || !/^(obl|nmod)/.test(time.deprel) || clause === undefined || w.head < i) return;
    const verb = time.head;
    if (verb < 0 || verb > i || words[verb]!.upos !== 'VERB' || w.head === verb) return;
    if (clause.head !== verb && clause.head !== i - 1) return;
    const ownSubject = words.some((c, k) => k !== i && c.head === w.head && /^(nsubj|expl)/.test(c.deprel));
    if (ownSubject) fix.set(i, verb);
  });
  if (fix.size === 0) return parse;
  const clauses = new Map([...fix].map(([that, verb]) => [words[that]!.head, verb]));
  return {
    tokens: words.map((w, i) =>
      fix.has(i)
        ? changedToken(w, { deprel: 'mark' })
        : clauses.has(i)
          ? changedToken(w, { head: clauses.get(i)!, deprel: 'ccomp' })
          : w,
    ),
  };
}

/**
 * "Tom Hale and his counterpart Ana Ruiz rejected …", "Kenya as well as Uganda rejected …" parsed
 * with two subjects and the conjunction hung on the verb: a conjunction between two subjects of one
 * verb joins them (the second is the first's conjunct), also with the conjunction hung on the second
 * ("Kestan and its creditors completed …"). "Leaders including Ana Ruiz attended …",
 * "ministers such as Tom Hale said …" without commas come out the same way with the preposition
 * hung on the verb: the second names examples of the first (its `nmod`, the preposition its case).
 */
function repairSplitSubjects(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const joins = new Map<number, { first: number; cc: number; label: 'conj' | 'nmod' }>();
  // Subjects before their verb, by verb (one pass: most sentences have none twice).
  const subjectsOf = new Map<number, number[]>();
  words.forEach((x, k) => {
    if (x.deprel === 'nsubj' && k < x.head) subjectsOf.set(x.head, [...(subjectsOf.get(x.head) ?? []), k]);
  });
  for (const [v, subjects] of subjectsOf) {
    if (subjects.length !== 2) continue;
    const [first, second] = subjects as [number, number];
    const between = (k: number): boolean => k > first && k < second && words[k]!.head === v;
    // (The conjunction may hang on the second subject: "Kestan and its creditors completed …".)
    const cc = words.findIndex(
      (x, k) =>
        k > first &&
        k < second &&
        (x.head === v || x.head === second) &&
        x.deprel === 'cc' &&
        /^(and|as)$/i.test(x.text),
    );
    const example = words.findIndex(
      (x, k) => between(k) && /^(case|mark)$/.test(x.deprel) && /^(including|such|like)$/i.test(x.text),
    );
    if (cc >= 0) joins.set(second, { first, cc, label: 'conj' });
    else if (example >= 0 && words[first]!.xpos === 'NNS') joins.set(second, { first, cc: example, label: 'nmod' });
  }
  if (joins.size === 0) return parse;
  const joinerOf = new Map([...joins].map(([second, { cc, label }]) => [cc, { second, label }]));
  return {
    tokens: words.map((w, i) => {
      const join = joins.get(i);
      if (join !== undefined) return changedToken(w, { head: join.first, deprel: join.label });
      const joiner = joinerOf.get(i);
      if (joiner === undefined) return w;
      return joiner.label === 'conj'
        ? changedToken(w, { head: joiner.second })
        : changedToken(w, { head: joiner.second, deprel: 'case' });
    }),
  };
}

/**
 * "The Tarn Workers Union and Kestan Motors Corp resumed talks" parsed with "Kestan" and "Motors"
 * conjuncts of the first subject and "Corp" a second subject of the verb: the proper nouns between
 * "and" and the second subject are the first words of its name, and that name is the conjunct.
 */
function repairNameAfterConjunction(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let second = 3; second < words.length; second++) {
    const v = words[second]!.head;
    if (words[second]!.deprel !== 'nsubj' || words[second]!.upos !== 'PROPN' || v <= second) continue;
    const first = words.findIndex((x, k) => k < second && x.deprel === 'nsubj' && x.head === v);
    if (first < 0) continue;
    // The name's first words, proper nouns hung on the first subject as its conjuncts (with their
    // own modifiers: "American | Motors"), right up to the second subject.
    const pieces = children(parse, first).filter((k) => k > first && k < second && words[k]!.deprel === 'conj');
    if (pieces.length === 0 || !pieces.every((k) => words[k]!.upos === 'PROPN')) continue;
    const from = Math.min(...pieces.map((k) => subtreeSpan(parse, k).first));
    if (Math.max(...pieces.map((k) => subtreeSpan(parse, k).last)) !== second - 1) continue;
    const cc = from;
    if (words[cc]!.deprel !== 'cc' || !/^and$/i.test(words[cc]!.text) || !pieces.includes(words[cc]!.head)) continue;
    // Nothing between "and" and the second subject but the pieces' own capitalised words.
    const inPieces = (k: number): boolean => pieces.some((c) => dominates(parse, c, k));
    let clean = true;
    for (let k = cc + 1; k < second; k++)
      if (!inPieces(k) || !/^\p{Lu}/u.test(words[k]!.text) || !/^(PROPN|ADJ)$/.test(words[k]!.upos)) clean = false;
    if (!clean) continue;
    return {
      tokens: words.map((w, i) => {
        if (i === second) return changedToken(w, { head: first, deprel: 'conj' });
        if (i === cc) return changedToken(w, { head: second });
        if (pieces.includes(i)) return changedToken(w, { head: second, deprel: 'compound' });
        return w;
      }),
    };
  }
  return parse;
}

/**
 * "Mara Velt and Piet Orlo will meet" parsed with "Mara" and "Velt" two subjects of the verb and
 * "Piet Orlo" a conjunct of "Velt": two proper nouns side by side, both subjects of one verb, are
 * one name (the second the first's `flat` part), and the name's conjuncts hang on its first word.
 */
function repairSplitName(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let k = 1; k < words.length; k++) {
    const first = words[k - 1]!;
    const second = words[k]!;
    if (first.upos !== 'PROPN' || second.upos !== 'PROPN') continue;
    if (first.deprel !== 'nsubj' || second.deprel !== 'nsubj' || first.head !== second.head || second.head <= k)
      continue;
    // ("NAIROBI Kenya rejected": a dateline in capitals before the subject is no part of its name.)
    if (first.text === first.text.toUpperCase() || second.text === second.text.toUpperCase()) continue;
    return {
      tokens: words.map((x, i) =>
        i === k
          ? changedToken(x, { head: k - 1, deprel: 'flat' })
          : x.head === k && /^(conj|cc|punct|appos)$/.test(x.deprel)
            ? changedToken(x, { head: k - 1 })
            : x,
      ),
    };
  }
  return parse;
}

/**
 * "Kenya's leading farmers' union, the KFU, said" parsed with "leading" a verb whose object is the
 * union: a participle right after a possessive ("ruling", "leading", "governing") that takes the
 * noun after it as object is that noun's adjective; the noun heads the phrase the possessor headed,
 * and what hung on the participle after the noun (an apposed name) hangs on the noun.
 */
function repairPossessedParticiple(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let i = 0; i < words.length; i++) {
    const owner = words[i]!;
    const s = words[i + 1];
    const participle = words[i + 2];
    if (s === undefined || participle === undefined || !/^'s?$/.test(s.text) || s.head !== i) continue;
    if (participle.xpos !== 'VBG' || participle.head !== i || !/^acl/.test(participle.deprel)) continue;
    const noun = words.findIndex((x, k) => x.head === i + 2 && k > i + 2 && x.deprel === 'obj');
    if (noun < 0 || words.slice(i + 3, noun).some((x) => x.upos === 'PUNCT' || x.upos === 'VERB')) continue;
    const tokens = words.map((w, k) => {
      if (k === noun) return changedToken(w, { head: owner.head, deprel: owner.deprel });
      if (k === i) return changedToken(w, { head: noun, deprel: 'nmod:poss' });
      if (k === i + 2) return changedToken(w, { head: noun, deprel: 'amod', upos: 'ADJ', xpos: 'JJ' });
      if (w.head === i + 2)
        return changedToken(w, { head: noun, deprel: k > noun && w.deprel === 'obl' ? 'appos' : w.deprel });
      if (w.head === i && k > noun) return changedToken(w, { head: noun });
      return w;
    });
    return repairPossessedParticiple({ tokens });
  }
  return parse;
}

/**
 * "The party has drawn up a plan calling for tax cuts, the head of the committee working on it,
 * Piet Orlo, said." parsed with the speaker an apposition of a noun in the reported clause: a
 * speech verb closing the sentence with no subject of its own, after a clause it reports, has for
 * subject the phrase set off by commas right before it.
 */
function repairTrailingSpeaker(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  // A phrase the parser hung on an earlier common noun as an apposition or a conjunct with no
  // conjunction (on a name it describes the name: "Piet Orlo, a Vantor Republican, said").
  const setOff = (k: number): boolean =>
    words[k]!.head >= 0 &&
    words[k]!.head < k &&
    words[words[k]!.head]!.upos === 'NOUN' &&
    (words[k]!.deprel === 'appos' ||
      (words[k]!.deprel === 'conj' && !words.some((x) => x.head === k && x.deprel === 'cc')));
  const endsAt = (k: number, last: number): boolean => {
    const span = subtreeSpan(parse, k);
    return span.last === last && (words[span.first]!.text === ',' || words[span.first - 1]?.text === ',');
  };
  for (let v = 2; v < words.length; v++) {
    const verb = words[v]!;
    if (verb.upos !== 'VERB' || verbPredicate(verb.lemma.toLowerCase())?.relation !== 'STATED') continue;
    if (words[v - 1]!.text !== ',' || words.some((x) => x.head === v && /^nsubj/.test(x.deprel))) continue;
    if (!words.some((x, k) => x.head === v && k < v && x.deprel === 'ccomp')) continue;
    const last = words.findIndex((_, k) => k < v && setOff(k) && endsAt(k, v - 2));
    if (last < 0) continue;
    // "the head of the group, Piet Orlo," with both phrases hung on the same noun: the title first,
    // the name its apposition.
    const first = subtreeSpan(parse, last).first;
    const title = words.findIndex(
      (x, k) =>
        k < last &&
        x.head === words[last]!.head &&
        setOff(k) &&
        endsAt(k, words[first]!.text === ',' ? first - 1 : first - 2),
    );
    const speaker = title >= 0 ? title : last;
    return {
      tokens: words.map((w, k) => {
        if (k === speaker) return changedToken(w, { head: v, deprel: 'nsubj' });
        if (k === last && title >= 0) return changedToken(w, { head: title, deprel: 'appos' });
        return w;
      }),
    };
  }
  return parse;
}

/**
 * "sent to the Dorvian Congress requests for funds" parsed as one phrase, the receiver a compound
 * of the thing sent: after a verb of sending with no object, a "to" phrase whose plain noun has a
 * name compounded before it is two phrases, the name the receiver (with "to" and what precedes
 * it) and the noun the object.
 */
function repairSentToReceiver(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let n = 0; n < words.length; n++) {
    const noun = words[n]!;
    const verb = words[noun.head];
    if (verb === undefined || noun.deprel !== 'obl' || noun.upos !== 'NOUN' || !SENDING_VERBS.has(verb.lemma)) continue;
    const to = words.findIndex((x, k) => x.head === n && k < n && x.deprel === 'case' && x.text.toLowerCase() === 'to');
    if (to < 0 || words.some((x) => x.head === noun.head && x.deprel === 'obj')) continue;
    // The receiver: the last name compounded before the noun, right before it.
    const name = n - 1;
    if (words[name]?.head !== n || words[name]!.deprel !== 'compound' || words[name]!.upos !== 'PROPN') continue;
    const tokens = words.map((w, k) => {
      if (k === n) return changedToken(w, { deprel: 'obj' });
      if (k === name) return changedToken(w, { head: noun.head, deprel: 'obl' });
      if (w.head === n && k < name) return changedToken(w, { head: name });
      return w;
    });
    return { tokens };
  }
  // "delivered to the Congress demands for funds": a bare noun phrase after the "to" phrase is the
  // object, whatever tag its noun was given.
  for (let n = 0; n < words.length; n++) {
    const noun = words[n]!;
    const verb = words[noun.head];
    if (verb === undefined || noun.deprel !== 'obl' || !SENDING_VERBS.has(verb.lemma)) continue;
    if (words.some((x) => x.head === n && x.deprel === 'case')) continue;
    const receiver = words.findIndex(
      (x, k) =>
        k < n &&
        x.head === noun.head &&
        x.deprel === 'obl' &&
        words.some((c, j) => c.head === k && j < k && c.deprel === 'case' && c.text.toLowerCase() === 'to'),
    );
    if (receiver < 0 || words.some((x) => x.head === noun.head && x.deprel === 'obj')) continue;
    const noun2 = noun.upos === 'VERB' ? { upos: 'NOUN', xpos: noun.xpos === 'VBZ' ? 'NNS' : 'NN' } : {};
    return { tokens: words.map((w, k) => (k === n ? changedToken(w, { deprel: 'obj', ...noun2 }) : w)) };
  }
  return parse;
}

/**
 * "Kestan's state-controlled power company Lumo said" parsed with the possessor as the subject of
 * "controlled" and the company as its object: a possessive is never a clause's subject, so a
 * participle (hyphenated or not) whose subject is a possessor before it is the adjective of the
 * noun it took as object; that noun takes the participle's place in the sentence, the possessor
 * is its owner, and what hung on the participle after the noun (an apposed name) hangs on the noun.
 */
function repairOwnerSubjectParticiple(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let i = 0; i + 2 < words.length; i++) {
    const owner = words[i]!;
    if (!/^'s?$/.test(words[i + 1]!.text) || words[i + 1]!.head !== i || !/^nsubj/.test(owner.deprel)) continue;
    // The participle, after its own hyphenated first part if any ("state - controlled"), is the
    // possessor's verb or a clause beside it.
    const p = words.findIndex((x, k) => k > i + 1 && k <= i + 5 && /^VB[NG]$/.test(x.xpos));
    const participle = words[p];
    if (participle === undefined || (owner.head !== p && participle.head !== owner.head)) continue;
    if (words.slice(i + 2, p).some((x) => x.upos === 'VERB' || x.head < i + 2 || x.head > p)) continue;
    const noun = words.findIndex((x, k) => x.head === p && k > p && x.deprel === 'obj');
    if (noun < 0 || words.slice(p + 1, noun).some((x) => x.upos === 'PUNCT' || x.upos === 'VERB')) continue;
    // The noun stands where the possessor stood: the subject of the verb the two hung on.
    const head = owner.head === p ? participle.head : owner.head;
    const deprel = owner.head === p ? participle.deprel : owner.deprel;
    const tokens = words.map((w, k) => {
      if (k === noun) return changedToken(w, { head, deprel });
      if (k === i) return changedToken(w, { head: noun, deprel: 'nmod:poss' });
      if (k === p) return changedToken(w, { head: noun, deprel: 'amod', upos: 'ADJ', xpos: 'JJ' });
      if (w.head === p && k > noun) return changedToken(w, { head: noun });
      return w;
    });
    return repairOwnerSubjectParticiple({ tokens });
  }
  return parse;
}

/**
 * "took turns rejecting the plan": the participle the parser hangs on "turns" is what the
 * subject of "take turns" does, one after another (an xcomp of "take", as after "kept").
 */
function repairTakeTurns(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const turnTaken = (i: number): boolean => {
    const w = words[i]!;
    const turns = words[w.head];
    if (w.xpos !== 'VBG' || !/^(acl|advcl)$/.test(w.deprel) || turns === undefined) return false;
    return turns.text.toLowerCase() === 'turns' && turns.deprel === 'obj' && words[turns.head]?.lemma === 'take';
  };
  if (!words.some((_, i) => turnTaken(i))) return parse;
  return {
    tokens: words.map((w, i) => (turnTaken(i) ? changedToken(w, { head: words[w.head]!.head, deprel: 'xcomp' }) : w)),
  };
}

/**
 * "demanded that Ivo Marek resign" parsed with the bare verb as a noun and the name as its
 * compound: a that-clause has a subject, so a clause marked "that" with none, headed by a
 * singular noun with a name compounded before it, is the name's bare (subjunctive) verb. So is
 * such a noun parsed as the verb's object with the complementiser "that" (tagged a subordinator,
 * never the demonstrative) as its determiner: "insisted that Dorvia resign".
 */
function repairSubjunctiveSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const complementiser = (m: ParsedToken): boolean => m.text.toLowerCase() === 'that' && m.xpos === 'IN';
  const thatOf = (c: number): number => {
    const w = words[c]!;
    const asObject = w.deprel === 'obj' && words[w.head]?.upos === 'VERB';
    if (w.xpos !== 'NN' || w.head < 0) return -1;
    // A subordinator marks a clause whatever the noun was hung as ("his demand that X resign" with
    // the clause a bare modifier of "demand").
    return words.findIndex(
      (m) => m.head === c && (m.deprel === 'mark' || (asObject && m.deprel === 'det' && complementiser(m))),
    );
  };
  // The clause of a noun is its content clause, of a verb its complement.
  const clauseLabel = (w: ParsedToken): string =>
    /^(ccomp|acl)$/.test(w.deprel) ? w.deprel : /^(NOUN|PROPN)$/.test(words[w.head]!.upos) ? 'acl' : 'ccomp';
  const subjectOf = (c: number): number | undefined => {
    const that = thatOf(c);
    if (that < 0 || words[that]!.text.toLowerCase() !== 'that') return undefined;
    if (words.some((m, k) => k !== that && m.head === c && /^(nsubj|det|cop)/.test(m.deprel))) return undefined;
    const name = words.findIndex((m, k) => k < c && m.head === c && m.deprel === 'compound' && m.upos === 'PROPN');
    return name < 0 ? undefined : name;
  };
  const repaired = new Map<number, number>();
  words.forEach((_, c) => {
    const name = subjectOf(c);
    if (name !== undefined) repaired.set(c, name);
  });
  if (repaired.size === 0) return parse;
  const names = new Set(repaired.values());
  const marks = new Set([...repaired.keys()].map(thatOf));
  return {
    tokens: words.map((w, i) => {
      if (repaired.has(i)) return changedToken(w, { upos: 'VERB', xpos: 'VB', deprel: clauseLabel(w) });
      if (names.has(i)) return changedToken(w, { deprel: 'nsubj' });
      return marks.has(i) ? changedToken(w, { deprel: 'mark' }) : w;
    }),
  };
}

/**
 * "Anna Brenn was among those at the summit", "Anna Brenn is due to attend the summit" parsed with
 * the subject as the root and the copula on it (or on the name's last word), the phrase after the
 * copula hung on the copula: a copula takes no dependents, and a nominal is no predicate of a
 * copula that follows it, so that phrase is the root and the nominal its subject.
 */
function repairCopulaOnName(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const root = words.findIndex((w) => w.head < 0);
  if (root < 0 || !/^(PROPN|NOUN)$/.test(words[root]!.upos)) return parse;
  const inName = (k: number): boolean =>
    k === root || (words[k]!.head === root && /^(flat|compound)/.test(words[k]!.deprel));
  const cop = words.findIndex((w, k) => k > root && w.deprel === 'cop' && w.head >= 0 && inName(w.head));
  if (cop < 0) return parse;
  const predicate = words.findIndex(
    (w, k) =>
      k > cop &&
      w.head === cop &&
      (/^(obl|nmod|nsubj)$/.test(w.deprel) || (w.upos === 'ADJ' && /^(amod|nsubj|xcomp)$/.test(w.deprel))),
  );
  if (predicate < 0) return parse;
  return {
    tokens: words.map((w, i) => {
      if (i === predicate) return changedToken(w, { head: -1, deprel: 'root' });
      if (i === root) return changedToken(w, { head: predicate, deprel: 'nsubj' });
      if (i === cop) return changedToken(w, { head: predicate });
      // What hung on the name after the copula (the full stop) goes with the predicate.
      if (w.head === root && i > cop) return changedToken(w, { head: predicate });
      return w;
    }),
  };
}

/**
 * "Among those at the summit were Anna Brenn and Ivo Marek" parsed with the names a relative
 * clause of "those" carrying the copula: a fronted "among" phrase is the predicate of an inverted
 * copula, and the nominal after the copula, with no subject of its own, is its subject.
 */
function repairInvertedAmong(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const root = words.findIndex((w) => w.head < 0);
  if (root < 0) return parse;
  const among = (k: number): boolean =>
    words.some((w, c) => c < k && w.head === k && w.deprel === 'case' && w.lemma === 'among');
  // "… were | Anna Brenn" made the root with the copula and the fronted phrase hung on it.
  const fronted = words.findIndex((w, k) => k < root && w.head === root && among(k));
  if (fronted >= 0 && words[root - 1]?.deprel === 'cop' && words[root - 1]!.head === root)
    return {
      tokens: words.map((w, i) => {
        if (i === fronted) return changedToken(w, { head: -1, deprel: 'root' });
        if (i === root) return changedToken(w, { head: fronted, deprel: 'nsubj' });
        if (w.head === root && (i === root - 1 || i > root) && !/^(flat|conj|cc|compound|appos)/.test(w.deprel))
          return changedToken(w, { head: fronted });
        return w;
      }),
    };
  if (!among(root)) return parse;
  const subject = words.findIndex(
    (w, k) =>
      k > root &&
      w.head === root &&
      /^(acl|nmod|appos|dep|parataxis)/.test(w.deprel) &&
      /^(PROPN|NOUN|PRON)$/.test(w.upos) &&
      words[k - 1]?.deprel === 'cop' &&
      words[k - 1]!.head === k &&
      !words.some((x) => x.head === k && hasLabel(x.deprel, 'nsubj')),
  );
  if (subject < 0) return parse;
  return {
    tokens: words.map((w, i) => {
      if (i === subject) return changedToken(w, { deprel: 'nsubj' });
      if (i === subject - 1) return changedToken(w, { head: root });
      return w;
    }),
  };
}

/**
 * "faced renewed calls from X to …", "ignored repeated warnings" parsed with the participle an open
 * complement of the verb and the noun its object: a past participle right after a verb that has no
 * object of its own, with no subject, auxiliary or marker and its object straight after it,
 * describes that object, which is the verb's.
 */
function repairParticipleAdjective(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const at = words.findIndex((w, k) => {
    const v = w.head;
    // (A past in -ed is the participle's form too: a finite verb with no subject is no complement.)
    const participle = w.xpos === 'VBN' || (w.xpos === 'VBD' && /ed$/i.test(w.text));
    if (!participle || !/^(xcomp|ccomp)$/.test(w.deprel) || v !== k - 1) return false;
    if (words[v]!.upos !== 'VERB' || /^(be|get|have|become|seem|feel|remain)$/.test(words[v]!.lemma)) return false;
    // After a verb of saying the participle may open its clause ("said increased spending would …").
    if (verbPredicate(words[v]!.lemma.toLowerCase())?.relation === 'STATED') return false;
    if (words.some((x, j) => x.head === v && j !== k && /^(obj|iobj|aux:pass)$/.test(x.deprel))) return false;
    const kids = words.flatMap((x, j) => (x.head === k ? [j] : []));
    if (kids.some((j) => /^(nsubj|aux|mark|cop)/.test(words[j]!.deprel))) return false;
    const obj = kids.find((j) => words[j]!.deprel === 'obj');
    return obj !== undefined && words[obj]!.upos === 'NOUN' && words.slice(k + 1, obj).every((x) => x.upos === 'ADJ');
  });
  if (at < 0) return parse;
  const obj = words.findIndex((x) => x.head === at && x.deprel === 'obj');
  const verb = words[at]!.head;
  return {
    tokens: words.map((w, i) => {
      if (i === at) return changedToken(w, { upos: 'ADJ', xpos: 'VBN', head: obj, deprel: 'amod' });
      if (i === obj) return changedToken(w, { head: verb, deprel: 'obj' });
      return w;
    }),
  };
}

/**
 * "urged its members, including A and B, to cut …" parsed with the "including" phrase an oblique
 * of the verb: a phrase of examples right after a plural noun (its comma between) names members
 * of that noun, so it is the noun's modifier.
 */
function repairExamplesOfNoun(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const moved = new Map<number, number>();
  words.forEach((w, k) => {
    if (!/^(obl|advcl|nmod)/.test(w.deprel) || w.head < 0) return;
    const c = words.findIndex(
      (x, j) => j < k && x.head === k && x.deprel === 'case' && /^(including|such)$/i.test(x.text),
    );
    if (c < 0 || words.slice(c + 1, k).some((x) => x.head !== k && x.head !== c)) return;
    let prev = c - 1;
    if (words[prev]?.text === ',') prev--;
    // The plural noun whose phrase ends right there, an argument of the same word.
    let noun = prev;
    for (let steps = 0; noun >= 0 && words[noun]!.head !== w.head && steps < words.length; steps++)
      noun = words[noun]!.head;
    if (noun < 0 || noun === k || words[noun]!.xpos !== 'NNS' || words[noun]!.head !== w.head) return;
    moved.set(k, noun);
  });
  if (moved.size === 0) return parse;
  return {
    tokens: words.map((w, i) => (moved.has(i) ? changedToken(w, { head: moved.get(i)!, deprel: 'nmod' }) : w)),
  };
}

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const WEEKDAYS = new RegExp(`^${WEEKDAY}$`, 'i');
/** The nouns of a time phrase a verb's that-clause may be misparsed as relative to ("said on Sunday that …"). */
const TIME_NOUNS = new RegExp(`^(?:${WEEKDAY}|yesterday|today|tonight|week|month|year|weekend)$`, 'i');

/**
 * "attended a rally Thursday by farmers" parsed with "a rally" as a modifier of "Thursday", the
 * verb's bare time phrase: a noun with a determiner right before a weekday is no modifier of it
 * (a weekday takes none), but the verb's object, and the weekday the time of the verb.
 */
function repairObjectBeforeWeekday(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const n = words.findIndex((w, i) => {
    const day = words[i + 1];
    if (w.upos !== 'NOUN' || day === undefined || w.head !== i + 1 || !WEEKDAYS.test(day.text)) return false;
    const verb = words[day.head];
    return (
      verb !== undefined &&
      verb.upos === 'VERB' &&
      /^(obj|obl:unmarked|obl:tmod)$/.test(day.deprel) &&
      words[i - 1]?.upos === 'DET' &&
      (words[i - 1]!.head === i || words[i - 1]!.head === i + 1) &&
      !words.some((o, k) => k !== i + 1 && o.head === day.head && o.deprel === 'obj')
    );
  });
  if (n < 0) return parse;
  const day = words[n + 1]!;
  return {
    tokens: words.map((w, i) =>
      i === n - 1
        ? changedToken(w, { head: n, deprel: 'det' })
        : i === n
          ? changedToken(w, { head: day.head, deprel: 'obj' })
          : i === n + 1
            ? changedToken(w, { deprel: 'obl:unmarked' })
            : // What hung on the weekday after it ("by farmers") is the noun's.
              w.head === n + 1 && i > n + 1 && !/^(punct|case)$/.test(w.deprel)
              ? changedToken(w, { head: n })
              : w,
    ),
  };
}

/**
 * "A of Switzerland and B of Libya will meet" parsed with B a conjunct of "Switzerland": a
 * conjunct with its own "of" phrase parallels the phrase's head, not its object.
 */
function repairParallelConjunct(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const caseOf = (i: number): string | undefined =>
    words.find((c) => c.head === i && c.deprel === 'case')?.text.toLowerCase();
  const moved = words.map((w, i) => {
    const of = words[w.head];
    if (w.deprel !== 'conj' || w.upos !== 'PROPN' || of === undefined || of.deprel !== 'nmod') return undefined;
    if (caseOf(w.head) !== 'of' || of.head < 0 || words[of.head]!.upos !== 'PROPN') return undefined;
    // The "of" phrase may hang on the name's last part ("B Ruiz of Libya", "Ruiz" flat on "B").
    const name = (k: number): boolean => k === i || (words[k]?.head === i && words[k]!.deprel === 'flat');
    const own = words.some((c, k) => name(c.head) && c.deprel === 'nmod' && caseOf(k) === 'of');
    return own ? of.head : undefined;
  });
  if (moved.every((m) => m === undefined)) return parse;
  return { tokens: words.map((w, i) => (moved[i] === undefined ? w : changedToken(w, { head: moved[i]! }))) };
}

/**
 * "talks between A and Premier B" parsed with "Premier" the conjunct that carries "and" and the
 * name after it a further conjunct: a title word with nothing of its own but the conjunction,
 * right before a conjunct of the same head (no comma between), is that name's title, and the
 * conjunction is the name's (English closes a coordination with it, so the name would be lost).
 */
function repairTitleConjunct(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const moved = new Map<number, number>();
  words.forEach((w, x) => {
    if (w.deprel !== 'conj' || w.upos !== 'PROPN' || !ROLE_WORDS.has(w.text.toLowerCase())) return;
    const own = words.filter((c) => c.head === x);
    if (own.length !== 1 || own[0]!.deprel !== 'cc') return;
    // The name may be hung as an apposition of the head instead ("and Deputy | Trade Representative X").
    const name = words.findIndex((c, y) => y > x && c.head === w.head && /^(conj|appos)$/.test(c.deprel));
    if (name < 0 || words[name]!.upos !== 'PROPN' || subtreeSpan(parse, name).first !== x + 1) return;
    moved.set(x, name);
  });
  if (moved.size === 0) return parse;
  return {
    tokens: words.map((w, i) => {
      const name = moved.get(i);
      if (name !== undefined) return changedToken(w, { head: name, deprel: 'compound' });
      if ([...moved.values()].includes(i)) return changedToken(w, { deprel: 'conj' });
      const named = w.deprel === 'cc' ? moved.get(w.head) : undefined;
      return named !== undefined ? changedToken(w, { head: named }) : w;
    }),
  };
}

/**
 * "Sen. Mara Velt and Ivo Brandt said" parsed with the abbreviated title as the head and the name
 * its `flat`: a title before a name is the name's `nmod:desc`, as in "Foreign Minister Mara Velt",
 * so the name heads its phrase and takes the title's place in the clause, its conjuncts and all.
 */
function repairTitleHead(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const nameOf = new Map<number, number>();
  words.forEach((w, x) => {
    const name = words[x + 1];
    if (name?.head !== x || name.deprel !== 'flat' || name.upos !== 'PROPN' || !/^\p{Lu}/u.test(w.text)) return;
    // Abbreviated titles only: the tagger reads "Sen." as part of the name, "Senator" as a noun.
    if (w.text.endsWith('.') && PERSON_TITLES.has(w.text.slice(0, -1).toLowerCase())) nameOf.set(x, x + 1);
  });
  if (nameOf.size === 0) return parse;
  return {
    tokens: words.map((w, i) => {
      const name = nameOf.get(i);
      if (name !== undefined) return changedToken(w, { head: name, deprel: 'nmod:desc' });
      const title = nameOf.get(i - 1) === i ? words[i - 1]! : undefined;
      if (title !== undefined) return changedToken(w, { head: title.head, deprel: title.deprel });
      const heir = nameOf.get(w.head);
      return heir !== undefined ? changedToken(w, { head: heir }) : w;
    }),
  };
}

const PREPOSITIONS = new Set([
  'between',
  'with',
  'among',
  'against',
  'from',
  'for',
  'of',
  'to',
  'at',
  'by',
  'on',
  'in',
]);

/**
 * "a meeting between Anna Brenn and Paul Kovacs" parsed with "between" as the noun's modifier and
 * the names as its object: a preposition heads no phrase in UD, so its object is the modifier
 * and the preposition the object's case marker.
 */
function repairPrepositionHead(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const heads = new Map<number, number>();
  words.forEach((w, i) => {
    if (!PREPOSITIONS.has(w.text.toLowerCase()) || !/^(nmod|obl)$/.test(w.deprel)) return;
    // Its object, or the name after it made its subject ("remarks by | President X" with "by" a noun)
    // or a piece of it ("talks with | Anna Kovacs and X" with the name a split-off part of "with").
    const object = words.findIndex((o, k) => k > i && o.head === i && /^(obj|nsubj|goeswith)$/.test(o.deprel));
    if (object >= 0) heads.set(i, object);
  });
  if (heads.size === 0) return parse;
  return {
    tokens: words.map((w, i) => {
      const object = heads.get(i);
      if (object !== undefined) return changedToken(w, { upos: 'ADP', xpos: 'IN', head: object, deprel: 'case' });
      for (const [p, o] of heads) {
        if (i === o) return changedToken(w, { head: words[p]!.head, deprel: words[p]!.deprel });
        // The preposition's other dependents go with its object.
        if (w.head === p) return changedToken(w, { head: o });
      }
      return w;
    }),
  };
}

/**
 * "told a news conference the rate would stay" parsed with "conference" the object, or a second
 * subject, of the reported clause: a noun before the clause's own subject is no part of that
 * clause (English puts no object before the subject), so it is the telling verb's object, the one
 * told, when that verb has none.
 */
function repairAddresseeBeforeSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const clause = w.head;
    if (!/^(obj|nsubj)$/.test(w.deprel) || clause <= k || !/^(NOUN|PROPN)$/.test(w.upos)) continue;
    if (words[clause]!.deprel !== 'ccomp') continue;
    const verb = words[clause]!.head;
    if (verb < 0 || verb >= k || verbPredicate(words[verb]!.lemma.toLowerCase())?.frame !== 'telling') continue;
    // "…, a claim Kestan has denied": a noun after a comma opens a phrase of its own.
    if (words.some((x, i) => i > verb && i < k && x.upos === 'PUNCT')) continue;
    const subject = words.findIndex((x, i) => i > k && i < clause && x.head === clause && /^nsubj/.test(x.deprel));
    if (subject < 0 || words.some((x, i) => i > verb && i < subject && x.head === clause && x.deprel === 'mark'))
      continue;
    if (words.some((x) => x.head === verb && /^(i?obj)$/.test(x.deprel))) continue;
    return { tokens: words.map((x, i) => (i === k ? changedToken(x, { head: verb, deprel: 'obj' }) : x)) };
  }
  return parse;
}

/**
 * "told the finance conference rates would fall" parsed with the gathering a compound of the
 * clause's subject ("conference rates"): a telling verb with no one told takes the one told before
 * its clause, so the gathering noun, with the article and modifiers before it, is the verb's object.
 */
function repairGatheringToldBeforeSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let g = 0; g < words.length; g++) {
    const gathering = words[g]!;
    const subject = gathering.head;
    if (gathering.deprel !== 'compound' || gathering.upos !== 'NOUN' || subject !== g + 1) continue;
    if (!MEETING_HEADS.has(gathering.lemma.toLowerCase()) || !/^nsubj/.test(words[subject]!.deprel)) continue;
    const clause = words[subject]!.head;
    if (clause < 0 || words[clause]!.deprel !== 'ccomp') continue;
    const verb = words[clause]!.head;
    if (verb < 0 || verb >= g || verbPredicate(words[verb]!.lemma.toLowerCase())?.frame !== 'telling') continue;
    if (words.some((x) => x.head === verb && /^(i?obj)$/.test(x.deprel))) continue;
    // The phrase right after the verb: nothing between but the subject's own article and modifiers.
    if (words.some((x, i) => i > verb && i < g && x.head !== subject && x.head !== g)) continue;
    return {
      tokens: words.map((x, i) =>
        i === g
          ? changedToken(x, { head: verb, deprel: 'obj' })
          : i > verb && i < g && x.head === subject
            ? changedToken(x, { head: g })
            : x,
      ),
    };
  }
  return parse;
}

/**
 * "another round of debt rescheduling talks", "two days of rescheduling talks" parsed with the
 * "-ing" modifier a verb taking the gathering as its object, or the measure noun an adjective of
 * the gathering: after a measure noun and "of", a run of nouns, adjectives and "-ing" words that
 * ends in a gathering noun is one noun phrase headed by that gathering, which the measure noun
 * measures out (English puts a noun phrase's head last).
 */
function repairMeasuredGathering(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const modifier = (w: ParsedToken): boolean =>
    /^(NOUN|PROPN|ADJ)$/.test(w.upos) || (w.upos === 'VERB' && w.xpos === 'VBG');
  for (let m = 0; m + 3 < words.length; m++) {
    if (words[m]!.upos !== 'NOUN' || !MEASURE_NOUNS.has(words[m]!.lemma.toLowerCase())) continue;
    if (words[m + 1]!.text.toLowerCase() !== 'of') continue;
    let g = m + 2;
    while (g + 1 < words.length && modifier(words[g + 1]!) && modifier(words[g]!)) g++;
    if (g === m + 2 || !MEETING_HEADS.has(words[g]!.lemma.toLowerCase()) || words[g]!.upos !== 'NOUN') continue;
    if (words[g]!.head === m) continue;
    const run = (i: number): boolean => i > m + 1 && i < g;
    const measureAbove = words[m]!.head === g;
    return {
      tokens: words.map((x, i) => {
        if (i === m && measureAbove) return changedToken(x, { head: words[g]!.head, deprel: words[g]!.deprel });
        if (i === g) return changedToken(x, { head: m, deprel: 'nmod' });
        if (i === m + 1) return changedToken(x, { upos: 'ADP', xpos: 'IN', head: g, deprel: 'case' });
        if (run(i)) return changedToken(x, { head: g, deprel: x.upos === 'ADJ' ? 'amod' : 'compound' });
        // What hung on the run's words or the measure noun's former place is the phrase's.
        if (run(x.head) || (x.head === g && i !== m && measureAbove && i < m))
          return changedToken(x, { head: g, deprel: x.deprel.replace(/^obl/, 'nmod') });
        return x;
      }),
    };
  }
  return parse;
}

/**
 * "at the end of the agriculture ministers' meeting" parsed with the plural possessor the object of
 * the preposition and the possessed noun hung elsewhere: a possessor ending in "s'" is a
 * determiner of the noun after it (adjectives between), which heads the phrase in its place; what
 * the parser hung on that noun from before the phrase goes back to the noun's former head (a verb
 * as its clause: "a declaration by X | made at the end of …").
 */
function repairPluralPossessor(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let a = 1; a + 1 < words.length; a++) {
    if (words[a]!.text !== "'" || words[a]!.xpos !== 'POS') continue;
    const n = a - 1;
    if (words[n]!.xpos !== 'NNS' || words[a]!.head !== n) continue;
    let h = a + 1;
    while (h < words.length && words[h]!.upos === 'ADJ') h++;
    if (words[h]?.upos !== 'NOUN' || words[h + 1]?.upos === 'NOUN' || words[n]!.head === h) continue;
    if (words[h]!.head === n || words[n]!.head < 0) continue;
    const start = subtreeSpan(parse, n).first;
    const former = words[h]!.head;
    return {
      tokens: words.map((x, i) => {
        if (i === h) return changedToken(x, { head: words[n]!.head, deprel: words[n]!.deprel });
        if (i === n) return changedToken(x, { head: h, deprel: 'nmod:poss' });
        if (i > a && i < h) return changedToken(x, { head: h, deprel: 'amod' });
        // The preposition of the phrase marks the possessed noun, its head.
        if (x.head === n && x.deprel === 'case' && i < n) return changedToken(x, { head: h });
        if (x.head === h && i < start)
          return changedToken(x, { head: former, deprel: x.upos === 'VERB' ? 'acl' : x.deprel });
        return x;
      }),
    };
  }
  return parse;
}

/**
 * "… and with Dorvia saying the plan was dead" parsed with the name a conjunct of an earlier noun
 * and the participle subjectless: "with" + a noun phrase + an "-ing" verb with no subject of its own
 * is an absolute clause, whose subject that noun is.
 */
function repairAbsoluteSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let k = 1; k + 1 < words.length; k++) {
    const noun = words[k]!;
    const verb = k + 1;
    if (!/^(NOUN|PROPN|PRON)$/.test(noun.upos) || words[verb]!.xpos !== 'VBG' || words[verb]!.upos !== 'VERB') continue;
    // ("regulations regarding the disposal": a participle serving as a preposition, inside the noun's phrase.)
    if (words[verb]!.deprel === 'case' || dominates(parse, k, verb)) continue;
    // ("met with Velt visiting Lund": a verb's companion stays its oblique.)
    if (noun.head === verb || words[verb]!.head === k || hasLabel(noun.deprel, 'obl')) continue;
    if (words.some((x) => x.head === verb && /^nsubj/.test(x.deprel))) continue;
    // The noun's phrase opens with "with" or "without" (its article, adjectives and compounds between).
    const phrase = subtreeSpan(parse, k, ['punct', 'cc']).first;
    const opener = words.findIndex((x, i) => i < k && x.head === k && x.deprel === 'case');
    if (opener < 0 || !/^(with|without)$/i.test(words[opener]!.text) || opener > phrase) continue;
    return { tokens: words.map((x, i) => (i === k ? changedToken(x, { head: verb, deprel: 'nsubj' }) : x)) };
  }
  return parse;
}

/**
 * "added in an interview with X that the plan was dead", "wrote in a column that …" parsed with the
 * that-clause hung on the oblique's noun or as an adverbial clause: a clause opened by "that" with a
 * subject of its own after a speech verb and its obliques is what was said (a relative clause
 * would have a gap, and "so that" is no complement), when the verb has no complement already.
 */
function repairSpeechThatClause(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let c = 0; c < words.length; c++) {
    const clause = words[c]!;
    if (!/^(acl|acl:relcl|advcl)$/.test(clause.deprel)) continue;
    const mark = words.findIndex((x, i) => i < c && x.head === c && x.deprel === 'mark');
    if (mark < 0 || words[mark]!.text.toLowerCase() !== 'that' || /^(so|now|such)$/i.test(words[mark - 1]?.text ?? ''))
      continue;
    if (!words.some((x, i) => i > mark && i < c && x.head === c && /^nsubj/.test(x.deprel))) continue;
    // Up from the clause's head through the verb's oblique phrases to the verb.
    let v = clause.head;
    while (v >= 0 && /^(nmod|obl)/.test(words[v]!.deprel) && words[v]!.upos !== 'VERB') v = words[v]!.head;
    if (v < 0 || v > mark || words[v]!.upos !== 'VERB') continue;
    if (clause.head !== v && !/^(nmod|obl)/.test(words[clause.head]!.deprel)) continue;
    const frame = verbPredicate(words[v]!.lemma.toLowerCase())?.frame;
    if (frame !== 'speech' && frame !== 'telling') continue;
    if (words.some((x) => x.head === v && x.deprel === 'ccomp')) continue;
    return { tokens: words.map((x, i) => (i === c ? changedToken(x, { head: v, deprel: 'ccomp' }) : x)) };
  }
  return parse;
}

/**
 * "saying X's speech last week was discreet" parsed with the noun the object of the verb of saying
 * and the copular complement clause after it subjectless: a verb of saying takes no noun object
 * before its clause ("said nothing" has none), so the noun is the clause's subject. (Only a copular
 * clause: a noun moved into a clause with "would" would pass for a supposition.)
 */
function repairSaidObjectSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const verb = w.head;
    if (w.deprel !== 'obj' || verb < 0 || verb > k || !/^(NOUN|PROPN|PRON)$/.test(w.upos)) continue;
    if (verbPredicate(words[verb]!.lemma.toLowerCase())?.frame !== 'speech') continue;
    const clause = words.findIndex(
      (c, i) =>
        i > k &&
        c.head === verb &&
        !words.some((x) => x.head === i && /^(nsubj|mark)/.test(x.deprel)) &&
        ((c.deprel === 'ccomp' && words.some((x) => x.head === i && x.deprel === 'cop')) ||
          (c.deprel === 'conj' && uncoordinatedTensedClause(words, i))),
    );
    if (clause < 0) continue;
    // What the parser hung on the verb between the noun and its clause is the noun's ("the presence
    // of X at the meeting | is not a custom", "X's speech last week | was discreet").
    const inside = (x: ParsedToken, i: number): boolean => i > k && i < clause && x.head === verb;
    return {
      tokens: words.map((x, i) =>
        i === k
          ? changedToken(x, { head: clause, deprel: 'nsubj' })
          : i === clause
            ? changedToken(x, { deprel: 'ccomp' })
            : inside(x, i) && x.upos !== 'PUNCT'
              ? changedToken(x, { head: k, deprel: x.deprel.replace(/^obl/, 'nmod') })
              : x,
      ),
    };
  }
  return parse;
}

/**
 * "it must be recognized that X must …", "it was agreed that …" parsed with "it" the passive's
 * subject: "it" before a passive whose that-clause follows is the clause extraposed, no one (a
 * passive of telling, "it was told that …", keeps the one told).
 */
function repairExtraposedIt(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let k = 0; k < words.length; k++) {
    const it = words[k]!;
    const verb = it.head;
    if (it.deprel !== 'nsubj:pass' || it.text.toLowerCase() !== 'it' || verb < k) continue;
    if (verbPredicate(words[verb]!.lemma.toLowerCase())?.frame === 'telling') continue;
    // (The clause may be hung elsewhere, "that" right after the verb still opening it.)
    const next = words[verb + 1];
    const thatClause =
      (next?.deprel === 'mark' && next.text.toLowerCase() === 'that') ||
      words.some(
        (c, i) =>
          i > verb &&
          c.head === verb &&
          c.deprel === 'ccomp' &&
          words.some((m) => m.head === i && m.deprel === 'mark' && m.text.toLowerCase() === 'that'),
      );
    if (thatClause) return { tokens: words.map((x, i) => (i === k ? changedToken(x, { deprel: 'expl' }) : x)) };
  }
  return parse;
}

/**
 * "lost support after the commission report said he had failed" parsed with "said" a conjunct of
 * "lost" (sharing its subject) and the report an oblique: a finite verb with no subject, no
 * conjunction and no comma before it, right after a phrase opened by a preposition that also
 * subordinates clauses ("after", "before", "since", "until"), is that clause, the phrase's noun
 * its subject.
 */
function repairSubordinatedConjunct(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let c = 0; c < words.length; c++) {
    const verb = words[c]!;
    const head = verb.head;
    if (verb.deprel !== 'conj' || head < 0 || head > c || !/^VB[DZP]$/.test(verb.xpos)) continue;
    if (words.some((x, i) => x.head === c && (/^(nsubj|cc|mark)(:|$)/.test(x.deprel) || (i < c && x.upos === 'PUNCT'))))
      continue;
    let phrase = -1;
    for (let i = 0; i < c; i++) if (words[i]!.head === head && /^obl/.test(words[i]!.deprel)) phrase = i;
    if (phrase < 0 || subtreeSpan(parse, phrase).last !== c - 1) continue;
    const prep = words.findIndex((x, i) => x.head === phrase && x.deprel === 'case' && i < phrase);
    if (prep < 0 || !/^(after|before|since|until|till)$/i.test(words[prep]!.text)) continue;
    if (!/^(NOUN|PROPN|PRON)$/.test(words[phrase]!.upos)) continue;
    return {
      tokens: words.map((x, i) =>
        i === c
          ? changedToken(x, { deprel: 'advcl' })
          : i === phrase
            ? changedToken(x, { head: c, deprel: 'nsubj' })
            : i === prep
              ? changedToken(x, { head: c, deprel: 'mark' })
              : x,
      ),
    };
  }
  return parse;
}

/**
 * "contended the White House was applying pressure" parsed with the clause a conjunct of the verb of
 * saying: a conjunct with no conjunction or comma before it and a tense of "be" or "have" of its
 * own (not a modal, which would pass for a supposition) is a bare complement clause.
 */
function uncoordinatedTensedClause(words: readonly ParsedToken[], c: number): boolean {
  if (words.some((x, i) => x.head === c && (x.deprel === 'cc' || (i < c && x.upos === 'PUNCT')))) return false;
  const first = words.findIndex((x) => x.head === c);
  if (first >= 0 && first < c && words[first - 1]?.text === ',') return false;
  return words.some(
    (x, i) => i < c && x.head === c && /^(aux|cop)$/.test(x.deprel) && /^(be|have)$/.test(x.lemma.toLowerCase()),
  );
}

/**
 * "told a press conference Brazil now had to reconsider" parsed with "Brazil" apposed to the
 * conference: a name after the one told, before a complement clause with no subject of its own,
 * is that clause's subject.
 */
function repairToldSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const moved = new Map<number, number>();
  words.forEach((w, a) => {
    const told = words[w.head];
    if (w.deprel !== 'appos' || w.upos !== 'PROPN' || told === undefined || !/^(i?obj)$/.test(told.deprel)) return;
    if (words[a - 1]?.upos === 'PUNCT') return;
    const verb = told.head;
    const clause = words.findIndex(
      (c, k) =>
        k > a && c.head === verb && c.deprel === 'ccomp' && !words.some((x) => x.head === k && /^nsubj/.test(x.deprel)),
    );
    if (clause >= 0) moved.set(a, clause);
  });
  if (moved.size === 0) return parse;
  return {
    tokens: words.map((w, i) => (moved.has(i) ? changedToken(w, { head: moved.get(i)!, deprel: 'nsubj' }) : w)),
  };
}

/**
 * "urged Russian President X to withdraw" parsed with the demonym a secondary predicate of the verb
 * (like "kept quiet") and the titled name flat or apposed under it: a name is never part of an adjective, so
 * the name is the verb's object, the adjective its modifier, and what else hung on the adjective
 * (the infinitive asked for) the verb's.
 */
function repairAdjectiveName(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let a = 0; a < words.length; a++) {
    const adj = words[a]!;
    const verb = words[adj.head];
    if (adj.upos !== 'ADJ' || adj.deprel !== 'xcomp' || verb?.upos !== 'VERB') continue;
    const name = words.findIndex(
      (w, k) => k > a && w.head === a && /^(flat|appos)$/.test(w.deprel) && w.upos === 'PROPN',
    );
    if (name < 0 || words.some((w) => w.head === adj.head && /^(obj|iobj)$/.test(w.deprel))) continue;
    const v = adj.head;
    return {
      tokens: words.map((w, i) => {
        if (i === name) return changedToken(w, { head: v, deprel: 'obj' });
        if (i === a) return changedToken(w, { head: name, deprel: 'amod' });
        if (w.head !== a) return w;
        // Further parts of the name stay with it; the rest was the verb's.
        return w.deprel === 'flat' && w.upos === 'PROPN'
          ? changedToken(w, { head: name })
          : changedToken(w, { head: v });
      }),
    };
  }
  return parse;
}

/**
 * "called on Poland, Hungary and Romania to …" parsed with "Hungary" a conjunct of the verb: a
 * conjunct joins like with like, so a noun conjunct of a verb right after the comma that closes
 * the verb's nominal object or oblique is a conjunct of that noun.
 */
function repairNominalConjunct(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const moved = new Map<number, number>();
  words.forEach((w, i) => {
    const verb = words[w.head];
    if (w.deprel !== 'conj' || !/^(PROPN|NOUN)$/.test(w.upos) || verb?.upos !== 'VERB' || words[i - 1]?.text !== ',')
      return;
    if (words.some((m) => m.head === i && /^(nsubj|obj|aux|cop|mark)/.test(m.deprel))) return;
    const noun = words.findIndex(
      (m, k) =>
        k < i - 1 &&
        m.head === w.head &&
        /^(obj|obl)$/.test(m.deprel) &&
        /^(PROPN|NOUN)$/.test(m.upos) &&
        subtreeSpan(parse, k).last === i - 2,
    );
    if (noun >= 0) moved.set(i, noun);
  });
  if (moved.size === 0) return parse;
  return { tokens: words.map((w, i) => (moved.has(i) ? changedToken(w, { head: moved.get(i)! }) : w)) };
}

/**
 * "We call on Poland to …" parsed with "on Poland" a nominal modifier of the verb: a verb takes
 * obliques, not nominal modifiers (UD), so an nmod hung on a verb is its oblique.
 */
function repairVerbModifier(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const misread = (w: ParsedToken): boolean =>
    /^nmod(:(tmod|npmod|unmarked))?$/.test(w.deprel) && words[w.head]?.upos === 'VERB';
  if (!words.some(misread)) return parse;
  return { tokens: words.map((w) => (misread(w) ? changedToken(w, { deprel: w.deprel.replace(/^nmod/, 'obl') }) : w)) };
}

/**
 * "X compared A with that of dictators, and urged people not to …" parsed with the finite verb a
 * conjunct of the last noun: a conjunct joins like with like, so a past-tense verb with no subject
 * of its own, hung on a noun after ", and", joins the verb that noun depends on (sharing its subject).
 */
function repairVerbOnNoun(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const moved = new Map<number, number>();
  words.forEach((w, i) => {
    if (w.deprel !== 'conj' || w.upos !== 'VERB' || w.xpos !== 'VBD') return;
    if (!/^(NOUN|PROPN|PRON)$/.test(words[w.head]?.upos ?? '')) return;
    if (words[i - 1]?.text.toLowerCase() !== 'and' || words[i - 2]?.text !== ',') return;
    if (words.some((m) => m.head === i && /^nsubj/.test(m.deprel))) return;
    let v = words[w.head]!.head;
    while (v >= 0 && words[v]!.upos !== 'VERB') v = words[v]!.head;
    if (v >= 0 && v < i) moved.set(i, v);
  });
  if (moved.size === 0) return parse;
  return { tokens: words.map((w, i) => (moved.has(i) ? changedToken(w, { head: moved.get(i)! }) : w)) };
}

/**
 * "saying the Swiss must resolve …" parsed with the name the verb's object and the modal clause
 * its open complement (xcomp): an open complement has no auxiliary, and a clause with a modal is
 * finite with a subject of its own, so the object right before it is that subject and the clause
 * the verb's complement clause.
 */
function repairModalComplement(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let c = 0; c < words.length; c++) {
    const clause = words[c]!;
    const v = clause.head;
    if (clause.deprel !== 'xcomp' || words[v]?.upos !== 'VERB' || clause.upos !== 'VERB') continue;
    const kids = words.flatMap((m, k) => (m.head === c ? [k] : []));
    const aux = kids.find((k) => words[k]!.deprel === 'aux' && words[k]!.xpos === 'MD');
    if (aux === undefined || kids.some((k) => /^(nsubj|mark)/.test(words[k]!.deprel))) continue;
    const obj = words.findIndex((m, k) => m.head === v && m.deprel === 'obj' && k < aux);
    if (obj < 0 || subtreeSpan(parse, obj).last !== aux - 1) continue;
    return {
      tokens: words.map((w, i) =>
        i === obj ? changedToken(w, { head: c, deprel: 'nsubj' }) : i === c ? changedToken(w, { deprel: 'ccomp' }) : w,
      ),
    };
  }
  return parse;
}

/**
 * "The Tarn Council, led by X, urged …" parsed with the council the subject of "led" and the
 * participle a clause of the main verb: a participle with an agent ("by X") is passive and has
 * no active subject, so between commas after a noun it describes that noun, and the noun is the
 * subject of the verb that has none.
 */
function repairAgentParticiple(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let p = 1; p < words.length; p++) {
    const w = words[p]!;
    const verb = words[w.head];
    if (w.xpos !== 'VBN' || !/^advcl/.test(w.deprel) || verb?.upos !== 'VERB' || w.head < p) continue;
    const kids = words.flatMap((m, k) => (m.head === p ? [k] : []));
    const subject = kids.find((k) => k < p && words[k]!.deprel === 'nsubj');
    if (subject === undefined || words[p - 1]?.text !== ',' || !kids.some((k) => words[k]!.deprel === 'obl:agent'))
      continue;
    if (kids.some((k) => /^(aux|cop)/.test(words[k]!.deprel))) continue;
    if (words.some((m) => m.head === w.head && /^nsubj/.test(m.deprel))) continue;
    return {
      tokens: words.map((x, i) =>
        i === subject
          ? changedToken(x, { head: w.head })
          : i === p
            ? changedToken(x, { head: subject, deprel: 'acl' })
            : x,
      ),
    };
  }
  return parse;
}

/**
 * "rejected the proposal by Mirand" parsed with "by Mirand" an oblique of the verb: an active verb
 * takes no agent, so a "by" phrase naming someone right after the verb's object, when that object
 * is a proposal, demand or other act of someone's, is that act's author (the noun's agent). The
 * object's index for word `n` so misplaced, else -1.
 */
export function misplacedNounAgent(parse: ParsedSentence, n: number): number {
  const words = parse.tokens;
  const w = words[n]!;
  if (w.deprel !== 'obl' || w.upos !== 'PROPN' || words[w.head]?.upos !== 'VERB') return -1;
  const by = subtreeSpan(parse, n).first;
  if (words[by]?.head !== n || words[by]!.deprel !== 'case' || words[by]!.text.toLowerCase() !== 'by') return -1;
  if (words.some((m) => m.head === w.head && /^(aux:pass|nsubj:pass)$/.test(m.deprel))) return -1;
  return words.findIndex(
    (m, k) =>
      k < by &&
      m.head === w.head &&
      m.deprel === 'obj' &&
      PROPOSAL_NOUNS.has(m.lemma.toLowerCase()) &&
      subtreeSpan(parse, k).last === by - 1,
  );
}

function repairNounAgent(parse: ParsedSentence): ParsedSentence {
  for (let n = 0; n < parse.tokens.length; n++) {
    const object = misplacedNounAgent(parse, n);
    if (object < 0) continue;
    return { tokens: parse.tokens.map((x, i) => (i === n ? changedToken(x, { head: object, deprel: 'nmod' }) : x)) };
  }
  return parse;
}

/**
 * "urged Poland as well as Hungary to withdraw" parsed with "Hungary" an oblique of the verb that
 * carries the conjunction: a phrase that opens with a coordinating conjunction right after the
 * verb's object is that object's conjunct.
 */
function repairObliqueConjunct(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let n = 0; n < words.length; n++) {
    const w = words[n]!;
    if (!/^(obl|obj)$/.test(w.deprel) || !/^(PROPN|NOUN)$/.test(w.upos) || words[w.head]?.upos !== 'VERB') continue;
    const first = subtreeSpan(parse, n).first;
    if (words[first]?.head !== n || words[first]!.deprel !== 'cc') continue;
    const object = words.findIndex(
      (m, k) => k < first && m.head === w.head && m.deprel === 'obj' && subtreeSpan(parse, k).last === first - 1,
    );
    if (object < 0) continue;
    return { tokens: words.map((x, i) => (i === n ? changedToken(x, { head: object, deprel: 'conj' }) : x)) };
  }
  return parse;
}

/**
 * "requires members to sign", "urged producers not to panic" parsed with the infinitive a
 * modifier of the object ("members to sign" like "a plan to sign"): a verb of asking takes its
 * object and an infinitive (VerbNet urge-58.1, order-58.3: NP V NP to-VP), so the infinitive right
 * after an object that names someone — a name, a pronoun, a noun of people or a body — is the
 * verb's complement.
 */
function repairRequestInfinitive(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const askable = (o: ParsedToken): boolean =>
    o.upos === 'PROPN' ||
    o.upos === 'PRON' ||
    [HUMAN_NOUNS, AGENT_NOUNS, ORG_HEADS, ASKABLE_NOUNS].some((set) => set.has(o.lemma.toLowerCase()));
  const moved = new Map<number, number>();
  words.forEach((c, i) => {
    const obj = words[c.head];
    if (c.deprel !== 'acl' || obj === undefined || !/^i?obj$/.test(obj.deprel) || c.head > i || !askable(obj)) return;
    if (!words.some((m, k) => m.head === i && k < i && m.deprel === 'mark' && m.text.toLowerCase() === 'to')) return;
    const verb = words[obj.head]!;
    if (verbPredicate(lexiconLemma(verb.text) ?? verb.lemma.toLowerCase())?.frame !== 'demand') return;
    // Only right after the object's own phrase: "asked members of the board to resign".
    if (words.slice(c.head + 1, i).some((m) => m.upos === 'VERB' || m.text === ',')) return;
    if (words.some((m) => m.head === obj.head && m.deprel === 'xcomp')) return;
    moved.set(i, obj.head);
  });
  if (moved.size === 0) return parse;
  return {
    tokens: words.map((w, i) => (moved.has(i) ? changedToken(w, { head: moved.get(i)!, deprel: 'xcomp' }) : w)),
  };
}

/**
 * "X, who has led the party since 2014, said …" parsed with X a second subject of the relative
 * clause and the clause the main verb's complement, or with the main verb a conjunct of the
 * relative clause ("Mara Velt, who was elected in March, rejected …"): a clause opened by "who",
 * "which" or "whose" right after a comma describes the noun before that comma, and a finite verb with no
 * subject right after the comma that closes the clause is the verb that noun is the subject of.
 */
function repairRelativeSubject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const finite = (k: number): boolean => words[k]!.upos === 'VERB' && /^VB[DZP]$/.test(words[k]!.xpos);
  for (let w = 2; w < words.length; w++) {
    const pronoun = words[w]!;
    // "who" or "which" as the clause's subject, or "whose" on its subject ("X, whose party won …,").
    const whose = /^whose$/i.test(pronoun.text) && pronoun.deprel === 'nmod:poss' && pronoun.head > w;
    const r = whose ? words[pronoun.head]!.head : pronoun.head;
    const relative = whose
      ? /^nsubj/.test(words[pronoun.head]!.deprel)
      : /^(who|which)$/i.test(pronoun.text) && /^nsubj/.test(pronoun.deprel);
    if (!relative || r <= w) continue;
    if (words[w - 1]!.text !== ',') continue;
    // The noun before the comma (a name's head), and the phrase it heads or is apposed to.
    let a = w - 2;
    while (/^(flat|compound)/.test(words[a]!.deprel) && words[a]!.head < a && words[a]!.head >= 0) a = words[a]!.head;
    if (!/^(NOUN|PROPN)$/.test(words[a]!.upos)) continue;
    let top = a;
    while (words[top]!.deprel === 'appos' && words[top]!.head >= 0 && words[top]!.head < top) top = words[top]!.head;
    const topIsSubjectOf = (v: number): boolean => words[top]!.head === v && /^nsubj/.test(words[top]!.deprel);
    const hasSubject = (v: number): boolean => words.some((x) => x.head === v && /^nsubj/.test(x.deprel));
    for (let v = r + 1; v < words.length; v++) {
      if (words[v - 1]!.text !== ',' || !finite(v) || words.some((x) => x.head === v && x.deprel === 'cc')) continue;
      // The clause hung on the main verb as its complement, the noun a subject of either.
      const complement = words[r]!.head === v && /^(ccomp|parataxis|advcl)/.test(words[r]!.deprel);
      if (complement && (topIsSubjectOf(r) || topIsSubjectOf(v)) && (topIsSubjectOf(v) || !hasSubject(v))) {
        return {
          tokens: words.map((x, k) => {
            if (k === top) return changedToken(x, { head: v, deprel: 'nsubj' });
            if (k === r) return changedToken(x, { head: a, deprel: 'acl:relcl' });
            return x;
          }),
        };
      }
      // The main verb hung as the clause's conjunct: it takes the place of the clause or the noun,
      // whichever was higher, and the words after it that hung there.
      const conjunct = words[v]!.head === r && /^(conj|parataxis)$/.test(words[v]!.deprel) && !hasSubject(v);
      const higher = topIsSubjectOf(r) ? r : words[r]!.head === a && /^acl/.test(words[r]!.deprel) ? top : undefined;
      if (conjunct && higher !== undefined) {
        const place = words[higher]!;
        return {
          tokens: words.map((x, k) => {
            if (k === v) return changedToken(x, { head: place.head, deprel: place.deprel });
            if (k === top) return changedToken(x, { head: v, deprel: 'nsubj' });
            if (k === r) return changedToken(x, { head: a, deprel: 'acl:relcl' });
            if (k > v && (x.head === r || x.head === top)) return changedToken(x, { head: v });
            return x;
          }),
        };
      }
    }
  }
  return parse;
}

/**
 * "rejected a proposal put forward by X", "turned down a compromise offered by X" parsed with the
 * participle as the verb's complement clause (the noun its subject) or open complement: a past
 * participle with an agent and no auxiliary is passive without being finite, so right after a noun
 * it is a reduced relative clause describing that noun, which is the verb's object.
 */
function repairReducedRelative(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let v = 1; v < words.length; v++) {
    const participle = words[v]!;
    const h = participle.head;
    if (participle.xpos !== 'VBN' || h < 0 || h > v || !/^(ccomp|xcomp)$/.test(participle.deprel)) continue;
    const own = words.flatMap((x, k) => (x.head === v ? [k] : []));
    if (!own.some((k) => words[k]!.deprel === 'obl:agent')) continue;
    if (own.some((k) => /^(aux|cop|mark|nsubj:pass|obj)/.test(words[k]!.deprel))) continue;
    const ownSubject = own.find((k) => words[k]!.deprel === 'nsubj' && k < v);
    const verbObject = words.findIndex((x, k) => x.head === h && x.deprel === 'obj' && k < v);
    const noun = participle.deprel === 'ccomp' ? ownSubject : verbObject >= 0 ? verbObject : undefined;
    if (noun === undefined || !/^(NOUN|PROPN)$/.test(words[noun]!.upos)) continue;
    // The noun right before the participle; a verb with an object of its own keeps its clause.
    if (subtreeSpan(parse, noun).last + 1 !== v) continue;
    if (participle.deprel === 'ccomp' && verbObject >= 0) continue;
    return {
      tokens: words.map((x, k) => {
        if (k === noun) return changedToken(x, { head: h, deprel: 'obj' });
        if (k === v) return changedToken(x, { head: noun, deprel: 'acl' });
        return x;
      }),
    };
  }
  return parse;
}

/**
 * 'said he "totally rejects" the accusations' parsed with the object hung on the closing quotation
 * mark: a quotation mark heads nothing, so what hangs on it hangs on the mark's head. (A comma with
 * dependents marks a parse gone wrong more widely; it is left as it is.)
 */
function repairPunctuationHead(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const quote = (h: number): boolean => h >= 0 && words[h]!.upos === 'PUNCT' && /^["“”'`]+$/.test(words[h]!.text);
  const headOf = (k: number): number => {
    let h = words[k]!.head;
    for (let guard = 0; quote(h) && guard < 5; guard++) h = words[h]!.head;
    return h;
  };
  if (!words.some((w) => w.upos !== 'PUNCT' && quote(w.head))) return parse;
  return {
    tokens: words.map((w, k) => (w.upos !== 'PUNCT' && quote(w.head) ? changedToken(w, { head: headOf(k) }) : w)),
  };
}

/**
 * "rejected outright the demands of X", "dismissed out of hand the claims by X" parsed with the
 * noun phrase as the object of "outright" or "hand": only a verb takes an object, so an object
 * hung on an adverb or unknown word parsed as the verb's object, or on a noun that is the verb's
 * oblique, is the verb's, and the word "outright" (tagged X) the verb's adverb.
 */
function repairNestedObject(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  for (let o = 2; o < words.length; o++) {
    const n = words[o]!.head;
    if (words[o]!.deprel !== 'obj' || n < 0 || n >= o) continue;
    const holder = words[n]!;
    const verb = holder.head;
    // An adverb or unknown word as the verb's object, or a noun as its oblique ("out of hand"); an
    // adjective as the object ("met Federal | Reserve Board …") is a name split, not an adverb.
    const adverbial = /^(X|ADV)$/.test(holder.upos) && holder.deprel === 'obj';
    if (!adverbial && !(holder.upos === 'NOUN' && holder.deprel === 'obl')) continue;
    if (verb < 0 || verb > n || words[verb]!.upos !== 'VERB') continue;
    if (words.some((x, k) => x.head === verb && x.deprel === 'obj' && k !== n)) continue;
    return {
      tokens: words.map((x, k) => {
        if (k === o) return changedToken(x, { head: verb });
        if (k === n && holder.deprel === 'obj') return changedToken(x, { deprel: 'advmod' });
        return x;
      }),
    };
  }
  return parse;
}

/** Verbs of giving in, which take a "to" phrase, never an infinitive ("bowed to pressure"). */
const YIELDING_VERBS = new Set(['bow', 'yield', 'succumb', 'cave', 'bend', 'submit', 'give']);
/** Demand nouns that are also verbs, read as infinitives after "to". */
const DEMAND_NOUN_VERBS = new Set(['pressure', 'demand', 'demands', 'call', 'calls', 'request', 'requests', 'appeal']);

/**
 * "Kestan bowed to pressure from X" parsed with "to pressure" an infinitive: after a verb of
 * giving in, "to" is a preposition and the demand word its noun (its "from" phrase the noun's).
 */
function repairYieldedToNoun(parse: ParsedSentence): ParsedSentence {
  const words = parse.tokens;
  const n = words.findIndex(
    (w, i) =>
      w.deprel === 'xcomp' &&
      DEMAND_NOUN_VERBS.has(w.text.toLowerCase()) &&
      words[i - 1]?.text.toLowerCase() === 'to' &&
      words[i - 1]!.head === i &&
      YIELDING_VERBS.has(words[w.head]?.lemma.toLowerCase() ?? ''),
  );
  if (n < 0) return parse;
  const noun = words[n]!;
  const lemma = noun.text.toLowerCase().replace(/s$/, '');
  return {
    tokens: words.map((w, i) => {
      if (i === n)
        return changedToken(w, { upos: 'NOUN', xpos: /s$/i.test(w.text) ? 'NNS' : 'NN', lemma, deprel: 'obl' });
      if (i === n - 1) return changedToken(w, { upos: 'ADP', xpos: 'IN', lemma: 'to', deprel: 'case' });
      if (w.head === n && w.deprel.startsWith('obl')) return changedToken(w, { deprel: 'nmod' });
      return w;
    }),
  };
}

const REPAIRS = [
  repairTitleHead,
  repairDeterminedParticiple,
  repairYieldedToNoun,
  repairNestedObject,
  repairPunctuationHead,
  repairReducedRelative,
  repairRelativeSubject,
  repairAdjectiveName,
  repairSubordinateRoot,
  repairFrontedParticiple,
  repairListConjunct,
  repairTitleConjunct,
  repairToldSubject,
  repairAddresseeBeforeSubject,
  repairGatheringToldBeforeSubject,
  repairMeasuredGathering,
  repairPluralPossessor,
  repairAbsoluteSubject,
  repairSpeechThatClause,
  repairPrepositionHead,
  repairParallelConjunct,
  repairArticleNoun,
  repairObjectBeforeWeekday,
  repairCopulaOnName,
  repairExamplesOfNoun,
  repairParticipleAdjective,
  repairInvertedAmong,
  repairSubjunctiveSubject,
  repairVerbModifier,
  repairModalComplement,
  repairAgentParticiple,
  repairRequestInfinitive,
  repairNominalConjunct,
  repairObliqueConjunct,
  repairNounAgent,
  repairAddresseeClause,
  repairTimeThatClause,
  repairCalledVerdict,
  repairSaidObjectSubject,
  repairSubordinatedConjunct,
  repairExtraposedIt,
  repairTakeTurns,
  repairSplitName,
  repairSplitSubjects,
  repairNameAfterConjunction,
  repairPossessedParticiple,
  repairOwnerSubjectParticiple,
  repairSentToReceiver,
  repairTrailingSpeaker,
  repairNominalRoot,
  repairBarePassive,
  repairInfinitiveSubject,
  repairPrepositionalSubject,
  repairFrontedPhraseSubject,
  repairFollowingPreposition,
  repairFrontedNameSubject,
  repairFiniteModifier,
  repairVerbTags,
  repairVerbOnNoun,
  repairGapRelative,
  repairParticles,
  repairStrandedPreposition,
  repairNameCase,
];

/** The parse with the parser slips above read back (each repair leaves a tree it does not apply to as it is). */
export function repairTree(parse: ParsedSentence): ParsedSentence {
  return REPAIRS.reduce((p, repair) => {
    const repaired = repair(p);
    // A repair that would leave a word above itself is a slip of its own: keep the tree as it was.
    return repaired === p || acyclic(repaired) ? repaired : p;
  }, parse);
}

/** Whether every word's chain of heads reaches the root. */
function acyclic(parse: ParsedSentence): boolean {
  const words = parse.tokens;
  // 0 unseen, 1 on the current chain, 2 known to reach the root.
  const state = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const chain: number[] = [];
    let k = i;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      chain.push(k);
      k = words[k]!.head;
    }
    if (k >= 0 && state[k] === 1) return false;
    for (const c of chain) state[c] = 2;
  }
  return true;
}

/** Aligns a parse with a sentence view by character offsets. */
export function alignTree(view: SentenceView, given: ParsedSentence): Tree {
  const parse = repairTree(given);
  const words = parse.tokens;
  const token: number[] = [];
  let k = 0;
  for (const w of words) {
    while (k + 1 < view.tokens.length && view.tokens[k]!.end <= w.start) k++;
    token.push(k);
  }
  const entity: (number | undefined)[] = words.map(() => undefined);
  const width: number[] = words.map(() => 0);
  const dateline = datelineEnd(view);
  for (const a of view.args) {
    if (a.tokenEnd <= dateline) continue;
    const from = view.tokens[a.tokenStart]!.start;
    const to = view.tokens[a.tokenEnd - 1]!.end;
    words.forEach((w, i) => {
      if (w.start >= from && w.end <= to && (entity[i] === undefined || to - from > width[i]!)) {
        entity[i] = a.entity;
        width[i] = to - from;
      }
    });
  }
  const argHead = words.map((w, i) => entity[i] !== undefined && (w.head < 0 || entity[w.head] !== entity[i]));
  const kids: number[][] = words.map(() => []);
  words.forEach((w, i) => {
    if (w.head >= 0) kids[w.head]!.push(i);
  });
  return { parse, token, entity, argHead, kids };
}

/** Children of a word with any of the labels (subtypes included: 'obl' matches 'obl:agent'). */
export function childrenOf(t: Tree, i: number, ...labels: string[]): number[] {
  const kids = t.kids[i] ?? [];
  if (labels.length === 0) return kids;
  // Plain loops: the rules ask this thousands of times per article.
  const out: number[] = [];
  for (const k of kids) if (hasAnyLabel(t.parse.tokens[k]!.deprel, labels)) out.push(k);
  return out;
}

/**
 * Who a passive verb acts on: its passive subject or, for a participle with none, the noun it
 * describes ("X's plan, rejected by Y, …") or the subject of the clause it opens ("Urged by Y to
 * resign, X said …").
 */
export function patientOf(t: Tree, p: number): number | undefined {
  const own = childOf(t, p, 'nsubj:pass');
  const w = t.parse.tokens[p]!;
  if (own !== undefined || w.xpos !== 'VBN' || w.head < 0) return own;
  if (w.deprel === 'acl') return w.head;
  return hasLabel(w.deprel, 'advcl') ? childOf(t, w.head, 'nsubj') : undefined;
}

export function childOf(t: Tree, i: number, ...labels: string[]): number | undefined {
  const kids = t.kids[i] ?? [];
  if (labels.length === 0) return kids[0];
  for (const k of kids) if (hasAnyLabel(t.parse.tokens[k]!.deprel, labels)) return k;
  return undefined;
}

function hasAnyLabel(deprel: string, labels: readonly string[]): boolean {
  for (const l of labels) if (hasLabel(deprel, l)) return true;
  return false;
}

/** Lower-cased lemma of a word. */
export function lemmaOf(t: Tree, i: number): string {
  const w = t.parse.tokens[i]!;
  return (w.lemma || w.text).toLowerCase();
}

/** The preposition of an oblique or nominal modifier, multiword ones joined ("according to", "on behalf of"). */
export function caseOf(t: Tree, i: number): string | undefined {
  const c = childOf(t, i, 'case');
  if (c === undefined) return undefined;
  // A participle serving as a preposition ("following the meeting", "including X") is its own
  // word, not its verb's lemma ("follow").
  const w = t.parse.tokens[c]!;
  let phrase = w.upos === 'VERB' ? w.text.toLowerCase() : lemmaOf(t, c);
  for (const f of t.kids[c] ?? []) if (hasLabel(t.parse.tokens[f]!.deprel, 'fixed')) phrase += ' ' + lemmaOf(t, f);
  return phrase;
}

/** The subordinator of a clause ("that", "if", "because"). */
export function markOf(t: Tree, i: number): string | undefined {
  const m = childOf(t, i, 'mark');
  return m === undefined ? undefined : lemmaOf(t, m);
}

const DASHES = new Set(['-', '--', '—', '–']);

/**
 * Where a dateline opening the sentence ends ("WASHINGTON (AFP) —", "TAIPEI, March 3 -",
 * "MUNICH, Germany --", "BEIJING:"): the place it names is where the story was filed, never an argument.
 * A dateline is a run of capitalised words, dates and a parenthesised agency before a dash.
 */
export function datelineEnd(view: SentenceView): number {
  const tokens = view.tokens;
  const limit = Math.min(tokens.length, 14);
  let sawCapitals = false;
  for (let k = 0; k < limit; k++) {
    const t = tokens[k]!;
    const ends = DASHES.has(t.text) || (t.kind === 'punct' && /^[-—–]+$/.test(t.text)) || t.text === ':';
    if (ends) return sawCapitals && k > 0 ? k + 1 : 0;
    if (t.kind === 'word' && /^\p{Lu}[\p{Lu}.'-]+$/u.test(t.text)) sawCapitals = true;
    else if (t.kind === 'word' && !t.cap) return 0;
  }
  return 0;
}

/**
 * ", Michael Jopling, British minister of Agriculture, Fisheries and Food, warned.": a closing
 * reporting verb right after a comma has for its subject the person named after an earlier comma,
 * whose description runs to the verb (no verb between them), whatever the parser made of it.
 */
function apposedCloser(t: Tree, p: number, typeOf: (entity: number) => string): number | undefined {
  const isPerson = (e: number): boolean => typeOf(e) === 'Person';
  const words = t.parse.tokens;
  for (let k = p - 2; k > 0; k--) {
    if (words[k]!.upos === 'VERB' || words[k]!.upos === 'AUX') return undefined;
    const e = t.entity[k];
    if (e === undefined || !t.argHead[k]) continue;
    let first = k;
    while (first > 0 && t.entity[first - 1] === e) first--;
    if (words[first - 1]?.text === ',' && isPerson(e)) return k;
  }
  return undefined;
}

/**
 * The subject of a reporting verb that closes its sentence after a comma (", the ministry said."):
 * the one phrase between the comma and the verb, when the parser attached it elsewhere.
 */
export function closingSubject(t: Tree, p: number, typeOf: (entity: number) => string): number | undefined {
  const words = t.parse.tokens;
  const isPerson = (e: number): boolean => typeOf(e) === 'Person';
  // The verb ends the sentence; or, when the parser gave it no subject, only its own phrases
  // follow it (", Ho Kian Fah told Reuters.", ", Minister X told a meeting here.").
  const own = childOf(t, p, 'nsubj') === undefined;
  const closing = (w: ParsedToken, i: number): boolean => w.upos === 'PUNCT' || (own && dominates(t.parse, p, i));
  if (!words.every((w, i) => i <= p || closing(w, i))) return undefined;
  const comma = words
    .slice(0, p)
    .map((w) => w.text)
    .lastIndexOf(',');
  if (comma === p - 1) return apposedCloser(t, p, typeOf);
  if (comma < 0) return undefined;
  const inside = (i: number): boolean => i > comma && i < p;
  // A person's name right before a subjectless verb ("…, Federal Resources and Energy Minister
  // Gareth Evans told a meeting"), whatever the parser made of the title before it.
  // Not a name behind a preposition ("an aide to Chirac told reporters": the aide speaks).
  const named = t.entity[p - 1];
  if (own && named !== undefined && isPerson(named)) {
    const head = words.findIndex((_, i) => inside(i) && t.entity[i] === named && t.argHead[i]);
    const first = words.findIndex((_, i) => t.entity[i] === named && i > comma);
    const governed = words.some((w, i) => i > comma && i < first && w.upos === 'ADP');
    if (head >= 0 && !governed) return head;
  }
  const heads = words.flatMap((w, i) => (inside(i) && !inside(w.head) ? [i] : []));
  if (heads.length !== 1) return undefined;
  const h = heads[0]!;
  // "Roland Dumas, head of a committee, said": an apposition after the comma describes the
  // subject before it, which the parser found — unless that is a place and the phrase a body or
  // person ("… in Nairobi, Kenya June 8-11, the U.S. Agriculture Department said": no country is
  // a department).
  const before = words[h]!.head >= 0 ? t.entity[words[h]!.head] : undefined;
  const phrase = t.entity[h];
  const placeApposed =
    words[h]!.deprel === 'appos' &&
    before !== undefined &&
    typeOf(before) === 'Place' &&
    phrase !== undefined &&
    /^(Organization|Person)$/.test(typeOf(phrase));
  if (placeApposed) return h;
  if (
    !/^(NOUN|PROPN|PRON)$/.test(words[h]!.upos) ||
    (words[h]!.head === p && /^nsubj/.test(words[h]!.deprel)) ||
    words[h]!.deprel === 'appos' ||
    // "Duffy, here after talks in the United States, the EC and Latin America, said": the phrase
    // ends a list begun before the comma (it holds the list's "and"); it is no speaker.
    (words[h]!.deprel === 'conj' && words.some((w, i) => inside(i) && w.deprel === 'cc'))
  )
    return undefined;
  return h;
}

const CLOSING_QUOTES = new Set(['"', '”', "''"]);

/** The first named word between a quotation's closing mark and the reporting verb, with no verb between. */
export function afterQuote(t: Tree, p: number): number | undefined {
  const words = t.parse.tokens;
  let q = p - 1;
  while (q >= 0 && p - q <= 12 && !CLOSING_QUOTES.has(words[q]!.text)) {
    if (/^(VERB|AUX)$/.test(words[q]!.upos)) return undefined;
    q--;
  }
  if (q < 0 || !CLOSING_QUOTES.has(words[q]!.text) || words[q - 1]?.upos !== 'PUNCT') return undefined;
  // The first name that is not behind a preposition ("a portfolio manager in Frankfurt said" names no speaker).
  const behindPreposition = (k: number): boolean =>
    childrenOf(t, k, 'case').some((c) => words[c]!.upos === 'ADP' && words[c]!.text !== "'s");
  for (let k = q + 1; k < p; k++) if (t.entity[k] !== undefined && t.argHead[k] && !behindPreposition(k)) return k;
  return undefined;
}

/** A verb's subject, or for a subjectless participle, infinitive or conjunct the subject of the verb it hangs on. */
export function clauseSubject(t: Tree, v: number): number | undefined {
  const own = childOf(t, v, 'nsubj');
  const w = t.parse.tokens[v]!;
  if (own !== undefined || w.head < 0 || !/^(advcl|xcomp|conj)/.test(w.deprel)) return own;
  return childOf(t, w.head, 'nsubj');
}

/**
 * A subject the parser hung on the phrase before it: "Since earlier this year, Mr. Xi and other
 * leaders have said …" parsed with "Mr. Xi" an apposition of "year". The noun phrase between the
 * last comma and a finite verb that has no subject is that verb's subject.
 */
export function strandedSubject(t: Tree, p: number): number | undefined {
  const words = t.parse.tokens;
  const finite = /^VB[DPZ]?$/.test(words[p]!.xpos) || childrenOf(t, p, 'aux').length > 0;
  if (!/^(root|conj|ccomp|parataxis)/.test(words[p]!.deprel) || !finite) return undefined;
  let k = p - 1;
  while (k >= 0 && words[k]!.head === p && /^(aux|advmod)/.test(words[k]!.deprel)) k--;
  const comma = words
    .slice(0, k + 1)
    .map((w) => w.text)
    .lastIndexOf(',');
  if (comma < 0 || comma >= k) return undefined;
  // The phrase's head: the one word of (comma, k] whose head lies outside it.
  const inside = (i: number): boolean => i > comma && i <= k;
  const heads = words.flatMap((w, i) => (inside(i) && !inside(w.head) ? [i] : []));
  if (heads.length !== 1) return undefined;
  const h = heads[0]!;
  if (!/^(NOUN|PROPN|PRON)$/.test(words[h]!.upos) || words[h]!.head === p) return undefined;
  return h;
}

/**
 * "In a statement, the governor, Chris Gregoire, said …" parsed with the subject an apposition of
 * the fronted phrase's noun ("statement, the governor"): a prepositional phrase takes no
 * apposition after its comma when a subjectless verb follows, so that apposition is the subject.
 */
export function foldedSubject(t: Tree, p: number): number | undefined {
  const words = t.parse.tokens;
  for (const o of childrenOf(t, p, 'obl')) {
    if (o > p || childOf(t, o, 'case') === undefined) continue;
    // A conjunct after a comma with no "and" of its own is an apposition misparsed.
    const apposed = [
      ...childrenOf(t, o, 'appos'),
      ...childrenOf(t, o, 'conj').filter((c) => childOf(t, c, 'cc') === undefined),
    ].filter((a) => a < p && words[subtreeSpan(t.parse, a, ['punct']).first - 1]?.text === ',');
    // Of a chain ("the Governor of X, Tilda Harrow,") the last, nearest the verb, names the holder.
    if (apposed.length) return Math.max(...apposed);
    // "In an address … on September 20, 2006 Hugo Chavez, President of Venezuela, criticized …"
    // with the comma after the date missing: a name is never a date's apposition.
    const { first, last } = subtreeSpan(t.parse, o);
    for (let a = first; a <= last && a < p; a++) {
      if (words[a]!.upos !== 'PROPN' || t.entity[a] === undefined || !t.argHead[a]) continue;
      const head = words[words[a]!.head];
      const dated = head !== undefined && (head.upos === 'NUM' || TIME_NOUNS.test(head.text));
      // Apposed to the date, or hung caseless on the phrase right after the year ("2006 | Hugo X").
      const caseless = /^nmod$/.test(words[a]!.deprel) && childOf(t, a, 'case') === undefined;
      const afterYear = words[subtreeSpan(t.parse, a, ['punct']).first - 1]?.upos === 'NUM';
      if ((words[a]!.deprel === 'appos' && dated) || (caseless && afterYear)) return a;
    }
  }
  return undefined;
}

/**
 * "Opening the meeting, Ahmed al-Tayer, the minister, said …" parsed with the name hung on the
 * participle clause before the verb: the first name after a comma in that clause, attached to it
 * as no argument of its own (not its object, nor behind a preposition), is the verb's subject.
 */
export function participleSubject(t: Tree, p: number): number | undefined {
  const words = t.parse.tokens;
  for (const c of childrenOf(t, p, 'advcl')) {
    if (c > p || words[c]!.xpos !== 'VBG' || childOf(t, c, 'aux', 'mark') !== undefined) continue;
    const { last } = subtreeSpan(t.parse, c);
    for (let k = c + 1; k < last; k++) {
      if (words[k]!.text !== ',' || t.entity[k + 1] === undefined || !t.argHead[k + 1]) continue;
      if (/^(dep|conj|appos|parataxis)$/.test(words[k + 1]!.deprel)) return k + 1;
    }
  }
  return undefined;
}
