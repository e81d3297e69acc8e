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
  /**
   * The closed-class tag classes (prepositions, determiners, pronouns, conjunctions, auxiliaries,
   * particles) and, per class, the lower-cased forms the training data gives it. English adds no
   * words to these classes, so a form the treebank never gave one cannot take it: a name no
   * gazetteer knows ("Oskar Lind, speaking …") is not read as a preposition.
   */
  closed?: ClosedClasses;
}

export interface ClosedClasses {
  classes: ReadonlySet<number>;
  /** Lower-cased form → the closed classes the training data gives it. */
  allowed: ReadonlyMap<string, ReadonlySet<number>>;
  /** Every closed class barred: the entry of the many forms that take none (shared, never written). */
  none: Uint8Array;
}

/** Universal POS tags of the closed word classes. */
export const CLOSED_UPOS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/** The closed-class part of a tagger model, from the (form, XPOS) pairs the training data holds. */
export function closedClasses(classes: readonly string[], seen: Iterable<string>): ClosedClasses {
  const byXpos = new Map<string, number[]>();
  classes.forEach((c, k) => {
    const [upos, xpos = '_'] = c.split('\t');
    if (CLOSED_UPOS.has(upos!)) byXpos.set(xpos, [...(byXpos.get(xpos) ?? []), k]);
  });
  const allowed = new Map<string, Set<number>>();
  for (const key of seen) {
    const tab = key.lastIndexOf('\t');
    const ks = byXpos.get(key.slice(tab + 1));
    if (!ks) continue;
    const form = key.slice(0, tab).toLowerCase();
    const set = allowed.get(form) ?? new Set<number>();
    for (const k of ks) set.add(k);
    allowed.set(form, set);
  }
  const closed = new Set([...byXpos.values()].flat());
  const none = new Uint8Array(classes.length);
  for (const k of closed) none[k] = 1;
  return { classes: closed, allowed, none };
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
    const c = ch.length === 1 && ch.charCodeAt(0) < 128 ? asciiShape(ch) : unicodeShape(ch);
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

/** Shape class of an ASCII character, as unicodeShape would give it without running a regex. */
function asciiShape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  return ch;
}

function unicodeShape(ch: string): string {
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{L}/u.test(ch)) return 'x';
  if (/\d/.test(ch)) return 'd';
  return ch;
}

/** Hashed atoms of one form: norm, form, suf1, suf2, suf3, suf4, pre1, pre3, shape, then the parser's suffix. */
function hashForm(form: string): Uint32Array {
  const lower = form.toLowerCase();
  return Uint32Array.of(
    hashString(normaliseWord(form)),
    hashString(form),
    hashString(lower.slice(-1)),
    hashString(lower.slice(-2)),
    hashString(lower.slice(-3)),
    hashString(lower.slice(-4)),
    hashString(form.slice(0, 1)),
    hashString(lower.slice(0, 3)),
    hashString(wordShape(form)),
    hashString(form.slice(-3).toLowerCase()),
  );
}

/** Positions in formAtoms: the normalised word, and the parser's suffix (last three letters, sliced before lower-casing). */
export const NORM_ATOM = 0;
export const PARSER_SUFFIX_ATOM = 9;

/**
 * What is kept about one form: its hashed atoms (the same under any model) and, for the tagger
 * model `model`, its dictionary class (-1 for none) and, once needed, the scores of its word-only
 * templates as (class, score) pairs, non-zero scores only.
 */
export interface FormEntry {
  atoms: Uint32Array;
  model: TaggerModel | null;
  known: number;
  own: Int32Array | null;
  /** The lemma under the tag class the form last took (-1: none yet); kept by the caller that lemmatises. */
  lemmaTag: number;
  lemma: string;
  /** The closed classes the model never saw this form take (per class index, 1 = barred). */
  barred: Uint8Array | null;
}

/**
 * Word forms recur (68,000 distinct ones in 2.9 million Reuters tokens): one look-up per word
 * finds all that is kept about it, up to a bound past which the cache starts again (nothing in
 * it is ever stale).
 */
export const FORM_CACHE_LIMIT = 1 << 17;
const formCache = new Map<string, FormEntry>();

function entryOf(form: string): FormEntry {
  let entry = formCache.get(form);
  if (entry === undefined) {
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    entry = { atoms: hashForm(form), model: null, known: -1, own: null, lemmaTag: -1, lemma: '', barred: null };
    formCache.set(form, entry);
  }
  return entry;
}

export function formAtoms(form: string): Uint32Array {
  return entryOf(form).atoms;
}

/** The entry of `form` with `model`'s part filled in. */
export function taggerEntry(model: TaggerModel, form: string): FormEntry {
  const entry = entryOf(form);
  if (entry.model !== model) {
    entry.model = model;
    entry.known = model.dictionary.get(form) ?? -1;
    entry.own = null;
    entry.lemmaTag = -1;
    entry.barred = model.closed ? barredClasses(model.closed, form.toLowerCase()) : null;
  }
  return entry;
}

function barredClasses(closed: ClosedClasses, lower: string): Uint8Array {
  const allowed = closed.allowed.get(lower);
  if (!allowed) return closed.none;
  const barred = closed.none.slice();
  for (const k of allowed) barred[k] = 0;
  return barred;
}

/** The best-scored class a word may take, when the class it scored best is barred to it. */
function bestAllowed(scores: Int32Array, barred: Uint8Array): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) if (!barred[c] && (best < 0 || scores[c]! > scores[best]!)) best = c;
  return best;
}

function atomsOf(perWord: readonly Uint32Array[]): WordAtoms {
  const n = perWord.length;
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
    const f = perWord[i]!;
    a.norm[i] = f[0]!;
    a.form[i] = f[1]!;
    a.suf1[i] = f[2]!;
    a.suf2[i] = f[3]!;
    a.suf3[i] = f[4]!;
    a.suf4[i] = f[5]!;
    a.pre1[i] = f[6]!;
    a.pre3[i] = f[7]!;
    a.shape[i] = f[8]!;
  }
  return a;
}

export function wordAtoms(forms: readonly string[]): WordAtoms {
  return atomsOf(forms.map(formAtoms));
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
/** Templates that read the word alone (no neighbour, no history): their scores are kept per form. */
const OWN_ATOMS = new Set(['one', 'w', 'suf3', 'pre1', 'shape', 'suf2', 'suf4', 'pre3', 'form', 'suf1']);
const ownIds = TAGGER_TEMPLATES.flatMap((spec, k) => (spec.split(' ').every((a) => OWN_ATOMS.has(a)) ? [k] : []));
const contextIds = TAGGER_TEMPLATES.flatMap((_, k) => (ownIds.includes(k) ? [] : [k]));
const ownTemplates = templatesOf(
  ownIds,
  ownIds.map((k) => TAGGER_TEMPLATES[k]!),
  TAGGER_ATOMS,
);
const contextTemplates = templatesOf(
  contextIds,
  contextIds.map((k) => TAGGER_TEMPLATES[k]!),
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

/** The word-only templates' scores for the word whose atoms are in `atoms`, as (class, score) pairs. */
function ownScores(model: TaggerModel, atoms: Int32Array, feats: Uint32Array, scores: Int32Array): Int32Array {
  model.table.score(feats, ownTemplates.hash(atoms, feats), scores);
  const pairs: number[] = [];
  for (let c = 0; c < scores.length; c++) if (scores[c] !== 0) pairs.push(c, scores[c]!);
  return Int32Array.from(pairs);
}

/** Tags one sentence: returns the class index of every word. */
export function tagForms(
  model: TaggerModel,
  forms: readonly string[],
  pinned?: readonly (number | undefined)[],
): Int32Array {
  return tagEntries(
    model,
    forms.map((f) => taggerEntry(model, f)),
    pinned,
  );
}

/**
 * tagForms over the words' entries (taggerEntry) when the caller has them already. `pinned` fixes
 * the class of words the caller knows better (a gazetteer's names); the words after them are
 * tagged in its light.
 */
export function tagEntries(
  model: TaggerModel,
  entries: readonly FormEntry[],
  pinned?: readonly (number | undefined)[],
): Int32Array {
  const n = entries.length;
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const atoms = atomsOf(entries.map((e) => e.atoms));
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const C = model.classes.length;
  const scores = new Int32Array(C);
  const vector = taggerAtomScratch;
  let p1 = C;
  let p2 = C + 1;
  for (let i = 0; i < n; i++) {
    const entry = entries[i]!;
    let best: number;
    const fixed = pinned?.[i];
    if (fixed !== undefined) best = fixed;
    else if (entry.known >= 0) best = entry.known;
    else {
      taggerAtoms(atoms, i, vector);
      vector[P1] = p1;
      vector[P2] = p2;
      const own = (entry.own ??= ownScores(model, vector, feats, scores));
      // Integer sums: the word-only part added from the cache gives the very scores of all templates at once.
      model.table.score(feats, contextTemplates.hash(vector, feats), scores);
      for (let j = 0; j < own.length; j += 2) scores[own[j]!]! += own[j + 1]!;
      best = 0;
      for (let c = 1; c < C; c++) if (scores[c]! > scores[best]!) best = c;
      if (entry.barred?.[best]) best = bestAllowed(scores, entry.barred);
    }
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}
