/**
 * Cleaning: one paragraph per line, whitespace collapsed, repeated paragraphs and repeated
 * sentences removed (scraped pages often repeat their body), truncated last sentences noted.
 * The result is the text every offset of the extraction points into.
 */
import { splitSentences } from '../segment/sentences.js';

export interface CleanResult {
  text: string;
  warnings: string[];
}

/** Comparison key for repeats: case, quotes and spacing do not matter. */
export function repeatKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”„‟″"`]|''/g, '"')
    .replace(/[‘’‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences shorter than this may repeat legitimately ("He said no."). */
const MIN_REPEATED_SENTENCE = 40;

/** Removes C0 control characters (other than the whitespace handled above) and DEL. */
function stripControls(s: string): string {
  let found = false;
  for (let i = 0; i < s.length && !found; i++) {
    const c = s.charCodeAt(i);
    found = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
  }
  if (!found) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) continue;
    out += ch;
  }
  return out;
}

export function cleanText(raw: string): CleanResult {
  const warnings: string[] = [];
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((p) => p.replace(/[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000 ]+/g, ' ').trim())
    // Control characters are scraping damage, never content.
    .map((p) => stripControls(p))
    .filter((p) => p.length > 0);

  // A wire sign-off on its own line ("Reuter", "REUTER") is no content.
  while (paragraphs.length > 1 && /^(?:reuters?|ap|afp|upi|dpa)\W*$/i.test(paragraphs[paragraphs.length - 1]!)) {
    paragraphs.pop();
    warnings.push('removed a wire sign-off');
  }
  const seenParagraphs = new Set<string>();
  const seenSentences = new Set<string>();
  const kept: string[] = [];
  let droppedParagraphs = 0;
  let droppedSentences = 0;
  for (const p of paragraphs) {
    const key = repeatKey(p);
    if (seenParagraphs.has(key)) {
      droppedParagraphs++;
      continue;
    }
    seenParagraphs.add(key);
    const sentences = splitSentences(p);
    const parts: string[] = [];
    for (const s of sentences) {
      const sentence = p.slice(s.start, s.end);
      const sk = repeatKey(sentence);
      if (sk.length >= MIN_REPEATED_SENTENCE && seenSentences.has(sk)) {
        droppedSentences++;
        continue;
      }
      seenSentences.add(sk);
      parts.push(sentence);
    }
    if (parts.length) kept.push(parts.join(' '));
  }
  if (droppedParagraphs)
    warnings.push(`removed ${droppedParagraphs} repeated paragraph${droppedParagraphs > 1 ? 's' : ''}`);
  if (droppedSentences)
    warnings.push(`removed ${droppedSentences} repeated sentence${droppedSentences > 1 ? 's' : ''}`);
  for (const p of kept) {
    if (/[\p{L},]$/u.test(p) && p.split(' ').length >= 5) {
      warnings.push(`truncated sentence: "${p.length > 60 ? '…' + p.slice(-60) : p}"`);
    }
  }
  return { text: kept.join('\n'), warnings };
}
