/**
 * Word tokens with offsets into the cleaned text. Possessive 's is its own token; dotted
 * abbreviations ("U.S.", "Mr.") keep their dots; quotes of every kind are marked as quotes.
 */
import { ABBREVIATIONS } from './abbreviations.js';

export type TokenKind = 'word' | 'number' | 'quote' | 'punct';

export interface Token {
  text: string;
  /** Lower case, dots and curly apostrophes normalised ("u.s." → "us", "’s" → "'s"). */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter (or is an acronym like "G-20"). */
  cap: boolean;
}

// One alternation, no nested quantifiers: linear on any input.
// Mojibake ("PeÃ±a": UTF-8 read as Latin-1) keeps its continuation characters inside the word, also
// when the "Ã" is written decomposed (A and a combining tilde).
/** A web domain, one word ("Gawker.com", "www.bbc.co.uk"), as UD tokenises it. */
export const DOMAIN_NAME = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|io|co\.uk|org\.uk)$/u;

const TOKEN_RE =
  /[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|io|co\.uk|org\.uk)\b|(?:[A-Z]\.){2,}|['’]s\b|``|''|[\p{L}](?:[\p{L}\p{M}\d]|(?<=[ÃÂÅÄ]|A\p{M})[\u0080-\u00bf])*(?:[-'’](?!s\b)[\p{L}\d](?:[\p{L}\p{M}\d]|(?<=[ÃÂÅÄ]|A\p{M})[\u0080-\u00bf])*)*\.?|\d+(?:[.,:]\d+)*(?:[-–][\p{L}\d]+)?|[“”"‘’'«»]|\S/gu;

/** "NATO-led", "Kremlin-backed": the name is its own token, the participle another. */
const NAME_COMPOUND =
  /^(\p{Lu}[\p{L}\d.]*)-(led|backed|based|controlled|run|owned|funded|brokered|sponsored|allied|style|friendly|held|born|bound|linked|aligned|appointed|installed|imposed|language|speaking)$/u;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(offset, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    let raw = m[0];
    // A word's trailing dot belongs to it only for abbreviations and initials ("W.").
    if (raw.length > 1 && raw.endsWith('.') && !/^(?:[A-Z]\.){2,}$/.test(raw)) {
      const stem = raw.slice(0, -1).toLowerCase();
      if (!ABBREVIATIONS.has(stem) && !/^[A-Z]$/.test(raw.slice(0, -1))) raw = stem.length ? raw.slice(0, -1) : raw;
    }
    const compound = raw.includes('-') ? NAME_COMPOUND.exec(raw) : null;
    if (compound) raw = compound[1]!;
    const start = offset + m.index;
    TOKEN_RE.lastIndex = m.index + raw.length;
    const first = raw[0]!;
    let kind: TokenKind;
    if (/^[“”"‘’'«»]$|^``$|^''$/.test(raw)) kind = 'quote';
    else if (/^['’]s$/.test(raw)) kind = 'word';
    else if (/\p{L}/u.test(first)) kind = 'word';
    else if (/\d/.test(first)) kind = 'number';
    else kind = 'punct';
    const lower = raw.toLowerCase();
    // Most tokens have no dot and no curly apostrophe: their norm is their lower case.
    const norm = lower.includes('.') || lower.includes('’') ? normOfDotted(lower, raw, kind) : lower;
    tokens.push({
      text: raw,
      norm,
      start,
      end: start + raw.length,
      kind,
      cap: kind === 'word' && isUpper(first),
    });
  }
  return tokens;
}

/** The norm of a lower-cased token with dots or curly apostrophes in it ("u.s." → "us", "’s" → "'s"). */
function normOfDotted(lower: string, raw: string, kind: TokenKind): string {
  const norm = lower
    .replace(/’/g, "'")
    .replace(/\.(?=.)/g, '')
    .replace(/\.$/, kind === 'word' && raw.length > 2 ? '' : '.');
  return kind === 'word' ? norm.replace(/\.$/, '') : norm;
}

/** The texts of tokens [a, b) joined by single spaces ("United Nations"), for gazetteer look-ups. */
export function tokenTexts(tokens: readonly Token[], a: number, b: number): string {
  return tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
}
