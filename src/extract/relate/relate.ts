/**
 * The four scored relations, read sentence by sentence from trigger words: STATED, DEMANDED,
 * REJECTED, ATTENDS (ANNOTATION.md). Negation and refusal are checked before anything is
 * emitted; coordinated subjects give one relation each; speech inside quotation marks is the
 * speaker's content, not narration, and triggers nothing.
 */
import type { ScoredRelation } from '../../graph/schema.js';
import {
  DEMAND_NOUNS,
  NEEDS_INFINITIVE,
  NOUN_LIKE_FORMS,
  STATEMENT_NOUNS,
  triggerAt,
  WEAK_SPEECH,
  type TriggerMatch,
} from '../lexicon/triggers.js';
import {
  collectiveSubject,
  firstArgAfter,
  mainSubject,
  makeResolver,
  newDiscourse,
  noteSubject,
  preposed,
  subjectOf,
  type Discourse,
  type Subject,
} from './arguments.js';
import { eventPhraseAfter, eventPhraseBefore, type EventPhrase } from './events.js';
import {
  ATTEND_VERBS,
  auxiliaryNegation,
  complementFollows,
  CONDITIONAL,
  DETERMINERS,
  INVERTIBLE,
  isPassive,
  nearQuote,
  negated,
  PREPOSITION_WORDS,
  QUOTE_ONLY,
  threatened,
  titledPersonAfter,
  verbal,
} from './grammar.js';
import { participation } from './participation.js';
import { evaluativeRejections } from './evaluative.js';
import { ATTENDABLE_HEADS } from '../lexicon/events.js';
import { ROLE_WORDS } from '../lexicon/roles.js';
import { CALENDAR_WORDS } from '../recognise/chunks.js';
import type { EntityInfo, SentenceView } from './view.js';

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
}

/** Makes (or finds) the Event entity for an event phrase of a sentence; returns its index. */
export type EventMaker = (view: SentenceView, phrase: EventPhrase, name?: string) => number;

export interface RelateInput {
  views: SentenceView[];
  entities: EntityInfo[];
  makeEvent: EventMaker;
}

export function relateSentences(input: RelateInput): RawRelation[] {
  const { views, entities, makeEvent } = input;
  const relations: RawRelation[] = [];
  const discourse: Discourse = newDiscourse();
  let current = 0;
  const resolve = makeResolver(entities, discourse, () => current);
  const isEvent = (i: number): boolean => entities[i]!.type === 'Event';

  const emit = (
    type: ScoredRelation,
    sources: number[],
    target: number | null,
    view: SentenceView,
    m: TriggerMatch,
    confidence: number,
  ): void => {
    for (const s of sources) {
      if (s === target) continue;
      if (type === 'ATTENDS' && (target === null || !isEvent(target))) continue;
      if (isEvent(s)) continue;
      relations.push({
        type,
        source: s,
        target,
        sentence: view.index,
        triggerStart: m.start,
        triggerEnd: m.end,
        trigger: view.tokens
          .slice(m.start, m.end)
          .map((t) => t.text)
          .join(' '),
        confidence,
      });
    }
  };

  /** An argument or a resolved description right after a verb (its object). */
  const objectAfter = (view: SentenceView, from: number, window = 3): number[] | undefined => {
    for (let k = from; k < Math.min(view.tokens.length, from + window); k++) {
      const arg = view.args.find((a) => a.tokenStart === k);
      if (arg) return [titledPersonAfter(view, arg) ?? arg.entity];
      const n = view.norms[k]!;
      if (PREPOSITION_WORDS.has(n)) return undefined;
      if (!DETERMINERS.has(n) && view.tokens[k]!.kind !== 'word') return undefined;
      const r = DETERMINERS.has(n) ? undefined : resolve(view, k);
      if (r) return r;
      if (!DETERMINERS.has(n) && !/^(them|him|her|us)$/.test(n) && k > from) return undefined;
    }
    return undefined;
  };

  /** The event a relative or passive clause points back to, or the one after the trigger. */
  const eventTarget = (view: SentenceView, m: TriggerMatch, lemma: string): number | null => {
    const named = (from: number, to: number): number | undefined =>
      view.args.find((a) => a.tokenStart >= from && a.tokenStart < to && isEvent(a.entity))?.entity;
    const after = lemma === 'travel' ? 10 : 5;
    const n = named(m.end, m.end + after);
    if (n !== undefined) return n;
    const phrase = eventPhraseAfter(view, lemma === 'travel' ? m.end + 1 : m.end, after);
    if (phrase) return named(phrase.start, phrase.end) ?? makeEvent(view, phrase);
    if (lemma === 'travel') {
      const forAt = view.norms.indexOf('for', m.end);
      if (forAt > 0 && forAt - m.end < 8) {
        const n2 = named(forAt + 1, forAt + 4);
        if (n2 !== undefined) return n2;
        const p2 = eventPhraseAfter(view, forAt + 1, 3);
        if (p2) return makeEvent(view, p2);
      }
      return null;
    }
    // "the summit ..., which X will attend" / "EVENT, attended by X"
    const before = eventPhraseBefore(view, m.start);
    if (before && (view.norms.slice(before.end, m.start).includes('which') || view.norms[m.end] === 'by')) {
      const nb = view.args.filter((a) => a.tokenStart < m.start && isEvent(a.entity)).pop()?.entity;
      return nb ?? makeEvent(view, before);
    }
    return null;
  };

  /** The meeting a "meet" refers to: an Event headed "meeting" in the article, else a new one. */
  const meetingEvent = (view: SentenceView, m: TriggerMatch): number | null => {
    const found = entities.findIndex(
      (e) =>
        e.type === 'Event' && (e.words[e.words.length - 1] === 'meeting' || e.words[e.words.length - 1] === 'talks'),
    );
    if (found >= 0) return found;
    return makeEvent(view, { start: m.start, end: m.end, head: 'meeting' }, 'meeting');
  };

  /** "This argument was rejected by X": the thing rejected is the sentence's subject, or points back to its maker. */
  const passiveTarget = (view: SentenceView, m: TriggerMatch, rejecters: number[]): number | null => {
    const subjectArg = view.args.find((a) => a.tokenEnd <= m.start && !a.possessive && !view.inQuote[a.tokenStart]);
    if (subjectArg && !rejecters.includes(subjectArg.entity)) return subjectArg.entity;
    for (let i = relations.length - 1; i >= 0; i--) {
      const r = relations[i]!;
      if (view.index - r.sentence > 3) break;
      if ((r.type === 'STATED' || r.type === 'DEMANDED') && !rejecters.includes(r.source) && r.sentence < view.index)
        return r.source;
    }
    return null;
  };

  /** Prepositions of place and time: what follows them is where or when, not whose. */
  const SETTING_PREPOSITIONS = new Set([
    'in',
    'at',
    'on',
    'during',
    'since',
    'into',
    'inside',
    'within',
    'across',
    'throughout',
    'near',
  ]);

  /** Whom a rejection answers: a possessor, the maker of a demand referred back to, or the object. */
  const rejectedTarget = (view: SentenceView, m: TriggerMatch, rejecters: number[]): number | null => {
    let k = m.end;
    while (k < view.tokens.length && DETERMINERS.has(view.norms[k]!)) k++;
    const atEnd = k >= view.tokens.length || view.tokens[k]!.kind === 'punct';
    const arg = view.args.find((a) => a.tokenStart === k);
    if (arg && arg.possessive) return arg.entity;
    if (arg && !arg.possessive && DEMAND_NOUNS.has(view.norms[arg.tokenEnd] ?? '')) return arg.entity;
    if (
      atEnd ||
      DEMAND_NOUNS.has(view.norms[k] ?? '') ||
      (view.norms[k] === 'that' && view.norms[k + 1] === 'possibility')
    ) {
      for (let i = relations.length - 1; i >= 0; i--) {
        const r = relations[i]!;
        if (view.index - r.sentence > 4) break;
        if (r.type === 'DEMANDED' && r.target !== null && rejecters.includes(r.target)) return r.source;
      }
      for (let i = relations.length - 1; i >= 0; i--) {
        const r = relations[i]!;
        if (view.index - r.sentence > 4) break;
        if (r.type === 'DEMANDED' && !rejecters.includes(r.source)) return r.source;
      }
      if (!atEnd) return null;
    }
    if (view.norms[m.end] === 'to') return eventTarget(view, { ...m, end: m.end + 2 }, 'attend');
    // "boycotting the annual meeting of the ADB": the event itself is what is rejected.
    const ev = eventPhraseAfter(view, m.end, 4);
    if (ev && ATTENDABLE_HEADS.has(ev.head) && ev.start <= k + 2) return makeEvent(view, ev);
    const next = firstArgAfter(view, m.end, 10);
    // "resist the sentiment in the U.S. Congress": a place or setting is not whom one rejects.
    if (
      !next ||
      SETTING_PREPOSITIONS.has(view.norms[next.arg.tokenStart - 1] ?? '') ||
      (view.norms[next.arg.tokenStart - 1] === 'the' &&
        SETTING_PREPOSITIONS.has(view.norms[next.arg.tokenStart - 2] ?? ''))
    )
      return null;
    return next.arg.entity;
  };

  for (const view of views) {
    current = view.index;
    let addressee: number | undefined;
    let sentenceSubject: number[] | undefined;
    let lastSources: number[] | undefined;
    let sentenceAddressee: number | undefined;
    const shouting = view.tokens.filter((t) => t.kind === 'word').every((t) => t.text === t.text.toUpperCase());
    for (let i = 0; i < view.tokens.length; i++) {
      if (view.inQuote[i]) continue;
      const m = triggerAt(view.norms, i);
      if (!m) continue;
      const { relation, lemma } = m.trigger;
      const prev = view.norms[i - 1] ?? '';
      if (view.tokens[i]!.cap && !shouting && i > 0) continue; // "United States", "Secretary of State"
      if (
        (m.end - m.start === 1 || lemma === 'call for' || lemma === 'call on') &&
        (DETERMINERS.has(prev) || prev === "'s" || prev === ')')
      )
        continue; // a noun: "the press"
      if (NOUN_LIKE_FORMS.has(view.norms[i]!) && !verbal(view, i)) continue; // "rejected calls for", "apartheid state"
      if (QUOTE_ONLY.has(lemma) && !nearQuote(view, m)) continue;
      if (WEAK_SPEECH.has(lemma) && !complementFollows(view, m)) continue;
      if (lemma === 'want' && view.norms[m.end] === 'to') continue;
      if (lemma === 'ask' && view.norms[m.end] === 'not' && view.norms[m.end + 1] === 'to') continue; // "asked not to be identified"
      if (lemma === 'order' && prev === 'in') continue;
      if (prev === 'as' && /ed$/.test(view.norms[i]!) && view.norms[m.end] !== 'by') continue; // "as reported in …"
      if (prev === 'to' && i >= 2 && triggerAt(view.norms, i - 2)?.trigger.relation === 'REJECTED') continue; // "refused to confirm"
      // "growth is expected to decline", "shares declined 5 pct": falling, not refusing.
      if (
        lemma === 'decline' &&
        !(view.norms[m.end] === 'to' || DETERMINERS.has(view.norms[m.end] ?? '') || view.norms[m.end] === 'comment')
      )
        continue;
      // "Herrington, asked his reaction to …, said": a reduced passive clause, not an act of his.
      if (
        lemma === 'ask' &&
        prev === ',' &&
        /ed$/.test(view.norms[m.start]!) &&
        view.args.some((a) => a.tokenEnd === m.start - 1)
      )
        continue;
      const isNegated = negated(view, m.start);
      if (m.trigger.negativeOnly ? !isNegated || !auxiliaryNegation(view, m.start) : isNegated) continue;
      if (relation === 'REJECTED' && threatened(view, m.start)) continue;
      if (NEEDS_INFINITIVE.has(lemma)) {
        const window = view.norms.slice(m.end, m.end + 8);
        if (!window.includes('to') && !window.includes('that') && lemma !== 'want') continue;
      }

      if (lemma === 'according to') {
        const next = firstArgAfter(view, m.end, 3);
        if (next) {
          const members = [next.arg.entity];
          emit('STATED', members, null, view, m, 0.8);
        }
        i = m.end - 1;
        continue;
      }

      // A passive without its agent names the patient, not the actor: "were openly called to join".
      if (
        relation !== 'ATTENDS' &&
        /ed$/.test(view.norms[m.start]!) &&
        view.norms[m.end] !== 'by' &&
        isPassive(view, m.start)
      )
        continue;

      let subject: Subject | undefined;
      if (prev === 'and' && lastSources && !/ing$/.test(view.norms[m.start]!)) {
        // "urged the embassy to reconsider and spoke with …": the same subject.
        subject = { members: lastSources, how: 'left' };
      } else if (
        prev === 'and' &&
        view.tokens[m.start - 2]?.kind === 'word' &&
        !view.args.some((a) => a.tokenEnd === m.start - 1)
      ) {
        continue;
      } else if (/ing$/.test(view.norms[m.start]!) && (prev === ',' || m.start === 0)) {
        // ", demanding …" / "Speaking to X, …": the main clause's subject.
        subject = prev === ',' ? mainSubject(view, m.start, resolve) : undefined;
        if (m.start === 0 && (lemma === 'speak to' || lemma === 'write to')) {
          const to = objectAfter(view, m.end, 4);
          if (to && to.length === 1) addressee = to[0];
          i = m.end - 1;
          continue;
        }
      } else {
        const found = subjectOf(view, m.start, m.end, resolve, relation === 'STATED' && INVERTIBLE.has(lemma));
        if (found.opener && CONDITIONAL.has(found.opener)) continue;
        subject = found.subject;
        if (!subject) {
          const group = collectiveSubject(view, m.start);
          if (group) subject = { members: group, how: 'left' };
        }
      }
      if (lemma === 'speak to' || lemma === 'write to') {
        const to = objectAfter(view, m.end, 4);
        if (to && to.length === 1) addressee = to[0];
        if (!subject) continue;
      }
      const sources = subject?.members;
      if (!sources || sources.length === 0) continue;
      const confidence =
        subject!.how === 'left' || subject!.how === 'inverted' || subject!.how === 'passive' ? 0.85 : 0.65;
      lastSources = sources;

      if (relation === 'STATED') {
        let target: number | null = null;
        if (m.trigger.addressee) {
          const to = objectAfter(view, m.end, 3);
          if (to && to.length === 1 && !isEvent(to[0]!)) target = to[0]!;
          // "told his monthly press conference": the speaker attended it.
          const ev = eventPhraseAfter(view, m.end, 2);
          if (ev) emit('ATTENDS', sources, makeEvent(view, ev), view, m, 0.6);
        } else if (addressee !== undefined && !sources.includes(addressee)) target = addressee;
        // "said in an interview with X"
        for (let k = m.end; k < Math.min(view.tokens.length, m.end + 8) && target === null; k++) {
          if (/^interviews?$/.test(view.norms[k]!) && (view.norms[k + 1] === 'with' || view.norms[k + 1] === 'on')) {
            const to = firstArgAfter(view, k + 2, 3);
            if (to) target = to.arg.entity;
          }
        }
        if (target !== null) sentenceAddressee = target;
        emit('STATED', sources, target, view, m, confidence);
        // "said at the biweekly ministry briefing"
        if (view.norms[m.end] === 'at') {
          const ev = eventPhraseAfter(view, m.end + 1, 2);
          if (ev) emit('ATTENDS', sources, makeEvent(view, ev), view, m, 0.6);
        }
        if (lemma === 'denounce')
          emit('REJECTED', sources, firstArgAfter(view, m.end, 10)?.arg.entity ?? null, view, m, 0.6);
      } else if (relation === 'DEMANDED') {
        let target: number | null = null;
        const obj =
          lemma !== 'call for' && lemma !== 'join calls' && lemma !== 'demand'
            ? objectAfter(view, m.end, 3)
            : undefined;
        if (obj && obj.length >= 1) target = obj[0]!;
        else if (view.norms[m.end] === 'that') target = firstArgAfter(view, m.end + 1, 4)?.arg.entity ?? null;
        else {
          const after = firstArgAfter(view, m.end, 12);
          // "to help exporters sell more, the official Xinhua news agency said": not past a comma.
          const crossesComma = after !== undefined && view.norms.slice(m.end, after.arg.tokenStart).includes(',');
          if (after && !isEvent(after.arg.entity) && !crossesComma) target = after.arg.entity;
        }
        if (target === null && sentenceAddressee !== undefined && !sources.includes(sentenceAddressee))
          target = sentenceAddressee;
        emit('DEMANDED', sources, target, view, m, confidence * (target === null ? 1 : 0.9));
      } else if (relation === 'REJECTED') {
        if ((lemma === 'decline' || lemma === 'refuse') && view.norms[m.end] === 'to') {
          const verb = view.norms[m.end + 1] ?? '';
          const ev = /^(attend|join|participate|take|meet|visit|go)$/.test(verb)
            ? eventTarget(view, { ...m, end: m.end + 2 }, 'attend')
            : null;
          emit('REJECTED', sources, ev, view, m, confidence);
        } else if (subject!.how === 'passive') {
          emit('REJECTED', sources, passiveTarget(view, m, sources), view, m, confidence);
        } else {
          emit('REJECTED', sources, rejectedTarget(view, m, sources), view, m, confidence);
        }
        if (lemma === 'denounce') emit('STATED', sources, null, view, m, 0.5);
      } else if (relation === 'ATTENDS' && lemma === 'meet') {
        // "X will meet (with) Y": both take part in a meeting.
        let k = m.end;
        if (view.norms[k] === 'with') k++;
        const other = objectAfter(view, k, 2);
        // "meet the deadline", "met its targets": a thing met, not a meeting.
        let h = k + 1;
        while (
          h < view.tokens.length &&
          (/^\d/.test(view.norms[h]!) || CALENDAR_WORDS.has(view.norms[h]!.replace(/\.$/, '')))
        )
          h++;
        const metThing = view.tokens[h];
        if (
          !other &&
          k === m.end &&
          /^(the|a|an|its|their|his|her|this|these|those|all|any)$/.test(view.norms[k] ?? '') &&
          metThing &&
          !metThing.cap &&
          !ROLE_WORDS.has(metThing.norm) &&
          !ROLE_WORDS.has(metThing.norm.replace(/s$/, ''))
        ) {
          i = m.end - 1;
          continue;
        }
        const meeting = meetingEvent(view, m);
        if (meeting !== null) emit('ATTENDS', [...sources, ...(other ?? [])], meeting, view, m, 0.6);
      } else if (relation === 'ATTENDS' && ATTEND_VERBS.has(lemma)) {
        const target = eventTarget(view, m, lemma);
        if (target !== null) emit('ATTENDS', sources, target, view, m, confidence);
      }
      if (!sentenceSubject) sentenceSubject = sources;
      noteSubject(discourse, sources, entities, view.index);
      i = m.end - 1;
    }

    // "X's announcement/statement/remarks": X stated something.
    for (const a of view.args) {
      if (!a.possessive || view.inQuote[a.tokenStart]) continue;
      let k = a.tokenEnd + 1;
      if (view.norms[k] && !STATEMENT_NOUNS.has(view.norms[k]!) && STATEMENT_NOUNS.has(view.norms[k + 1] ?? '')) k++;
      if (STATEMENT_NOUNS.has(view.norms[k] ?? '') && entities[a.entity]!.type !== 'Event') {
        emit(
          'STATED',
          [a.entity],
          null,
          view,
          { trigger: { relation: 'STATED', lemma: view.norms[k]! }, start: k, end: k + 1 },
          0.6,
        );
      }
    }

    participation({ view, entities, resolve, makeEvent, emit, subject: sentenceSubject ?? lastSources });
    evaluativeRejections({ view, views, entities, resolve, emit, subject: sentenceSubject ?? lastSources });
    // A sentence without a trigger still tells who "they" will be next: its subject group.
    if (!sentenceSubject) {
      const main = mainSubject(view, view.tokens.length, resolve);
      if (main && main.members.length > 1) noteSubject(discourse, main.members, entities, view.index);
    }
    // Salience for pronouns: persons in subject-like position, then this sentence's speakers.
    for (const a of view.args) {
      if (a.possessive || view.inQuote[a.tokenStart] || entities[a.entity]!.type !== 'Person' || preposed(view, a))
        continue;
      noteSubject(discourse, [a.entity], entities, view.index);
    }
    if (sentenceSubject) noteSubject(discourse, sentenceSubject, entities, view.index);
  }
  return dedupe(relations);
}

/** One relation per (type, source, target, sentence). */
function dedupe(relations: RawRelation[]): RawRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const k = `${r.type}|${r.source}|${r.target}|${r.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
