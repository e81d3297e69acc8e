/**
 * Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with the root at the front of the
 * stack and a single-root constraint. Transitions are scored by an averaged perceptron over
 * ~80 hashed templates (Zhang & Nivre 2011 style: words, tags, children, valency, label sets,
 * distance); when an arc is made, a second perceptron picks its label. Training uses the
 * Goldberg & Nivre (2013) dynamic oracle, so the parser learns to recover from its own errors.
 */
import { hashString, templatesOf } from './hash.js';
import { formAtoms, NORM_ATOM, PARSER_SUFFIX_ATOM } from './tagger.js';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MAX_PARSER_FEATURES = 96;
export const MAX_LABEL_FEATURES = 40;

const NONE = 0x7f7f7f7f;
const ROOT_WORD = hashString('<ROOT>');

/** Anything with an argmax over scores: the training table and the packed table both fit. */
export interface Scorer<S extends Float64Array | Int32Array> {
  score(feats: Uint32Array, count: number, out: S): void;
}

export interface ParserInput {
  /** Hashed normalised forms, index 1..n (index 0 is the root). */
  words: Uint32Array;
  /** Tag class per word, index 1..n; index 0 holds the root's pseudo-tag. */
  tags: Int32Array;
  /** Hashed last three letters (lower case), for the label model. */
  suffixes: Uint32Array;
}

export function parserInput(forms: readonly string[], tags: ArrayLike<number>, rootTag: number): ParserInput {
  return parserInputOf(forms.map(formAtoms), tags, rootTag);
}

/** parserInput from each word's atoms (formAtoms). */
export function parserInputOf(atoms: readonly Uint32Array[], tags: ArrayLike<number>, rootTag: number): ParserInput {
  const n = atoms.length;
  const words = new Uint32Array(n + 1);
  const t = new Int32Array(n + 1);
  const suffixes = new Uint32Array(n + 1);
  words[0] = ROOT_WORD;
  t[0] = rootTag;
  suffixes[0] = ROOT_WORD;
  for (let i = 0; i < n; i++) {
    words[i + 1] = atoms[i]![NORM_ATOM]!;
    t[i + 1] = tags[i]!;
    suffixes[i + 1] = atoms[i]![PARSER_SUFFIX_ATOM]!;
  }
  return { words, tags: t, suffixes };
}

export class ParseState {
  n = 0;
  input!: ParserInput;
  readonly stack: Int32Array;
  sp = 1;
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  readonly lset: Int32Array;
  readonly rset: Int32Array;

  /** `capacity`: the most words (the root included) any input given to reset() will have. */
  constructor(input: ParserInput, capacity = input.words.length) {
    this.stack = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.labels = new Int32Array(capacity);
    this.l1 = new Int32Array(capacity);
    this.l2 = new Int32Array(capacity);
    this.r1 = new Int32Array(capacity);
    this.r2 = new Int32Array(capacity);
    this.nl = new Int32Array(capacity);
    this.nr = new Int32Array(capacity);
    this.lset = new Int32Array(capacity);
    this.rset = new Int32Array(capacity);
    this.reset(input);
  }

  get capacity(): number {
    return this.stack.length;
  }

  /** The initial state for `input`, in this state's arrays (the parser reuses one state for every sentence). */
  reset(input: ParserInput): void {
    const size = input.words.length;
    if (size > this.capacity) throw new Error(`ParseState: ${size} words, room for ${this.capacity}`);
    this.input = input;
    this.n = size - 1;
    this.sp = 1;
    this.b = 1;
    this.stack[0] = 0;
    for (const a of [this.heads, this.labels, this.l1, this.l2, this.r1, this.r2]) a.fill(-1, 0, size);
    for (const a of [this.nl, this.nr, this.lset, this.rset]) a.fill(0, 0, size);
  }

  get terminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k]! : -1;
  }

  valid(action: number): boolean {
    if (action === SHIFT) return this.b <= this.n;
    if (action === LEFT) return this.sp >= 2 && this.b <= this.n;
    return this.sp >= 3 || (this.sp === 2 && this.b > this.n);
  }

  /** Dependent and head of the arc `action` would make. */
  arcOf(action: number): [number, number] {
    const s0 = this.stack[this.sp - 1]!;
    return [s0, action === LEFT ? this.b : this.stack[this.sp - 2]!];
  }

  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const [dep, head] = this.arcOf(action);
    this.sp--;
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31);
    if (dep < head) {
      this.l2[head] = this.l1[head]!;
      this.l1[head] = dep;
      this.nl[head]!++;
      this.lset[head]! |= bit;
    } else {
      this.r2[head] = this.r1[head]!;
      this.r1[head] = dep;
      this.nr[head]!++;
      this.rset[head]! |= bit;
    }
  }

  /** Goldberg & Nivre's arc-hybrid costs: gold arcs that `action` makes unreachable. */
  cost(action: number, gold: Int32Array): number {
    const s0 = this.sp > 0 ? this.stack[this.sp - 1]! : -1;
    const n = this.n;
    let c = 0;
    if (action === SHIFT) {
      const b0 = this.b;
      for (let k = 0; k < this.sp; k++) {
        const item = this.stack[k]!;
        if (item !== s0 && gold[b0] === item) c++;
        if (gold[item] === b0) c++;
      }
      return c;
    }
    for (let k = this.b; k <= n; k++) if (gold[k] === s0) c++;
    const h = gold[s0]!;
    if (action === LEFT) {
      if (h !== this.b && (h === this.s(1) || h > this.b)) c++;
    } else if (h >= this.b) c++;
    return c;
  }
}

/** Atom of token t in `arr`, NONE when there is no such token. */
function at(arr: Uint32Array | Int32Array, t: number): number {
  return t < 0 ? NONE : arr[t]!;
}

function distanceBucket(a: number, b: number): number {
  const d = b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/** The atoms transition features are made of, in the order parserAtoms writes them. */
const PARSER_ATOMS = [
  's0w',
  's0p',
  's1w',
  's1p',
  's2w',
  's2p',
  'b0w',
  'b0p',
  'b1w',
  'b1p',
  'b2w',
  'b2p',
  'd',
  's0vl',
  's0vr',
  'b0vl',
  's0ls',
  's0rs',
  'b0ls',
  's0lw',
  's0lp',
  's0lL',
  's0rw',
  's0rp',
  's0rL',
  'b0lw',
  'b0lp',
  'b0lL',
  's0l2p',
  's0l2L',
  's0r2p',
  's0r2L',
  'b0l2p',
  'b0l2L',
  's1rp',
  's1rL',
  's0root',
];

/** Transition templates 1..87 (w word, p tag, L label, l/r leftmost/rightmost child, 2 the second one, v valency, s label set, d distance). */
const PARSER_TEMPLATES = [
  's0w',
  's0p',
  's0w s0p',
  's1w',
  's1p',
  's1w s1p',
  's2p',
  's2w',
  'b0w',
  'b0p',
  'b0w b0p',
  'b1w',
  'b1p',
  'b1w b1p',
  'b2p',
  'b2w',
  's0w s0p b0w b0p',
  's0w s0p b0w',
  's0w b0w b0p',
  's0w s0p b0p',
  's0p b0w b0p',
  's0w b0w',
  's0p b0p',
  'b0p b1p',
  's1p s0p',
  's1w s0w',
  's1w s1p s0p',
  's1p s0w s0p',
  's1w s0p',
  's1p s0w',
  'b0p b1p b2p',
  's0p b0p b1p',
  's1p s0p b0p',
  's2p s1p s0p',
  's0p s0lp b0p',
  's0p s0rp b0p',
  's0p b0p b0lp',
  's1p s1rp s0p',
  's1p s0p s0lp',
  's1p s0p s0rp',
  's0w d',
  's0p d',
  'b0w d',
  'b0p d',
  's0w b0w d',
  's0p b0p d',
  's0w s0vr',
  's0p s0vr',
  's0w s0vl',
  's0p s0vl',
  'b0w b0vl',
  'b0p b0vl',
  's0lw',
  's0lp',
  's0lL',
  's0rw',
  's0rp',
  's0rL',
  'b0lw',
  'b0lp',
  'b0lL',
  's0l2p',
  's0l2L',
  's0r2p',
  's0r2L',
  'b0l2p',
  'b0l2L',
  's0p s0lL s0l2L',
  's0p s0rL s0r2L',
  'b0p b0lL b0l2L',
  's0w s0ls',
  's0p s0ls',
  's0w s0rs',
  's0p s0rs',
  'b0w b0ls',
  'b0p b0ls',
  's1w s1p s0w s0p',
  's0w b0p b1p',
  's1p s1rL s0p',
  's0p s0lL b0p b0lL',
  's0p b0p s0root',
  's1p s0p b0p b1p',
  's0p s0rs b0p',
  's0p s0ls b0p',
  'b0w b1w',
  's1p s0p b0w',
  's0w s1w b0p',
];

const parserTemplates = templatesOf(
  PARSER_TEMPLATES.map((_, k) => k + 1),
  PARSER_TEMPLATES,
  PARSER_ATOMS,
);
const parserAtomScratch = new Int32Array(PARSER_ATOMS.length);

function parserAtoms(st: ParseState, a: Int32Array): void {
  const { words, tags } = st.input;
  const labels = st.labels;
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b <= n ? st.b : -1;
  const b1 = st.b + 1 <= n ? st.b + 1 : -1;
  const b2 = st.b + 2 <= n ? st.b + 2 : -1;
  const s0l = s0 >= 0 ? st.l1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.l2[s0]! : -1;
  const s0r = s0 >= 0 ? st.r1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.r2[s0]! : -1;
  const b0l = b0 >= 0 ? st.l1[b0]! : -1;
  const b0l2 = b0 >= 0 ? st.l2[b0]! : -1;
  const s1r = s1 >= 0 ? st.r1[s1]! : -1;
  let k = 0;
  a[k++] = at(words, s0);
  a[k++] = at(tags, s0);
  a[k++] = at(words, s1);
  a[k++] = at(tags, s1);
  a[k++] = at(words, s2);
  a[k++] = at(tags, s2);
  a[k++] = at(words, b0);
  a[k++] = at(tags, b0);
  a[k++] = at(words, b1);
  a[k++] = at(tags, b1);
  a[k++] = at(words, b2);
  a[k++] = at(tags, b2);
  a[k++] = s0 >= 0 && b0 >= 0 ? distanceBucket(s0, b0) : NONE;
  a[k++] = s0 >= 0 ? st.nl[s0]! : NONE;
  a[k++] = s0 >= 0 ? st.nr[s0]! : NONE;
  a[k++] = b0 >= 0 ? st.nl[b0]! : NONE;
  a[k++] = s0 >= 0 ? st.lset[s0]! : NONE;
  a[k++] = s0 >= 0 ? st.rset[s0]! : NONE;
  a[k++] = b0 >= 0 ? st.lset[b0]! : NONE;
  a[k++] = at(words, s0l);
  a[k++] = at(tags, s0l);
  a[k++] = at(labels, s0l);
  a[k++] = at(words, s0r);
  a[k++] = at(tags, s0r);
  a[k++] = at(labels, s0r);
  a[k++] = at(words, b0l);
  a[k++] = at(tags, b0l);
  a[k++] = at(labels, b0l);
  a[k++] = at(tags, s0l2);
  a[k++] = at(labels, s0l2);
  a[k++] = at(tags, s0r2);
  a[k++] = at(labels, s0r2);
  a[k++] = at(tags, b0l2);
  a[k++] = at(labels, b0l2);
  a[k++] = at(tags, s1r);
  a[k++] = at(labels, s1r);
  a[k++] = s0 === 0 ? 1 : 0;
}

export function parserFeatures(st: ParseState, out: Uint32Array): number {
  parserAtoms(st, parserAtomScratch);
  return parserTemplates.hash(parserAtomScratch, out);
}

/** The atoms label features are made of, in the order labelAtoms writes them. */
const LABEL_ATOMS = [
  'dw',
  'dp',
  'hw',
  'hp',
  'dist',
  'dlL',
  'drL',
  'dlw',
  'drw',
  'hlL',
  'dls',
  'drs',
  'hls',
  'hrs',
  'dp-1',
  'dp+1',
  'hp-1',
  'hp+1',
  'hroot',
  'dval',
  'dsuf',
  'hsuf',
];

/** Label templates 1..34 (d dependent, h head; l/r its leftmost/rightmost child; s label set; val valencies). */
const LABEL_TEMPLATES = [
  'dp',
  'dw',
  'dw dp',
  'hp',
  'hw',
  'hw hp',
  'dp hp',
  'dw hp',
  'dp hw',
  'dw hw',
  'dp hp dist',
  'dp dlL',
  'dp drL',
  'dp dls',
  'dp drs',
  'hp hls',
  'hp hrs',
  'dp dlw dlL',
  'hp dp hlL',
  'dp-1 dp',
  'dp dp+1',
  'hp hp+1',
  'dw hw dp hp',
  'hp dp dlw',
  'dp hp hroot',
  'dp hp hls',
  'dw drw drL',
  'dp hp dval',
  'hw dp dls',
  'hp-1 hp',
  'dsuf hp',
  'dsuf dp',
  'hsuf dp',
  'dsuf dp hp',
];

/** Left arcs use template ids 1..34, right arcs 101..134. */
const labelTemplates = [0, 100].map((o) =>
  templatesOf(
    LABEL_TEMPLATES.map((_, k) => o + k + 1),
    LABEL_TEMPLATES,
    LABEL_ATOMS,
  ),
);
const labelAtomScratch = new Int32Array(LABEL_ATOMS.length);

function labelAtoms(st: ParseState, dep: number, head: number, a: Int32Array): void {
  const { words, tags, suffixes } = st.input;
  const labels = st.labels;
  const n = st.n;
  const dl = st.l1[dep]!;
  const dr = st.r1[dep]!;
  const hl = st.l1[head]!;
  let k = 0;
  a[k++] = at(words, dep);
  a[k++] = at(tags, dep);
  a[k++] = at(words, head);
  a[k++] = at(tags, head);
  a[k++] = dep < head ? distanceBucket(dep, head) : distanceBucket(head, dep);
  a[k++] = at(labels, dl);
  a[k++] = at(labels, dr);
  a[k++] = at(words, dl);
  a[k++] = at(words, dr);
  a[k++] = at(labels, hl);
  a[k++] = st.lset[dep]!;
  a[k++] = st.rset[dep]!;
  a[k++] = st.lset[head]!;
  a[k++] = st.rset[head]!;
  a[k++] = at(tags, dep - 1);
  a[k++] = dep + 1 > n ? NONE : tags[dep + 1]!;
  a[k++] = at(tags, head - 1);
  a[k++] = head + 1 > n ? NONE : tags[head + 1]!;
  a[k++] = head === 0 ? 1 : 0;
  a[k++] = st.nl[dep]! + 8 * Math.min(st.nr[dep]!, 7);
  a[k++] = suffixes[dep]!;
  a[k++] = suffixes[head]!;
}

export function labelFeatures(st: ParseState, action: number, out: Uint32Array): number {
  const s0 = st.stack[st.sp - 1]!;
  const head = action === LEFT ? st.b : st.stack[st.sp - 2]!;
  labelAtoms(st, s0, head, labelAtomScratch);
  return labelTemplates[action === LEFT ? 0 : 1]!.hash(labelAtomScratch, out);
}

export interface ParserWeights<S extends Float64Array | Int32Array> {
  transitions: Scorer<S>;
  labels: Scorer<S>;
  labelCount: number;
}

function bestValid(st: ParseState, scores: ArrayLike<number>): number {
  let best = -1;
  for (let a = 0; a < 3; a++) if (st.valid(a) && (best < 0 || scores[a]! > scores[best]!)) best = a;
  return best;
}

function argmax(scores: ArrayLike<number>, count: number): number {
  let best = 0;
  for (let c = 1; c < count; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

export interface ParseResult {
  /** Head per word (0-based), -1 for the root. */
  heads: Int32Array;
  labels: Int32Array;
}

let spareState: ParseState | undefined;
const parseFeatures = new Uint32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));

/** One state for every sentence, grown when a longer one comes: no dozen arrays allocated per sentence. */
function stateFor(input: ParserInput): ParseState {
  if (spareState !== undefined && spareState.capacity >= input.words.length) spareState.reset(input);
  else spareState = new ParseState(input, Math.max(input.words.length, 2 * (spareState?.capacity ?? 32)));
  return spareState;
}

export function parse<S extends Float64Array | Int32Array>(
  weights: ParserWeights<S>,
  input: ParserInput,
  makeScores: (size: number) => S,
): ParseResult {
  const st = stateFor(input);
  const feats = parseFeatures;
  const tScores = makeScores(3);
  const lScores = makeScores(weights.labelCount);
  while (!st.terminal) {
    // A forced move (only one action is valid) needs no scoring.
    let action = st.sp === 1 ? SHIFT : st.b > st.n ? RIGHT : -1;
    if (action < 0) {
      const count = parserFeatures(st, feats);
      weights.transitions.score(feats, count, tScores);
      action = bestValid(st, tScores);
    }
    let label = -1;
    if (action !== SHIFT) {
      const lc = labelFeatures(st, action, feats);
      weights.labels.score(feats, lc, lScores);
      label = argmax(lScores, weights.labelCount);
    }
    st.apply(action, label);
  }
  const n = st.n;
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  for (let i = 1; i <= n; i++) {
    heads[i - 1] = st.heads[i]! - 1;
    labels[i - 1] = st.labels[i]!;
  }
  return { heads, labels };
}

export interface Trainable {
  score(feats: Uint32Array, count: number, out: Float64Array): void;
  update(feats: Uint32Array, count: number, cls: number, delta: number): void;
  tick(): void;
}

export interface GoldTree {
  input: ParserInput;
  /** Gold head per word, index 1..n (0 = root). */
  heads: Int32Array;
  labels: Int32Array;
}

/** One dynamic-oracle training pass over one sentence. */
export function trainOnSentence(
  transitions: Trainable,
  labelTable: Trainable,
  labelCount: number,
  gold: GoldTree,
  explore: boolean,
  random: () => number,
): void {
  const st = new ParseState(gold.input);
  const feats = new Uint32Array(MAX_PARSER_FEATURES);
  const lfeats = new Uint32Array(MAX_LABEL_FEATURES);
  const tScores = new Float64Array(3);
  const lScores = new Float64Array(labelCount);
  const costs = [0, 0, 0];
  while (!st.terminal) {
    const count = parserFeatures(st, feats);
    transitions.score(feats, count, tScores);
    const predicted = bestValid(st, tScores);
    let minCost = Infinity;
    for (let a = 0; a < 3; a++) {
      costs[a] = st.valid(a) ? st.cost(a, gold.heads) : Infinity;
      if (costs[a]! < minCost) minCost = costs[a]!;
    }
    let best = -1;
    for (let a = 0; a < 3; a++) if (costs[a] === minCost && (best < 0 || tScores[a]! > tScores[best]!)) best = a;
    if (costs[predicted]! > minCost) {
      transitions.update(feats, count, best, 1);
      transitions.update(feats, count, predicted, -1);
    }
    transitions.tick();
    const action = explore && random() < 0.9 ? predicted : best;
    let label = -1;
    if (action !== SHIFT) {
      const [dep, head] = st.arcOf(action);
      const lc = labelFeatures(st, action, lfeats);
      labelTable.score(lfeats, lc, lScores);
      label = argmax(lScores, labelCount);
      if (gold.heads[dep] === head) {
        const goldLabel = gold.labels[dep]!;
        if (label !== goldLabel) {
          labelTable.update(lfeats, lc, goldLabel, 1);
          labelTable.update(lfeats, lc, label, -1);
        }
        labelTable.tick();
        if (!explore) label = goldLabel;
      }
    }
    st.apply(action, label);
  }
}

/** A tree is projective when no arc crosses another (heads 0-based, -1 = root). */
export function isProjective(heads: ArrayLike<number>): boolean {
  const n = heads.length;
  const h = (i: number): number => (heads[i - 1]! < 0 ? 0 : heads[i - 1]! + 1);
  for (let i = 1; i <= n; i++) {
    const a = Math.min(i, h(i));
    const b = Math.max(i, h(i));
    for (let j = a + 1; j < b; j++) {
      // every word strictly inside the arc must descend from its head
      let k = j;
      let steps = 0;
      while (k !== 0 && k !== h(i) && steps++ <= n) k = h(k);
      if (k !== h(i)) return false;
    }
  }
  return true;
}
