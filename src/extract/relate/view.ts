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
  for (const t of tokens) {
    if (t.kind === 'quote') {
      if (OPENING.has(t.text) && t.text !== '‘') inside = true;
      else if (CLOSING.has(t.text)) inside = false;
      else if (t.text === '"') inside = !inside;
      mask.push(false);
      continue;
    }
    mask.push(inside);
  }
  return { mask, endInside: inside };
}
