/**
 * The four scored relations read from each sentence's dependency tree (ANNOTATION.md): a
 * predicate from the lexicon (lexicon/predicates.ts) — a verb with its particle or light-verb
 * object, a noun, or "according to" — and its arguments by grammatical role. Subjects are
 * `nsubj`, the agent of a passive, the controller of an infinitive or the antecedent of a
 * relative clause; coordinated arguments give one relation each. Negation, conditionals,
 * refusals and quotations are read from the tree before anything is emitted.
 */
import type { ScoredRelation } from '../../graph/schema.js';
import {
  AGENT_NOUNS,
  SOLE_OFFICES,
  WARNING_VERBS,
  PRESS_REQUESTS,
  OUTCOME_VERBS,
  COMMISSIVES,
  HUMAN_NOUNS,
  NOT_SAYING,
  SPEECH_NOUNS,
  VERDICT_VERBS,
  CALLING,
  INVALID,
  LIGHT_ONLY_DEMANDS,
  LIGHT_VERBS,
  lexiconLemma,
  DOCUMENT_NOUNS,
  NON_FACTUAL_MATRIX,
  nounPredicate,
  OBJECT_CONTROL,
  PROPOSAL_NOUNS,
  verbPredicate,
  type Predicate,
} from '../lexicon/predicates.js';
import {
  ATTENDABLE_HEADS,
  MEETING_HEADS,
  PARTICIPANT_NOUNS,
  PART_OF_EVENT,
  PRESS_EVENTS,
  SINGULAR_EVENT_HEADS,
  UNNAMING_ADJECTIVES,
} from '../lexicon/events.js';
import { PORTFOLIOS, ROLE_HEADS, ROLE_WORDS } from '../lexicon/roles.js';
import { countryOf, countryOfDemonym } from '../lexicon/places.js';
import {
  newDiscourse,
  noteSalient,
  noteSpeaker,
  noteSubject,
  resolveDescription,
  resolvePronoun,
  type Discourse,
} from './discourse.js';
import {
  clauseOf,
  conjuncts,
  descendants,
  hasLabel,
  isNegated,
  modality,
  rootOf,
  subtreeSpan,
  voice,
} from '../../nlp/index.js';
import { alignTree, caseOf, childOf, childrenOf, lemmaOf, markOf, type Tree } from './tree.js';
import type { EntityInfo, SentenceView } from './view.js';
import type { ParsedSentence } from '../../nlp/index.js';

export interface RawRelation {
  type: ScoredRelation;
  source: number;
  target: number | null;
  sentence: number;
  /** Token span of the trigger in the sentence. */
  triggerStart: number;
  triggerEnd: number;
  trigger: string;
  confidence: number;
  /** Character span (in the article text) of the time expression attached to the trigger. */
  time?: { start: number; end: number };
  /** Tense of the trigger, for resolving a bare weekday or month. */
  tense?: 'past' | 'future' | 'present';
}

/** An event noun phrase: token span in the sentence view, and its head noun. */
export interface EventPhrase {
  start: number;
  end: number;
  head: string;
}

/** Makes (or finds) the Event entity for an event phrase of a sentence; returns its index. */
export type EventMaker = (view: SentenceView, phrase: EventPhrase, name?: string) => number;

/** A pronoun or definite description resolved to the entities it refers to. */
export interface Reference {
  sentence: number;
  /** Token span in the sentence view. */
  tokenStart: number;
  tokenEnd: number;
  entities: number[];
}

export interface RelateOutput {
  relations: RawRelation[];
  references: Reference[];
}

export interface RelateInput {
  views: SentenceView[];
  /** Each sentence's parse, or undefined for a sentence that was not parsed (no trigger in it). */
  trees: (ParsedSentence | undefined)[];
  entities: EntityInfo[];
  makeEvent: EventMaker;
}

const CONDITIONAL_MARKS = new Set(['if', 'unless', 'whether']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
const TIME_LABELS = ['obl', 'obl:unmarked', 'obl:tmod', 'nmod:unmarked', 'nmod:tmod', 'advmod'];
const TIME_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|week|month|year|(?:19|20)\d\d)\b/i;

interface Sentence {
  view: SentenceView;
  t: Tree;
  /** Entities by word, resolved once. */
  memo: Map<number, number[]>;
  /** The one speaker of the sentence's quotation, once known. */
  quoteSpeaker?: number;
}

export function relateSentences(input: RelateInput): RelateOutput {
  const { views, trees, entities, makeEvent } = input;
  const relations: RawRelation[] = [];
  const references: Reference[] = [];
  const discourse: Discourse = newDiscourse();
  discourse.home = views
    .flatMap((v) => v.args.map((a) => a.entity))
    .find((e) => entities[e]!.type === 'Place' && countryOf(entities[e]!.name) !== undefined);
  const isEvent = (i: number): boolean => entities[i]!.type === 'Event';
  // The speaker of the latest quotation, for the sentences that continue it.
  let lastQuote: { speaker: number; sentence: number; paragraph: number } | undefined;

  /**
   * The speaker of a quotation a sentence continues without naming anyone: a sentence that opens
   * inside quotation marks, in the same paragraph as the attributed quotation or the next one
   * (news style runs a quote on across sentences and paragraphs: '"… crisis. I urge them to …"').
   */
  function continuedQuote(view: SentenceView): number | undefined {
    if (!lastQuote || view.index - lastQuote.sentence > 3) return undefined;
    if (view.paragraph !== lastQuote.paragraph && view.paragraph !== lastQuote.paragraph + 1) return undefined;
    const first = view.tokens.findIndex((x) => x.kind === 'word');
    return first >= 0 && view.inQuote[first] ? lastQuote.speaker : undefined;
  }

  for (const view of views) {
    const parse = trees[view.index];
    if (!parse || parse.tokens.length === 0) {
      // A byline ("By Mark O'Neill, Reuters") names the writer, no one the story is about.
      if (/^by$/i.test(view.tokens.find((x) => x.kind === 'word')?.text ?? '')) continue;
      // No tree (no trigger in the sentence): its first place and its first person still become
      // salient ("Japan faces a slump. … called on the Government to …").
      const first = (type: string): number | undefined =>
        view.args.find((a) => a.type === type && !a.possessive && !view.inQuote[a.tokenStart])?.entity;
      for (const e of [first('Place'), first('Person')])
        if (e !== undefined) noteSalient(discourse, [e], entities, view.index);
      continue;
    }
    const s: Sentence = { view, t: alignTree(view, parse), memo: new Map() };
    const found = relationsOf(s, continuedQuote(view));
    if (s.quoteSpeaker !== undefined && view.inQuote.some(Boolean))
      lastQuote = { speaker: s.quoteSpeaker, sentence: view.index, paragraph: view.paragraph };
    relations.push(...found);
    references.push(...referencesOf(s));
    // Salience for later pronouns: this sentence's speakers and actors, then its main subject.
    const actors = [...new Set(found.map((r) => r.source))];
    const root = rootOf(s.t.parse);
    const rootSubject = root >= 0 ? childOf(s.t, root, 'nsubj') : undefined;
    // "A and B met …": the coordinated subject is the group a later "they" refers to.
    const main = rootSubject !== undefined ? membersOf(s, rootSubject) : [];
    noteSalient(discourse, main, entities, view.index);
    for (const a of actors) noteSalient(discourse, [a], entities, view.index);
    if (main.length > 0) noteSalient(discourse, main, entities, view.index);
    noteSubject(discourse, main, view.index);
    // The narration's speaker: who the quotation is attributed to, else a speech act outside quotes.
    const spoke =
      s.quoteSpeaker ?? found.filter((r) => r.type === 'STATED' && !view.inQuote[r.triggerStart]).pop()?.source;
    if (spoke !== undefined) noteSpeaker(discourse, spoke, view.index);
  }
  return { relations: dedupe(relations), references };

  /** The pronouns and definite descriptions of a sentence that resolve to entities (for coreference). */
  function referencesOf(s: Sentence): Reference[] {
    const { t, view } = s;
    const out: Reference[] = [];
    t.parse.tokens.forEach((w, i) => {
      if (t.entity[i] !== undefined) return;
      const pronoun = w.upos === 'PRON' && /^(he|him|his|she|her|hers|they|them|their|it|its)$/i.test(w.text);
      const description = w.upos === 'NOUN' && childrenOf(t, i, 'det').some((d) => lemmaOf(t, d) === 'the');
      if (!pronoun && !description) return;
      const found = entitiesOf(s, i);
      if (found.length === 0) return;
      const first = description ? subtreeSpan(t.parse, i, ['acl', 'acl:relcl', 'nmod', 'appos', 'punct']).first : i;
      out.push({ sentence: view.index, tokenStart: t.token[first]!, tokenEnd: t.token[i]! + 1, entities: found });
    });
    return out;
  }

  /** Everything one sentence says; `inherited` is the speaker of a quotation it continues. */
  function relationsOf(s: Sentence, inherited?: number): RawRelation[] {
    const { view, t } = s;
    const out: RawRelation[] = [];
    const shouting = view.tokens.filter((x) => x.kind === 'word').every((x) => x.text === x.text.toUpperCase());
    if (shouting) return out;
    const emit = (
      type: ScoredRelation,
      sources: number[],
      target: number | null,
      at: number,
      confidence: number,
      extra: number[] = [],
    ): void => {
      for (const source of sources) {
        if (source === target || isEvent(source)) continue;
        if (type === 'ATTENDS' && (target === null || !isEvent(target))) continue;
        // A city is where things happen, not who attends them ("was in Lisbon to brief …").
        if (type === 'ATTENDS' && entities[source]!.type === 'Place' && !countryOf(entities[source]!.name)) continue;
        const span = [at, ...extra].map((w) => t.token[w]!);
        const r: RawRelation = {
          type,
          source,
          target,
          sentence: view.index,
          triggerStart: Math.min(...span),
          triggerEnd: Math.max(...span) + 1,
          trigger: [at, ...extra]
            .sort((a, b) => a - b)
            .map((w) => t.parse.tokens[w]!.text)
            .join(' '),
          confidence,
          tense: tenseOf(t, at),
        };
        const time = timeOf(t, at);
        if (time) r.time = time;
        out.push(r);
      }
    };

    for (let p = 0; p < t.parse.tokens.length; p++) {
      if (view.inQuote[t.token[p]!]) continue;
      const w = t.parse.tokens[p]!;
      if (w.text.toLowerCase() === 'according' && t.parse.tokens[p + 1]?.text.toLowerCase() === 'to') {
        // "according to X": X stated. X follows "to"; an attachment elsewhere is a misparse.
        const h = w.head;
        const named = t.entity.findIndex((e, k) => k > p + 1 && e !== undefined);
        const source = h > p ? h : named >= 0 && named <= p + 6 ? named : undefined;
        if (source !== undefined) emit('STATED', membersOf(s, source), null, p, 0.8);
        continue;
      }
      if (w.upos === 'VERB') verbRelations(s, p, emit);
      else if (w.upos === 'NOUN') nounRelations(s, p, emit);
    }
    copularAttendance(s, emit);
    settings(s, emit);
    // Inside a quotation, "I" and an organisation's "we" are the quoted speaker, when the
    // sentence names exactly one: "'We reject their demand,' the ministry said."
    const stated = [...new Set(out.filter((r) => r.type === 'STATED').map((r) => r.source))];
    const speakers = stated.length === 0 && inherited !== undefined ? [inherited] : stated;
    if (speakers.length === 1) {
      s.quoteSpeaker = speakers[0]!;
      s.memo.clear();
      // Only the speaker's own acts: what the quotation says others did is the speaker's claim.
      const speaker = s.quoteSpeaker;
      const own: Emit = (type, sources, ...rest) => emit(type, sources.includes(speaker) ? [speaker] : [], ...rest);
      for (let p = 0; p < t.parse.tokens.length; p++) {
        if (!view.inQuote[t.token[p]!]) continue;
        const w = t.parse.tokens[p]!;
        if (w.upos === 'VERB') verbRelations(s, p, own);
        else if (w.upos === 'NOUN') nounRelations(s, p, own);
      }
    }
    return out;
  }

  /** Relations of a verb predicate. */
  function verbRelations(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const lemma = lemmaOf(t, p);
    const pred = predicateOf(t, p);
    if (CALLING.has(lemma)) invalidity(s, p, emit);
    if (VERDICT_VERBS.has(lemma) && !isNegated(t.parse, p) && factual(t, p, false))
      verdict(s, p, subjectOf(s, p), emit);
    if (!pred) return;
    const negated = isNegated(t.parse, p) || matrixNegated(t, p);
    if (pred.frame === 'accept') {
      // "did not accept" is a rejection; "might not approve" is only a possibility.
      const hedged = /^(might|may|could|would)$/.test(modality(t.parse, p) ?? '');
      if (negated && !hedged && factual(t, p, true)) rejection(s, p, pred, emit);
      return;
    }
    if (negated || !factual(t, p, false)) return;
    if (pred.needsContent && !hasContent(s, p)) return;
    // "would state his position", "will announce a package": a statement not yet made is not reported speech.
    if (pred.relation === 'STATED' && /^(will|shall|would|could|might|may)$/.test(modality(t.parse, p) ?? '')) return;
    if (pred.needsClause && !asksSomeone(t, p)) return;
    if (pred.relation === 'DEMANDED' && pressInquiry(t, p)) return;
    switch (pred.frame) {
      case 'speech':
      case 'judgement':
        return speech(s, p, pred, emit);
      case 'telling':
        return telling(s, p, emit);
      case 'threat':
        return threat(s, p, emit);
      case 'demand':
        return demand(s, p, pred, emit);
      case 'reject':
        return rejection(s, p, pred, emit);
      case 'attend':
        return attendance(s, p, emit);
      case 'meet':
        return meeting(s, p, emit);
    }
  }

  function speech(s: Sentence, p: number, pred: Predicate, emit: Emit): void {
    const { t } = s;
    // "the book written by X", "a statement issued by Y": a participle describing a thing reports no speech.
    const w = t.parse.tokens[p]!;
    if (w.xpos === 'VBN' && hasLabel(w.deprel, 'acl')) return;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    let target: number | null = null;
    for (const o of childrenOf(t, p, 'obl', 'obj', 'iobj')) {
      const c = caseOf(t, o);
      const ents = membersOf(s, o).filter((e) => !isEvent(e));
      // "said to X", "told X" handled by telling; "said on ABC", "in an interview with X".
      if (c === 'to' && ents.length === 1 && entities[ents[0]!]!.type !== 'Place') target = ents[0]!;
      else if (c === 'on' || c === 'to') {
        // "said on ABC", "told reporters on ABC's This Week": the outlet, or the programme's owner.
        const owner = childOf(t, o, 'nmod:poss');
        const outlet = [...ents, ...(owner !== undefined ? membersOf(s, owner) : [])].find((e) => entities[e]!.outlet);
        if (outlet !== undefined) target = outlet;
      } else if (
        /^i?obj$/.test(t.parse.tokens[o]!.deprel) &&
        WARNING_VERBS.has(lemmaOf(t, p)) &&
        childOf(t, p, 'ccomp') !== undefined &&
        ents.length === 1 &&
        entities[ents[0]!]!.type !== 'Place'
      ) {
        // "warned Tony Blair that …", "assured the court that …": one told something.
        target = ents[0]!;
      } else if (c === 'in' && /^(interview|conversation|call|letter|message)s?$/.test(lemmaOf(t, o))) {
        const withWhom = childrenOf(t, o, 'nmod').find((k) => caseOf(t, k) === 'with' || caseOf(t, k) === 'to');
        const who = withWhom !== undefined ? membersOf(s, withWhom) : [];
        if (who.length === 1) target = who[0]!;
      }
    }
    const confidence = pred.frame === 'judgement' ? 0.6 : 0.85;
    emit('STATED', sources, target, p, confidence);
    // "said it would strike Iraq unless it gave …": a conditional threat in what is said.
    for (const c of childrenOf(t, p, 'ccomp'))
      if (/^(will|would)$/.test(modality(t.parse, c) ?? '')) conditions(s, [c], sources, p, true, emit);
    // "said the government must act": a statement that a named party must or should act is a
    // demand on it; "we must be clear" (the speaker's resolve) and "the system must change" (an
    // opinion with no party to act) are none.
    for (const c of childrenOf(t, p, 'ccomp')) {
      const modal = modality(t.parse, c);
      if ((modal !== 'must' && modal !== 'should') || isNegated(t.parse, c)) continue;
      const subject = childOf(t, c, 'nsubj', 'nsubj:pass');
      if (subject === undefined || /^(we|i)$/i.test(t.parse.tokens[subject]!.text)) continue;
      // "TF-1 should achieve a profit", "China must be a member": a forecast or a condition, not an act asked for.
      if (OUTCOME_VERBS.has(lemmaOf(t, c)) || childOf(t, c, 'cop') !== undefined) continue;
      const targets = membersOf(s, subject).filter((e) => !sources.includes(e) && !isEvent(e));
      for (const target of targets) emit('DEMANDED', sources, target, p, 0.65, [c]);
    }
    verdict(s, p, sources, emit);
    if (pred.lemma === 'denounce') {
      const o = childOf(t, p, 'obj');
      emit('REJECTED', sources, o === undefined ? null : (authorOf(s, o)[0] ?? null), p, 0.6);
    }
  }

  /**
   * "threatened to halt funding unless X complies / if X does not …": a coercive demand on X
   * (CAMEO 13: a threat is a demand backed by a sanction).
   */
  function threat(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const sources = subjectOf(s, p);
    // "threatened to halt …": the infinitive, however the parser labels it.
    const clause = childOf(t, p, 'xcomp') ?? childrenOf(t, p, 'advcl').find((k) => markOf(t, k) === 'to') ?? p;
    conditions(s, [clause, p], sources, p, false, emit);
  }

  /**
   * A threat's condition is a demand on whoever must meet it: "threatened to strike unless X
   * withdraws", "said it would strike Iraq unless it gave access". With `negatedIf`, an "if"
   * condition counts only negated ("would respond if the broadcasts do not stop"): "would attend
   * if invited" demands nothing. A pronoun subject of the condition is the one threatened.
   */
  function conditions(s: Sentence, clauses: number[], sources: number[], at: number, negatedIf: boolean, emit: Emit) {
    const { t } = s;
    for (const c of new Set(clauses.flatMap((k) => childrenOf(t, k, 'advcl')))) {
      const mark = markOf(t, c);
      if (mark !== 'unless' && !(mark === 'if' && (!negatedIf || isNegated(t.parse, c)))) continue;
      const subject = childOf(t, c, 'nsubj');
      if (subject === undefined) continue;
      const pronoun = t.parse.tokens[subject]!.upos === 'PRON';
      const targets = (pronoun ? threatenedBy(s, clauses, c, subject) : membersOf(s, subject)).filter(
        (e) => !sources.includes(e) && !isEvent(e),
      );
      for (const target of targets) emit('DEMANDED', sources, target, at, 0.65, [c]);
    }
  }

  function telling(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    const addressee =
      childOf(t, p, 'iobj', 'obj') ?? (voice(t.parse, p) === 'passive' ? childOf(t, p, 'nsubj:pass') : undefined);
    // Telling has someone told — a party, people, a gathering: "assuring the aid will go through"
    // makes sure and says nothing.
    if (addressee === undefined) return;
    const told = lemmaOf(t, addressee);
    if (!actorLike(s, addressee) && !HUMAN_NOUNS.has(told) && !AGENT_NOUNS.has(told) && !ATTENDABLE_HEADS.has(told))
      return;
    const to = addressee !== undefined ? membersOf(s, addressee).filter((e) => !isEvent(e)) : [];
    if (to.length === 0) emit('STATED', sources, null, p, 0.85);
    for (const a of to) emit('STATED', sources, a, p, 0.85);
    // "told a global conference": the speaker was there — not at a press conference of one's own,
    // which is the statement itself.
    if (addressee !== undefined && !PRESS_EVENTS.test(lemmaOf(t, addressee))) {
      const compounds = childrenOf(t, addressee, 'compound').map((k) => lemmaOf(t, k));
      const ev = compounds.some((c) => /^(press|news|media)$/.test(c)) ? undefined : eventOf(s, addressee);
      if (ev !== undefined) emit('ATTENDS', sources, ev, p, 0.6);
    }
  }

  function demand(s: Sentence, p: number, pred: Predicate, emit: Emit): void {
    const { t } = s;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    // "asked X why …", "asked X whether …": a question put to X is something said to X.
    if (pred.lemma === 'ask' && childrenOf(t, p, 'ccomp').some((c) => questionClause(t, c))) {
      telling(s, p, emit);
      return;
    }
    const targets = new Set<number>();
    const add = (w: number | undefined): void => {
      if (w === undefined) return;
      for (const e of membersOf(s, w)) if (!isEvent(e)) targets.add(e);
    };
    for (const o of childrenOf(t, p, 'obl')) {
      const c = caseOf(t, o);
      // "demanded an explanation from Russia": the one asked is where it is to come from.
      if (c && (pred.targetCase?.includes(c) || c === 'from' || c === 'of')) add(o);
      // "called for President Reagan to force Japan …": the one asked to act.
      else if (c === 'for' && actorLike(s, o) && childOf(t, p, 'xcomp', 'advcl') !== undefined) add(o);
    }
    if (!(voice(t.parse, p) === 'passive')) {
      add(childOf(t, p, 'iobj'));
      const obj = childOf(t, p, 'obj');
      // "urged the government to …": the object is asked; "demanded the release of X": X is released, not asked.
      if (obj !== undefined && (childOf(t, p, 'xcomp') !== undefined || actorLike(s, obj))) add(obj);
      if (obj !== undefined && targets.size === 0 && !actorLike(s, obj)) {
        // "demanded Iran's withdrawal": the possessor is the one to act; "demanded an
        // explanation from Russia": the one it is to come from.
        add(childOf(t, obj, 'nmod:poss'));
        add(childrenOf(t, obj, 'nmod').find((k) => caseOf(t, k) === 'from'));
      }
    } else {
      add(childOf(t, p, 'nsubj:pass'));
    }
    // "demanded that X withdraw", "called for X to resign".
    for (const c of childrenOf(t, p, 'ccomp', 'advcl')) {
      if (hasLabel(t.parse.tokens[c]!.deprel, 'advcl') && markOf(t, c) !== 'for') continue;
      add(childOf(t, c, 'nsubj'));
    }
    if (targets.size === 0) emit('DEMANDED', sources, null, p, 0.75);
    for (const target of targets) emit('DEMANDED', sources, target, p, 0.8);
  }

  function rejection(s: Sentence, p: number, pred: Predicate, emit: Emit): void {
    const { t } = s;
    const lemma = pred.lemma;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    // "refused to rule out": refusing a refusal is no rejection; "declined to comment" rejects nothing.
    const xcomp = childOf(t, p, 'xcomp');
    if (xcomp !== undefined) {
      const inner = predicateOf(t, xcomp);
      if (inner?.frame === 'reject' || NOT_SAYING.has(lemmaOf(t, xcomp))) return;
      // "declined to attend the summit": the event is what is rejected.
      if (inner?.frame === 'attend' || inner?.frame === 'meet') {
        emit('REJECTED', sources, eventTargetOf(s, xcomp) ?? null, p, 0.8);
        return;
      }
      emit('REJECTED', sources, null, p, 0.7);
      return;
    }
    const passive = voice(t.parse, p) === 'passive';
    const w = t.parse.tokens[p]!;
    // "X's plan, rejected by Y,": the participle's noun is what is rejected.
    const described = w.xpos === 'VBN' && hasLabel(w.deprel, 'acl') && w.head >= 0 ? w.head : undefined;
    const obj = passive ? childOf(t, p, 'nsubj:pass') : (childOf(t, p, 'obj') ?? described);
    // "decline" with no object or infinitive, or with an amount, is a fall ("shares declined",
    // "the stock declined 5 pct", "Texaco declined 1/2 to 30").
    if (lemma === 'decline' && (obj === undefined || amount(t, obj))) return;
    // "dismissed the head of its department", "dismissed Burkhard Junger": firing someone (FN Firing).
    if (
      lemma === 'dismiss' &&
      obj !== undefined &&
      (HUMAN_NOUNS.has(lemmaOf(t, obj)) ||
        AGENT_NOUNS.has(lemmaOf(t, obj)) ||
        membersOf(s, obj).some((e) => entities[e]!.type === 'Person'))
    )
      return;
    if (obj === undefined) {
      if (pred.lemma === 'stay away') {
        const from = childrenOf(t, p, 'obl').find((k) => caseOf(t, k) === 'from');
        emit('REJECTED', sources, from === undefined ? null : (eventOf(s, from) ?? null), p, 0.7);
        return;
      }
      // "disagrees with the U.S. view": the author of what one disagrees with.
      const withWhat = childrenOf(t, p, 'obl').find((k) => caseOf(t, k) === 'with');
      if (pred.targetCase?.includes('with') && withWhat !== undefined) {
        const authors = authorOf(s, withWhat).filter((e) => !sources.includes(e));
        if (authors.length === 0) emit('REJECTED', sources, null, p, 0.6);
        for (const a of authors) emit('REJECTED', sources, a, p, 0.7);
        return;
      }
      // "NATO and the U.S. rejected." / "denied that …": whom, if anyone, the discourse says.
      emit('REJECTED', sources, childOf(t, p, 'ccomp') === undefined ? demandAnswered(s, sources) : null, p, 0.6);
      return;
    }
    const targets = authorOf(s, obj).filter((e) => !sources.includes(e));
    // "rejected the request", "this argument was rejected": a demand or claim made before.
    if (targets.length === 0 && anaphoric(t, obj)) {
      emit('REJECTED', sources, demandAnswered(s, sources), p, 0.7);
      return;
    }
    if (targets.length === 0) emit('REJECTED', sources, null, p, 0.7);
    for (const target of targets) emit('REJECTED', sources, target, p, 0.8);
  }

  /**
   * Whose earlier demand or claim a rejection answers: the most recent one addressed to the
   * rejecters within the last few sentences, else the most recent by someone else.
   */
  function demandAnswered(s: Sentence, rejecters: number[]): number | null {
    const recent = relations.filter((r) => s.view.index - r.sentence <= 4 && r.sentence <= s.view.index);
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (r.type === 'DEMANDED' && r.target !== null && rejecters.includes(r.target)) return r.source;
    }
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (r.type === 'DEMANDED' && !rejecters.includes(r.source) && r.sentence < s.view.index) return r.source;
    }
    return null;
  }

  function attendance(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const passive = voice(t.parse, p) === 'passive';
    const sources = passive ? agentOf(s, p) : subjectOf(s, p);
    if (sources.length === 0) return;
    const target = passive ? eventTargetOfPassive(s, p) : eventTargetOf(s, p);
    if (target !== undefined) emit('ATTENDS', sources, target, p, 0.8);
  }

  function meeting(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    const lemma = lemmaOf(t, p);
    const others: number[] = [];
    let event: number | undefined;
    if (lemma === 'hold') {
      const obj = childOf(t, p, 'obj');
      if (obj === undefined) return;
      event = eventOf(s, obj);
      for (const k of childrenOf(t, obj, 'nmod')) if (caseOf(t, k) === 'with') others.push(...membersOf(s, k));
    } else {
      const obj = childOf(t, p, 'obj');
      // "met the deadline", "met its targets": a thing met, not a meeting; "met his counterparts" is one.
      if (obj !== undefined && !actorLike(s, obj) && !HUMAN_NOUNS.has(lemmaOf(t, obj))) return;
      if (obj !== undefined) others.push(...membersOf(s, obj));
      for (const o of childrenOf(t, p, 'obl')) {
        const c = caseOf(t, o);
        if (c === 'with') others.push(...membersOf(s, o));
        else if (c === 'at' || c === 'on' || c === 'during') event ??= eventOf(s, o);
      }
    }
    for (const o of childrenOf(t, p, 'obl')) if (caseOf(t, o) === 'with') others.push(...membersOf(s, o));
    // "will meet (X) in the presence of Y": Y is there too, wherever the phrase attaches.
    const phrases = [...childrenOf(t, p, 'obl'), ...childrenOf(t, p, 'obj').flatMap((o) => childrenOf(t, o, 'nmod'))];
    for (const o of phrases) {
      if (caseOf(t, o) !== 'in' || lemmaOf(t, o) !== 'presence') continue;
      for (const k of childrenOf(t, o, 'nmod')) if (caseOf(t, k) === 'of') others.push(...membersOf(s, k));
    }
    event ??= meetingEvent(s, p);
    if (event === undefined) return;
    emit(
      'ATTENDS',
      [...new Set([...sources, ...others])].filter((e) => !isEvent(e)),
      event,
      p,
      0.65,
    );
  }

  /** Nominal predicates: "X's refusal to attend", "a call from X for Y to …", "X's statement". */
  function nounRelations(s: Sentence, n: number, emit: Emit): void {
    const { t } = s;
    const lemma = lemmaOf(t, n);
    const head = t.parse.tokens[n]!.head;
    const light =
      head >= 0 && hasLabel(t.parse.tokens[n]!.deprel, 'obj') && LIGHT_VERBS.has(lemmaOf(t, head)) ? head : undefined;
    const pred =
      nounPredicate(lemma) ??
      (light !== undefined && LIGHT_ONLY_DEMANDS.has(lemma)
        ? ({ relation: 'DEMANDED', frame: 'demand', lemma } satisfies Predicate)
        : undefined);
    if (!pred) return;
    if (light !== undefined && (isNegated(t.parse, light) || !factual(t, light, false))) return;
    if (pressInquiry(t, n)) return;
    // "published China's demands": the possessor made them, whoever published them.
    const own = childOf(t, n, 'nmod:poss') !== undefined ? actorOf(s, n) : [];
    const actors = own.length ? own : light !== undefined ? subjectOf(s, light) : actorOf(s, n);
    if (actors.length === 0) return;
    // A noun that is itself a speech verb's subject ("X's statement said") is read there.
    if (hasLabel(t.parse.tokens[n]!.deprel, 'nsubj') && head >= 0 && verbPredicate(lemmaOf(t, head))) return;
    const trigger = light !== undefined ? [light] : [];
    switch (pred.frame) {
      case 'speech':
        // "the financial statement of the bank" is a set of accounts, not something said.
        if (childrenOf(t, n, 'amod', 'compound').some((k) => lemmaOf(t, k) === 'financial')) return;
        emit('STATED', actors, null, n, 0.6, trigger);
        return;
      case 'demand': {
        const targets: number[] = [];
        const addressees = [
          ...(light !== undefined ? childrenOf(t, light, 'iobj') : []),
          ...(light !== undefined
            ? childrenOf(t, light, 'obl').filter((k) => /^(to|on|upon)$/.test(caseOf(t, k) ?? ''))
            : []),
          ...childrenOf(t, n, 'nmod').filter((k) => /^(to|on|upon)$/.test(caseOf(t, k) ?? '')),
        ];
        for (const a of addressees) targets.push(...membersOf(s, a).filter((e) => !isEvent(e)));
        if (targets.length === 0) emit('DEMANDED', actors, null, n, 0.6, trigger);
        for (const target of targets) emit('DEMANDED', actors, target, n, 0.65, trigger);
        return;
      }
      case 'reject': {
        const clause = childOf(t, n, 'acl', 'xcomp');
        if (clause !== undefined) {
          const inner = predicateOf(t, clause);
          if (inner?.frame === 'attend' || inner?.frame === 'meet') {
            emit('REJECTED', actors, eventTargetOf(s, clause) ?? null, n, 0.6, trigger);
            return;
          }
        }
        const of = childrenOf(t, n, 'nmod').find(
          (k) => caseOf(t, k) === 'of' && !actors.some((a) => membersOf(s, k).includes(a)),
        );
        const targets = of !== undefined ? authorOf(s, of) : [];
        if (targets.length === 0) emit('REJECTED', actors, null, n, 0.55, trigger);
        for (const target of targets) emit('REJECTED', actors, target, n, 0.6, trigger);
        return;
      }
      case 'attend': {
        const at = childrenOf(t, n, 'nmod').find((k) => /^(to|at|in|for)$/.test(caseOf(t, k) ?? ''));
        const ev = at !== undefined ? eventOf(s, at) : undefined;
        if (ev !== undefined) emit('ATTENDS', actors, ev, n, 0.6, trigger);
        return;
      }
      default:
        return;
    }
  }

  /**
   * Presence read from the setting and the parties of a meeting: whoever acts "at/during/after"
   * a meeting ("Speaking after the summit, X said", "In a ceremony at the library, X signed"),
   * the parties of a meeting ("talks between A and B", "X's talks with Y"), and participants
   * named by role ("X, the chief negotiator in the talks").
   */
  function settings(s: Sentence, emit: Emit): void {
    const { t, view } = s;
    for (let w = 0; w < t.parse.tokens.length; w++) {
      if (view.inQuote[t.token[w]!]) continue;
      const word = t.parse.tokens[w]!;
      const isVerb = word.upos === 'VERB';
      if (isVerb && !isNegated(t.parse, w) && !/^(would|could|might|may|should)$/.test(modality(t.parse, w) ?? '')) {
        // "Speaking after the summit, X said": after an event, only a speech act places its speaker there.
        const speaks = predicateOf(t, w)?.relation === 'STATED';
        for (const o of childrenOf(t, w, 'obl')) {
          const c = caseOf(t, o) ?? '';
          if (!/^(at|during|in)$/.test(c) && !(c === 'after' && speaks)) continue;
          const ev = settingEvent(s, o);
          const who = ev === undefined ? [] : subjectOf(s, w);
          if (ev !== undefined && who.length) emit('ATTENDS', who, ev, w, 0.6);
        }
      }
      if (word.upos !== 'NOUN' && word.upos !== 'PROPN') continue;
      const lemma = lemmaOf(t, w);
      if ((MEETING_HEADS.has(lemma) || MEETING_HEADS.has(word.text.toLowerCase())) && !hypothetical(t, w)) {
        // "talks between A and B", "X's talks with Y", "a meeting of the two leaders".
        // "with Y" names a party only beside a holder ("X's talks with Y"); alone it may be a
        // meeting only hoped for ("open to a meeting with Y").
        const holders = childrenOf(t, w, 'nmod:poss');
        const withs = holders.length ? childrenOf(t, w, 'nmod').filter((k) => caseOf(t, k) === 'with') : [];
        const between = childrenOf(t, w, 'nmod').filter((k) => caseOf(t, k) === 'between');
        const parties = [...holders, ...withs, ...between].flatMap((k) => membersOf(s, k).filter((e) => !isEvent(e)));
        const ev = parties.length ? eventOf(s, w) : undefined;
        if (ev !== undefined)
          emit(
            'ATTENDS',
            [...new Set(parties)].filter((e) => !isEvent(e)),
            ev,
            w,
            0.6,
          );
      }
      if (PARTICIPANT_NOUNS.has(lemma)) {
        // "X, the chief negotiator in the talks" / "X was the host of the summit".
        const at = childrenOf(t, w, 'nmod').find((k) => /^(in|at|of|to|for)$/.test(caseOf(t, k) ?? ''));
        const ev = at !== undefined ? eventOf(s, at) : undefined;
        if (ev === undefined) continue;
        const holder = hasLabel(word.deprel, 'appos') ? [word.head] : childrenOf(t, w, 'nsubj', 'appos');
        const who = holder.flatMap((k) => membersOf(s, k));
        if (who.length) emit('ATTENDS', who, ev, w, 0.6);
      }
    }
  }

  /** "said/concluded that the agreement between A and B is illegal": a rejection of the agreement's parties. */
  function verdict(s: Sentence, p: number, sources: number[], emit: Emit): void {
    const { t } = s;
    for (const c of childrenOf(t, p, 'ccomp')) {
      const subject = childOf(t, c, 'nsubj');
      if (!INVALID.has(lemmaOf(t, c)) || childOf(t, c, 'cop') === undefined || subject === undefined) continue;
      // "warned that the war could be illegal": a possibility raised is no verdict given.
      if (isNegated(t.parse, c) || /^(could|might|may|would)$/.test(modality(t.parse, c) ?? '')) continue;
      const targets = authorOf(s, subject).filter((e) => !sources.includes(e));
      for (const target of targets) emit('REJECTED', sources, target, p, 0.6, [c]);
    }
  }

  /**
   * The meeting an oblique places an act at: the meeting itself ("at the summit"), a part of it
   * ("at the conclusion of the conference", "on the sidelines of the summit"), or a speech given
   * there ("in an address to the General Assembly", "in his inauguration speech").
   */
  function settingEvent(s: Sentence, o: number): number | undefined {
    const { t } = s;
    const word = t.parse.tokens[o]!;
    const named = t.entity[o] !== undefined ? entities[t.entity[o]!]! : undefined;
    const gathering = named
      ? named.type === 'Event' && MEETING_HEADS.has(named.words[named.words.length - 1] ?? '')
      : false;
    if (MEETING_HEADS.has(lemmaOf(t, o)) || MEETING_HEADS.has(word.text.toLowerCase()) || gathering)
      return eventOf(s, o);
    if (PART_OF_EVENT.has(lemmaOf(t, o))) {
      const of = childrenOf(t, o, 'nmod').find((k) => caseOf(t, k) === 'of');
      return of === undefined ? undefined : eventOf(s, of);
    }
    if (SPEECH_NOUNS.has(lemmaOf(t, o))) {
      const to = childrenOf(t, o, 'nmod').find((k) => /^(to|at|before)$/.test(caseOf(t, k) ?? ''));
      if (to !== undefined) return eventOf(s, to);
      const kind = childrenOf(t, o, 'compound').find((k) => eventOf(s, k) !== undefined);
      return kind === undefined ? undefined : eventOf(s, kind);
    }
    return undefined;
  }

  /** "X is at the summit", "X was among those at the talks". */
  function copularAttendance(s: Sentence, emit: Emit): void {
    const { t, view } = s;
    for (let n = 0; n < t.parse.tokens.length; n++) {
      if (view.inQuote[t.token[n]!] || caseOf(t, n) !== 'at' || childOf(t, n, 'cop') === undefined) continue;
      const subject = childOf(t, n, 'nsubj');
      if (subject === undefined || isNegated(t.parse, n)) continue;
      const ev = eventOf(s, n);
      if (ev !== undefined) emit('ATTENDS', membersOf(s, subject), ev, n, 0.7);
    }
  }

  /** "called the vote illegal", "declared the election invalid": a rejection of the thing's author. */
  function invalidity(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const predicate = childOf(t, p, 'xcomp');
    const obj = childOf(t, p, 'obj');
    if (predicate === undefined || obj === undefined) return;
    if (isNegated(t.parse, p) || !factual(t, p, false) || s.view.inQuote[t.token[p]!]) return;
    const sources = subjectOf(s, p);
    // "called it a welcome resolution": naming something is saying something (FN Labeling).
    if (lemmaOf(t, p) === 'call') emit('STATED', sources, null, p, 0.6);
    if (!INVALID.has(lemmaOf(t, predicate))) return;
    const targets = authorOf(s, obj).filter((e) => !sources.includes(e));
    if (targets.length === 0) emit('REJECTED', sources, null, p, 0.6, [predicate]);
    for (const target of targets) emit('REJECTED', sources, target, p, 0.65, [predicate]);
  }

  // ── arguments ────────────────────────────────────────────────────────────────────────────

  /** The entities a word stands for: a name, a pronoun, a description, a spokesman for someone. */
  function entitiesOf(s: Sentence, w: number, depth = 0): number[] {
    const cached = s.memo.get(w);
    if (cached) return cached;
    const found = entitiesOfUncached(s, w, depth);
    s.memo.set(w, found);
    return found;
  }

  function entitiesOfUncached(s: Sentence, w: number, depth: number): number[] {
    const { t, view } = s;
    if (depth > 4) return [];
    const word = t.parse.tokens[w]!;
    const own = t.entity[w];
    // "Kestrel Foreign Minister Ivan Petrov", "Union leader Roger Dale": a person named inside the
    // phrase (by flat, title or apposition) is its referent; the country or body is a modifier.
    const person = personWithin(t, w);
    if (person !== undefined && person !== own) return [person];
    if (own !== undefined) return [own];
    const lemma = lemmaOf(t, w);
    if (word.upos === 'PRON' || word.upos === 'DET') {
      if (RELATIVE_PRONOUNS.has(lemma)) {
        const clause = word.head;
        if (clause >= 0 && hasLabel(t.parse.tokens[clause]!.deprel, 'acl')) {
          const noun = t.parse.tokens[clause]!.head;
          return noun >= 0 ? entitiesOf(s, noun, depth + 1) : [];
        }
        return [];
      }
      if (s.quoteSpeaker !== undefined && view.inQuote[t.token[w]!]) {
        const speaker = entities[s.quoteSpeaker]!;
        if (/^(i|me|my)$/.test(lemma) || /^(i|me|my)$/i.test(word.text)) return [s.quoteSpeaker];
        // "we" of a spokesman is the body that speaks through them: the speaker stands for it.
        if (/^(we|us|our)$/i.test(word.text)) return speaker.type === 'Event' ? [] : [s.quoteSpeaker];
        return [];
      }
      // "In his inauguration speech, Mugabe said …": a possessive in a phrase fronted before its
      // clause's subject looks ahead to that subject.
      if (hasLabel(word.deprel, 'nmod:poss')) {
        const clause = clauseOf(t.parse, w);
        const subject = clause >= 0 ? childOf(t, clause, 'nsubj') : undefined;
        if (subject !== undefined && w < subject) {
          const ahead = entitiesOf(s, subject, depth + 1);
          const person = /^(his|her)$/i.test(word.text);
          const agrees = ahead.length === 1 && (entities[ahead[0]!]!.type === 'Person') === person;
          if (agrees && !/^their$/i.test(word.text)) return ahead;
        }
      }
      const local: number[] = [];
      const personal = /^(he|him|his|she|her)$/i.test(word.text);
      for (let k = w - 1; k >= 0; k--) {
        const e = t.entity[k];
        // "The spokesman described the talks, which he called private": the nearer subject is an
        // unnamed person, and the pronoun is theirs, no one the article names.
        const near = t.parse.tokens[k]!;
        if (personal && local.length === 0 && e === undefined && /^nsubj/.test(near.deprel) && near.xpos === 'NN') {
          const noun = lemmaOf(t, k);
          const human = (HUMAN_NOUNS.has(noun) || ROLE_HEADS.has(noun)) && noun !== 'delegation' && noun !== 'family';
          if (human && !entitiesOf(s, k).some((x) => entities[x]!.type === 'Person')) return [];
        }
        if (e !== undefined && t.argHead[k] && /^nsubj/.test(t.parse.tokens[k]!.deprel) && !local.includes(e)) {
          // "A and B say they want …": a plural pronoun takes a coordinated or collective subject before it.
          const group = membersOf(s, k);
          const plural = group.length > 1 || (group.length === 1 && entities[group[0]!]!.type !== 'Person');
          if (/^(they|them|their)$/i.test(word.text) && plural) return group;
          local.push(e);
        }
      }
      const subject = /^nsubj/.test(word.deprel);
      const frame = subject && word.head >= 0 ? predicateOf(t, word.head)?.frame : undefined;
      const context = {
        local,
        subject,
        speech: frame === 'speech' || frame === 'telling',
        recent: recentNames(view, t.token[w]!, frame === 'speech' || frame === 'telling'),
      };
      return resolvePronoun(word.text, entities, discourse, view.index, context) ?? [];
    }
    if (word.upos !== 'NOUN' && word.upos !== 'PROPN') return [];
    // "the Swiss must resolve …", "the Americans": a nation's people stand for the state the article names.
    const nation = childOf(t, w, 'det') !== undefined ? countryOfDemonym(word.text)?.name : undefined;
    if (nation !== undefined && /^\p{Lu}/u.test(word.text)) {
      const state = entities.findIndex((e) => e.type === 'Place' && countryOf(e.name)?.name === nation);
      return state >= 0 ? [state] : [];
    }
    // "a spokesman, Scott Whiffen," / "its chief, Tedros": the apposed name.
    for (const a of childrenOf(t, w, 'appos')) {
      // "his counterparts, A, B and C": the apposed names, all of them.
      if (t.entity[a] !== undefined)
        return conjuncts(t.parse, a).flatMap((k) => (t.entity[k] === undefined ? [] : [t.entity[k]!]));
    }
    // "The Commission released a statement saying …": a document's author is who issued it.
    if (DOCUMENT_NOUNS.has(lemma) && hasLabel(word.deprel, 'obj') && word.head >= 0) {
      const issuers = subjectOf(s, word.head, depth + 1);
      if (issuers.length) return issuers;
    }
    // "Russia's defence minister", "the president of Bolivia": one office's holder is a person, not
    // the state; the article's person of that office if it names one, else no one.
    if (SOLE_OFFICES.has(lemma) && /^NNP?$/.test(word.xpos) && childrenOf(t, w, 'nmod:poss', 'det').length > 0) {
      // The portfolio tells offices apart ("defence minister"); a demonym does not ("Italian").
      const portfolio = childrenOf(t, w, 'amod', 'compound')
        .map((k) => lemmaOf(t, k).toLowerCase())
        .filter((m) => PORTFOLIOS.has(m) || ROLE_WORDS.has(m));
      return officeHolder(lemma, portfolio);
    }
    if (AGENT_NOUNS.has(lemma) || DOCUMENT_NOUNS.has(lemma)) {
      // "the ministry's spokesman", "a spokesman for X", "X officials", "a letter from X".
      // Whose they are before where they are: "a WHO spokeswoman in Geneva" speaks for the WHO.
      const modifiers = childrenOf(t, w, 'nmod:poss', 'nmod', 'compound');
      // A compound names the body itself ("China's Xinhua news agency" is Xinhua).
      const ranked = [
        ...modifiers.filter((k) => hasLabel(t.parse.tokens[k]!.deprel, 'compound')),
        ...modifiers.filter(
          (k) =>
            !hasLabel(t.parse.tokens[k]!.deprel, 'compound') &&
            (!prepositional(t, k) || /^(of|for|from|at|by)$/.test(caseOf(t, k) ?? '')),
        ),
        // "officials in Moscow" speak for where they serve; "sources in Manila" are only there.
        ...modifiers.filter(
          (k) => prepositional(t, k) && caseOf(t, k) === 'in' && AGENT_NOUNS.has(lemma) && !/^sources?$/.test(lemma),
        ),
      ];
      for (const k of ranked) {
        // "the leaders of A, B and C": each of them.
        const found = conjuncts(t.parse, k)
          .flatMap((c) => entitiesOf(s, c, depth + 1))
          .filter((e, i, all) => !isEvent(e) && all.indexOf(e) === i);
        if (found.length) return found;
      }
      // "the Chinese foreign ministry": a demonym names the country; still not an entity of its own.
    }
    // "the president", "the ministry", "the agency": a definite description.
    const det = childOf(t, w, 'det');
    if (det !== undefined && lemmaOf(t, det) === 'the') {
      const modifiers = childrenOf(t, w, 'amod', 'compound')
        .filter((k) => k < w)
        .map((k) => lemmaOf(t, k));
      return resolveDescription([...modifiers, lemma], entities, discourse) ?? [];
    }
    return [];
  }

  /**
   * The entities named in a sentence before a token, then in each of the three sentences before
   * it. For the speaker of a quotation, names quoted are what was said, not who may be speaking.
   */
  function recentNames(view: SentenceView, token: number, speech: boolean): number[][] {
    const named = (v: SentenceView, before = Infinity): number[] =>
      v.args.filter((a) => a.tokenStart < before && !(speech && v.inQuote[a.tokenStart])).map((a) => a.entity);
    const earlier = views.slice(Math.max(0, view.index - 3), view.index).reverse();
    return [named(view, token), ...earlier.map((v) => named(v))];
  }

  /** The one person of the article whose title is this office ("defence minister"), if exactly one. */
  function officeHolder(office: string, modifiers: string[]): number[] {
    const holders = entities.flatMap((e, i) => {
      if (e.type !== 'Person') return [];
      const fits = e.roles.some((r) => {
        const words = r.toLowerCase().split(/\s+/);
        return words[words.length - 1] === office && modifiers.every((m) => words.includes(m));
      });
      return fits ? [i] : [];
    });
    return holders.length === 1 ? holders : [];
  }

  /**
   * Who a threat's condition means by its pronoun ("strike Iraq unless it …", "halt funding for
   * the WHO if it does not …"): the party the threat names, the object first, else the one party
   * of the clause outside the condition that agrees with the pronoun.
   */
  function threatenedBy(s: Sentence, clauses: number[], condition: number, pronoun: number): number[] {
    const { t } = s;
    const objects = clauses.flatMap((k) => childrenOf(t, k, 'obj')).flatMap((o) => membersOf(s, o));
    if (objects.length) return objects;
    const person = /^(he|him|she|her)$/i.test(t.parse.tokens[pronoun]!.text);
    // Outside the condition and the threatening party's own phrase ("U.S. President X").
    const subjects = clauses.flatMap((k) => childrenOf(t, k, 'nsubj'));
    const inCondition = new Set([condition, ...subjects].flatMap((k) => descendants(t.parse, k)));
    const named = clauses
      .flatMap((k) => descendants(t.parse, k))
      .filter((k) => !inCondition.has(k) && t.entity[k] !== undefined && t.argHead[k])
      .map((k) => t.entity[k]!)
      .filter((e) => !isEvent(e) && (entities[e]!.type === 'Person') === person);
    const parties = [...new Set(named)];
    return parties.length === 1 ? parties : [];
  }

  /** The Person entity inside a name phrase: its flat, title, compound and apposition words. */
  function personWithin(t: Tree, w: number, depth = 0): number | undefined {
    if (depth > 3) return undefined;
    // A name hanging under the phrase by a misparse ("vocative", "dep", "list") still names it.
    for (const k of childrenOf(t, w, 'flat', 'nmod:desc', 'appos', 'compound', 'vocative', 'dep', 'list')) {
      const e = t.entity[k];
      if (e !== undefined && entities[e]!.type === 'Person') return e;
      const inner = personWithin(t, k, depth + 1);
      if (inner !== undefined) return inner;
    }
    // "the ambassador to Poland, Dan Fried,": a person apposed to the role's place or body
    // names the role's holder (a place or body takes no person as its apposition).
    if (depth === 0 && AGENT_NOUNS.has(lemmaOf(t, w))) {
      for (const k of childrenOf(t, w, 'nmod', 'compound')) {
        // A conjunct after a comma with no "and" of its own is an apposition misparsed.
        const apposed = [
          ...childrenOf(t, k, 'appos'),
          ...childrenOf(t, k, 'conj').filter((c) => childOf(t, c, 'cc') === undefined),
        ];
        for (const a of apposed) {
          const e = t.entity[a];
          if (e !== undefined && entities[e]!.type === 'Person' && t.entity[k] !== e) return e;
        }
      }
    }
    return undefined;
  }

  /** A word's entities with its conjuncts: "A and B" gives both. */
  function membersOf(s: Sentence, w: number): number[] {
    const out: number[] = [];
    for (const c of coordinated(s.t, w)) for (const e of entitiesOf(s, c)) if (!out.includes(e)) out.push(e);
    return out;
  }

  /** Whether a word names a party that can act (a person, body or country), not a thing. */
  function actorLike(s: Sentence, w: number): boolean {
    const es = membersOf(s, w);
    return es.length > 0 && es.every((e) => !isEvent(e));
  }

  /** The agent of a passive ("by X"), or nothing. */
  function agentOf(s: Sentence, p: number): number[] {
    const { t } = s;
    const agent = childOf(t, p, 'obl:agent') ?? childrenOf(t, p, 'obl').find((k) => caseOf(t, k) === 'by');
    return agent !== undefined ? membersOf(s, agent) : [];
  }

  /** Who does what a predicate says: subject, passive agent, controller, relative antecedent. */
  function subjectOf(s: Sentence, p: number, depth = 0): number[] {
    const { t } = s;
    if (depth > 5) return [];
    if (voice(t.parse, p) === 'passive') return agentOf(s, p);
    // "as stated by X", "a plan backed by X": a participle with its agent and no subject.
    if (t.parse.tokens[p]!.xpos === 'VBN' && childOf(t, p, 'nsubj') === undefined) {
      const agents = agentOf(s, p);
      if (agents.length) return agents;
    }
    // ", the U.S. Agriculture Department said." closing a sentence: the phrase after the comma is
    // the speaker, wherever the parser hung it.
    const closing = closingSubject(t, p);
    if (closing !== undefined) {
      // Its own conjuncts only ("…, A and B said."), not what the parser coordinated it with before the comma.
      const own = coordinated(t, closing).filter((c) => c >= closing);
      return [...new Set(own.flatMap((c) => entitiesOf(s, c)))];
    }
    // A noun behind a preposition is no subject ("… is in the Emirates …, officials said" parsed
    // with "Emirates" as the subject of "said"): the parse went wrong, so it names no one.
    const heads = childrenOf(t, p, 'nsubj').filter((k) => !governedByAdposition(t, k));
    const subjects = heads.map((k) => membersOf(s, k));
    // Two subjects side by side are a misparsed title ("U.N. | Ambassador John Bolton said"): the
    // person. Apart, the first belongs to a clause the parser lost ("X's minister is Y, …, the
    // government said"): the one nearer the verb.
    const adjacent =
      heads.length > 1 && subtreeSpan(t.parse, heads[0]!).last + 1 >= subtreeSpan(t.parse, heads[1]!).first;
    if (adjacent) {
      const persons = subjects.find((m) => m.length > 0 && m.every((e) => entities[e]!.type === 'Person'));
      if (persons) return persons;
    }
    // Else the nearest: a dateline ("PEKING, March 3 - China called …") is none, nor the subject
    // of a clause the parser lost; when the nearest names no one, no one speaks.
    if (subjects.length) return subjects[subjects.length - 1]!;
    // "X, seeking to …, said" parsed with X as the participle's subject: a participle clause has
    // no subject of its own, so the subject before it is the verb's.
    for (const c of childrenOf(t, p, 'ccomp', 'advcl', 'xcomp')) {
      // A progressive ("he ain't going …", with its auxiliary) is a finite clause, not a participle.
      if (c > p || t.parse.tokens[c]!.xpos !== 'VBG' || childOf(t, c, 'aux') !== undefined) continue;
      const stray = childOf(t, c, 'nsubj');
      if (stray !== undefined && stray < c) return membersOf(s, stray);
    }
    const stranded = strandedSubject(t, p);
    if (stranded !== undefined) return membersOf(s, stranded);
    // '"…," Congressman X, a Y, said': the name between the closing quotation mark and the verb.
    const attributed = afterQuote(t, p);
    if (attributed !== undefined) return entitiesOf(s, attributed);
    const w = t.parse.tokens[p]!;
    const head = w.head;
    if (head < 0) return [];
    const rel = w.deprel;
    // "quoted X as saying …": the one quoted is the speaker.
    if (lemmaOf(t, head) === 'quote' && markOf(t, p) === 'as') {
      const quoted = childOf(t, head, 'obj');
      if (quoted !== undefined) return membersOf(s, quoted);
    }
    if (hasLabel(rel, 'xcomp')) {
      // "urged X to attend": object control; "refused to attend", "is expected to attend": subject control.
      const h = lemmaOf(t, head);
      if (OBJECT_CONTROL.has(h) && !(voice(t.parse, head) === 'passive')) {
        const controller =
          childOf(t, head, 'obj', 'iobj') ??
          childrenOf(t, head, 'obl').find((k) => /^(on|upon)$/.test(caseOf(t, k) ?? ''));
        if (controller !== undefined) return membersOf(s, controller);
      }
      if (voice(t.parse, head) === 'passive') {
        const patient = childOf(t, head, 'nsubj:pass');
        return patient !== undefined ? membersOf(s, patient) : [];
      }
      return subjectOf(s, head, depth + 1);
    }
    if (hasLabel(rel, 'conj') && t.parse.tokens[head]!.upos === 'VERB') return subjectOf(s, head, depth + 1);
    // "raised prices to encourage farmers …": a purpose infinitive shares the main clause's subject.
    if (hasLabel(rel, 'advcl') && markOf(t, p) === 'to' && t.parse.tokens[head]!.upos === 'VERB')
      return subjectOf(s, head, depth + 1);
    // A participle after a comma parsed as a complement (", asking X to …") is an adverbial one.
    const participle = hasLabel(rel, 'ccomp') && w.xpos === 'VBG' && t.parse.tokens[p - 1]?.text === ',';
    if ((hasLabel(rel, 'advcl') || rel === 'acl' || participle) && markOf(t, p) === undefined) {
      // ", saying …" / "Speaking to reporters, X said": the main clause's subject.
      if (/^VB[GN]$/.test(w.xpos)) {
        // ", saying …" at a sentence's end hung on a verb inside a complement ("… a controversy over
        // whether France is positioning itself, saying …"): the participle is the main clause's.
        const root = rootOf(t.parse);
        const hd = t.parse.tokens[head]!.deprel;
        if (p > head && t.parse.tokens[p - 1]?.text === ',' && /^(ccomp|acl|advcl)/.test(hd) && root >= 0 && root < p) {
          const main = subjectOf(s, root, depth + 1);
          if (main.length) return main;
        }
        const hw = t.parse.tokens[head]!;
        if (hw.upos === 'NOUN' || hw.upos === 'PROPN') return membersOf(s, head);
        return subjectOf(s, head, depth + 1);
      }
    }
    if (hasLabel(rel, 'acl') && !rel.startsWith('acl:relcl')) return membersOf(s, head);
    return [];
  }

  /** Whose demand, proposal or claim a rejected object is: its author, or the object itself. */
  function authorOf(s: Sentence, obj: number): number[] {
    const { t } = s;
    const own = membersOf(s, obj);
    if (own.length) return own;
    const lemma = lemmaOf(t, obj);
    const ev = eventOf(s, obj);
    if (ev !== undefined) return [ev];
    if (!PROPOSAL_NOUNS.has(lemma) && t.parse.tokens[obj]!.upos !== 'NOUN') return [];
    // "X's proposal", "the demands of X", "a request by X", "a call from X", "the U.S. view".
    for (const k of childrenOf(t, obj, 'nmod:poss', 'nmod', 'compound', 'amod')) {
      if (prepositional(t, k) && !/^(of|by|from|between)$/.test(caseOf(t, k) ?? '')) continue;
      const found = membersOf(s, k);
      if (found.length) return found;
    }
    // "rejected the demand that X …" / "a request by textile makers": no named author.
    return [];
  }

  /** An Event a word names: an Event argument, or an attendable event noun phrase. */
  function eventOf(s: Sentence, w: number): number | undefined {
    const { t, view } = s;
    const own = t.entity[w];
    if (own !== undefined) return isEvent(own) ? own : undefined;
    const word = t.parse.tokens[w]!;
    if (word.upos !== 'NOUN' && word.upos !== 'PROPN') return undefined;
    const text = word.text.toLowerCase();
    if (!ATTENDABLE_HEADS.has(text) && !ATTENDABLE_HEADS.has(lemmaOf(t, w))) return undefined;
    const definite = childrenOf(t, w, 'det').some((d) => /^(the|these|those)$/.test(lemmaOf(t, d)));
    if (word.xpos === 'NNS' && SINGULAR_EVENT_HEADS.has(lemmaOf(t, w)) && !definite && !childOf(t, w, 'nummod'))
      return undefined;
    // The name: the noun with the modifiers that say what kind of event it is ("the G-20 summit",
    // "the bilateral meeting", "the monthly press conference") and where ("talks in Washington");
    // not who holds it ("his", "Putin's"), nor how it is judged or when ("upcoming", "formal").
    let start = w;
    for (const k of childrenOf(t, w, 'compound', 'amod', 'flat', 'nmod:poss', 'nummod')) {
      if (k > w) continue;
      const rel = t.parse.tokens[k]!.deprel;
      if (rel === 'nmod:poss' && !(t.entity[k] !== undefined && isEvent(t.entity[k]!))) continue;
      if (rel === 'amod' && UNNAMING_ADJECTIVES.has(lemmaOf(t, k))) continue;
      if (rel === 'nummod') continue;
      const span = subtreeSpan(t.parse, k);
      // "the Dec. 28 meeting": when it is, not what it is.
      if (
        TIME_WORDS.test(
          t.parse.tokens
            .slice(span.first, span.last + 1)
            .map((x) => x.text)
            .join(' '),
        )
      )
        continue;
      start = Math.min(start, span.first);
    }
    while (start < w && /^(DET|PART|PUNCT|PRON)$/.test(t.parse.tokens[start]!.upos)) start++;
    let end = w;
    const place = childrenOf(t, w, 'nmod').find(
      (k) => k > w && caseOf(t, k) === 'in' && t.entity[k] !== undefined && entities[t.entity[k]!]!.type === 'Place',
    );
    if (place !== undefined) end = subtreeSpan(t.parse, place).last;
    // "the opening ceremony of the TurkStream gas pipeline": "of" a name belongs to the name.
    const ofName = childrenOf(t, w, 'nmod').find(
      (k) => k > w && caseOf(t, k) === 'of' && t.parse.tokens[k]!.upos === 'PROPN' && t.entity[k] === undefined,
    );
    if (place === undefined && ofName !== undefined) end = subtreeSpan(t.parse, ofName).last;
    const tokenStart = t.token[start]!;
    const tokenEnd = t.token[end]! + 1;
    return makeEvent(view, { start: tokenStart, end: tokenEnd, head: text });
  }

  /** The event an attendance verb goes to: its object, or an oblique of place or purpose. */
  function eventTargetOf(s: Sentence, p: number): number | undefined {
    const { t } = s;
    for (const o of childrenOf(t, p, 'obj')) {
      const ev = eventOf(s, o);
      if (ev !== undefined) return ev;
      // "the summit, which both leaders will attend": the relative pronoun's antecedent, the
      // clause's head noun, or (when the clause hangs elsewhere) the nearest event noun before it.
      if (RELATIVE_PRONOUNS.has(lemmaOf(t, o))) {
        if (hasLabel(t.parse.tokens[p]!.deprel, 'acl')) {
          const antecedent = eventOf(s, t.parse.tokens[p]!.head);
          if (antecedent !== undefined) return antecedent;
        }
        for (let k = o - 1; k >= Math.max(0, o - 20); k--) {
          const antecedent = eventOf(s, k);
          if (antecedent !== undefined) return antecedent;
        }
      }
    }
    for (const o of childrenOf(t, p, 'obl', 'nmod')) {
      if (!/^(in|at|for|to|into|on)$/.test(caseOf(t, o) ?? '')) continue;
      const ev = eventOf(s, o);
      if (ev !== undefined) return ev;
      // "travelled to Bali for the summit": the purpose phrase may hang under the place.
      for (const k of childrenOf(t, o, 'nmod')) {
        if (caseOf(t, k) !== 'for') continue;
        const inner = eventOf(s, k);
        if (inner !== undefined) return inner;
      }
    }
    // "take part in": the oblique hangs under "part".
    for (const o of childrenOf(t, p, 'obj')) {
      for (const k of childrenOf(t, o, 'nmod')) {
        const ev = eventOf(s, k);
        if (ev !== undefined) return ev;
      }
    }
    return undefined;
  }

  /** "the summit was attended by X" / "the meeting, attended by X,". */
  function eventTargetOfPassive(s: Sentence, p: number): number | undefined {
    const { t } = s;
    const patient = childOf(t, p, 'nsubj:pass');
    if (patient !== undefined) return eventOf(s, patient);
    const head = t.parse.tokens[p]!.head;
    return head >= 0 && hasLabel(t.parse.tokens[p]!.deprel, 'acl') ? eventOf(s, head) : undefined;
  }

  /** The meeting a "meet" refers to: an Event headed "meeting"/"talks" in the article, else a new one. */
  function meetingEvent(s: Sentence, p: number): number | undefined {
    const token = s.t.token[p]!;
    return makeEvent(s.view, { start: token, end: token + 1, head: 'meeting' }, 'meeting');
  }

  /** An actor named by a nominal predicate: "X's refusal", "a call from X", "the Kremlin's demand". */
  function actorOf(s: Sentence, n: number): number[] {
    const { t } = s;
    const poss = childOf(t, n, 'nmod:poss');
    if (poss !== undefined) return membersOf(s, poss).filter((e) => !isEvent(e));
    for (const k of childrenOf(t, n, 'nmod', 'compound')) {
      if (prepositional(t, k) && !/^(by|from|of)$/.test(caseOf(t, k) ?? '')) continue;
      // A place acts through "of/by/from" ("at the urging of Malta"), not as a modifier ("the Malta talks").
      const found = membersOf(s, k).filter(
        (e) => !isEvent(e) && (entities[e]!.type !== 'Place' || (prepositional(t, k) && caseOf(t, k) !== undefined)),
      );
      if (found.length) return found;
    }
    return [];
  }

  /** Whether a speech verb has content: a clause, a quotation, a colon, or a parenthetical use. */
  function hasContent(s: Sentence, p: number): boolean {
    const { t, view } = s;
    if (childOf(t, p, 'ccomp', 'parataxis') !== undefined) return true;
    // "promised to act" has content; "continued to oppose", "added to the pressure" do not.
    if (COMMISSIVES.has(lemmaOf(t, p)) && childOf(t, p, 'xcomp') !== undefined) return true;
    if (hasLabel(t.parse.tokens[p]!.deprel, 'parataxis')) return true;
    if (childrenOf(t, p, 'punct').some((k) => t.parse.tokens[k]!.text === ':')) return true;
    return view.tokens.some((x) => x.kind === 'quote');
  }

  /**
   * Whether an act is asserted as happening: not in a condition ("if they attend"), not a
   * hypothesis ("would reject it if"), not under a verb that withholds it ("refused to attend",
   * "threatened to boycott"). Tense and plain modality do not matter ("will attend").
   */
  function factual(t: Tree, p: number, allowNegatedMatrix: boolean): boolean {
    let k = p;
    for (let guard = 0; k >= 0 && guard < 12; guard++) {
      const w = t.parse.tokens[k]!;
      const mark = markOf(t, k);
      if (mark && CONDITIONAL_MARKS.has(mark)) return false;
      const modal = modality(t.parse, k) ?? undefined;
      // "would attend if invited": a condition on the clause, attached to the verb or one of its phrases.
      const phrases = [k, ...childrenOf(t, k, 'obj', 'obl')];
      if (
        (modal === 'would' || modal === 'could' || modal === 'might') &&
        phrases.some((h) => childrenOf(t, h, 'advcl', 'acl').some((c) => CONDITIONAL_MARKS.has(markOf(t, c) ?? '')))
      )
        return false;
      if (k !== p && hasLabel(t.parse.tokens[p]!.deprel, 'xcomp') && k === t.parse.tokens[p]!.head) {
        if (NON_FACTUAL_MATRIX.has(lemmaOf(t, k))) return false;
        if (!allowNegatedMatrix && isNegated(t.parse, k)) return false;
      }
      // "anything which would imply that the Bank is demanding …": what a hypothetical verb
      // would convey is not asserted.
      if (hasLabel(w.deprel, 'ccomp') && w.head >= 0 && /^(would|could|might)$/.test(modality(t.parse, w.head) ?? ''))
        return false;
      // Climb only through the predicate's own clause chain.
      if (!/^(xcomp|conj)/.test(w.deprel)) break;
      k = w.head;
    }
    return true;
  }

  /**
   * Whether a noun sits in a clause that only supposes it: "would open the way for summit talks",
   * "if the meeting took place", "hopes for talks with X". A meeting in such a clause was held by no one.
   */
  function hypothetical(t: Tree, n: number): boolean {
    let k = t.parse.tokens[n]!.head;
    for (let guard = 0; k >= 0 && guard < 8; guard++) {
      const w = t.parse.tokens[k]!;
      if (w.upos === 'VERB' || w.upos === 'AUX' || w.upos === 'ADJ') {
        return /^(would|could|might|may|should)$/.test(modality(t.parse, k) ?? '') || !factual(t, k, false);
      }
      k = w.head;
    }
    return false;
  }

  /** "did not want to attend": a negated matrix verb negates its infinitive. */
  function matrixNegated(t: Tree, p: number): boolean {
    const w = t.parse.tokens[p]!;
    return hasLabel(w.deprel, 'xcomp') && w.head >= 0 && isNegated(t.parse, w.head);
  }
}

type Emit = (
  type: ScoredRelation,
  sources: number[],
  target: number | null,
  at: number,
  confidence: number,
  extra?: number[],
) => void;

/** The predicate of a verb with its particle, light-verb object or marked oblique ("turn down", "take part", "call on"). */
/**
 * The coordination group of a word. Without a conjunction a comma joins names in a headline
 * ("Putin, Xi hold talks") but sets a description beside a name ("Rong Yiren, chairman of the
 * bank, attacked …"): a common noun so joined is an apposition, not a second party.
 */
function coordinated(t: Tree, w: number): number[] {
  // A conjunct the parser hung on a name's last word ("Justin Trudeau | and Enrique Pena Nieto")
  // coordinates with the whole name.
  const misplaced = childrenOf(t, w, 'flat').flatMap((f) => childrenOf(t, f, 'conj'));
  const group = [...new Set([...conjuncts(t.parse, w), ...misplaced.flatMap((c) => conjuncts(t.parse, c))])].sort(
    (a, b) => a - b,
  );
  if (group.some((k, n) => n > 0 && childOf(t, k, 'cc') !== undefined)) return group;
  const apposed = (k: number): boolean => t.parse.tokens[k]!.upos === 'NOUN' && t.parse.tokens[k - 1]?.text === ',';
  return group.filter((k) => k === w || !apposed(k));
}

function predicateOf(t: Tree, p: number): Predicate | undefined {
  const extras = [
    ...childrenOf(t, p, 'compound:prt', 'advmod').map((k) => lemmaOf(t, k)),
    ...childrenOf(t, p, 'obj').map((k) => lemmaOf(t, k)),
    ...childrenOf(t, p, 'obl').flatMap((k) => caseOf(t, k) ?? []),
    // "called for him to step down": "for" marks the clause asked for.
    ...childrenOf(t, p, 'advcl').flatMap((k) => (markOf(t, k) === 'for' ? ['for'] : [])),
  ];
  const w = t.parse.tokens[p]!;
  return verbPredicate(lexiconLemma(w.text) ?? lemmaOf(t, p), extras);
}

/**
 * Whether a request verb asks someone other than its subject: an object with an infinitive
 * ("asked Kestrel to leave"), a that-clause, "for …", or an object that is a party or a thing
 * wanted of someone ("wants a ceasefire"); not a bare infinitive ("asked to speak").
 */
function asksSomeone(t: Tree, p: number): boolean {
  if (childOf(t, p, 'ccomp') !== undefined) return true;
  if (childrenOf(t, p, 'obl').some((k) => /^(for|from|of|with)$/.test(caseOf(t, k) ?? ''))) return true;
  const obj = childOf(t, p, 'obj', 'iobj');
  if (obj === undefined) return false;
  // "asked a question", "ordered a review" are no demands of anyone without someone asked.
  if (lemmaOf(t, p) === 'want') {
    // "wants Beijing to revalue" asks Beijing; "say they want the publication" states a demand;
    // "wants a new car" or "wants to win" asks no one.
    const w = t.parse.tokens[p]!;
    const stated =
      hasLabel(w.deprel, 'ccomp') && w.head >= 0 && verbPredicate(lemmaOf(t, w.head))?.relation === 'STATED';
    return childOf(t, p, 'xcomp') !== undefined || stated;
  }
  return childOf(t, p, 'xcomp') !== undefined || t.parse.tokens[obj]!.upos === 'PROPN';
}

const WH_WORDS = new Set(['why', 'how', 'what', 'when', 'where', 'whether', 'if', 'who', 'which']);

/** A clause that is a question: opened by a wh-word or "whether"/"if". */
function questionClause(t: Tree, c: number): boolean {
  const first = subtreeSpan(t.parse, c).first;
  return WH_WORDS.has(lemmaOf(t, first)) || WH_WORDS.has(markOf(t, c) ?? '');
}

/** "a request for comment", "asked the ministry for a response": a reporter's inquiry, no demand. */
function pressInquiry(t: Tree, w: number): boolean {
  return childrenOf(t, w, 'obl', 'nmod').some((k) => caseOf(t, k) === 'for' && PRESS_REQUESTS.has(lemmaOf(t, k)));
}

/**
 * A subject the parser hung on the phrase before it: "Since earlier this year, Mr. Xi and other
 * leaders have said …" parsed with "Mr. Xi" an apposition of "year". The noun phrase between the
 * last comma and a finite verb that has no subject is that verb's subject.
 */
/**
 * The subject of a reporting verb that closes its sentence after a comma (", the ministry said."):
 * the one phrase between the comma and the verb, when the parser attached it elsewhere.
 */
function closingSubject(t: Tree, p: number): number | undefined {
  const words = t.parse.tokens;
  if (words.slice(p + 1).some((w) => w.upos !== 'PUNCT')) return undefined;
  const comma = words
    .slice(0, p)
    .map((w) => w.text)
    .lastIndexOf(',');
  if (comma < 0 || comma >= p - 1) return undefined;
  const inside = (i: number): boolean => i > comma && i < p;
  const heads = words.flatMap((w, i) => (inside(i) && !inside(w.head) ? [i] : []));
  if (heads.length !== 1) return undefined;
  const h = heads[0]!;
  if (!/^(NOUN|PROPN|PRON)$/.test(words[h]!.upos) || (words[h]!.head === p && /^nsubj/.test(words[h]!.deprel)))
    return undefined;
  return h;
}

const CLOSING_QUOTES = new Set(['"', '”', "''"]);

/** The first named word between a quotation's closing mark and the reporting verb, with no verb between. */
function afterQuote(t: Tree, p: number): number | undefined {
  const words = t.parse.tokens;
  let q = p - 1;
  while (q >= 0 && p - q <= 12 && !CLOSING_QUOTES.has(words[q]!.text)) {
    if (/^(VERB|AUX)$/.test(words[q]!.upos)) return undefined;
    q--;
  }
  if (q < 0 || !CLOSING_QUOTES.has(words[q]!.text) || words[q - 1]?.upos !== 'PUNCT') return undefined;
  for (let k = q + 1; k < p; k++) if (t.entity[k] !== undefined && t.argHead[k]) return k;
  return undefined;
}

function strandedSubject(t: Tree, p: number): number | undefined {
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

/** "the request", "this argument", "that demand": a definite proposal noun that points back. */
function anaphoric(t: Tree, w: number): boolean {
  if (!PROPOSAL_NOUNS.has(lemmaOf(t, w))) return false;
  return childrenOf(t, w, 'det').some((d) => /^(the|this|that|these|those|such)$/.test(lemmaOf(t, d)));
}

/** A quantity: a number, or a noun counted by one ("5 pct", "1/2", "two points"). */
function amount(t: Tree, w: number): boolean {
  return t.parse.tokens[w]!.upos === 'NUM' || childOf(t, w, 'nummod') !== undefined;
}

/** A prepositional modifier ("of X", "by X"), not a possessor ("X's"). */
function prepositional(t: Tree, k: number): boolean {
  const rel = t.parse.tokens[k]!.deprel;
  return (hasLabel(rel, 'nmod') && rel !== 'nmod:poss') || governedByAdposition(t, k);
}

/**
 * Whether a noun stands behind a preposition ("to Congress", "with President X"), whatever label
 * the parser gave it: such a noun is never a subject, a compound or a possessor.
 */
function governedByAdposition(t: Tree, k: number): boolean {
  if (childrenOf(t, k, 'case', 'mark').some((c) => t.parse.tokens[c]!.upos === 'ADP')) return true;
  // The preposition may hang elsewhere ("a meeting with | President X called …"): the word before the phrase.
  const before = t.parse.tokens[subtreeSpan(t.parse, k).first - 1];
  return before !== undefined && before.upos === 'ADP' && !/^(case|compound:prt)$/.test(before.deprel);
}

/** Tense of a predicate: future with will/shall or "is to"; past for VBD/VBN; else present. */
function tenseOf(t: Tree, p: number): 'past' | 'future' | 'present' {
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
function timeOf(t: Tree, p: number): { start: number; end: number } | undefined {
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
 * One relation per (type, source, target, sentence); a null-target relation is dropped where the
 * same sentence gives the same act with its target ("Speaking to X, he said" is one statement to X).
 */
function dedupe(relations: RawRelation[]): RawRelation[] {
  const seen = new Set<string>();
  const targeted = new Set(
    relations.filter((r) => r.target !== null).map((r) => `${r.type}|${r.source}|${r.sentence}`),
  );
  return relations.filter((r) => {
    if (r.target === null && targeted.has(`${r.type}|${r.source}|${r.sentence}`)) return false;
    const k = `${r.type}|${r.source}|${r.target}|${r.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
