/**
 * ATTENDS read from the shape of a sentence rather than from a verb: an opening "During/At/In
 * EVENT," adjunct; a person placed "at a meeting"; "a meeting between X and Y", "his talks
 * with Z"; and the owner of an event ("his talks", "Netanyahu's meeting").
 */
import type { ScoredRelation } from '../../graph/schema.js';
import type { TriggerMatch } from '../lexicon/triggers.js';
import { ATTENDABLE_HEADS } from '../lexicon/events.js';
import { ROLE_WORDS } from '../lexicon/roles.js';
import { isDemonym } from '../lexicon/places.js';
import { groupAround, mainSubject, type Resolver } from './arguments.js';
import { eventPhraseAfter, eventPhraseBefore, type EventPhrase } from './events.js';
import { POSSESSED_EVENTS, WEEKDAYS } from './grammar.js';
import type { EntityInfo, SentenceView } from './view.js';

/** Nouns for someone who takes part in an event ("negotiator in the talks", "delegate to the summit"). */
const PARTICIPANT_NOUNS = new Set([
  'negotiator',
  'negotiators',
  'delegate',
  'delegates',
  'participant',
  'participants',
  'host',
  'observer',
  'attendee',
  'mediator',
  'representative',
  'chairman',
  'chairwoman',
  'chair',
]);

export type Emit = (
  type: ScoredRelation,
  sources: number[],
  target: number | null,
  view: SentenceView,
  m: TriggerMatch,
  confidence: number,
) => void;

export interface ParticipationContext {
  view: SentenceView;
  entities: EntityInfo[];
  resolve: Resolver;
  makeEvent: (view: SentenceView, phrase: EventPhrase) => number;
  emit: Emit;
  /** Who the sentence's triggers already named as acting, if anyone. */
  subject: number[] | undefined;
}

/** Resolves a possessive determiner as its pronoun ("his" as "he"). */
function resolvePossessive(resolve: Resolver, view: SentenceView, k: number, pronoun: string): number[] | undefined {
  const norms = [...view.norms];
  norms[k] = pronoun;
  return resolve({ ...view, norms }, k);
}

export function participation(ctx: ParticipationContext): void {
  const { view, entities, resolve, makeEvent, emit } = ctx;
  const isEvent = (i: number): boolean => entities[i]!.type === 'Event';
  const resolveWord = (v: SentenceView, k: number, pronoun: string): number[] | undefined =>
    resolvePossessive(resolve, v, k, pronoun);
  // "During/At/In/After EVENT, X …": the subject of the sentence attended it.
  for (let k = 0; k < view.tokens.length; k++) {
    const n = view.norms[k]!;
    if (!/^(during|at|after|in)$/.test(n) || view.inQuote[k]) continue;
    const prevTok = view.tokens[k - 1];
    const opening =
      k === 0 ||
      (prevTok !== undefined &&
        (prevTok.kind === 'punct' ||
          /^(speaking|talking)$/.test(view.norms[k - 1]!) ||
          WEEKDAYS.test(view.norms[k - 1]!)));
    if (!opening || (n === 'in' && k > 0 && prevTok?.kind !== 'punct' && !WEEKDAYS.test(view.norms[k - 1]!))) continue;
    let ev = eventPhraseAfter(view, k + 1, 2);
    // "in protest at …", "in response": a bare singular noun after "in" is a manner, not an event.
    if (ev && n === 'in' && ev.start === k + 1 && ev.end === k + 2 && !ev.head.endsWith('s')) ev = undefined;
    const named = view.args.find((a) => a.tokenStart > k && a.tokenStart <= k + 3 && isEvent(a.entity))?.entity;
    if (named === undefined && !ev) continue;
    const subject = ctx.subject ?? mainSubject(view, view.tokens.length, resolve)?.members;
    if (!subject) continue;
    const target = named ?? makeEvent(view, ev!);
    emit('ATTENDS', subject, target, view, { trigger: { relation: 'ATTENDS', lemma: n }, start: k, end: k + 1 }, 0.6);
  }
  // "Smith, the chief British negotiator in the talks": a participant named by apposition.
  for (const a of view.args) {
    if (view.inQuote[a.tokenStart] || entities[a.entity]!.type !== 'Person' || view.norms[a.tokenEnd] !== ',') continue;
    for (let k = a.tokenEnd + 1; k < Math.min(view.tokens.length - 2, a.tokenEnd + 8); k++) {
      const n = view.norms[k]!;
      if (n === ',' || n === ';' || view.tokens[k]!.kind !== 'word') break;
      if (!PARTICIPANT_NOUNS.has(n) || !/^(in|at|to|of|for)$/.test(view.norms[k + 1]!)) continue;
      const ev = eventPhraseAfter(view, k + 2, 2);
      if (ev && ev.start <= k + 3)
        emit(
          'ATTENDS',
          [a.entity],
          makeEvent(view, ev),
          view,
          { trigger: { relation: 'ATTENDS', lemma: n }, start: k, end: k + 1 },
          0.55,
        );
      break;
    }
  }
  // "Wolfowitz at a meeting in Florida": a participant placed at an event.
  for (const a of [...view.args]) {
    if (view.inQuote[a.tokenStart] || isEvent(a.entity) || entities[a.entity]!.type !== 'Person') continue;
    if (view.norms[a.tokenEnd] !== 'at' && view.norms[a.tokenEnd] !== 'during') continue;
    const ev = eventPhraseAfter(view, a.tokenEnd + 1, 1);
    if (ev)
      emit(
        'ATTENDS',
        [a.entity],
        makeEvent(view, ev),
        view,
        { trigger: { relation: 'ATTENDS', lemma: 'at' }, start: a.tokenEnd, end: a.tokenEnd + 1 },
        0.55,
      );
  }
  // "a meeting between X and Y", "his talks with Z": the participants of an event.
  for (let h = 0; h < view.tokens.length - 1; h++) {
    const after = view.norms[h + 1]!;
    if ((after !== 'between' && after !== 'with') || view.inQuote[h] || !ATTENDABLE_HEADS.has(view.norms[h]!)) continue;
    const ev = eventPhraseBefore(view, h + 1, 1);
    if (!ev) continue;
    const participants: number[] = [];
    const first = view.args.findIndex(
      (a) =>
        a.tokenStart > ev.end &&
        a.tokenStart <= ev.end + 8 &&
        view.norms
          .slice(ev.end + 1, a.tokenStart)
          .every((n) => ROLE_WORDS.has(n) || /^(the|a|of|then-\w+)$/.test(n) || isDemonym(n)),
    );
    if (first >= 0 && !isEvent(view.args[first]!.entity))
      participants.push(...groupAround(view, first, 1).map((a) => a.entity));
    if (after === 'between' && participants.length === 1) participants.length = 0;
    if (!participants.length) continue;
    const det = view.norms[ev.start - 1] ?? '';
    // "a meeting with X" may be only planned or refused; "his talks with X" took place.
    const owned = det === 'his' || det === 'her' || det === 'their' || det === "'s";
    if (after === 'with' && !owned) continue;
    if (det === 'his' || det === 'her' || det === 'their') {
      const owner = resolveWord(view, ev.start - 1, det === 'his' ? 'he' : det === 'her' ? 'she' : 'they');
      if (owner) participants.push(...owner);
    }
    const owner = view.args.find((a) => a.possessive && a.tokenEnd + 1 === ev.start);
    if (owner) participants.push(owner.entity);
    emit(
      'ATTENDS',
      participants,
      makeEvent(view, ev),
      view,
      { trigger: { relation: 'ATTENDS', lemma: after }, start: ev.start, end: ev.end },
      0.55,
    );
  }
  // "his talks", "Funaro's talks", "the prime minister's meeting": the owner takes part.
  for (let h = 1; h < view.tokens.length; h++) {
    if (view.inQuote[h] || !POSSESSED_EVENTS.has(view.norms[h]!)) continue;
    let d = h - 1;
    while (
      d > 0 &&
      view.tokens[d]!.kind === 'word' &&
      !view.tokens[d]!.cap &&
      h - d < 3 &&
      !/^(his|her|their|'s)$/.test(view.norms[d]!)
    )
      d--;
    const det = view.norms[d]!;
    let owner: number[] | undefined;
    if (det === 'his' || det === 'her') owner = resolveWord(view, d, det === 'his' ? 'he' : 'she');
    else if (det === "'s") {
      const a = view.args.find((x) => x.possessive && x.tokenEnd === d);
      if (a && entities[a.entity]!.type === 'Person') owner = [a.entity];
    }
    if (!owner) continue;
    const ev = { start: d + 1, end: h + 1, head: view.norms[h]! };
    emit(
      'ATTENDS',
      owner,
      makeEvent(view, ev),
      view,
      { trigger: { relation: 'ATTENDS', lemma: view.norms[h]! }, start: d, end: h + 1 },
      0.5,
    );
  }
}
