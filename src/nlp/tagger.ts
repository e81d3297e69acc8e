/**
 * Averaged-perceptron part-of-speech tagger (Collins 2002; templates after Honnibal's and NLTK's
 * tagger plus word shape and affixes). One class per (UPOS, XPOS) pair, greedy left to right
 * with two predicted tags of history; frequent unambiguous words come from a tag dictionary.
 */
import { feat1, feat2, feat3, hashString } from './hash.js';
import type { PackedTable } from './weights.js';

export interface TaggerModel {
  /** Class names, "UPOS\tXPOS". */
  classes: string[];
  table: PackedTable;
  /** Word form → class, for frequent words that (almost) always take one tag. */
  dictionary: Map<string, number>;
}

/** Per-word atoms hashed once per sentence. */
export interface WordAtoms {
  norm: Uint32Array;
  form: Uint32Array;
  suf1: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  pre1: Uint32Array;
  pre3: Uint32Array;
  shape: Uint32Array;
}

export const MAX_TAGGER_FEATURES = 40;

export function normaliseWord(form: string): string {
  if (/^\d{4}$/.test(form)) return '!YEAR';
  if (/^[\d.,:/-]+$/.test(form) && /\d/.test(form)) return '!DIGITS';
  if (/^\d/.test(form)) return '!DIGITS' + form.slice(-3).toLowerCase();
  return form.toLowerCase().replace(/’/g, "'");
}

export function wordShape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else if (/\d/.test(ch)) c = 'd';
    else c = ch;
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = c;
    }
    out += c;
  }
  return out;
}

export function wordAtoms(forms: readonly string[]): WordAtoms {
  const n = forms.length;
  const a: WordAtoms = {
    norm: new Uint32Array(n),
    form: new Uint32Array(n),
    suf1: new Uint32Array(n),
    suf2: new Uint32Array(n),
    suf3: new Uint32Array(n),
    suf4: new Uint32Array(n),
    pre1: new Uint32Array(n),
    pre3: new Uint32Array(n),
    shape: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const lower = form.toLowerCase();
    a.norm[i] = hashString(normaliseWord(form));
    a.form[i] = hashString(form);
    a.suf1[i] = hashString(lower.slice(-1));
    a.suf2[i] = hashString(lower.slice(-2));
    a.suf3[i] = hashString(lower.slice(-3));
    a.suf4[i] = hashString(lower.slice(-4));
    a.pre1[i] = hashString(form.slice(0, 1));
    a.pre3[i] = hashString(lower.slice(0, 3));
    a.shape[i] = hashString(wordShape(form));
  }
  return a;
}

const PAD = 0x5a5a5a5a;
const END = 0x3c3c3c3c;

function around(arr: Uint32Array, k: number, n: number): number {
  return k < 0 ? PAD : k >= n ? END : arr[k]!;
}

/** Fills `out` with the hashed features of word i given the two previous predicted classes. */
export function taggerFeatures(a: WordAtoms, i: number, p1: number, p2: number, out: Uint32Array): number {
  const n = a.norm.length;
  let k = 0;
  const w = a.norm[i]!;
  out[k++] = feat1(0, 1);
  out[k++] = feat1(1, w);
  out[k++] = feat1(2, a.suf3[i]!);
  out[k++] = feat1(3, a.pre1[i]!);
  out[k++] = feat1(4, p1);
  out[k++] = feat1(5, p2);
  out[k++] = feat2(6, p1, p2);
  out[k++] = feat2(7, p1, w);
  out[k++] = feat1(8, around(a.norm, i - 1, n));
  out[k++] = feat1(9, around(a.suf3, i - 1, n));
  out[k++] = feat1(10, around(a.norm, i - 2, n));
  out[k++] = feat1(11, around(a.norm, i + 1, n));
  out[k++] = feat1(12, around(a.suf3, i + 1, n));
  out[k++] = feat1(13, around(a.norm, i + 2, n));
  out[k++] = feat1(14, a.shape[i]!);
  out[k++] = feat1(15, a.suf2[i]!);
  out[k++] = feat1(16, a.suf4[i]!);
  out[k++] = feat1(17, a.pre3[i]!);
  out[k++] = feat2(18, p1, a.shape[i]!);
  out[k++] = feat1(19, a.form[i]!);
  out[k++] = feat1(20, a.suf1[i]!);
  out[k++] = feat2(21, i === 0 ? 1 : 0, a.shape[i]!);
  out[k++] = feat2(22, around(a.norm, i - 1, n), w);
  out[k++] = feat2(23, w, around(a.norm, i + 1, n));
  out[k++] = feat1(24, around(a.shape, i + 1, n));
  out[k++] = feat1(25, around(a.shape, i - 1, n));
  out[k++] = feat2(26, p1, a.suf3[i]!);
  out[k++] = feat3(27, p1, w, around(a.norm, i + 1, n));
  out[k++] = feat2(28, around(a.suf2, i + 1, n), a.suf3[i]!);
  out[k++] = feat2(29, p1, around(a.norm, i + 1, n));
  out[k++] = feat1(30, around(a.form, i - 1, n));
  out[k++] = feat1(31, around(a.form, i + 1, n));
  out[k++] = feat2(32, around(a.norm, i + 1, n), around(a.norm, i + 2, n));
  out[k++] = feat2(33, p1, around(a.suf3, i + 1, n));
  out[k++] = feat3(34, p2, p1, w);
  out[k++] = feat2(35, a.shape[i]!, around(a.norm, i + 1, n));
  return k;
}

/**
 * Tags one sentence: returns the class index of every word. `pinned` fixes the class of words
 * the caller knows better (a gazetteer's names), and the words after them are tagged in its light.
 */
export function tagForms(
  model: TaggerModel,
  forms: readonly string[],
  pinned?: readonly (number | undefined)[],
): Int32Array {
  const n = forms.length;
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const atoms = wordAtoms(forms);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const C = model.classes.length;
  const scores = new Int32Array(C);
  let p1 = C;
  let p2 = C + 1;
  for (let i = 0; i < n; i++) {
    const known = pinned?.[i] ?? model.dictionary.get(forms[i]!);
    let best: number;
    if (known !== undefined) best = known;
    else {
      const count = taggerFeatures(atoms, i, p1, p2, feats);
      model.table.score(feats, count, scores);
      best = 0;
      for (let c = 1; c < C; c++) if (scores[c]! > scores[best]!) best = c;
    }
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}
