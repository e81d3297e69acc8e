import {
  AGENT_NOUNS,
  ANSWERING_VERBS,
  ASSERTED_QUALITIES,
  AUDIENCE_NOUNS,
  CALLING,
  DESCRIBING_AS,
  CLAIM_NOUNS,
  CONFORMITY_NOUNS,
  PRESENCE_NOUNS,
  REFERENCE_PREPOSITIONS,
  PROPOSAL_NOUNS,
  UNDERGONE_ACTS,
  INTRANSITIVE_ACTS,
  UNNAMED_GROUPS,
  UNNAMED_MEMBERS,
  HUMAN_NOUNS,
  LIGHT_ONLY_DEMANDS,
  ORDER_NOUNS,
  ASKABLE_NOUNS,
  ENDING_NOUNS,
  LIGHT_VERBS,
  NOT_SAYING,
  PRESS_REQUESTS,
  RECORDED_RESULTS,
  SPEECH_NOUNS,
  DELIVERED_SPEECH,
  callsOff,
  SPEECH_SETTINGS,
  QUANTITY_NOUNS,
  DELEGATION_NOUNS,
  nounPredicate,
  GROUP_OR_ACT_NOUNS,
  RETRACTING_VERBS,
  DELEGATION_ROLES,
  FACING_VERBS,
  OUTCOME_VERBS,
  type Predicate,
  verbPredicate,
  VERDICT_VERBS,
  WARNING_VERBS,
  rejectingVerdict,
} from '../lexicon/predicates.js';
import {
  ATTENDABLE_HEADS,
  BODY_SITTING_HEADS,
  MEETING_HEADS,
  OCCURRENCE_VERBS,
  PARTICIPANT_NOUNS,
  PRESS_EVENTS,
} from '../lexicon/events.js';
import { partiesBetween } from './setting.js';
import { conjuncts, hasLabel, isNegated, modality, subtreeSpan, voice } from '../../nlp/index.js';
import { caseOf, childOf, childrenOf, lemmaOf, markOf, measuredWord, patientOf, type Tree } from './tree.js';
import { ROLE_HEADS } from '../lexicon/roles.js';
import { ORG_HEADS } from '../lexicon/organizations.js';
import type { Emit, RelateContext, Sentence } from './context.js';
import {
  amount,
  anaphoric,
  possibilityOf,
  proposalDescription,
  asksQuestion,
  asksSomeone,
  counterfactual,
  disagreedWith,
  factual,
  hypothetical,
  mandativeClause,
  matrixNegated,
  coordinationNegated,
  undecided,
  measureOver,
  predicateOf,
  pressInquiry,
  owedOrComing,
  saidNothing,
  subjectNegated,
  relativeClauseObject,
  sentWith,
  timeMarker,
  TIME_WORDS,
} from './grammar.js';
import type { ArgumentReader } from './arguments.js';
import { earlierProposal } from './discourse.js';

/**
 * "in an interview with CNN", "in a statement to the BBC": the speech act a verb's words were
 * given in, also hung on the subject between it and the verb ("X, in an interview with CNN, said").
 */
function speechSetting(t: Tree, p: number): number | undefined {
  const setting = (o: number): boolean => caseOf(t, o) === 'in' && SPEECH_SETTINGS.has(lemmaOf(t, o));
  return (
    childrenOf(t, p, 'obl').find(setting) ??
    childrenOf(t, p, 'nsubj')
      .flatMap((k) => childrenOf(t, k, 'parataxis', 'nmod', 'appos'))
      .find((o) => o < p && setting(o))
  );
}

/** The gatherings a verb's object of progress is made in: "made progress | in talks with Y", "made headway at the summit". */
function progressGatherings(t: Tree, w: number): number[] {
  const progress = childrenOf(t, w, 'obj').filter((k) => /^(progress|headway|breakthrough)$/.test(lemmaOf(t, k)));
  if (progress.length === 0) return [];
  return [...progress.flatMap((k) => childrenOf(t, k, 'nmod')), ...childrenOf(t, w, 'obl')].filter(
    (k) => /^(in|at)$/.test(caseOf(t, k) ?? '') && MEETING_HEADS.has(lemmaOf(t, k)),
  );
}

/** The gathering of "on the sidelines/margins of <gathering>", given the margins' word. */
function marginOf(t: Tree, o: number): number | undefined {
  if (caseOf(t, o) !== 'on' || !/^(sidelines?|margins?)$/.test(lemmaOf(t, o))) return undefined;
  return childrenOf(t, o, 'nmod').find((k) => caseOf(t, k) === 'of');
}

/**
 * The noun of a "for" phrase that follows a word's phrase straight away, wherever the parser hung
 * it: "who is in Karsk | for talks with bankers" (hung on the name before the comma), "when he is
 * in Karsk | for the meeting" (hung on the main verb). English puts what one is somewhere for right
 * after where.
 */
function purposeAfter(t: Tree, w: number): number | undefined {
  return phraseAfter(t, w, /^for$/);
}

/** The noun of a prepositional phrase that starts right after a word's phrase, wherever it is hung. */
function phraseAfter(t: Tree, w: number, preposition: RegExp): number | undefined {
  const next = subtreeSpan(t.parse, w).last + 1;
  if (!preposition.test(t.parse.tokens[next]?.text.toLowerCase() ?? '')) return undefined;
  const noun = t.parse.tokens[next]!.head;
  return noun > next && t.parse.tokens[next]!.deprel === 'case' ? noun : undefined;
}

/**
 * The delegation a role noun is of: "head of Dorvia's delegation" → "delegation"; the "of" phrase
 * right after the noun, also when the parser hangs it on an earlier conjunct ("trade representative
 * and head | of Dorvia's delegation").
 */
function delegationOf(t: Tree, w: number): number | undefined {
  const of = childrenOf(t, w, 'nmod').find((k) => caseOf(t, k) === 'of') ?? phraseAfter(t, w, /^of$/);
  return of !== undefined && DELEGATION_NOUNS.has(lemmaOf(t, of)) ? of : undefined;
}

/** Verbs that raise pressure on someone: "stepped up pressure on X". */
const PRESSURE_VERBS = new Set(['step', 'increase', 'intensify', 'ratchet', 'mount', 'pile', 'keep', 'maintain']);

/** Nouns of an offer to take part: declining one declines the gathering it is to. */
const INVITATION_NOUNS = new Set(['invitation', 'invite', 'offer']);
/** Demand nouns after "at" that say the clause's act was done as asked: "At the urging of X, Y …". */
const DONE_AT_ASKING = new Set(['urging', 'request', 'behest', 'insistence', 'demand', 'call']);
/** What one contests by running for it ("contested the seat", "contest the presidency"), not by disputing it. */
const COMPETED_FOR =
  /^(election|elections|poll|polls|vote|ballot|primary|primaries|race|seat|seats|constituency|ward|district|post|office|presidency|leadership|nomination|title|championship|match|final|cup)$/;

/** Adjectives that make a gathering only hoped for or planned: "a possible / proposed meeting". */
const UNREALISED_ADJECTIVES = /^(possible|proposed|planned|future|potential|prospective|hypothetical)$/;

/**
 * The frames of the four relations read from a predicate and its arguments: speech and telling
 * (STATED), demands and threats (DEMANDED), rejections, refusals and verdicts (REJECTED),
 * attendance and meetings (ATTENDS), for verbs and for nominal triggers, and the settings that
 * place actors at an event.
 */

/** The frame readers of one article. */
export function frameReader(ctx: RelateContext, args: ArgumentReader) {
  const { entities, relations, discourse } = ctx;
  const {
    isEvent,
    settingEvent,
    threatenedBy,
    membersOf,
    actorLike,
    agentOf,
    subjectOf,
    authorOf,
    eventOf,
    eventTargetOf,
    eventTargetsOf,
    eventTargetOfPassive,
    meetingEvent,
    actorOf,
    hasContent,
  } = args;

  /** Relations of a verb predicate. */
  function verbRelations(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const lemma = lemmaOf(t, p);
    const pred = predicateOf(t, p);
    if (CALLING.has(lemma) || DESCRIBING_AS.has(lemma)) invalidity(s, p, emit);
    if (VERDICT_VERBS.has(lemma) && !isNegated(t.parse, p) && factual(t, p, false))
      verdict(s, p, subjectOf(s, p), emit);
    if (lemma === 'give') deadlineGiven(s, p, emit);
    if (!pred) return;
    const negated = isNegated(t.parse, p) || matrixNegated(t, p) || subjectNegated(t, p) || coordinationNegated(t, p);
    if (pred.frame === 'accept') {
      if (undecided(t, p)) return;
      // "did not accept", "would not / could not accept" (a refusal, unless a condition follows) are
      // rejections; "might not approve" is only a possibility, "should / must not accept" advice.
      const hedged = /^(might|may|should|must)$/.test(modality(t.parse, p) ?? '');
      if (negated && !hedged && factual(t, p, true)) rejection(s, p, pred, emit);
      return;
    }
    if (negated || !factual(t, p, false)) return;
    if (pred.needsContent && !hasContent(s, p)) return;
    // "said nothing", "has said nothing publicly": saying nothing is silence, no statement.
    if (pred.relation === 'STATED' && saidNothing(t, p)) return;
    // "would state his position", "will announce a package", "must announce cuts": a statement not yet made (or
    // only owed) is not reported speech.
    if (
      pred.relation === 'STATED' &&
      /^(will|shall|would|could|might|may|must|should)$/.test(modality(t.parse, p) ?? '')
    )
      return;
    if (pred.needsClause && !asksSomeone(t, p, s.view.inQuote[t.token[p]!])) return;
    if (pred.relation === 'DEMANDED' && pressInquiry(t, p)) return;
    if (mandativeClause(t, p) !== undefined)
      return demand(s, p, { ...pred, relation: 'DEMANDED', frame: 'demand' }, emit);
    // "In a statement to the BBC, X denied …", "in an interview with CNN, X called for …": the
    // statement or interview is a speech act of its own, to whom it was given.
    if (pred.frame === 'reject' || pred.frame === 'demand') {
      const setting = speechSetting(t, p);
      const sources = setting === undefined ? [] : subjectOf(s, p);
      if (setting !== undefined && sources.length)
        emit('STATED', sources, settingAddressee(s, setting, sources) ?? null, p, 0.8);
    }
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

  /**
   * "gave Uganda until Friday to withdraw", "gave X until the end of the month to resign": a time
   * limit given for an act is an ultimatum, a demand on the one given it (CAMEO 13, FN Request).
   */
  function deadlineGiven(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    if (isNegated(t.parse, p) || !factual(t, p, false)) return;
    const recipient = childOf(t, p, 'iobj') ?? childOf(t, p, 'obj');
    // "gave the two states | until April 3": the limit may hang on the recipient.
    const until =
      recipient === undefined
        ? undefined
        : [...childrenOf(t, p, 'obl'), ...childrenOf(t, recipient, 'nmod')].find((k) => caseOf(t, k) === 'until');
    if (recipient === undefined || until === undefined) return;
    const toAct = (k: number): boolean => markOf(t, k) === 'to' && /^(VERB|AUX)$/.test(t.parse.tokens[k]!.upos);
    const limited =
      childrenOf(t, p, 'advcl', 'xcomp').some(toAct) ||
      t.parse.tokens.some(
        (w, k) => hasLabel(w.deprel, 'acl') && toAct(k) && subtreeSpan(t.parse, until).last >= k && k > until,
      );
    if (!limited) return;
    const targets = membersOf(s, recipient).filter((e) => !isEvent(e));
    const sources = subjectOf(s, p).filter((e) => !targets.includes(e));
    for (const target of targets) emit('DEMANDED', sources, target, p, 0.7);
  }

  /** "in remarks to al-Ikhbariya television", "in an interview with CNN": whom the words were for. */
  function settingAddressee(s: Sentence, o: number, sources: number[]): number | undefined {
    const { t } = s;
    const withWhom = childrenOf(t, o, 'nmod').find((k) => caseOf(t, k) === 'with' || caseOf(t, k) === 'to');
    // The speaker is never the one spoken to ("In a letter to A, B said" parsed with B a conjunct of A).
    const who = withWhom !== undefined ? membersOf(s, withWhom).filter((e) => !isEvent(e) && !sources.includes(e)) : [];
    return who.length === 1 ? who[0] : undefined;
  }

  /** "Speaking to the Atlantic Council, X said / called …": whom the speaker was talking to. */
  function spokenTo(s: Sentence, p: number, sources: number[]): number | undefined {
    const { t } = s;
    let target: number | undefined;
    for (const c of childrenOf(t, p, 'advcl')) {
      if (!/^(speak|talk)$/.test(lemmaOf(t, c)) || t.parse.tokens[c]!.xpos !== 'VBG') continue;
      if (childOf(t, c, 'nsubj') !== undefined) continue;
      const to = childrenOf(t, c, 'obl').find((k) => /^(to|with)$/.test(caseOf(t, k) ?? ''));
      const heard = to === undefined ? [] : membersOf(s, to).filter((e) => !isEvent(e) && !sources.includes(e));
      if (heard.length === 1 && entities[heard[0]!]!.type !== 'Place') target = heard[0]!;
    }
    return target;
  }

  function speech(s: Sentence, p: number, pred: Predicate, emit: Emit): void {
    const { t } = s;
    // "the book written by X", "a statement issued by Y": a participle describing a thing reports no speech.
    const w = t.parse.tokens[p]!;
    if (w.xpos === 'VBN' && hasLabel(w.deprel, 'acl')) return;
    // "China posted a budget deficit": a result recorded, no words published.
    if (pred.lemma === 'post' && childrenOf(t, p, 'obj').some((k) => RECORDED_RESULTS.has(lemmaOf(t, k)))) return;
    if (unnamedGroup(s, p)) return;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    let target: number | null = null;
    // "said on ABC's This Week" parsed with "on" as a particle and the outlet as its object.
    const on = childrenOf(t, p, 'compound:prt').filter((k) => lemmaOf(t, k) === 'on');
    const onObjects = new Set(on.flatMap((k) => childrenOf(t, k, 'obj')));
    for (const o of [...childrenOf(t, p, 'obl', 'obj', 'iobj'), ...onObjects]) {
      const c = onObjects.has(o) ? 'on' : caseOf(t, o);
      const ents = membersOf(s, o).filter((e) => !isEvent(e));
      // "said to X", "told X" handled by telling; "said on ABC", "in an interview with X".
      if (c === 'to' && ents.length === 1 && entities[ents[0]!]!.type !== 'Place') target = ents[0]!;
      else if (c === 'on' || c === 'to') {
        // "said on ABC", "told reporters on ABC's This Week": the outlet, or the programme's owner.
        const owner = childOf(t, o, 'nmod:poss');
        const outlet = [...ents, ...(owner !== undefined ? membersOf(s, owner) : [])].find((e) => entities[e]!.outlet);
        if (outlet !== undefined) target = outlet;
      } else if (/^i?obj$/.test(t.parse.tokens[o]!.deprel) && WARNING_VERBS.has(lemmaOf(t, p)) && ents.length === 1) {
        // "warned Tony Blair that …", "warned the United States against …", "assured the court
        // that …": the one warned or assured is told something.
        target = ents[0]!;
      } else if (c === 'in' && SPEECH_SETTINGS.has(lemmaOf(t, o))) {
        target = settingAddressee(s, o, sources) ?? target;
      }
    }
    const setting = speechSetting(t, p);
    if (target === null && setting !== undefined) target = settingAddressee(s, setting, sources) ?? null;
    target ??= spokenTo(s, p, sources) ?? null;
    const confidence = pred.frame === 'judgement' ? 0.6 : 0.85;
    emit('STATED', sources, target, p, confidence);
    // "warned Dorvia to withdraw", "cautioned X not to …": a warning to act is a demand on the one
    // warned (VerbNet advise-37.9 with an infinitive).
    // ("warned X to expect a long war" tells what will come, asks nothing.)
    const directive = childrenOf(t, p, 'xcomp').some(
      (c) => markOf(t, c) === 'to' && !/^(expect|anticipate)$/.test(lemmaOf(t, c)),
    );
    if (target !== null && directive && /^(warn|caution)$/.test(lemmaOf(t, p)))
      emit('DEMANDED', sources, target, p, 0.7);
    // "said it would strike Iraq unless it gave …": a conditional threat in what is said.
    // ("would have suffered if the government had not devalued": a past counterfactual threatens no one.)
    for (const c of childrenOf(t, p, 'ccomp'))
      if (/^(will|would)$/.test(modality(t.parse, c) ?? '') && !counterfactual(t, c))
        conditions(s, [c], sources, p, true, emit);
    mustAct(s, p, sources, emit);
    verdict(s, p, sources, emit);
    if (pred.lemma === 'denounce') {
      const o = childOf(t, p, 'obj');
      emit('REJECTED', sources, o === undefined ? null : (authorOf(s, o)[0] ?? null), p, 0.6);
    }
  }

  /**
   * "said the government must act", '"Poland must act," X told reporters': a statement that a
   * named party must act is a demand on it; "we must be clear" (the speaker's resolve), "the system
   * must change" (an opinion with no party to act) and "X should act" (advice) are none. Insisting
   * that someone must or (the mandative) should act asks it, named or not ("insisted that any move
   * must follow the law").
   */
  function mustAct(s: Sentence, p: number, sources: number[], emit: Emit): void {
    const { t } = s;
    const insisted = lemmaOf(t, p) === 'insist';
    // '"Poland must act," X said' parsed with the speech verb beside the quoted clause it reports
    // (as its parataxis, a conjunct with no "and" or a clause with no subordinator, after the comma
    // or quotation mark that closes the quote).
    const w = t.parse.tokens[p]!;
    const beside =
      w.deprel === 'parataxis' ||
      (w.deprel === 'conj' && childOf(t, p, 'cc') === undefined) ||
      (w.deprel === 'advcl' && childOf(t, p, 'mark') === undefined);
    const before = t.parse.tokens[subtreeSpan(t.parse, p, ['punct']).first - 1];
    const reported = beside && w.head >= 0 && w.head < p && /^[,"'”’]+$/.test(before?.text ?? '') ? [w.head] : [];
    for (const c of [...childrenOf(t, p, 'ccomp'), ...reported]) {
      const modal = modality(t.parse, c);
      if (!(modal === 'must' || (insisted && modal === 'should')) || isNegated(t.parse, c)) continue;
      const subject = childOf(t, c, 'nsubj', 'nsubj:pass');
      if (subject === undefined || /^(we|i)$/i.test(t.parse.tokens[subject]!.text)) continue;
      // "TF-1 should achieve a profit", "China must be a member": a forecast or a condition, not an act asked for.
      if (OUTCOME_VERBS.has(lemmaOf(t, c)) || childOf(t, c, 'cop') !== undefined) continue;
      const targets = membersOf(s, subject).filter((e) => !sources.includes(e) && !isEvent(e));
      if (insisted && targets.length === 0) emit('DEMANDED', sources, null, p, 0.6, [c]);
      for (const target of targets) emit('DEMANDED', sources, target, p, 0.65, [c]);
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

  /**
   * "EC sources said", "U.S. officials told reporters": unnamed people of a body or country, whose
   * words are theirs, not the body's own statement (the guideline leaves such a speaker optional).
   */
  function unnamedGroup(s: Sentence, p: number, nouns: ReadonlySet<string> = UNNAMED_GROUPS): boolean {
    const { t } = s;
    const subject = childOf(t, p, 'nsubj');
    if (subject === undefined || t.parse.tokens[subject]!.xpos !== 'NNS') return false;
    // "two German officials, State Secretaries A and B, told reporters": named after all.
    const named = membersOf(s, subject).some((e) => entities[e]!.type === 'Person');
    return nouns.has(lemmaOf(t, subject)) && !named;
  }

  /**
   * ", telling Ivo Brandt that …", ", telling the Ostrava Times that …" parsed with the one told as
   * a bare oblique: a telling verb's first phrase, with no preposition, that names a party (a time
   * phrase names none) is its object.
   */
  function bareNamedOblique(s: Sentence, p: number): number | undefined {
    const { t } = s;
    const first = (t.kids[p] ?? []).find((k) => k > p && t.parse.tokens[k]!.upos !== 'PUNCT');
    if (first === undefined || !/^obl(:unmarked)?$/.test(t.parse.tokens[first]!.deprel)) return undefined;
    if (childOf(t, first, 'case') !== undefined) return undefined;
    const named = membersOf(s, first).filter((e) => entities[e]!.type !== 'Event' && entities[e]!.type !== 'Place');
    return named.length ? first : undefined;
  }

  function telling(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    if (unnamedGroup(s, p)) return;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    const addressee =
      childOf(t, p, 'iobj', 'obj') ??
      (voice(t.parse, p) === 'passive' ? childOf(t, p, 'nsubj:pass') : undefined) ??
      bareNamedOblique(s, p);
    // Telling has someone told — a party, people, a gathering: "assuring the aid will go through"
    // makes sure and says nothing.
    if (addressee === undefined) return;
    // "told a news conference the team was ready" misparsed as one clause: "tell" still tells someone.
    if (lemmaOf(t, p) === 'tell' && childOf(t, addressee, 'nsubj', 'cop') !== undefined) {
      emit('STATED', sources, null, p, 0.8);
      return;
    }
    // "MPs" tagged a proper plural keeps its "-s" as lemma.
    const addressed = t.parse.tokens[addressee]!;
    const told = addressed.xpos === 'NNPS' ? lemmaOf(t, addressee).replace(/s$/, '') : lemmaOf(t, addressee);
    // The second object of a ditransitive is its recipient ("told MPs the deal was done"), and a
    // name told is a party ("assured Dorvia that …"), whether or not it is an entity.
    const asking = lemmaOf(t, p) === 'ask';
    const recipient = !asking && (addressed.deprel === 'iobj' || addressed.upos === 'PROPN');
    // A body told is a party too, named or not ("told a Senate subcommittee that …"); a question
    // put to one not named ("asked the bank whether …") is left out.
    const body = ORG_HEADS.has(told) && !asking;
    const party = actorLike(s, addressee) || HUMAN_NOUNS.has(told) || AGENT_NOUNS.has(told) || body || recipient;
    if (!party && !AUDIENCE_NOUNS.has(told) && !ATTENDABLE_HEADS.has(told)) return;
    const to = addressee !== undefined ? membersOf(s, addressee).filter((e) => !isEvent(e)) : [];
    if (to.length === 0) emit('STATED', sources, null, p, 0.85);
    for (const a of to) emit('STATED', sources, a, p, 0.85);
    mustAct(s, p, sources, emit);
    // "told Tamura to redouble his efforts": telling someone to act is an order (FN Request).
    const ordered = childrenOf(t, p, 'xcomp').some(
      (c) => markOf(t, c) === 'to' && !isNegated(t.parse, c) && !/^(expect|anticipate)$/.test(lemmaOf(t, c)),
    );
    if (lemmaOf(t, p) === 'tell' && ordered) for (const a of to) emit('DEMANDED', sources, a, p, 0.7);
    // "told its members to strike", "told the workers to return": an order to people no name
    // stands for asks someone unnamed (not an audience: "told reporters to expect …").
    // The infinitive right after them: "told Reuters proposals to reduce the quota were …" is
    // a misparse of a noun's infinitive, no order.
    const next = subtreeSpan(t.parse, addressee).last + 1;
    const toAct = childrenOf(t, p, 'xcomp').some((c) => subtreeSpan(t.parse, c).first === next);
    // People or a body by their noun, and no content told beside the order ("told X that …").
    const people =
      (HUMAN_NOUNS.has(told) || AGENT_NOUNS.has(told) || ASKABLE_NOUNS.has(told) || ORG_HEADS.has(told)) &&
      childOf(t, p, 'ccomp') === undefined;
    if (lemmaOf(t, p) === 'tell' && ordered && toAct && to.length === 0 && people)
      emit('DEMANDED', sources, null, p, 0.65);
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
    // "must press ahead with measures", "pushed on with": going on with a course asks no one (the
    // particle of "was called on by X" is the verb's own).
    const onward = (k: number): boolean =>
      /^(ahead|on)$/.test(lemmaOf(t, k)) && !pred.lemma.endsWith(` ${lemmaOf(t, k)}`);
    if (childrenOf(t, p, 'advmod', 'compound:prt').some(onward)) return;
    // "requested anonymity", "requested public comment": a condition for speaking, or a
    // consultation, asks no party to act.
    if (childrenOf(t, p, 'obj').some((k) => /^(anonymity|comment|comments)$/.test(lemmaOf(t, k)))) return;
    // "insisted on her innocence": insisting on what one holds true of oneself asserts it.
    if (
      pred.lemma === 'insist on' &&
      childrenOf(t, p, 'obl').some((o) => caseOf(t, o) === 'on' && ASSERTED_QUALITIES.has(lemmaOf(t, o)))
    )
      return speech(s, p, { ...pred, relation: 'STATED', frame: 'speech' }, emit);
    // "insists on making X conditional on Y", "insisted on keeping its troops": insisting on one's
    // own course of action is a standing position, asked of nobody ("insisted on X's resignation"
    // and "insisted on X leaving" ask X).
    if (pred.lemma === 'insist on' && insistsOnOwnAct(t, p)) return;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    // "asked X why …", "asked X whether …": a question put to X is something said to X.
    if (pred.lemma === 'ask' && asksQuestion(t, p)) {
      telling(s, p, emit);
      return;
    }
    const targets = new Set<number>();
    const add = (w: number | undefined): void => {
      if (w === undefined) return;
      for (const e of membersOf(s, w)) if (!isEvent(e)) targets.add(e);
    };
    // "demanded Iran's withdrawal", "called for X's resignation": the possessor of an act asked
    // for is the one to do it — unless the act is done to them ("X's release", "X's extradition");
    // so is the "of" phrase of an act with no object ("called for the resignation of X").
    // An end asked for is asked of whoever does what is to end ("demanded an end to Chile's arms
    // sales": Chile; "an end to the violence" names no one).
    // (The "to" phrase the parser hung on the verb right after the noun is the noun's.)
    const ended = (noun: number): number | undefined => {
      if (!ENDING_NOUNS.has(lemmaOf(t, noun)) || childOf(t, noun, 'nmod:poss') !== undefined) return undefined;
      const own = childrenOf(t, noun, 'nmod').find((k) => /^(to|of)$/.test(caseOf(t, k) ?? ''));
      const next = subtreeSpan(t.parse, noun).last + 1;
      const stranded = childrenOf(t, p, 'obl').find(
        (k) => caseOf(t, k) === 'to' && subtreeSpan(t.parse, k).first === next,
      );
      return own ?? stranded;
    };
    const actor = (noun: number): number | undefined => {
      const act = ended(noun);
      if (act !== undefined) return UNDERGONE_ACTS.has(lemmaOf(t, act)) ? undefined : childOf(t, act, 'nmod:poss');
      return UNDERGONE_ACTS.has(lemmaOf(t, noun))
        ? undefined
        : (childOf(t, noun, 'nmod:poss') ??
            (INTRANSITIVE_ACTS.has(lemmaOf(t, noun))
              ? childrenOf(t, noun, 'nmod').find((k) => caseOf(t, k) === 'of')
              : undefined));
    };
    for (const o of childrenOf(t, p, 'obl')) {
      const c = caseOf(t, o);
      // "demanded an explanation from Russia": the one asked is where it is to come from.
      if (c && (pred.targetCase?.includes(c) || c === 'from' || c === 'of')) add(o);
      // "called for President Reagan to force Japan …": the one asked to act.
      else if (c === 'for' && actorLike(s, o) && childOf(t, p, 'xcomp', 'advcl') !== undefined) add(o);
      else if ((c === 'for' || (c === 'on' && pred.lemma === 'insist on')) && !actorLike(s, o)) add(actor(o));
    }
    // "called for her to step down" parsed with "her" a possessor in the clause marked "for"
    // (unless it is the demander: a pronoun of unknown gender may point back).
    for (const c of childrenOf(t, p, 'advcl')) {
      const possessor = markOf(t, c) === 'for' ? childOf(t, c, 'nmod:poss') : undefined;
      if (possessor === undefined) continue;
      for (const e of membersOf(s, possessor)) if (!isEvent(e) && !sources.includes(e)) targets.add(e);
    }
    if (!(voice(t.parse, p) === 'passive')) {
      add(childOf(t, p, 'iobj'));
      const obj = childOf(t, p, 'obj');
      // "urged the government to …": the object is asked; "demanded the release of X": X is released, not asked.
      const undergone = obj !== undefined && UNDERGONE_ACTS.has(lemmaOf(t, obj));
      if (obj !== undefined && !undergone && (childOf(t, p, 'xcomp') !== undefined || actorLike(s, obj))) add(obj);
      if (
        obj !== undefined &&
        targets.size === 0 &&
        (undergone || !actorLike(s, obj)) &&
        !ownPeopleAsked(s, p, obj, sources)
      ) {
        // "demanded an explanation from Russia": the one it is to come from.
        add(actor(obj));
        add(childrenOf(t, obj, 'nmod').find((k) => caseOf(t, k) === 'from'));
      }
    } else {
      add(patientOf(t, p));
    }
    // "demanded that X withdraw", "called for X to resign".
    for (const c of childrenOf(t, p, 'ccomp', 'advcl')) {
      if (hasLabel(t.parse.tokens[c]!.deprel, 'advcl') && markOf(t, c) !== 'for') continue;
      add(childOf(t, c, 'nsubj'));
    }
    // "wrote to the embassy asking to waive …": a request sent with a letter asks its recipient.
    const w = t.parse.tokens[p]!;
    if (targets.size === 0 && sentWith(t, p))
      add(childrenOf(t, w.head, 'obl').find((k) => caseOf(t, k) === 'to' && k < p));
    // "In a letter to X, Y demanded …": a letter's request asks its recipient (not so a statement to
    // a broadcaster).
    if (targets.size === 0) {
      const letter = childrenOf(t, p, 'obl').find(
        (o) => caseOf(t, o) === 'in' && /^(letter|message|note)$/.test(lemmaOf(t, o)),
      );
      const recipient = letter === undefined ? undefined : settingAddressee(s, letter, sources);
      if (recipient !== undefined) targets.add(recipient);
    }
    // "resumed talks as requested by X", "is willing to resume talks as demanded by X": what is done
    // as someone asked was asked of whoever does it.
    if (targets.size === 0 && w.xpos === 'VBN' && hasLabel(w.deprel, 'advcl') && markOf(t, p) === 'as' && w.head >= 0)
      for (const e of subjectOf(s, w.head)) if (!isEvent(e) && !sources.includes(e)) targets.add(e);
    // "sought an apology" with no one named asks whoever owes it, which the sentence does not say.
    if (targets.size === 0 && pred.lemma.startsWith('seek ')) return;
    if (targets.size === 0) emit('DEMANDED', sources, null, p, 0.75);
    for (const target of targets) emit('DEMANDED', sources, target, p, 0.8);
  }

  /**
   * "X urged his allies to …", "the union told its members to …": people or a body asked to act
   * whose possessor is the demander are someone the demander leads or belongs to, unnamed — not the
   * demander's own act, as "wants our membership to serve as a catalyst" is.
   */
  function ownPeopleAsked(s: Sentence, p: number, obj: number, sources: number[]): boolean {
    const { t } = s;
    const possessor = childOf(t, obj, 'nmod:poss');
    if (possessor === undefined || childOf(t, p, 'xcomp') === undefined) return false;
    const noun = lemmaOf(t, obj);
    const people = t.parse.tokens[obj]!.xpos === 'NNS' || HUMAN_NOUNS.has(noun) || ORG_HEADS.has(noun);
    const owners = membersOf(s, possessor);
    return people && owners.length > 0 && owners.every((e) => sources.includes(e));
  }

  /** The gathering an invitation or offer (object of `p`) is to: "to the summit", "to attend the talks". */
  function invitedEvent(s: Sentence, p: number, obj: number): number | undefined {
    const { t } = s;
    for (const k of [...childrenOf(t, obj, 'nmod'), ...childrenOf(t, p, 'obl')]) {
      const ev = caseOf(t, k) === 'to' ? eventOf(s, k) : undefined;
      if (ev !== undefined) return ev;
    }
    for (const c of [...childrenOf(t, obj, 'acl'), ...childrenOf(t, p, 'xcomp', 'advcl')]) {
      const frame = predicateOf(t, c)?.frame;
      const ev = frame === 'attend' || frame === 'meet' ? eventTargetOf(s, c) : undefined;
      if (ev !== undefined) return ev;
    }
    return undefined;
  }

  function rejection(s: Sentence, p: number, pred: Predicate, emit: Emit): void {
    const { t } = s;
    const lemma = pred.lemma;
    const sources = subjectOf(s, p);
    if (sources.length === 0) return;
    // "skip class", "skipped breakfast to attend the fair": skipping rejects only a gathering one
    // was to attend ("skip the summit"); its infinitive says what for, not what is rejected.
    if (lemma === 'skip') {
      const skipped = childOf(t, p, 'obj');
      const ev = skipped === undefined ? undefined : eventOf(s, skipped);
      if (ev !== undefined) emit('REJECTED', sources, ev, p, 0.8);
      return;
    }
    // "pulled out of the summit", "walked out of the talks", "withdrew from the talks": leaving a gathering
    // rejects it; "withdrew its troops", "pulled out of the market" reject nothing.
    if (lemma === 'withdraw' || lemma.startsWith('pull out') || lemma.startsWith('walk out')) {
      const left = childrenOf(t, p, 'obl').find((k) => /^(from|of|out|out of)$/.test(caseOf(t, k) ?? ''));
      const ev = left === undefined || childOf(t, p, 'obj') !== undefined ? undefined : eventOf(s, left);
      if (ev !== undefined) emit('REJECTED', sources, ev, p, 0.75);
      return;
    }
    // "contested the election", "will contest the seat": competing for a post or in a race rejects
    // nothing; "contested the ruling", "contests this" dispute it.
    if (lemma === 'contest') {
      const contested = childOf(t, p, 'obj');
      if (contested === undefined || COMPETED_FOR.test(lemmaOf(t, contested)) || eventOf(s, contested) !== undefined)
        return;
    }
    // "refused to rule out": refusing a refusal is no rejection; "declined to comment" rejects nothing.
    // An infinitive after an object is the object's ("rejected calls from X to withdraw", hung on
    // the verb by the parser): no verb of rejection takes an object and an infinitive of its own.
    const xcomp = childOf(t, p, 'xcomp');
    const objectFirst = childrenOf(t, p, 'obj').some((o) => xcomp !== undefined && o < xcomp);
    if (xcomp !== undefined && !objectFirst) {
      const inner = predicateOf(t, xcomp);
      if (inner?.frame === 'reject' || NOT_SAYING.has(lemmaOf(t, xcomp))) return;
      // "declining to put figures on possible contracts", "refused to put a date on it": withholding a number.
      const withheld = childOf(t, xcomp, 'obj');
      if (lemmaOf(t, xcomp) === 'put' && withheld !== undefined && QUANTITY_NOUNS.has(lemmaOf(t, withheld))) return;
      // "declined to attend the summit": the event is what is rejected.
      if (inner?.frame === 'attend' || inner?.frame === 'meet') {
        emit('REJECTED', sources, eventTargetOf(s, xcomp) ?? null, p, 0.8);
        return;
      }
      // "refused to accept X's proposal", "declined to recognise the X government": what is not
      // accepted is rejected, with its author.
      if (inner?.frame === 'accept') {
        const accepted = childOf(t, xcomp, 'obj');
        const authors = accepted === undefined ? [] : authorOf(s, accepted).filter((e) => !sources.includes(e));
        if (authors.length) {
          for (const a of authors) emit('REJECTED', sources, a, p, 0.75);
          return;
        }
      }
      // "refused to allow Tarn planes to land", "declined to let X join": whoever was not let is refused.
      const allowed = /^(allow|permit|let)$/.test(lemmaOf(t, xcomp)) ? childOf(t, xcomp, 'obj', 'iobj') : undefined;
      const refused = allowed === undefined ? [] : authorOf(s, allowed).filter((e) => !sources.includes(e));
      if (refused.length) {
        for (const r of refused) emit('REJECTED', sources, r, p, 0.7);
        return;
      }
      emit('REJECTED', sources, null, p, 0.7);
      return;
    }
    // "dismissed the criticism by X", "balked at the proposal from X" parsed with "by/from X" hung
    // on the verb: an active verb of rejection takes no agent or source of its own, so right after
    // a proposal or claim it names the proposal's author.
    const authorsOf = (noun: number): number[] => {
      const own = authorOf(s, noun);
      // "X accused Y of lying, a charge Y denies": a claim set beside the clause that made it is
      // that clause's speaker's.
      const word = t.parse.tokens[noun]!;
      const made = word.head >= 0 && /^(appos|conj|parataxis)/.test(word.deprel) ? word.head : undefined;
      if (own.length === 0 && made !== undefined && made < noun && CLAIM_NOUNS.has(lemmaOf(t, noun))) {
        if (predicateOf(t, made)?.relation === 'STATED') return subjectOf(s, made);
      }
      if (own.length || !PROPOSAL_NOUNS.has(lemmaOf(t, noun)) || voice(t.parse, p) === 'passive') return own;
      const after = subtreeSpan(t.parse, noun).last + 1;
      const by = childrenOf(t, p, 'obl').find(
        (k) => /^(by|from)$/.test(caseOf(t, k) ?? '') && subtreeSpan(t.parse, k).first === after,
      );
      return by === undefined ? [] : membersOf(s, by);
    };
    const passive = voice(t.parse, p) === 'passive';
    const w = t.parse.tokens[p]!;
    // "X's plan, rejected by Y,": the participle's noun is what is rejected.
    const described = w.xpos === 'VBN' && hasLabel(w.deprel, 'acl') && w.head >= 0 ? w.head : undefined;
    // "brushed aside the criticism" parsed with the particle as the noun's preposition: the noun is the object.
    const particle = pred.lemma.split(' ')[1];
    const particleObject = childrenOf(t, p, 'obl').find((k) => particle !== undefined && caseOf(t, k) === particle);
    // "the proposal, which X rejected": the relative clause's noun.
    const relative = relativeClauseObject(t, p);
    const obj = relative ?? (passive ? patientOf(t, p) : (childOf(t, p, 'obj') ?? particleObject ?? described));
    // "decline" with no object or infinitive, or with an amount, is a fall ("shares declined",
    // "the stock declined 5 pct", "Texaco declined 1/2 to 30").
    if (lemma === 'decline' && (obj === undefined || amount(t, obj))) return;
    // "declining demand", "declining prices": a participle right before its noun describes a fall.
    if (lemma === 'decline' && w.xpos === 'VBG' && obj === p + 1) return;
    // "declined comment", "refused an interview": withholding words is no rejection of anyone.
    const withheld = obj !== undefined && PRESS_REQUESTS.has(t.parse.tokens[obj]!.text.toLowerCase());
    if (withheld && /^(decline|refuse)$/.test(lemma) && childOf(t, obj, 'nmod:poss') === undefined) return;
    // "dismissed the head of its department", "dismissed Burkhard Junger": firing someone (FN Firing).
    if (
      lemma === 'dismiss' &&
      obj !== undefined &&
      (HUMAN_NOUNS.has(lemmaOf(t, obj)) ||
        AGENT_NOUNS.has(lemmaOf(t, obj)) ||
        membersOf(s, obj).some((e) => entities[e]!.type === 'Person'))
    )
      return;
    // "disagreed with the minister on policy": differing with a person or body is a difference of
    // opinion, no rejection of anything they proposed or claimed (that needs the view itself).
    if (/^(disagree|differ)$/.test(pred.lemma)) {
      const other = disagreedWith(t, p);
      const someone =
        other !== undefined &&
        (actorLike(s, other) ||
          HUMAN_NOUNS.has(lemmaOf(t, other)) ||
          AGENT_NOUNS.has(lemmaOf(t, other)) ||
          t.parse.tokens[other]!.upos === 'PRON');
      if (someone) return;
    }
    if (obj === undefined) {
      if (pred.lemma === 'stay away') {
        const from = childrenOf(t, p, 'obl').find((k) => caseOf(t, k) === 'from');
        emit('REJECTED', sources, from === undefined ? null : (eventOf(s, from) ?? null), p, 0.7);
        return;
      }
      // "disagrees with the U.S. view", "hit back at X's criticism": the author of what is answered.
      const answered = childrenOf(t, p, 'obl').find((k) => pred.targetCase?.includes(caseOf(t, k) ?? '') === true);
      if (answered !== undefined) {
        const authors = authorsOf(answered).filter((e) => !sources.includes(e));
        if (authors.length === 0) emit('REJECTED', sources, null, p, 0.6);
        for (const a of authors) emit('REJECTED', sources, a, p, 0.7);
        return;
      }
      // "NATO and the U.S. rejected." / "denied that …": whom, if anyone, the discourse says.
      emit('REJECTED', sources, childOf(t, p, 'ccomp') === undefined ? demandAnswered(s, sources) : null, p, 0.6);
      return;
    }
    // "declined an invitation to the summit", "turned down an offer to attend the talks": the gathering.
    const invited = INVITATION_NOUNS.has(lemmaOf(t, obj)) ? invitedEvent(s, p, obj) : undefined;
    if (invited !== undefined) {
      emit('REJECTED', sources, invited, p, 0.8);
      return;
    }
    // "denied Kuwait was pumping above its quota": the "object" is the subject of a denied clause.
    const next = t.parse.tokens[subtreeSpan(t.parse, obj).last + 1];
    if (
      !passive &&
      obj !== described &&
      obj !== relative &&
      next !== undefined &&
      /^(VBD|VBZ|VBP|MD)$/.test(next.xpos)
    ) {
      emit('REJECTED', sources, null, p, 0.6);
      return;
    }
    // "Rouhani said the deal grants Iran the right to enrich. The United States disputes this.": a
    // demonstrative object stands for what the sentence before reported someone else saying or asking.
    if (t.parse.tokens[obj]!.upos === 'PRON' && /^(this|that)$/i.test(t.parse.tokens[obj]!.text)) {
      emit('REJECTED', sources, previousSaying(s, sources), p, 0.65);
      return;
    }
    // "ruled out the possibility of a summit", "dismissed the prospect of participation in such an
    // arrangement": what would be possible, or taken part in, is what is rejected.
    const thing = possibilityOf(t, obj, p);
    const targets = authorsOf(thing).filter((e) => !sources.includes(e));
    // "X proposed talks. Y rejected the proposal.": whoever put forward the one proposal meant.
    if (targets.length === 0 && proposalDescription(t, thing)) {
      const authors = proposalAnswered(s, thing, sources);
      if (authors.length === 0) emit('REJECTED', sources, null, p, 0.7);
      for (const a of authors) emit('REJECTED', sources, a, p, 0.7);
      return;
    }
    // "this argument was rejected", "the decision was rejected": a claim or demand made before.
    if (targets.length === 0 && anaphoric(t, obj)) {
      const answered = CLAIM_NOUNS.has(lemmaOf(t, obj)) ? claimAnswered(s, sources) : demandAnswered(s, sources);
      emit('REJECTED', sources, answered, p, 0.7);
      return;
    }
    if (targets.length === 0) emit('REJECTED', sources, null, p, 0.7);
    for (const target of targets) emit('REJECTED', sources, target, p, 0.8);
  }

  /**
   * Whose earlier demand or claim a rejection answers: the most recent one addressed to the
   * rejecters within the last few sentences, else the most recent by someone else.
   */
  /** Whose earlier claim ("this argument", "the allegation") a rejection answers: the latest other speaker's. */
  function claimAnswered(s: Sentence, rejecters: number[]): number | null {
    for (let i = relations.length - 1; i >= 0; i--) {
      const r = relations[i]!;
      if (s.view.index - r.sentence > 5) break;
      if (r.type === 'STATED' && r.sentence < s.view.index && !rejecters.includes(r.source)) return r.source;
    }
    return null;
  }

  /** Who the sentence just before reported stating or demanding something, not among the rejecters (the latest). */
  function previousSaying(s: Sentence, rejecters: number[]): number | null {
    for (let i = relations.length - 1; i >= 0; i--) {
      const r = relations[i]!;
      if (r.sentence < s.view.index - 1) break;
      if (r.sentence === s.view.index - 1 && /^(STATED|DEMANDED)$/.test(r.type) && !rejecters.includes(r.source))
        return r.source;
    }
    return null;
  }

  /**
   * Whose proposal or demand a definite description of one ("the proposal", "such an arrangement")
   * at word `noun` answers: the latest demand made of the rejecters in the last four sentences, else
   * the one author of the proposals and demands put forward in them by anyone else; none when two
   * authors compete.
   */
  function proposalAnswered(s: Sentence, noun: number, rejecters: number[]): number[] {
    const recent = relations.filter((r) => s.view.index - r.sentence <= 4 && r.type === 'DEMANDED');
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (r.target !== null && rejecters.includes(r.target) && !rejecters.includes(r.source)) return [r.source];
    }
    // One demand's sources together: "A and B demanded …" is one author.
    const demands = new Map<string, number[]>();
    for (const r of recent) {
      const key = `${r.sentence}:${r.triggerStart}`;
      demands.set(key, [...(demands.get(key) ?? []), r.source]);
    }
    return earlierProposal(discourse, s.view.index, noun, rejecters, [...demands.values()]) ?? [];
  }

  /** Whose a rejected noun is: its own author ("X's plan"), else the one a description of a proposal points back to. */
  function rejectedAuthors(s: Sentence, noun: number, rejecters: number[]): number[] {
    const own = authorOf(s, noun).filter((e) => !rejecters.includes(e));
    return own.length || !proposalDescription(s.t, noun) ? own : proposalAnswered(s, noun, rejecters);
  }

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

  /**
   * "X, accompanied by Y, arrived for the talks", "X, who is accompanied by Y, met …": whoever goes
   * with the subject is where it goes (only for being somewhere: Y says nothing X says).
   */
  function companionsOf(s: Sentence, p: number): number[] {
    const { t } = s;
    const subject = childOf(t, p, 'nsubj');
    if (subject === undefined) return [];
    return childrenOf(t, subject, 'acl')
      .filter((c) => lemmaOf(t, c) === 'accompany' && !isNegated(t.parse, c))
      .flatMap((c) => childrenOf(t, c, 'obl:agent'))
      .flatMap((k) => membersOf(s, k).filter((e) => !isEvent(e)));
  }

  function attendance(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    // "The summit, attended by X, ended": a participle with its agent is passive too.
    const reduced = t.parse.tokens[p]!.xpos === 'VBN' && agentOf(s, p).length > 0;
    const passive = voice(t.parse, p) === 'passive' || reduced;
    const sources = passive ? agentOf(s, p) : subjectOf(s, p);
    if (sources.length === 0) return;
    // "Delegates from France and Germany attended": people sent from parties bring those parties,
    // unlike a body's own unnamed members ("EU leaders attended"); "the leaders of France and
    // Germany attended" are the two parties' own, as when they meet.
    const subject = childOf(t, p, 'nsubj');
    const sent = subject !== undefined && childrenOf(t, subject, 'nmod').some((k) => caseOf(t, k) === 'from');
    if (unnamedGroup(s, p, UNNAMED_MEMBERS) && !sent && sources.length < 2) return;
    // "attended the summit and the state dinner": each event of a coordination.
    const single = passive ? eventTargetOfPassive(s, p) : lemmaOf(t, p) === 'open' ? openedEvent(s, p) : undefined;
    const targets = passive || lemmaOf(t, p) === 'open' ? (single === undefined ? [] : [single]) : eventTargetsOf(s, p);
    // "hosted X for talks", "joined X at the summit": the guest, or the one joined, is there too.
    const obj = !passive && /^(host|join)$/.test(lemmaOf(t, p)) ? childOf(t, p, 'obj') : undefined;
    const guests = obj === undefined ? [] : membersOf(s, obj).filter((e) => !isEvent(e));
    const companions = passive ? [] : companionsOf(s, p);
    for (const target of targets) emit('ATTENDS', [...sources, ...companions, ...guests], target, p, 0.8);
  }

  /**
   * "opened the summit", "opening yesterday's debate": one opens a gathering one is at. Not "open
   * the way for talks", nor a bare "open dialogue" (a course begun; "opened talks with X" is read
   * by the meeting frame).
   */
  function openedEvent(s: Sentence, p: number): number | undefined {
    const { t } = s;
    const obj = childOf(t, p, 'obj');
    if (obj === undefined) return undefined;
    const determined = childrenOf(t, obj, 'det', 'nmod:poss').length > 0 || t.entity[obj] !== undefined;
    return determined ? eventOf(s, obj) : undefined;
  }

  /** Whether a meeting verb names someone met or talked with ("met X", "held talks with X"). */
  function namedPartner(s: Sentence, p: number, lemma: string): boolean {
    const { t } = s;
    const objects = childrenOf(t, p, 'obj');
    const withs = [p, ...objects]
      .flatMap((h) => childrenOf(t, h, 'obl', 'nmod'))
      .filter((k) => caseOf(t, k) === 'with');
    return [...withs, ...(lemma === 'meet' ? objects : [])].some((k) => membersOf(s, k).some((e) => !isEvent(e)));
  }

  function meeting(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    // "EU leaders are holding talks", "EC farm ministers will meet": the body's unnamed members
    // in its own gathering, no party of their own (the guideline annotates no such attendance);
    // "the leaders of France and Germany met" are the two parties' own. Whoever they meet or hold
    // talks with is at the gathering all the same ("Union leaders held talks with Minister X").
    const subjects = subjectOf(s, p);
    const sources = unnamedGroup(s, p, UNNAMED_MEMBERS) && subjects.length < 2 ? [] : subjects;
    const lemma = lemmaOf(t, p);
    // (People named by a common noun only; a pronoun no one answers may stand for anything.)
    const subject = childOf(t, p, 'nsubj');
    const people = subject !== undefined && t.parse.tokens[subject]!.upos === 'NOUN';
    if (sources.length === 0 && !(people && namedPartner(s, p, lemma))) return;
    const others: number[] = [];
    let event: number | undefined;
    // "held talks with X", "had a phone call with X", "opened negotiations with X", "A and B ended
    // talks", "resumed / completed a round of talks": a light or aspectual verb's object is the gathering.
    if (/^(hold|have|open|end|conclude|begin|start|resume|continue|complete|finish)$/.test(lemma)) {
      const measured = childOf(t, p, 'obj');
      if (measured === undefined) return;
      const obj = measuredWord(t.parse, measured);
      event = eventOf(s, obj);
      for (const k of childrenOf(t, obj, 'nmod'))
        if (caseOf(t, k) === 'with') others.push(...membersOf(s, k), ...partiesOfPlural(s, k));
    } else {
      // "met the deadline", "met its targets", "the cost must be met by the state", "to meet
      // declining demand" (an adjective parsed as a verb): a thing met, not a meeting; "met his
      // counterparts" is one.
      const passive = voice(t.parse, p) === 'passive';
      const participle = childrenOf(t, p, 'xcomp').find((k) => t.parse.tokens[k]!.xpos === 'VBG');
      const direct = passive
        ? childOf(t, p, 'nsubj:pass')
        : (childOf(t, p, 'obj') ?? (participle !== undefined ? childOf(t, participle, 'obj') : undefined));
      // "will meet next month for the spring meetings" parsed with the time phrase as the object:
      // a time is no one met, and what the parser hung on it belongs to the verb.
      const timed = direct !== undefined && !passive && TIME_WORDS.test(t.parse.tokens[direct]!.text);
      // "meet next month for the spring meetings" with the gathering parsed as the object: what
      // they meet for, no one met.
      const gathering = direct !== undefined && !passive && MEETING_HEADS.has(lemmaOf(t, direct));
      if (gathering) event = eventOf(s, direct);
      const obj = timed || gathering ? undefined : direct;
      if (obj !== undefined && !actorLike(s, obj) && !HUMAN_NOUNS.has(lemmaOf(t, obj))) return;
      // "met with strong objections", "met with approval": encountered a thing, met no one.
      const withThing = childrenOf(t, p, 'obl').some(
        (o) =>
          caseOf(t, o) === 'with' &&
          t.parse.tokens[o]!.upos === 'NOUN' &&
          !actorLike(s, o) &&
          !HUMAN_NOUNS.has(lemmaOf(t, o)) &&
          !AGENT_NOUNS.has(lemmaOf(t, o)) &&
          !ROLE_HEADS.has(lemmaOf(t, o)),
      );
      if (obj === undefined && lemma === 'meet' && withThing) return;
      if (obj !== undefined) others.push(...membersOf(s, obj));
      for (const o of [...childrenOf(t, p, 'obl'), ...(timed ? childrenOf(t, direct, 'nmod') : [])]) {
        // "for the IMF and World Bank meetings" with "for" hung on the first name: the phrase's preposition.
        const first = subtreeSpan(t.parse, o).first;
        const c = caseOf(t, o) ?? (t.parse.tokens[first]!.upos === 'ADP' ? lemmaOf(t, first) : undefined);
        if (c === 'with') others.push(...membersOf(s, o), ...partiesOfPlural(s, o));
        // "will meet next month for the spring meetings": the gathering they meet for; "met X on
        // the sidelines of the summit": the gathering on whose margins they met.
        else if (c === 'at' || c === 'on' || c === 'during' || c === 'for') event ??= eventOf(s, marginOf(t, o) ?? o);
      }
      // "met with X on the sidelines of the summit" with the margins hung on the one met.
      const met = [
        ...(obj !== undefined ? [obj] : []),
        ...childrenOf(t, p, 'obl').filter((o) => caseOf(t, o) === 'with'),
      ];
      const margin = met.flatMap((m) => childrenOf(t, m, 'nmod')).find((k) => marginOf(t, k) !== undefined);
      if (margin !== undefined) event ??= eventOf(s, marginOf(t, margin)!);
    }
    for (const o of childrenOf(t, p, 'obl'))
      if (caseOf(t, o) === 'with') others.push(...membersOf(s, o), ...partiesOfPlural(s, o));
    // "will meet (X) in the presence of Y": Y is there too, wherever the phrase attaches.
    const phrases = [...childrenOf(t, p, 'obl'), ...childrenOf(t, p, 'obj').flatMap((o) => childrenOf(t, o, 'nmod'))];
    for (const o of phrases) {
      if (caseOf(t, o) !== 'in' || lemmaOf(t, o) !== 'presence') continue;
      for (const k of childrenOf(t, o, 'nmod')) if (caseOf(t, k) === 'of') others.push(...membersOf(s, k));
    }
    event ??= meetingEvent(s, p);
    const present = [...new Set([...sources, ...companionsOf(s, p), ...others])].filter((e) => !isEvent(e));
    if (event === undefined || present.length === 0) return;
    emit('ATTENDS', present, event, p, 0.65);
  }

  /**
   * Whether an order given (`n`, object of the light verb) commands an act: a "that" clause or an
   * infinitive after it ("issued an order that the army withdraw", "gave orders to the troops to
   * withdraw"), not a participle that says what the order does ("an order barring the strike").
   */
  function commandsAct(t: Tree, n: number, light: number): boolean {
    const content = childrenOf(t, n, 'acl', 'ccomp').some((c) => /^(that|to)$/.test(markOf(t, c) ?? ''));
    const infinitive = [n, light].some((h) =>
      childrenOf(t, h, 'acl', 'advcl', 'xcomp').some((c) => c > n && markOf(t, c) === 'to'),
    );
    return content || infinitive;
  }

  /** Nominal predicates: "X's refusal to attend", "a call from X for Y to …", "X's statement". */
  function nounRelations(s: Sentence, n: number, emit: Emit): void {
    const { t } = s;
    const lemma = lemmaOf(t, n);
    const head = t.parse.tokens[n]!.head;
    // "stepped up / increased pressure on X": whoever raises the pressure applies it.
    // ("facing increasing pressure": a participle right before the noun describes it.)
    const describing =
      head >= 0 &&
      head < n &&
      t.parse.tokens[head]!.xpos === 'VBG' &&
      childOf(t, head, 'aux') === undefined &&
      t.parse.tokens.slice(head + 1, n).every((x) => x.upos === 'ADJ');
    const raised = lemma === 'pressure' && head >= 0 && PRESSURE_VERBS.has(lemmaOf(t, head)) && !describing;
    // "An ultimatum was delivered to X by Y": a light verb's passive subject is its object too.
    const lightRole = hasLabel(t.parse.tokens[n]!.deprel, 'obj') || t.parse.tokens[n]!.deprel === 'nsubj:pass';
    const light = head >= 0 && lightRole && (LIGHT_VERBS.has(lemmaOf(t, head)) || raised) ? head : undefined;
    const pred =
      nounPredicate(lemma) ??
      (light !== undefined && (LIGHT_ONLY_DEMANDS.has(lemma) || (ORDER_NOUNS.has(lemma) && commandsAct(t, n, light)))
        ? ({ relation: 'DEMANDED', frame: 'demand', lemma } satisfies Predicate)
        : undefined);
    if (!pred) return;
    const retracted = head >= 0 && hasLabel(t.parse.tokens[n]!.deprel, 'obj') && RETRACTING_VERBS.has(lemmaOf(t, head));
    if (retracted && pred.relation !== 'STATED') return;
    // "cancelled her speech", "postponed the demand": an act called off was not made.
    if (head >= 0 && hasLabel(t.parse.tokens[n]!.deprel, 'obj') && callsOff(t.parse.tokens[head]!.text)) return;
    const complements = childrenOf(t, n, 'nmod').map((k) => caseOf(t, k));
    if (GROUP_OR_ACT_NOUNS.has(lemma) && !complements.some((c) => c === 'to' || c === 'from')) return;
    if (light !== undefined && (isNegated(t.parse, light) || !factual(t, light, false))) return;
    if (pressInquiry(t, n)) return;
    // "must announce cuts in its May 14 statement", "will deliver a speech": a statement yet to be made.
    if (pred.relation === 'STATED' && owedOrComing(t, n)) return;
    // "published China's demands": the possessor made them, whoever published them.
    const own = childOf(t, n, 'nmod:poss') !== undefined ? actorOf(s, n) : [];
    // "Requests have come from X and from Y": what comes from someone is theirs.
    const subject = hasLabel(t.parse.tokens[n]!.deprel, 'nsubj') && head >= 0;
    const cameFrom =
      subject && lemmaOf(t, head) === 'come'
        ? childrenOf(t, head, 'obl')
            .filter((k) => caseOf(t, k) === 'from')
            .flatMap((k) => conjuncts(t.parse, k))
            .flatMap((k) => membersOf(s, k))
        : [];
    const actors = own.length
      ? own
      : light !== undefined
        ? voice(t.parse, light) === 'passive'
          ? agentOf(s, light)
          : subjectOf(s, light)
        : cameFrom.length
          ? [...new Set(cameFrom)]
          : actorOf(s, n);
    if (actors.length === 0) return;
    // A noun that is itself a speech verb's subject ("X's statement said") is read there.
    if (subject && cameFrom.length === 0 && verbPredicate(lemmaOf(t, head))?.relation === 'STATED') return;
    const trigger = light !== undefined ? [light] : [];
    switch (pred.frame) {
      case 'speech': {
        // "sought assurances from X", "demanded a statement": words asked for are not yet said.
        if (head >= 0 && hasLabel(t.parse.tokens[n]!.deprel, 'obj') && predicateOf(t, head)?.relation === 'DEMANDED')
          return;
        // "talks began after the X declaration", "cut in line with the X statement": a statement
        // named only as a point in time or a reference reports no saying ("after X's statement
        // that …" reports its content, and so the saying).
        if (light === undefined && referenceOnly(t, n) && childOf(t, n, 'acl', 'ccomp') === undefined) return;
        // "X's opening speech was discreet", "X's speech could emerge amended": a statement that is
        // only the subject of a clause (a verb's or a copula's) that says something of it, with no
        // content and no one it was given to, reports no saying ("X's speech to the conference
        // lasted an hour" reports one given; "X's statement said …" is read at "said").
        const spokenOf =
          light === undefined &&
          subject &&
          (t.parse.tokens[head]!.upos === 'VERB' || childOf(t, head, 'cop') !== undefined) &&
          predicateOf(t, head) === undefined &&
          childOf(t, n, 'acl', 'ccomp') === undefined &&
          !childrenOf(t, n, 'nmod').some((k) => caseOf(t, k) === 'to');
        if (spokenOf) return;
        // "the financial statement of the bank" is a set of accounts, not something said.
        if (childrenOf(t, n, 'amod', 'compound').some((k) => lemmaOf(t, k) === 'financial')) return;
        // "issued a warning to Washington": the one the statement is addressed to.
        const to = addressed(s, n, light, /^to$/).filter((e) => !actors.includes(e));
        emit('STATED', actors, to.length === 1 ? to[0]! : null, n, 0.6, trigger);
        return;
      }
      case 'demand': {
        const targets = nominalDemandTargets(s, n, light, actors);
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
        // "rejection of X's plan", "opposition to X's plan": whose the rejected thing is; a veto is
        // "on" or "over" the thing ("used its veto on X's proposals", the phrase also hung on the light verb).
        const rejected = lemmaOf(t, n) === 'veto' ? /^(of|to|on|over|against)$/ : /^(of|to)$/;
        const phrases = [
          ...childrenOf(t, n, 'nmod'),
          ...(light !== undefined ? childrenOf(t, light, 'obl').filter((k) => k > n) : []),
        ];
        const of = phrases.find(
          (k) => rejected.test(caseOf(t, k) ?? '') && !actors.some((a) => membersOf(s, k).includes(a)),
        );
        const targets = of !== undefined ? authorOf(s, of) : [];
        if (targets.length === 0) emit('REJECTED', actors, null, n, 0.55, trigger);
        for (const target of targets) emit('REJECTED', actors, target, n, 0.6, trigger);
        return;
      }
      case 'attend': {
        // "the presence of X at a meeting is not a tradition / would be welcome": a presence a
        // negated description or a modal only supposes is no attendance ("X's presence did not
        // anger Y" still had X there).
        const copular = childOf(t, head, 'cop') !== undefined;
        if (subject && ((copular && isNegated(t.parse, head)) || modality(t.parse, head) !== null)) return;
        const at = childrenOf(t, n, 'nmod').find((k) => /^(to|at|in|for)$/.test(caseOf(t, k) ?? ''));
        const ev = at !== undefined ? eventOf(s, at) : undefined;
        if (ev !== undefined) emit('ATTENDS', actors, ev, n, 0.6, trigger);
        return;
      }
      default:
        return;
    }
  }

  /** A gerund clause "on doing" with no subject of its own on an "insist": the insister's own act. */
  function insistsOnOwnAct(t: Tree, p: number): boolean {
    return childrenOf(t, p, 'advcl').some(
      (k) =>
        k > p &&
        markOf(t, k) === 'on' &&
        t.parse.tokens[k]!.xpos === 'VBG' &&
        childOf(t, k, 'nsubj', 'nsubj:pass') === undefined,
    );
  }

  /** A noun in a phrase of time or reference: "after the declaration", "in line with the statement". */
  function referenceOnly(t: Tree, n: number): boolean {
    const c = childOf(t, n, 'case');
    if (c === undefined) return false;
    if (REFERENCE_PREPOSITIONS.has(caseOf(t, n) ?? '')) return true;
    const before = t.parse.tokens[c - 1];
    return (
      lemmaOf(t, c) === 'with' &&
      before !== undefined &&
      CONFORMITY_NOUNS.has(before.text.toLowerCase()) &&
      t.parse.tokens[c - 2]?.text.toLowerCase() === 'in'
    );
  }

  /** Whom a nominal demand asks: addressed, named in its clause, or the one who answers it. */
  function nominalDemandTargets(s: Sentence, n: number, light: number | undefined, actors: number[]): number[] {
    const { t } = s;
    const head = t.parse.tokens[n]!.head;
    const others = (es: number[]): number[] => es.filter((e) => !isEvent(e) && !actors.includes(e));
    // "her call for X to resign": the one asked to act, when an infinitive follows.
    const infinitive = [n, ...(light !== undefined ? [light] : [])].some((h) =>
      childrenOf(t, h, 'acl', 'advcl', 'xcomp').some((c) => c > n && markOf(t, c) === 'to'),
    );
    // ("calls from X for Y to resign" with "for Y" hung on the callers.)
    const authors = childrenOf(t, n, 'nmod').filter((k) => /^(from|by)$/.test(caseOf(t, k) ?? ''));
    const forWhom = infinitive
      ? others(
          [n, ...authors]
            .flatMap((h) => childrenOf(t, h, 'nmod'))
            .filter((k) => caseOf(t, k) === 'for' && actorLike(s, k))
            .flatMap((k) => membersOf(s, k)),
        )
      : [];
    // "her demand that X resign": the subject of the demand's content clause is asked (a bare
    // verb is no relative clause, however "that" is parsed: "the demand that France withdraw").
    const bareRelative = (c: number): boolean =>
      t.parse.tokens[c]!.xpos === 'VB' && childrenOf(t, c, 'obj').some((k) => lemmaOf(t, k) === 'that');
    const contentSubjects = others(
      childrenOf(t, n, 'acl', 'ccomp')
        .filter((c) => markOf(t, c) === 'that' || bareRelative(c))
        .flatMap((c) => {
          const subject = childOf(t, c, 'nsubj');
          return subject === undefined ? [] : membersOf(s, subject);
        }),
    );
    // "the calls by officials asking the United States to waive …": whom the call's participle
    // asks, also when it hangs on the call's authors ("by" hung on the light verb).
    const callers = [n, ...(light !== undefined ? [light] : [])]
      .flatMap((h) => childrenOf(t, h, 'nmod', 'obl'))
      .filter((k) => /^(by|from)$/.test(caseOf(t, k) ?? ''));
    const askedByClause = others(
      [n, ...callers]
        .flatMap((h) => childrenOf(t, h, 'acl'))
        .filter((c) => predicateOf(t, c)?.relation === 'DEMANDED')
        .flatMap((c) => [
          ...childrenOf(t, c, 'obj', 'iobj'),
          ...childrenOf(t, c, 'obl').filter((k) => /^(on|upon)$/.test(caseOf(t, k) ?? '')),
        ])
        .flatMap((k) => membersOf(s, k)),
    );
    const addressees = [...addressed(s, n, light, /^(to|on|upon)$/), ...forWhom, ...contentSubjects, ...askedByClause];
    if (addressees.length) return addressees;
    // "Japan is under pressure from X": the one under it is the copula's subject. So is the one who
    // acts "at the urging / request / behest / insistence of X": what X asked for is done.
    // ("X will not raise taxes despite pressure from Y": X holds out against what Y asks of X.)
    const under =
      (lemmaOf(t, n) === 'pressure' && /^(under|despite)$/.test(caseOf(t, n) ?? '')) ||
      (caseOf(t, n) === 'at' &&
        DONE_AT_ASKING.has(lemmaOf(t, n)) &&
        childrenOf(t, n, 'nmod').some((k) => caseOf(t, k) === 'of') &&
        // ("told the panel the commission was preparing it at the request of X": a phrase of the
        // reported clause the parser hung on the speech verb.)
        (head < 0 || predicateOf(t, head)?.relation !== 'STATED'));
    if (under && childOf(t, n, 'cop') !== undefined) return others(subjectOf(s, n));
    if (head < 0) return [];
    // "rejected calls from X to withdraw", "accepted the union's demands", "the demand was refused
    // by the Taliban", "complied with / bowed to / met / heeded X's demands": whoever answers or
    // gives in to a demand is the one it asked.
    const deprel = t.parse.tokens[n]!.deprel;
    const answers = /^(obj|nsubj:pass)$/.test(deprel) ? predicateOf(t, head)?.frame : undefined;
    const yielded =
      ANSWERING_VERBS.has(lemmaOf(t, head)) &&
      (deprel === 'obj' || (hasLabel(deprel, 'obl') && /^(with|to)$/.test(caseOf(t, n) ?? '')));
    if (answers === 'reject' || answers === 'accept' || yielded)
      return others(deprel === 'obj' || yielded ? subjectOf(s, head) : agentOf(s, head));
    if (deprel === 'obj' && FACING_VERBS.has(lemmaOf(t, head))) return others(subjectOf(s, head));
    // "Under pressure from X, Y agreed …": the one under it is the clause's subject.
    if (under) {
      // "despite" says how a clause's act stands, whatever noun the parser hung it on: "X, despite
      // pressure from Y, kept …" (on the subject), "X raised rates despite pressure from Y" (on the object).
      let at = head;
      while (caseOf(t, n) === 'despite' && /^(NOUN|PROPN)$/.test(t.parse.tokens[at]!.upos)) {
        if (/^nsubj/.test(t.parse.tokens[at]!.deprel)) return others(membersOf(s, at));
        if (t.parse.tokens[at]!.head < 0) break;
        at = t.parse.tokens[at]!.head;
      }
      return others(subjectOf(s, at));
    }
    return [];
  }

  /**
   * Whom a nominal act is addressed to: the light verb's indirect object or marked oblique ("gave
   * X a deadline", "made a request to X"), the noun's marked modifier ("a call on X"), or one on
   * the phrase of its author ("pressure from Washington on Seoul").
   */
  function addressed(s: Sentence, n: number, light: number | undefined, marks: RegExp): number[] {
    const { t } = s;
    const marked = (k: number): boolean => marks.test(caseOf(t, k) ?? '');
    const authors = childrenOf(t, n, 'nmod').filter((k) => /^(from|by|of)$/.test(caseOf(t, k) ?? ''));
    const addressees = [
      ...(light !== undefined ? childrenOf(t, light, 'iobj') : []),
      // "set X a deadline" parsed with two objects: the first is the one given it.
      ...(light !== undefined ? childrenOf(t, light, 'obj').filter((o) => o < n) : []),
      ...(light !== undefined ? childrenOf(t, light, 'obl').filter(marked) : []),
      ...childrenOf(t, n, 'nmod').filter(marked),
      ...authors.flatMap((k) =>
        childrenOf(t, k, 'nmod').filter((m) => marked(m) && /^(on|upon)$/.test(caseOf(t, m) ?? '')),
      ),
    ];
    return [...new Set(addressees.flatMap((a) => membersOf(s, a).filter((e) => !isEvent(e))))];
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
      const upos = t.parse.tokens[w]!.upos;
      if (upos === 'VERB') {
        const asserted =
          !isNegated(t.parse, w) &&
          !/^(would|could|might|may|should)$/.test(modality(t.parse, w) ?? '') &&
          factual(t, w, false);
        if (asserted) verbSetting(s, w, emit);
        // (Progress made or not: "made no progress in the talks", "failed to achieve a breakthrough
        // in the talks" was at them all the same.)
        const head = t.parse.tokens[w]!.head;
        const failed = t.parse.tokens[w]!.deprel === 'xcomp' && head >= 0 && lemmaOf(t, head) === 'fail';
        const realis = (v: number): boolean =>
          !/^(would|could|might|may|should)$/.test(modality(t.parse, v) ?? '') && factual(t, v, false);
        if (realis(w) || (failed && realis(head))) progressSetting(s, w, emit);
      } else if (upos === 'NOUN' || upos === 'PROPN') {
        const lemma = lemmaOf(t, w);
        meetingParties(s, w, lemma, emit);
        speakerSetting(s, w, lemma, emit);
        roleSetting(s, w, lemma, emit);
      }
    }
  }

  /** The gathering an asserted verb's act took place at ("met X at the summit", "spoke to the conference"). */
  function verbSetting(s: Sentence, w: number, emit: Emit): void {
    const { t } = s;
    const word = t.parse.tokens[w]!;
    // "Speaking after the summit, X said": after an event, only a speech act places its speaker there.
    const speaks = predicateOf(t, w)?.relation === 'STATED';
    // "said the presence of X at a meeting is …" parsed with the clause's subject torn off as
    // the object of "said" (which takes none): a finite complement after the phrase with no
    // subject of its own had them for its subject.
    const says = predicateOf(t, w)?.frame === 'speech';
    const torn = (o: number): boolean =>
      says &&
      childrenOf(t, w, 'obj').some((k) => k < o) &&
      childrenOf(t, w, 'ccomp').some((c) => c > o && childOf(t, c, 'nsubj', 'nsubj:pass', 'expl') === undefined);
    // "spoke to reporters at the summit", "told journalists on the sidelines of the talks": the
    // parser hangs the setting on the people spoken to, who were where the speaker was.
    const frame = predicateOf(t, w)?.frame;
    const audience =
      frame === 'speech' || frame === 'telling'
        ? childrenOf(t, w, 'obl', 'obj', 'iobj').filter(
            (k) =>
              HUMAN_NOUNS.has(lemmaOf(t, k)) ||
              AUDIENCE_NOUNS.has(lemmaOf(t, k)) ||
              PARTICIPANT_NOUNS.has(lemmaOf(t, k)),
          )
        : [];
    // "told delegates to the conference": those told are the gathering's own people, so it is addressed.
    const toParticipants = audience.some(
      (k) => PARTICIPANT_NOUNS.has(lemmaOf(t, k)) && t.parse.tokens[k]!.xpos === 'NNS',
    );
    // "The assembly met under the chairmanship of X", "a meeting held under the presidency of
    // X": whoever chairs a gathering is at it.
    for (const o of childrenOf(t, w, 'obl')) {
      // The parser may give the phrase a second preposition ("in Abu Dhabi earlier under …").
      const under = childrenOf(t, o, 'case').some((c) => lemmaOf(t, c) === 'under');
      if (!under || !/^(chairmanship|chairwomanship|presidency|chair)$/.test(lemmaOf(t, o))) continue;
      const gathering = hasLabel(word.deprel, 'acl') ? word.head : childOf(t, w, 'nsubj', 'nsubj:pass');
      const ev = gathering === undefined || gathering < 0 ? undefined : eventOf(s, gathering);
      const chairs = childrenOf(t, o, 'nmod')
        .filter((k) => caseOf(t, k) === 'of')
        .flatMap((k) => membersOf(s, k).filter((e) => !isEvent(e)));
      if (ev !== undefined && chairs.length) emit('ATTENDS', chairs, ev, o, 0.6);
    }
    // "On Wednesday during the opening ceremony, X called …": a setting the parser hangs on the time phrase.
    const timed = childrenOf(t, w, 'obl').filter((k) => TIME_WORDS.test(t.parse.tokens[k]!.text));
    const hung = [...audience, ...timed].flatMap((k) => childrenOf(t, k, 'nmod'));
    // "led the delegation to / at the talks in Geneva" with the gathering hung on the delegation.
    const delegations = /^(lead|head|send)$/.test(lemmaOf(t, w))
      ? childrenOf(t, w, 'obj').filter((k) => DELEGATION_NOUNS.has(lemmaOf(t, k)))
      : [];
    const delegatedTo = delegations.flatMap((k) =>
      childrenOf(t, k, 'nmod').filter(
        (o) => caseOf(t, o) === 'to' || (caseOf(t, o) === 'at' && lemmaOf(t, w) !== 'send'),
      ),
    );
    // "X, in a speech to the summit, said": a speech the parser hung on the subject before the verb.
    const speechOnSubject =
      frame === 'speech' || frame === 'telling'
        ? childrenOf(t, w, 'nsubj')
            .flatMap((k) => childrenOf(t, k, 'nmod'))
            .filter((o) => o < w && caseOf(t, o) === 'in' && SPEECH_NOUNS.has(lemmaOf(t, o)))
        : [];
    // "delivered an address to the congress", "gave a speech before the summit": the speech given,
    // whose gathering `settingEvent` reads; "made his remarks | to the conference" with the
    // gathering hung on the verb is addressed as well.
    const given = /^(give|deliver|make)$/.test(lemmaOf(t, w))
      ? childrenOf(t, w, 'obj').filter((k) => DELIVERED_SPEECH.has(lemmaOf(t, k)) || SPEECH_NOUNS.has(lemmaOf(t, k)))
      : [];
    // ("made a statement before the summit" dates the statement.)
    const givenAt = given.filter((k) => childrenOf(t, k, 'nmod').some((n) => /^(to|at)$/.test(caseOf(t, n) ?? '')));
    // "made the recommendation at a meeting with Y", "issued the warning during the summit": a
    // light verb's act noun carries the verb's setting.
    const actAt = LIGHT_VERBS.has(lemmaOf(t, w))
      ? childrenOf(t, w, 'obj')
          .filter((k) => !given.includes(k))
          .flatMap((k) => childrenOf(t, k, 'nmod'))
          .filter((k) => /^(at|during)$/.test(caseOf(t, k) ?? '') && MEETING_HEADS.has(lemmaOf(t, k)))
      : [];
    // "X, at a separate meeting yesterday, criticised …": a setting set off by commas after the
    // subject, hung on it by the parser.
    const setOffOnSubject = childrenOf(t, w, 'nsubj')
      .flatMap((k) => childrenOf(t, k, 'nmod', 'appos'))
      .filter(
        (o) =>
          o < w &&
          /^(at|during)$/.test(caseOf(t, o) ?? '') &&
          MEETING_HEADS.has(lemmaOf(t, o)) &&
          [0, -1].some((d) => t.parse.tokens[subtreeSpan(t.parse, o).first + d]?.text === ','),
      );
    for (const o of [
      ...childrenOf(t, w, 'obl'),
      ...hung,
      ...delegatedTo,
      ...speechOnSubject,
      ...givenAt,
      ...actAt,
      ...setOffOnSubject,
    ]) {
      const c = caseOf(t, o) ?? '';
      // "met X on the sidelines of the summit": on an event's margins is at it.
      const margins = c === 'on' && /^(sidelines?|margins?)$/.test(lemmaOf(t, o));
      // "led the delegation to the talks", "headed the team to the summit": its leader goes too;
      // "sent a delegation to the talks": the party it represents takes part.
      const led =
        c === 'to' &&
        /^(lead|head|send)$/.test(lemmaOf(t, w)) &&
        childrenOf(t, w, 'obj').some((k) => DELEGATION_NOUNS.has(lemmaOf(t, k)));
      // "sent its foreign minister, X, to the talks": the person sent goes (their sender only as above).
      const envoys =
        c === 'to' && /^(send|dispatch)$/.test(lemmaOf(t, w))
          ? childrenOf(t, w, 'obj').flatMap((k) => membersOf(s, k).filter((e) => entities[e]!.type === 'Person'))
          : [];
      if (envoys.length && !torn(o)) {
        const ev = settingEvent(s, o);
        if (ev !== undefined) emit('ATTENDS', envoys, ev, w, 0.6);
      }
      // "spoke to the conference", "talked to the rally": a gathering addressed, as "addressed the conference".
      const addressed =
        (c === 'to' && (/^(speak|talk)$/.test(lemmaOf(t, w)) || given.length > 0 || toParticipants)) ||
        givenAt.includes(o);
      if (!/^(at|during|in)$/.test(c) && !(/^(after|following)$/.test(c) && speaks) && !margins && !led && !addressed)
        continue;
      if (torn(o)) continue;
      if (/^(at|during|in)$/.test(c) && sentToPeopleBefore(s, w, o)) continue;
      if (inTrailingReport(t, w, o)) continue;
      // "welcomed the presence of X at the meeting": the setting after a presence noun is whose
      // presence it is, not the speaker's.
      if (childrenOf(t, w, 'obj').some((k) => k < o && PRESENCE_NOUNS.has(lemmaOf(t, k)))) continue;
      // ("gave a speech | to the party congress": a body's sitting addressed, lower case, is a gathering.)
      const sitting = addressed && c === 'to' && /^\p{Ll}/u.test(t.parse.tokens[o]!.text);
      const ev = settingEvent(s, o) ?? (sitting && BODY_SITTING_HEADS.has(lemmaOf(t, o)) ? eventOf(s, o) : undefined);
      // "was sworn in at a ceremony", "was honoured at a dinner": a passive's patient is there.
      const patient = voice(t.parse, w) === 'passive' ? childOf(t, w, 'nsubj:pass') : undefined;
      const patients = patient !== undefined && !speaks ? membersOf(s, patient) : [];
      // "X will be represented at the summit by Y": the one standing in is there, not X.
      const standIn = patient !== undefined && lemmaOf(t, w) === 'represent';
      const who = ev === undefined ? [] : standIn ? agentOf(s, w) : patients.length ? patients : subjectOf(s, w);
      // ("made the recommendation at a meeting with Y": Y is at it too.)
      const met = actAt.includes(o) ? partiesWith(s, o) : [];
      if (ev !== undefined && who.length) emit('ATTENDS', [...who, ...met], ev, w, 0.6);
    }
  }

  /**
   * "Kestan will withdraw after talks with Dorvia, minister X said." parsed with the phrase on the
   * trailing verb of saying: a phrase inside the reported words before ", X said" (words come before
   * it, the verb says nothing after it) is the reported clause's, not the speaker's setting.
   */
  function inTrailingReport(t: Tree, w: number, o: number): boolean {
    if (predicateOf(t, w)?.relation !== 'STATED') return false;
    const subject = childOf(t, w, 'nsubj');
    if (subject === undefined || o > subject) return false;
    const words = t.parse.tokens;
    // (The comma may fall inside the phrase: "with Dorvia, Deputy Minister X said" misparsed.)
    if (!words.some((x, i) => i > o && i < subject && x.text === ',')) return false;
    const first = subtreeSpan(t.parse, o).first;
    // (A clause before it, not only a fronted time phrase: "On Monday, at the summit, X said.")
    if (!words.slice(0, first).some((x) => x.upos === 'VERB' || x.upos === 'AUX')) return false;
    return !words.some(
      (x, i) => i > w && x.head === w && x.upos !== 'PUNCT' && /^(ccomp|obj|xcomp|parataxis)/.test(x.deprel),
    );
  }

  /**
   * "sent a message to delegates at the summit", "forwarded the letter to ministers meeting in
   * Geneva": the setting after people sent to is where they are; a sender reaches them from
   * elsewhere ("sent a signal to Moscow at the summit" names no people and keeps its setting).
   */
  function sentToPeopleBefore(s: Sentence, w: number, o: number): boolean {
    const { t } = s;
    if (!/^(send|forward|mail|cable|fax|dispatch)$/.test(lemmaOf(t, w))) return false;
    return [w, ...childrenOf(t, w, 'obj')]
      .flatMap((h) => childrenOf(t, h, 'obl', 'nmod', 'iobj'))
      .some(
        (r) =>
          r < o &&
          caseOf(t, r) === 'to' &&
          (HUMAN_NOUNS.has(lemmaOf(t, r)) ||
            AUDIENCE_NOUNS.has(lemmaOf(t, r)) ||
            PARTICIPANT_NOUNS.has(lemmaOf(t, r)) ||
            membersOf(s, r).some((e) => entities[e]!.type === 'Person')),
      );
  }

  /**
   * "made progress in talks with Y", "made no headway at the summit": progress is made where the
   * bargaining is, so whoever made it (or failed to) was there, and so was the party it is with.
   */
  function progressSetting(s: Sentence, w: number, emit: Emit): void {
    const { t } = s;
    for (const o of progressGatherings(t, w)) {
      const who = subjectOf(s, w);
      const ev = who.length ? eventOf(s, o) : undefined;
      if (ev !== undefined) emit('ATTENDS', [...who, ...partiesWith(s, o)], ev, w, 0.6);
    }
  }

  /** The parties of a meeting noun ("talks between A and B", "X's talks with Y"). */
  function meetingParties(s: Sentence, w: number, lemma: string, emit: Emit): void {
    const { t } = s;
    const word = t.parse.tokens[w]!;
    if (
      (MEETING_HEADS.has(lemma) || MEETING_HEADS.has(word.text.toLowerCase())) &&
      !(hypothetical(t, w) && !spokenOf(t, w))
    ) {
      // "talks between A and B", "X's talks with Y", "a meeting of the two leaders".
      // "with Y" names a party only beside a holder ("X's talks with Y") or in a meeting held;
      // alone it may be a meeting only hoped for ("open to a meeting with Y").
      // "after talks with Y", "during a meeting with Y": a meeting the sentence's act follows or
      // falls in was held, so Y is at it too.
      // "went into a meeting with Y", "attended a meeting with Y": a meeting someone goes to or
      // attends is held, so Y is at it too (not one only asked for: "urged X to attend talks with Y";
      // and only the verb's own target: "spoke at the weekend of consultations with Y" goes nowhere).
      // "after two days of talks with Y": the measure noun carries the phrase's place in the clause.
      const phrase = measureOver(t, w);
      // "will visit X next month for talks with Y" with the purpose hung on the time phrase: the verb's.
      const over = t.parse.tokens[phrase]!.head;
      const timeHead =
        over >= 0 &&
        caseOf(t, over) === undefined &&
        /^obl/.test(t.parse.tokens[over]!.deprel) &&
        TIME_WORDS.test(t.parse.tokens[over]!.text);
      const verb = timeHead ? t.parse.tokens[over]!.head : over;
      const role = t.parse.tokens[phrase]!.deprel.replace(/^nmod/, timeHead ? 'obl' : 'nmod');
      const target =
        hasLabel(role, 'obj') ||
        (hasLabel(role, 'obl') && /^(in|at|for|to|into|on|from|over)$/.test(caseOf(t, phrase) ?? ''));
      // ("was open to a meeting with Y" is an adjective: nothing gone to.)
      const attended =
        verb >= 0 &&
        target &&
        t.parse.tokens[verb]!.upos === 'VERB' &&
        predicateOf(t, verb)?.frame === 'attend' &&
        !isNegated(t.parse, verb) &&
        factual(t, verb, false);
      // "said at a meeting with Y", "the request was made by X at a meeting with Y": an act
      // asserted to be done at a gathering has it held.
      const actedAt =
        verb >= 0 &&
        caseOf(t, phrase) === 'at' &&
        hasLabel(role, 'obl') &&
        t.parse.tokens[verb]!.upos === 'VERB' &&
        !isNegated(t.parse, verb) &&
        !/^(would|could|might|may|should)$/.test(modality(t.parse, verb) ?? '') &&
        factual(t, verb, false);
      const held = /^(after|following|during)$/.test(caseOf(t, phrase) ?? '') || attended || actedAt;
      // "an EC finance ministers' meeting": a body's unnamed members hold it, not the body (as
      // "EU leaders attended" places no EU there).
      const unnamedMembers = (k: number): boolean =>
        t.parse.tokens[k]!.xpos === 'NNS' &&
        UNNAMED_MEMBERS.has(lemmaOf(t, k)) &&
        !membersOf(s, k).some((e) => entities[e]!.type === 'Person');
      // "before the Kestan Council's annual session", "ahead of the union's congress": a gathering
      // that only dates something else is not said to be attended, not even by its owner.
      const dating = timeMarker(t, phrase);
      const holders = dating ? [] : childrenOf(t, w, 'nmod:poss').filter((k) => !unnamedMembers(k));
      // ("two days of talks | with Y" with "with" hung on the measure noun.)
      // ("visited X for talks | with Y", "spoke after two days of talks | with Y" with "with" hung
      // on the verb right after the gathering.)
      const next = subtreeSpan(t.parse, phrase).last + 1;
      const withs =
        holders.length || held
          ? [
              ...[...new Set([w, phrase])].flatMap((m) => childrenOf(t, m, 'nmod')),
              ...(held && verb >= 0
                ? childrenOf(t, verb, 'obl').filter((k) => subtreeSpan(t.parse, k).first === next)
                : []),
            ].filter((k) => caseOf(t, k) === 'with')
          : [];
      const between = [
        ...childrenOf(t, w, 'nmod').filter((k) => caseOf(t, k) === 'between'),
        ...betweenOnOccurrence(t, phrase),
      ];
      // "a meeting between A and B" with "between" hung elsewhere: the two names after it.
      const ordered = between.length ? [] : partiesBetween(s, w);
      const parties = [
        ...[...holders, ...withs, ...between].flatMap((k) => [...membersOf(s, k), ...partiesOfPlural(s, k)]),
        ...ordered,
      ].filter((e) => !isEvent(e));
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
  }

  /**
   * "talks between Kestan and the offshore centres of Lund and Orvia", "with the central banks of A
   * and B": a plural common noun in a gathering's party phrase, distributed over the states or
   * bodies of its "of" phrase, has each of them for a party.
   */
  function partiesOfPlural(s: Sentence, k: number): number[] {
    const { t } = s;
    return conjuncts(t.parse, k)
      .filter((c) => t.parse.tokens[c]!.xpos === 'NNS' && t.entity[c] === undefined)
      .flatMap((c) => childrenOf(t, c, 'nmod').filter((o) => o > c && caseOf(t, o) === 'of'))
      .flatMap((o) => membersOf(s, o))
      .filter((e) => entities[e]!.type === 'Place' || entities[e]!.type === 'Organization');
  }

  /**
   * "declined to comment on / would not say anything about the meetings between A and B": what one
   * speaks of (or withholds words on) is taken as having happened, whatever the speaking's mood —
   * unless the noun itself says it is only planned ("a possible / proposed meeting").
   */
  function spokenOf(t: Tree, noun: number): boolean {
    const phrase = measureOver(t, noun);
    const verb = t.parse.tokens[phrase]!.head;
    if (verb < 0 || !/^(on|about)$/.test(caseOf(t, phrase) ?? '')) return false;
    if (!/^(comment|elaborate|say|speak|talk)$/.test(lemmaOf(t, verb))) return false;
    return !childrenOf(t, noun, 'amod').some((k) => UNREALISED_ADJECTIVES.test(lemmaOf(t, k)));
  }

  /**
   * "Talks took place between A and B", "a meeting was held between A and B": the parties of a
   * gathering that is the subject of a verb of its coming about, hung on that verb; only a
   * meeting asserted to happen (not "talks may take place", "did not occur").
   */
  function betweenOnOccurrence(t: Tree, noun: number): number[] {
    const word = t.parse.tokens[noun]!;
    // "the talks held in Geneva between A and B": a participle on the noun is its verb too.
    const participle = childrenOf(t, noun, 'acl').find(
      (k) => lemmaOf(t, k) === 'hold' && t.parse.tokens[k]!.xpos === 'VBN' && k > noun,
    );
    const verb = participle ?? (/^nsubj/.test(word.deprel) ? word.head : undefined);
    if (verb === undefined || verb < 0) return [];
    const lemma = lemmaOf(t, verb);
    if (!OCCURRENCE_VERBS.has(lemma)) return [];
    const passive = voice(t.parse, verb) === 'passive' || verb === participle;
    if ((lemma === 'hold') !== passive) return [];
    if (lemma === 'take' && !childrenOf(t, verb, 'obj').some((k) => lemmaOf(t, k) === 'place')) return [];
    if (lemma === 'go' && !childrenOf(t, verb, 'compound:prt').some((k) => lemmaOf(t, k) === 'on')) return [];
    if (lemma === 'way' && !childrenOf(t, verb, 'case').some((k) => lemmaOf(t, k) === 'under')) return [];
    if (lemma !== 'take' && childOf(t, verb, 'obj') !== undefined) return [];
    if (isNegated(t.parse, verb) || !factual(t, verb, false)) return [];
    // ("are under way between A and B": the predicate noun's own phrase.)
    const obliques = childrenOf(t, verb, 'obl', ...(lemma === 'way' ? ['nmod'] : []));
    // "was held in Geneva / on Monday between A and B" with "between" hung on the place's name or
    // the day: neither is between anything, the meeting is.
    const setting = obliques.filter(
      (k) => t.parse.tokens[k]!.upos === 'PROPN' || TIME_WORDS.test(t.parse.tokens[k]!.text),
    );
    return [...obliques, ...setting.flatMap((k) => childrenOf(t, k, 'nmod'))].filter((k) => caseOf(t, k) === 'between');
  }

  /** The speaker of a speech noun is at the gathering spoken to ("X's speech to the conference"). */
  function speakerSetting(s: Sentence, w: number, lemma: string, emit: Emit): void {
    const { t } = s;
    const word = t.parse.tokens[w]!;
    // The lexicon lists "remarks" as written; the lemma is "remark".
    const spoken = SPEECH_NOUNS.has(lemma) || SPEECH_NOUNS.has(word.text.toLowerCase());
    if (spoken && !hypothetical(t, w)) {
      // "X's speech to the conference", "an address to the summit from X", "a speech by X at the
      // forum": the speaker is at the gathering spoken to.
      // "the meeting's opening remarks by X": the gathering whose remarks they are, too.
      // "will miss an address | to the summit | from X" with each phrase hung on the word
      // before it: the phrase right after the noun is the noun's, and the "from" phrase after
      // the gathering names the speaker, not the gathering's origin.
      const spokenTo = (k: number): boolean => /^(to|at|before)$/.test(caseOf(t, k) ?? '');
      const next = childrenOf(t, word.head, 'obl', 'nmod').find(
        (k) => k > w && spokenTo(k) && subtreeSpan(t.parse, k).first === w + 1,
      );
      const at =
        childrenOf(t, w, 'nmod').find(spokenTo) ??
        childrenOf(t, w, 'nmod:poss').find((k) => MEETING_HEADS.has(lemmaOf(t, k))) ??
        next;
      const ev = at !== undefined ? eventOf(s, at) : undefined;
      const by = (k: number): number[] =>
        childrenOf(t, k, 'nmod').filter((m) => /^(by|from)$/.test(caseOf(t, m) ?? ''));
      const speakers = [
        ...childrenOf(t, w, 'nmod:poss'),
        ...by(w),
        ...(at !== undefined && spokenTo(at) ? by(at) : []),
      ].flatMap((k) => membersOf(s, k).filter((e) => !isEvent(e)));
      // "X did not deliver her speech to the congress", "X cancelled his address to the summit": the
      // speaker held back the speech (another's "did not hear Y's speech" leaves Y there).
      const governor = hasLabel(word.deprel, 'obj') ? word.head : -1;
      const withheld =
        governor >= 0 &&
        (isNegated(t.parse, governor) || !factual(t, governor, false) || callsOff(t.parse.tokens[governor]!.text)) &&
        subjectOf(s, governor).some((e) => speakers.includes(e));
      if (ev !== undefined && speakers.length && !withheld) emit('ATTENDS', [...new Set(speakers)], ev, w, 0.6);
    }
  }

  /** The holder of a participant's or delegation's role is at its gathering ("X, the chief negotiator in the talks"). */
  function roleSetting(s: Sentence, w: number, lemma: string, emit: Emit): void {
    const { t } = s;
    const delegation = DELEGATION_ROLES.has(lemma) ? delegationOf(t, w) : undefined;
    if (PARTICIPANT_NOUNS.has(lemma) || delegation !== undefined) {
      // "X, the chief negotiator in the talks" / "X was the host of the summit".
      // "X, head of Dorvia's delegation to the talks": who leads or belongs to a delegation sent to
      // a gathering is there ("to the talks" hung on the delegation or on the role noun).
      const at =
        delegation !== undefined
          ? ([...childrenOf(t, delegation, 'nmod'), ...childrenOf(t, w, 'nmod')].find((k) =>
              /^(at|to)$/.test(caseOf(t, k) ?? ''),
            ) ?? phraseAfter(t, delegation, /^(at|to)$/))
          : childrenOf(t, w, 'nmod').find((k) => /^(in|at|of|to|for)$/.test(caseOf(t, k) ?? ''));
      const ev = at !== undefined ? eventOf(s, at) : undefined;
      if (ev === undefined) return;
      // "X, assistant trade representative and head of …": a later conjunct describes X too.
      const described = conjuncts(t.parse, w)[0]!;
      const role = t.parse.tokens[described]!;
      const holder = hasLabel(role.deprel, 'appos') ? [role.head] : childrenOf(t, described, 'nsubj', 'appos');
      // "referring to X, the chief negotiator in the talks" with the apposition parsed as a
      // second oblique: the name right before its comma.
      const first = subtreeSpan(t.parse, w).first;
      const comma = t.parse.tokens[first]!.text === ',' ? first : first - 1;
      const before = t.parse.tokens[comma]?.text === ',' ? t.entity[comma - 1] : undefined;
      const apposed = holder.length === 0 && before !== undefined && entities[before]!.type === 'Person';
      const who = apposed ? [before] : holder.flatMap((k) => membersOf(s, k));
      if (who.length) emit('ATTENDS', who, ev, w, 0.6);
    }
  }

  /** "said/concluded that the agreement between A and B is illegal": a rejection of the agreement's parties. */
  function verdict(s: Sentence, p: number, sources: number[], emit: Emit): void {
    const { t } = s;
    for (const c of childrenOf(t, p, 'ccomp')) {
      const subject = childOf(t, c, 'nsubj');
      if (subject === undefined || !rejectingVerdict(lemmaOf(t, c), lemmaOf(t, subject))) continue;
      if (childOf(t, c, 'cop') === undefined) continue;
      // "warned that the war could be illegal": a possibility raised is no verdict given.
      if (isNegated(t.parse, c) || /^(could|might|may|would)$/.test(modality(t.parse, c) ?? '')) continue;
      const targets = rejectedAuthors(s, subject, sources);
      for (const target of targets) emit('REJECTED', sources, target, p, 0.6, [c]);
    }
  }

  /**
   * "X is at the summit", "X was among those at the talks", "X was present at the ceremony", "X is
   * in Lisbon for the summit"; and "the summit brought together A and B".
   */
  function presence(s: Sentence, emit: Emit): void {
    const { t, view } = s;
    for (let n = 0; n < t.parse.tokens.length; n++) {
      if (view.inQuote[t.token[n]!] || isNegated(t.parse, n)) continue;
      if (
        lemmaOf(t, n) === 'bring' &&
        childrenOf(t, n, 'compound:prt', 'advmod').some((k) => lemmaOf(t, k) === 'together')
      ) {
        const gathering = childOf(t, n, 'nsubj');
        const ev = gathering === undefined ? undefined : eventOf(s, gathering);
        const brought = childOf(t, n, 'obj');
        if (ev !== undefined && brought !== undefined) emit('ATTENDS', membersOf(s, brought), ev, n, 0.7);
        continue;
      }
      // "X, in Lisbon for talks with Y, said": a place and purpose apposed to a name after its comma
      // say where and what for, as "X, who is in Lisbon for talks," does.
      if (apposedStay(s, n, emit)) continue;
      if (expectedFor(s, n, emit)) continue;
      if (childOf(t, n, 'cop') === undefined) continue;
      const subject = childOf(t, n, 'nsubj');
      if (subject === undefined) continue;
      const c = caseOf(t, n);
      // "was a guest at the dinner", "was one of 30 leaders at the summit": a nominal predicate's setting.
      // "was one of the speakers at the summit": the setting may hang on the group counted from.
      const atOf = (k: number): number | undefined =>
        childrenOf(t, k, 'obl', 'nmod').find((m) => caseOf(t, m) === 'at');
      const at = (): number | undefined =>
        atOf(n) ??
        childrenOf(t, n, 'nmod')
          .filter((k) => caseOf(t, k) === 'of')
          .map(atOf)
          .find((k) => k !== undefined);
      const setting =
        c === 'at'
          ? n
          : c === 'in'
            ? (childrenOf(t, n, 'obl', 'nmod').find((k) => caseOf(t, k) === 'for') ?? purposeAfter(t, n))
            : (c === undefined && (lemmaOf(t, n) === 'present' || /^(NOUN|PRON|NUM)$/.test(t.parse.tokens[n]!.upos))) ||
                c === 'among'
              ? at()
              : undefined;
      // "was among those attending the summit": the group's attendance.
      const attending =
        c === 'among'
          ? childrenOf(t, n, 'acl').find((k) => predicateOf(t, k)?.frame === 'attend' && !isNegated(t.parse, k))
          : undefined;
      const ev =
        setting !== undefined ? eventOf(s, setting) : attending !== undefined ? eventTargetOf(s, attending) : undefined;
      // ("is in Lisbon for talks with Y": whoever the talks are with is there too.)
      const others = c === 'in' && setting !== undefined ? partiesWith(s, setting) : [];
      if (ev !== undefined) emit('ATTENDS', [...membersOf(s, subject), ...others], ev, n, 0.7);
    }
  }

  /** The parties a gathering noun's own "with" phrase names ("talks with Y", "with the banks of Y and Z"). */
  function partiesWith(s: Sentence, gathering: number): number[] {
    const { t } = s;
    return childrenOf(t, gathering, 'nmod')
      .filter((k) => caseOf(t, k) === 'with')
      .flatMap((k) => [...membersOf(s, k), ...partiesOfPlural(s, k)])
      .filter((e) => !isEvent(e));
  }

  /**
   * "X is expected here on Friday for talks with Y", "X is due in Lisbon for the summit": one whose
   * coming is scheduled for a gathering attends it (as "is expected to attend" does), and so do
   * the parties it is with.
   */
  function expectedFor(s: Sentence, n: number, emit: Emit): boolean {
    const { t } = s;
    const word = t.parse.tokens[n]!;
    const expected = lemmaOf(t, n) === 'expect' && word.xpos === 'VBN' && voice(t.parse, n) === 'passive';
    const due = lemmaOf(t, n) === 'due' && childOf(t, n, 'cop') !== undefined;
    if (!expected && !due) return false;
    if (!factual(t, n, false) || /^(would|could|might|may|should)$/.test(modality(t.parse, n) ?? '')) return false;
    // Expected to do something ("is expected to sign") is read by the infinitive's own verb.
    if (childOf(t, n, 'xcomp', 'ccomp') !== undefined) return false;
    const subject = childOf(t, n, expected ? 'nsubj:pass' : 'nsubj');
    const purpose = childrenOf(t, n, 'obl').find((k) => caseOf(t, k) === 'for');
    if (subject === undefined || purpose === undefined) return false;
    // ("A decision is expected for the summit": only someone comes.)
    const comers = membersOf(s, subject).filter((e) => !isEvent(e));
    const ev = comers.length ? eventOf(s, purpose) : undefined;
    if (ev === undefined) return false;
    emit('ATTENDS', [...comers, ...partiesWith(s, purpose)], ev, n, 0.7);
    return true;
  }

  /** "X, in Lisbon for talks with Y, said …", "X, here for talks, said": the name before the comma attends the gathering. */
  function apposedStay(s: Sentence, n: number, emit: Emit): boolean {
    const { t } = s;
    const word = t.parse.tokens[n]!;
    const where =
      (caseOf(t, n) === 'in' && /^(nmod|appos)/.test(word.deprel)) ||
      (/^(here|there)$/i.test(word.text) && word.deprel === 'advmod');
    if (!where || childOf(t, n, 'cop') !== undefined) return false;
    // The comma may be hung on the phrase or before it.
    const first = subtreeSpan(t.parse, n).first;
    const comma = t.parse.tokens[first]!.text === ',' ? first : first - 1;
    if (t.parse.tokens[comma]?.text !== ',' || word.head >= n) return false;
    const named = t.entity[comma - 1];
    if (named === undefined || entities[named]!.type !== 'Person') return false;
    const purpose = childrenOf(t, n, 'nmod', 'obl').find((k) => caseOf(t, k) === 'for') ?? purposeAfter(t, n);
    const ev = purpose === undefined ? undefined : eventOf(s, purpose);
    if (ev === undefined) return false;
    emit('ATTENDS', [named], ev, n, 0.7);
    return true;
  }

  /** "called the vote illegal", "declared the election invalid": a rejection of the thing's author. */
  function invalidity(s: Sentence, p: number, emit: Emit): void {
    const { t } = s;
    const predicate = childOf(t, p, 'xcomp');
    const obj = childOf(t, p, 'obj');
    if (predicate === undefined || obj === undefined) return;
    // "called on X to …" asks X to act; it names X nothing.
    if (childrenOf(t, p, 'compound:prt').some((k) => /^(on|upon)$/.test(lemmaOf(t, k)))) return;
    if (isNegated(t.parse, p) || !factual(t, p, false) || s.view.inQuote[t.token[p]!]) return;
    const sources = subjectOf(s, p);
    // "called it a welcome resolution": naming something is saying something (FN Labeling).
    if (lemmaOf(t, p) === 'call') emit('STATED', sources, spokenTo(s, p, sources) ?? null, p, 0.6);
    if (!rejectingVerdict(lemmaOf(t, predicate), lemmaOf(t, obj))) return;
    const targets = rejectedAuthors(s, obj, sources);
    // "called the allegations untrue": a claim named again answers its latest other speaker.
    const answered = targets.length === 0 && anaphoric(t, obj) && CLAIM_NOUNS.has(lemmaOf(t, obj));
    if (targets.length === 0)
      emit('REJECTED', sources, answered ? claimAnswered(s, sources) : null, p, 0.6, [predicate]);
    for (const target of targets) emit('REJECTED', sources, target, p, 0.65, [predicate]);
  }

  /**
   * "It's time Congress cut the budget", "it is high time for Dorvia to withdraw": saying it is
   * time someone acted asks them to (the subjunctive past of "it's time" is a demand). The
   * speaker is the quotation's (`quoted`), else the subject of the speech verb above.
   */
  function timeForAct(s: Sentence, emit: Emit, quoted?: number): void {
    const { t, view } = s;
    const words = t.parse.tokens;
    for (let i = 2; i < words.length; i++) {
      if (words[i]!.text.toLowerCase() !== 'time') continue;
      const inQuote = view.inQuote[t.token[i]!]!;
      if (inQuote !== (quoted !== undefined)) continue;
      let k = i - 1;
      if (/^(high|about)$/i.test(words[k]!.text)) k--;
      if (!/^(is|was|'s)$/i.test(words[k]?.text ?? '') || words[k - 1]?.text.toLowerCase() !== 'it') continue;
      let a = i + 1;
      const forTo = words[a]?.text.toLowerCase() === 'for';
      if (forTo || words[a]?.text.toLowerCase() === 'that') a++;
      if (words[a]?.text.toLowerCase() === 'the') a++;
      const entity = t.entity[a];
      if (entity === undefined || isEvent(entity)) continue;
      let b = a;
      while (b + 1 < words.length && t.entity[b + 1] === entity) b++;
      const next = words[b + 1];
      const acts = forTo ? next?.text.toLowerCase() === 'to' : next !== undefined && /^(VERB|AUX)$/.test(next.upos);
      if (!acts) continue;
      let sources: number[] = [];
      if (quoted !== undefined) sources = [quoted];
      else
        for (let h = words[i]!.head; h >= 0; h = words[h]!.head)
          if (predicateOf(t, h)?.relation === 'STATED') {
            sources = subjectOf(s, h);
            break;
          }
      // "Now it is time for Brazil to do likewise," the Brazilian minister said: a call on one's own
      // country asks no other party.
      const own = sources.some((e) => entities[e]!.country === entities[entity]!.name);
      if (sources.length && !sources.includes(entity) && !own) emit('DEMANDED', sources, entity, i, 0.65);
    }
  }

  return { verbRelations, nounRelations, settings, presence, timeForAct };
}
