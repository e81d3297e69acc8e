/**
 * The per-sentence view the relation rules read: tokens, which tokens sit inside quotation
 * marks, and the entity arguments (resolved mentions) with their token spans.
 */
import type { EntityType } from '../../graph/schema.js';
import type { Token } from '../segment/tokens.js';

export interface Arg {
  entity: number;
  tokenStart: number;
  tokenEnd: number;
  possessive: boolean;
  /** The entity's type, when known (for rules like "Springfield, Illinois"). */
  type?: EntityType;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
  norms: string[];
  inQuote: boolean[];
  args: Arg[];
}

/** What relation rules know about an entity. */
export interface EntityInfo {
  type: EntityType;
  name: string;
  gender?: 'male' | 'female';
  roles: string[];
  /** Bodies named before the person's title ("FBI Director X"): "the FBI chief" is X. */
  roleBodies?: number[];
  /** The country of a person's title ("Russian Foreign Minister X"): "his country" is it. */
  country?: string;
  /** Whether a person's title was given as "former X": "the former president" is them, "the president" not. */
  former?: boolean;
  /** Normalised name words, for definite descriptions ("the embassy" → "US Embassy"). */
  words: string[];
  outlet: boolean;
  implied?: boolean;
}

const OPENING = new Set(['“', '``', '«', '‘']);
const CLOSING = new Set(['”', "''", '»']);

/**
 * Marks tokens inside quotation marks. Curly and doubled quotes say which side they are;
 * straight double quotes toggle. State carries across the sentences of one paragraph.
 */
export function quoteMask(tokens: Token[], startInside: boolean): { mask: boolean[]; endInside: boolean } {
  const mask: boolean[] = [];
  let inside = startInside;
  // A quotation opened right after a word ("he tweeted that he “rejects …”", "called it
  // “null and void”") is woven into the reporting sentence: its words are narration too.
  let embedded = false;
  tokens.forEach((t, i) => {
    if (t.kind === 'quote') {
      // A straight quote opens when it hugs the next word and not the previous one, closes when
      // it hugs the previous word: robust to unbalanced quotes in scraped text.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const hugsPrev = !!prev && prev.end === t.start && prev.kind !== 'quote';
      const hugsNext = !!next && next.start === t.end;
      const straightOpens = t.text === '"' && (hugsNext && !hugsPrev ? true : hugsPrev && !hugsNext ? false : !inside);
      const opens = (OPENING.has(t.text) && t.text !== '‘') || straightOpens;
      const closes = CLOSING.has(t.text) || (t.text === '"' && !straightOpens);
      if (opens) {
        inside = true;
        embedded = !!prev && prev.kind === 'word' && i > 1;
      } else if (closes) {
        inside = false;
        embedded = false;
      }
      mask.push(false);
      return;
    }
    mask.push(inside && !embedded);
  });
  return { mask, endInside: inside && !embedded };
}

/**
 * Quote masks for the sentences of one paragraph. A quotation opened at the paragraph's start
 * may run to its end (news style continues a quote into the next paragraph without closing it);
 * one opened inside the paragraph and never closed is a stray mark (scraping damage, a missing
 * close): it covers the rest of its own sentence only, never the sentences after it.
 */
export function paragraphQuoteMasks(sentences: Token[][]): boolean[][] {
  const masks: boolean[][] = [];
  let inside = false;
  let openedIn = -1;
  let openedAtStart = false;
  sentences.forEach((tokens, i) => {
    const q = quoteMask(tokens, inside);
    if (!inside && q.endInside) {
      openedIn = i;
      openedAtStart = i === 0 && tokens.findIndex((t) => t.kind === 'quote') === 0;
    }
    inside = q.endInside;
    masks.push(q.mask);
  });
  if (inside && !openedAtStart) {
    for (let i = openedIn + 1; i < sentences.length; i++) masks[i] = quoteMask(sentences[i]!, false).mask;
  }
  return masks;
}
