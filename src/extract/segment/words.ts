/**
 * UD-style words from the extractor's tokens, offsets preserved, for the syntax layer
 * (src/nlp). Universal Dependencies English splits contractions ("do" + "n't", "they" + "'re",
 * "can" + "not"), splits hyphens into their own tokens ("Secretary - General", "10 - year")
 * and keeps "..." and "1990s" whole; the extractor's own tokens stay as they are for its rules.
 */
import type { WordSpan } from '../../nlp/index.js';
import { DOMAIN_NAME, type Token } from './tokens.js';

const CLITIC = /^(.*?\p{L})(n['’]t|['’](?:re|ve|ll|d|m|s))$/iu;
const FUSED: Record<string, number> = { cannot: 3, gonna: 3, wanna: 3, gotta: 3 };

const DASH = /[-–—]/;
const APOSTROPHE = /['’]/;

function pushSplit(out: WordSpan[], text: string, start: number): void {
  // Most words have no dash: one part, no regex to run. A domain ("tarn-news.co.uk") is one word.
  if (!DASH.test(text) || DOMAIN_NAME.test(text)) return pushClitics(out, text, start);
  // Hyphens and dashes between parts are words of their own.
  const re = /[-–—]+|[^-–—]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) pushClitics(out, m[0], start + m.index);
}

function pushClitics(out: WordSpan[], text: string, start: number): void {
  // Own keys only: "constructor" is a word, not a property of every object. Fused forms have 5 or 6 letters.
  const lower = text.length === 5 || text.length === 6 ? text.toLowerCase() : '';
  const fused = Object.hasOwn(FUSED, lower) ? FUSED[lower] : undefined;
  if (fused !== undefined) {
    out.push({ text: text.slice(0, fused), start, end: start + fused });
    out.push({ text: text.slice(fused), start: start + fused, end: start + text.length });
    return;
  }
  const m = APOSTROPHE.test(text) ? CLITIC.exec(text) : null;
  if (m && m[1]!.length > 0) {
    const stemEnd = start + m[1]!.length;
    out.push({ text: m[1]!, start, end: stemEnd });
    out.push({ text: m[2]!, start: stemEnd, end: start + text.length });
    return;
  }
  out.push({ text, start, end: start + text.length });
}

/** UD words for one sentence's tokens; `text` is the string the token offsets point into. */
export function udWords(text: string, tokens: readonly Token[]): WordSpan[] {
  const out: WordSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    // "..." "?!" "--": one word when written without spaces.
    if (prev && prev.end === t.start && /^[.!?-]$/.test(t.text) && /^[.!?-]+$/.test(prev.text)) {
      prev.end = t.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    // "1990s", "21st": the extractor splits the suffix off a number.
    if (prev && prev.end === t.start && /^\d+$/.test(prev.text) && /^(?:s|st|nd|rd|th)$/i.test(t.text)) {
      prev.end = t.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    if (t.kind === 'word' || t.kind === 'number') pushSplit(out, t.text, t.start);
    else out.push({ text: t.text, start: t.start, end: t.end });
  }
  return out;
}
