/**
 * Unnamed events as relation targets: a noun phrase headed by an event noun ("a formal
 * bilateral meeting", "his monthly press conference", "the opening ceremony"), found after a
 * trigger or before a passive one.
 */
import { ATTENDABLE_HEADS, EVENT_HEADS } from '../lexicon/events.js';
import type { SentenceView } from './view.js';

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'your',
  'next',
  'last',
  'another',
]);
const STOP = new Set([
  ',',
  '.',
  ';',
  ':',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'as',
  'from',
  'of',
  'was',
  'is',
  'were',
  'are',
  'will',
  'would',
  'be',
  'been',
]);

export interface EventPhrase {
  /** Token span of the phrase without its determiner. */
  start: number;
  end: number;
  head: string;
}

/** An event noun phrase starting at token i (after an optional determiner), up to 5 words. */
export function eventPhraseAt(view: SentenceView, i: number, attendableOnly = true): EventPhrase | undefined {
  let k = i;
  if (DETERMINERS.has(view.norms[k] ?? '')) k++;
  const first = k;
  for (let n = 0; n < 6 && k < view.tokens.length; n++, k++) {
    const t = view.tokens[k]!;
    const norm = view.norms[k]!;
    if (t.kind !== 'word' || STOP.has(norm) || view.inQuote[k]) return undefined;
    const heads = attendableOnly ? ATTENDABLE_HEADS : EVENT_HEADS;
    if (heads.has(norm)) {
      // A compound head ("summit meeting", "press conference") takes the last noun.
      let end = k + 1;
      while (end < view.tokens.length && heads.has(view.norms[end]!) && view.tokens[end]!.kind === 'word') end++;
      const head = view.norms[end - 1]!;
      // "a meeting in Florida", "talks in Washington": the place belongs to the event's name.
      if (view.norms[end] === 'in') {
        const place = view.args.find((a) => a.tokenStart === end + 1 && a.type === 'Place' && !a.possessive);
        if (place) end = place.tokenEnd;
      }
      return { start: first, end, head };
    }
    if (norm === "'s") return undefined;
  }
  return undefined;
}

/** The first event phrase starting within `window` tokens after position i. */
export function eventPhraseAfter(view: SentenceView, i: number, window = 4): EventPhrase | undefined {
  for (let k = i; k < Math.min(view.tokens.length, i + window); k++) {
    const p = eventPhraseAt(view, k);
    if (p) return p;
    if (view.norms[k] === ',' || view.norms[k] === ';') return undefined;
  }
  return undefined;
}

/** The nearest event phrase ending before position i (for "EVENT, attended by X" and "which X will attend"). */
export function eventPhraseBefore(view: SentenceView, i: number, window = 25): EventPhrase | undefined {
  for (let k = i - 1; k >= Math.max(0, i - window); k--) {
    if (!ATTENDABLE_HEADS.has(view.norms[k]!)) continue;
    let s = k;
    while (
      s > 0 &&
      view.tokens[s - 1]!.kind === 'word' &&
      !STOP.has(view.norms[s - 1]!) &&
      !DETERMINERS.has(view.norms[s - 1]!) &&
      view.norms[s - 1] !== "'s" &&
      k - s < 4 &&
      !view.inQuote[s - 1]
    )
      s--;
    let end = k + 1;
    while (end < view.tokens.length && ATTENDABLE_HEADS.has(view.norms[end]!)) end++;
    return { start: s, end, head: view.norms[end - 1]! };
  }
  return undefined;
}
