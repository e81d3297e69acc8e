/**
 * Evaluative rejections: calling something void is rejecting it. "X called the agreement
 * 'null and void'", "they concluded that the deal between A and B is illegal": REJECTED from
 * the speaker to the party behind the thing judged (its possessor, the "between A and B" of its
 * phrase, or of an earlier mention of the same noun).
 */
import type { TriggerMatch } from '../lexicon/triggers.js';
import { mainSubject, type Resolver } from './arguments.js';
import type { Emit } from './participation.js';
import type { EntityInfo, SentenceView } from './view.js';

/** Predicates that deny validity; "unacceptable" judges without voiding, so it is left out. */
const INVALID = new Set(['illegal', 'invalid', 'illegitimate', 'unlawful', 'void']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CALLING = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'deem',
  'deems',
  'deemed',
  'declare',
  'declares',
  'declared',
  'declaring',
  'brand',
  'brands',
  'branded',
  'term',
  'termed',
  'consider',
  'considers',
  'considered',
]);
/** What may follow a predicative use ("… is illegal, he said"); a noun would make it attributive ("illegal immigrants"). */
const AFTER_PREDICATE = /^(and|or|but|under|because|since|as|in|by|according|to|for)$/;

export interface EvaluativeContext {
  view: SentenceView;
  /** All sentences, for an earlier mention of the judged noun ("the agreement" → "agreement between A and B"). */
  views: SentenceView[];
  entities: EntityInfo[];
  resolve: Resolver;
  emit: Emit;
  /** Who the sentence's triggers named as acting, if anyone. */
  subject: number[] | undefined;
}

/** The evaluative predicate starting at k: its end, or -1. */
function predicateAt(view: SentenceView, k: number): number {
  const n = view.norms;
  if (n[k] === 'null' && n[k + 1] === 'and' && n[k + 2] === 'void') return k + 3;
  if (INVALID.has(n[k]!) && n[k] !== 'void') return k + 1;
  return -1;
}

/** The copula or calling verb before the predicate, skipping quotation marks, within a clause. */
function licensor(view: SentenceView, k: number): { at: number; calling: boolean } | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const t = view.tokens[j]!;
    if (t.kind === 'quote') continue;
    const n = view.norms[j]!;
    if (n === ';' || n === ':' || n === 'not' || n === "n't" || n === 'never') return undefined;
    if (COPULAS.has(n))
      return j === k - 1 || view.tokens.slice(j + 1, k).every((x) => x.kind === 'quote')
        ? { at: j, calling: false }
        : undefined;
    if (CALLING.has(n)) return { at: j, calling: true };
  }
  return undefined;
}

/** The party behind the thing judged in tokens [s, e): possessor, "between A and B", or an earlier mention's. */
function partyOf(ctx: EvaluativeContext, s: number, e: number): number | null {
  const { view, views } = ctx;
  const inside = view.args.filter(
    (a) => a.tokenStart >= s && a.tokenEnd <= e && ctx.entities[a.entity]!.type !== 'Event',
  );
  const between = inside.find((a) => view.norms[a.tokenStart - 1] === 'between');
  if (between) return between.entity;
  const owner = inside.find((a) => a.possessive);
  if (owner) return owner.entity;
  // The head noun of the phrase, looked up in the last few sentences: "the border agreement".
  let h = e - 1;
  while (h >= s && view.tokens[h]!.kind !== 'word') h--;
  if (h < s || view.tokens[h]!.cap) return null;
  const head = view.norms[h]!;
  for (let i = view.index - 1; i >= Math.max(0, view.index - 20); i--) {
    const v = views[i]!;
    for (let k = 0; k < v.norms.length - 1; k++) {
      if (v.norms[k] !== head || v.norms[k + 1] !== 'between') continue;
      const a = v.args.find((x) => x.tokenStart === k + 2 || (x.tokenStart === k + 3 && v.norms[k + 2] === 'the'));
      if (a) return a.entity;
    }
  }
  return null;
}

export function evaluativeRejections(ctx: EvaluativeContext): void {
  const { view, resolve, emit } = ctx;
  for (let k = 1; k < view.tokens.length; k++) {
    if (view.inQuote[k]) continue;
    const end = predicateAt(view, k);
    if (end < 0) continue;
    const next = view.tokens[end];
    if (next && next.kind === 'word' && !AFTER_PREDICATE.test(view.norms[end]!)) continue;
    const lic = licensor(view, k);
    if (!lic) continue;
    let s: number;
    let e: number;
    if (lic.calling) {
      s = lic.at + 1;
      e = k;
    } else {
      // "… that the agreement between A and B is null and void": the subject since "that" or a comma.
      e = lic.at;
      s = e;
      while (s > 0 && !/^(that|,|;|:)$/.test(view.norms[s - 1]!)) s--;
      // "the diversion, which was illegal under the ban": a relative clause describes, nobody rejects.
      if (e <= s || /^(which|who|that)$/.test(view.norms[e - 1]!)) continue;
      // Someone must judge: a "that" clause of a reporting verb, or a speaker in the sentence.
      if (view.norms[s - 1] !== 'that' && !ctx.subject) continue;
    }
    const speakers = ctx.subject ?? mainSubject(view, lic.calling ? lic.at : s, resolve)?.members;
    if (!speakers || speakers.length === 0) continue;
    const m: TriggerMatch = {
      trigger: { relation: 'REJECTED', lemma: view.norms.slice(k, end).join(' ') },
      start: k,
      end,
    };
    emit('REJECTED', speakers, partyOf(ctx, s, e), view, m, 0.55);
    k = end - 1;
  }
}
