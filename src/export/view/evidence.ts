/**
 * The evidence sentence shown inside its article: a window of surrounding text cut at word
 * boundaries. Offsets are trusted only when they point at the evidence; otherwise the sentence
 * is looked up in the text, and failing that shown alone.
 */
import type { EvidenceContext } from './types.js';

/** Characters of context on each side of the sentence. */
const WINDOW = 200;

export function evidenceContext(
  text: string,
  evidence: string | null,
  start: number | null,
  end: number | null,
): EvidenceContext {
  let s = start;
  let e = end;
  const valid = s !== null && e !== null && s >= 0 && e <= text.length && s < e;
  if (!valid || (evidence !== null && text.slice(s as number, e as number) !== evidence)) {
    const at = evidence !== null ? text.indexOf(evidence) : -1;
    if (at < 0) {
      return { before: '', sentence: evidence ?? '', after: '', clippedBefore: false, clippedAfter: false };
    }
    s = at;
    e = at + (evidence as string).length;
  }
  const from = cutBefore(text, Math.max(0, (s as number) - WINDOW));
  const to = cutAfter(text, Math.min(text.length, (e as number) + WINDOW));
  return {
    before: text.slice(from, s as number),
    sentence: text.slice(s as number, e as number),
    after: text.slice(e as number, to),
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
  };
}

/** Move a cut forward to the next word start so the window does not open mid-word. */
function cutBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.slice(at, at + 40).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

function cutAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const head = text.slice(Math.max(0, at - 40), at);
  const space = head.search(/\s\S*$/);
  return space < 0 ? at : at - head.length + space;
}
