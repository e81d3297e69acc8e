/**
 * Sentence and paragraph boundaries with offsets. A line break always ends a sentence; within a
 * line, a . ! or ? (with closing quotes/brackets) followed by a space and a capital, a digit or
 * an opening quote ends one, unless the word before is an abbreviation or an initial. After a
 * dotted abbreviation ("U.S."), a following ordinary capitalised word ("In", "The") still
 * starts a new sentence. A run longer than MAX_SENTENCE_CHARS without an ending is cut into
 * pieces of at most that length, at a space where there is one: later stages cost more than
 * linear time in a sentence's length, and no sentence of real news comes near the cap.
 */
import { isFunctionWord } from '../lexicon/words.js';
import { NEVER_FINAL } from './abbreviations.js';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence sits in. */
  paragraph: number;
}

/** The longest sentence, in characters (news sentences stay under 700). */
export const MAX_SENTENCE_CHARS = 1000;

/** Pushes [start, end) as one sentence, or as pieces of at most MAX_SENTENCE_CHARS cut at spaces. */
function pushBounded(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + MAX_SENTENCE_CHARS / 2) cut = space;
    else if (/[\uDC00-\uDFFF]/.test(text[cut]!)) cut--; // never between the halves of a surrogate pair
    let pieceEnd = cut;
    while (pieceEnd > start && /\s/.test(text[pieceEnd - 1]!)) pieceEnd--;
    out.push({ start, end: pieceEnd, paragraph });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end, paragraph });
}

function sentencesOfLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  while (start < to && /\s/.test(text[start]!)) start++;
  const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘(`]*[\p{Lu}\d])/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const dot = m.index;
    if (text[dot] === '.') {
      const wordMatch = /([\p{L}.'’-]+)$/u.exec(text.slice(Math.max(start, dot - 30), dot));
      const word = wordMatch ? wordMatch[1]! : '';
      const lower = word.toLowerCase();
      if (NEVER_FINAL.has(lower)) continue;
      if (/^\p{Lu}$/u.test(word)) continue; // an initial: "George W. Bush"
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        // "U.S." / "U.N.": ends the sentence only when an ordinary word follows.
        const next = /^\s+["'“‘(`]*([\p{L}]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
        if (!next || !isFunctionWord(next[1]!.toLowerCase())) continue;
      }
    }
    const end = m.index + m[0].length;
    pushBounded(text, start, end, paragraph, out);
    start = end;
    while (start < to && /\s/.test(text[start]!)) start++;
    re.lastIndex = start;
  }
  let end = to;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  pushBounded(text, start, end, paragraph, out);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let paragraph = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(lineStart, i).trim()) {
        sentencesOfLine(text, lineStart, i, paragraph, out);
        paragraph++;
      }
      lineStart = i + 1;
    }
  }
  return out;
}
