/**
 * CoNLL-U reader (https://universaldependencies.org/format.html): one sentence per block, word
 * lines only (multiword-token ranges and empty nodes are skipped, but each word remembers the
 * character span of its surface token inside `# text`, so raw-text evaluation can align).
 */

export interface TreebankWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** Index of the head word (0-based), or -1 for the root. */
  head: number;
  deprel: string;
  /** Character offsets inside the sentence text, or -1 when the form cannot be found there. */
  start: number;
  end: number;
}

export interface TreebankSentence {
  id: string;
  text: string;
  /** A `# newdoc` or `# newpar` line precedes this sentence. */
  newDoc: boolean;
  newPar: boolean;
  words: TreebankWord[];
}

export class ConlluError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ConlluError';
  }
}

interface PendingRange {
  first: number;
  last: number;
  form: string;
}

export function parseConllu(source: string, file = '<conllu>'): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  const lines = source.split('\n');
  let words: TreebankWord[] = [];
  let ranges: PendingRange[] = [];
  let text = '';
  let id = '';
  let newDoc = false;
  let newPar = false;
  const flush = (lineNo: number): void => {
    if (words.length === 0) return;
    for (const w of words) {
      if (w.head >= words.length) throw new ConlluError(`head ${w.head + 1} outside the sentence`, file, lineNo);
    }
    alignToText(words, ranges, text);
    out.push({ id, text, newDoc, newPar, words });
    words = [];
    ranges = [];
    text = '';
    id = '';
    newDoc = false;
    newPar = false;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line === '') {
      flush(n + 1);
      continue;
    }
    if (line.startsWith('#')) {
      if (line.startsWith('# text = ')) text = line.slice(9);
      else if (line.startsWith('# sent_id = ')) id = line.slice(12);
      else if (line.startsWith('# newdoc')) newDoc = true;
      else if (/^# newpar\b/.test(line)) newPar = true;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10)
      throw new ConlluError(`expected 10 tab-separated columns, found ${cols.length}`, file, n + 1);
    const idCol = cols[0]!;
    if (idCol.includes('.')) continue; // empty node of the enhanced graph
    const range = /^(\d+)-(\d+)$/.exec(idCol);
    if (range) {
      ranges.push({ first: Number(range[1]) - 1, last: Number(range[2]) - 1, form: cols[1]! });
      continue;
    }
    if (!/^\d+$/.test(idCol) || Number(idCol) !== words.length + 1)
      throw new ConlluError(`word id ${idCol} out of sequence`, file, n + 1);
    const head = Number(cols[6]);
    if (!Number.isInteger(head)) throw new ConlluError(`head "${cols[6]}" is not a number`, file, n + 1);
    words.push({
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      head: head - 1,
      deprel: cols[7]!,
      start: -1,
      end: -1,
    });
  }
  flush(lines.length);
  return out;
}

/** Finds each word (or its multiword token) in the sentence text, left to right. */
function alignToText(words: TreebankWord[], ranges: PendingRange[], text: string): void {
  let at = 0;
  let r = 0;
  for (let i = 0; i < words.length; i++) {
    const range = ranges[r];
    if (range && range.first === i) {
      r++;
      const tokenStart = text.indexOf(range.form, at);
      if (tokenStart < 0) continue;
      const tokenEnd = tokenStart + range.form.length;
      let inner = tokenStart;
      for (let k = range.first; k <= range.last; k++) {
        const w = words[k]!;
        const found = text.indexOf(w.form, inner);
        if (found >= inner && found + w.form.length <= tokenEnd) {
          w.start = found;
          w.end = found + w.form.length;
          inner = w.end;
        } else {
          // Surface and word differ ("wanna" = wan + na is fine; "gotta" = got + ta too; others are not).
          w.start = k === range.first ? tokenStart : inner;
          w.end = k === range.last ? tokenEnd : inner;
        }
      }
      at = tokenEnd;
      i = range.last;
      continue;
    }
    const w = words[i]!;
    const found = text.indexOf(w.form, at);
    if (found < 0) continue;
    w.start = found;
    w.end = found + w.form.length;
    at = w.end;
  }
}
