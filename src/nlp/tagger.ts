/**
 * Averaged-perceptron part-of-speech tagger (Collins 2002; templates after Honnibal's and NLTK's
 * tagger plus word shape and affixes). One class per (UPOS, XPOS) pair, greedy left to right
 * with two predicted tags of history; frequent unambiguous words come from a tag dictionary.
 */
import { hashString, templatesOf } from './hash.js';
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

/** The atoms tagger features are made of, in the order taggerAtoms writes them (-1/+1: previous/next word). */
const TAGGER_ATOMS = [
  'one',
  'w',
  'suf3',
  'pre1',
  'p1',
  'p2',
  'w-1',
  'suf3-1',
  'w-2',
  'w+1',
  'suf3+1',
  'w+2',
  'shape',
  'suf2',
  'suf4',
  'pre3',
  'form',
  'suf1',
  'first',
  'shape+1',
  'shape-1',
  'suf2+1',
  'form-1',
  'form+1',
];

/** Tagger templates 0..35 (p1, p2: the two previous predicted classes; w the normalised word). */
const TAGGER_TEMPLATES = [
  'one',
  'w',
  'suf3',
  'pre1',
  'p1',
  'p2',
  'p1 p2',
  'p1 w',
  'w-1',
  'suf3-1',
  'w-2',
  'w+1',
  'suf3+1',
  'w+2',
  'shape',
  'suf2',
  'suf4',
  'pre3',
  'p1 shape',
  'form',
  'suf1',
  'first shape',
  'w-1 w',
  'w w+1',
  'shape+1',
  'shape-1',
  'p1 suf3',
  'p1 w w+1',
  'suf2+1 suf3',
  'p1 w+1',
  'form-1',
  'form+1',
  'w+1 w+2',
  'p1 suf3+1',
  'p2 p1 w',
  'shape w+1',
];

const taggerTemplates = templatesOf(
  TAGGER_TEMPLATES.map((_, k) => k),
  TAGGER_TEMPLATES,
  TAGGER_ATOMS,
);
const P1 = TAGGER_ATOMS.indexOf('p1');
const P2 = TAGGER_ATOMS.indexOf('p2');
const taggerAtomScratch = new Int32Array(TAGGER_ATOMS.length);

/** The atoms of word i that do not depend on the predicted history (p1 and p2 are left as they are). */
function taggerAtoms(a: WordAtoms, i: number, out: Int32Array): void {
  const n = a.norm.length;
  let k = 0;
  out[k++] = 1;
  out[k++] = a.norm[i]!;
  out[k++] = a.suf3[i]!;
  out[k++] = a.pre1[i]!;
  k += 2;
  out[k++] = around(a.norm, i - 1, n);
  out[k++] = around(a.suf3, i - 1, n);
  out[k++] = around(a.norm, i - 2, n);
  out[k++] = around(a.norm, i + 1, n);
  out[k++] = around(a.suf3, i + 1, n);
  out[k++] = around(a.norm, i + 2, n);
  out[k++] = a.shape[i]!;
  out[k++] = a.suf2[i]!;
  out[k++] = a.suf4[i]!;
  out[k++] = a.pre3[i]!;
  out[k++] = a.form[i]!;
  out[k++] = a.suf1[i]!;
  out[k++] = i === 0 ? 1 : 0;
  out[k++] = around(a.shape, i + 1, n);
  out[k++] = around(a.shape, i - 1, n);
  out[k++] = around(a.suf2, i + 1, n);
  out[k++] = around(a.form, i - 1, n);
  out[k++] = around(a.form, i + 1, n);
}

/** Fills `out` with the hashed features of word i given the two previous predicted classes. */
export function taggerFeatures(a: WordAtoms, i: number, p1: number, p2: number, out: Uint32Array): number {
  taggerAtoms(a, i, taggerAtomScratch);
  taggerAtomScratch[P1] = p1;
  taggerAtomScratch[P2] = p2;
  return taggerTemplates.hash(taggerAtomScratch, out);
}

/** Tags one sentence: returns the class index of every word. */
export function tagForms(model: TaggerModel, forms: readonly string[]): Int32Array {
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
    const known = model.dictionary.get(forms[i]!);
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
