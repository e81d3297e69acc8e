/**
 * Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with the root at the front of the
 * stack and a single-root constraint. Transitions are scored by an averaged perceptron over
 * ~80 hashed templates (Zhang & Nivre 2011 style: words, tags, children, valency, label sets,
 * distance); when an arc is made, a second perceptron picks its label. Training uses the
 * Goldberg & Nivre (2013) dynamic oracle, so the parser learns to recover from its own errors.
 */
import {
  feat1 as feat1Imported,
  feat2 as feat2Imported,
  feat3 as feat3Imported,
  feat4 as feat4Imported,
  hashString as hashStringImported,
} from './hash.js';
import { normaliseWord } from './tagger.js';
// Local bindings: under tsx an imported function is reached through a getter on every call.
const feat1 = feat1Imported;
const feat2 = feat2Imported;
const feat3 = feat3Imported;
const feat4 = feat4Imported;
const hashString = hashStringImported;

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
  const n = forms.length;
  const words = new Uint32Array(n + 1);
  const t = new Int32Array(n + 1);
  const suffixes = new Uint32Array(n + 1);
  words[0] = ROOT_WORD;
  t[0] = rootTag;
  suffixes[0] = ROOT_WORD;
  for (let i = 0; i < n; i++) {
    words[i + 1] = hashString(normaliseWord(forms[i]!));
    t[i + 1] = tags[i]!;
    suffixes[i + 1] = hashString(forms[i]!.slice(-3).toLowerCase());
  }
  return { words, tags: t, suffixes };
}

export class ParseState {
  readonly n: number;
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

  constructor(readonly input: ParserInput) {
    const n = input.words.length - 1;
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.stack[0] = 0;
    this.heads = new Int32Array(n + 1).fill(-1);
    this.labels = new Int32Array(n + 1).fill(-1);
    this.l1 = new Int32Array(n + 1).fill(-1);
    this.l2 = new Int32Array(n + 1).fill(-1);
    this.r1 = new Int32Array(n + 1).fill(-1);
    this.r2 = new Int32Array(n + 1).fill(-1);
    this.nl = new Int32Array(n + 1);
    this.nr = new Int32Array(n + 1);
    this.lset = new Int32Array(n + 1);
    this.rset = new Int32Array(n + 1);
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

export function parserFeatures(st: ParseState, out: Uint32Array): number {
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
  const s0w = at(words, s0);
  const s0p = at(tags, s0);
  const s1w = at(words, s1);
  const s1p = at(tags, s1);
  const b0w = at(words, b0);
  const b0p = at(tags, b0);
  const b1p = at(tags, b1);
  const d = s0 >= 0 && b0 >= 0 ? distanceBucket(s0, b0) : NONE;
  const s0vl = s0 >= 0 ? st.nl[s0]! : NONE;
  const s0vr = s0 >= 0 ? st.nr[s0]! : NONE;
  const b0vl = b0 >= 0 ? st.nl[b0]! : NONE;
  const s0ls = s0 >= 0 ? st.lset[s0]! : NONE;
  const s0rs = s0 >= 0 ? st.rset[s0]! : NONE;
  const b0ls = b0 >= 0 ? st.lset[b0]! : NONE;
  let k = 0;
  out[k++] = feat1(1, s0w);
  out[k++] = feat1(2, s0p);
  out[k++] = feat2(3, s0w, s0p);
  out[k++] = feat1(4, s1w);
  out[k++] = feat1(5, s1p);
  out[k++] = feat2(6, s1w, s1p);
  out[k++] = feat1(7, at(tags, s2));
  out[k++] = feat1(8, at(words, s2));
  out[k++] = feat1(9, b0w);
  out[k++] = feat1(10, b0p);
  out[k++] = feat2(11, b0w, b0p);
  out[k++] = feat1(12, at(words, b1));
  out[k++] = feat1(13, b1p);
  out[k++] = feat2(14, at(words, b1), b1p);
  out[k++] = feat1(15, at(tags, b2));
  out[k++] = feat1(16, at(words, b2));
  out[k++] = feat4(17, s0w, s0p, b0w, b0p);
  out[k++] = feat3(18, s0w, s0p, b0w);
  out[k++] = feat3(19, s0w, b0w, b0p);
  out[k++] = feat3(20, s0w, s0p, b0p);
  out[k++] = feat3(21, s0p, b0w, b0p);
  out[k++] = feat2(22, s0w, b0w);
  out[k++] = feat2(23, s0p, b0p);
  out[k++] = feat2(24, b0p, b1p);
  out[k++] = feat2(25, s1p, s0p);
  out[k++] = feat2(26, s1w, s0w);
  out[k++] = feat3(27, s1w, s1p, s0p);
  out[k++] = feat3(28, s1p, s0w, s0p);
  out[k++] = feat2(29, s1w, s0p);
  out[k++] = feat2(30, s1p, s0w);
  out[k++] = feat3(31, b0p, b1p, at(tags, b2));
  out[k++] = feat3(32, s0p, b0p, b1p);
  out[k++] = feat3(33, s1p, s0p, b0p);
  out[k++] = feat3(34, at(tags, s2), s1p, s0p);
  out[k++] = feat3(35, s0p, at(tags, s0l), b0p);
  out[k++] = feat3(36, s0p, at(tags, s0r), b0p);
  out[k++] = feat3(37, s0p, b0p, at(tags, b0l));
  out[k++] = feat3(38, s1p, at(tags, s1r), s0p);
  out[k++] = feat3(39, s1p, s0p, at(tags, s0l));
  out[k++] = feat3(40, s1p, s0p, at(tags, s0r));
  out[k++] = feat2(41, s0w, d);
  out[k++] = feat2(42, s0p, d);
  out[k++] = feat2(43, b0w, d);
  out[k++] = feat2(44, b0p, d);
  out[k++] = feat3(45, s0w, b0w, d);
  out[k++] = feat3(46, s0p, b0p, d);
  out[k++] = feat2(47, s0w, s0vr);
  out[k++] = feat2(48, s0p, s0vr);
  out[k++] = feat2(49, s0w, s0vl);
  out[k++] = feat2(50, s0p, s0vl);
  out[k++] = feat2(51, b0w, b0vl);
  out[k++] = feat2(52, b0p, b0vl);
  out[k++] = feat1(53, at(words, s0l));
  out[k++] = feat1(54, at(tags, s0l));
  out[k++] = feat1(55, at(labels, s0l));
  out[k++] = feat1(56, at(words, s0r));
  out[k++] = feat1(57, at(tags, s0r));
  out[k++] = feat1(58, at(labels, s0r));
  out[k++] = feat1(59, at(words, b0l));
  out[k++] = feat1(60, at(tags, b0l));
  out[k++] = feat1(61, at(labels, b0l));
  out[k++] = feat1(62, at(tags, s0l2));
  out[k++] = feat1(63, at(labels, s0l2));
  out[k++] = feat1(64, at(tags, s0r2));
  out[k++] = feat1(65, at(labels, s0r2));
  out[k++] = feat1(66, at(tags, b0l2));
  out[k++] = feat1(67, at(labels, b0l2));
  out[k++] = feat3(68, s0p, at(labels, s0l), at(labels, s0l2));
  out[k++] = feat3(69, s0p, at(labels, s0r), at(labels, s0r2));
  out[k++] = feat3(70, b0p, at(labels, b0l), at(labels, b0l2));
  out[k++] = feat2(71, s0w, s0ls);
  out[k++] = feat2(72, s0p, s0ls);
  out[k++] = feat2(73, s0w, s0rs);
  out[k++] = feat2(74, s0p, s0rs);
  out[k++] = feat2(75, b0w, b0ls);
  out[k++] = feat2(76, b0p, b0ls);
  out[k++] = feat4(77, s1w, s1p, s0w, s0p);
  out[k++] = feat3(78, s0w, b0p, b1p);
  out[k++] = feat3(79, s1p, at(labels, s1r), s0p);
  out[k++] = feat4(80, s0p, at(labels, s0l), b0p, at(labels, b0l));
  out[k++] = feat3(81, s0p, b0p, s0 === 0 ? 1 : 0);
  out[k++] = feat4(82, s1p, s0p, b0p, b1p);
  out[k++] = feat3(83, s0p, s0rs, b0p);
  out[k++] = feat3(84, s0p, s0ls, b0p);
  out[k++] = feat2(85, b0w, at(words, b1));
  out[k++] = feat3(86, s1p, s0p, b0w);
  out[k++] = feat3(87, s0w, s1w, b0p);
  return k;
}

export function labelFeatures(st: ParseState, action: number, out: Uint32Array): number {
  const { words, tags } = st.input;
  const labels = st.labels;
  const [dep, head] = st.arcOf(action);
  const n = st.n;
  const o = action === LEFT ? 0 : 100;
  const dw = at(words, dep);
  const dp = at(tags, dep);
  const hw = at(words, head);
  const hp = at(tags, head);
  const dl = st.l1[dep]!;
  const dr = st.r1[dep]!;
  const hl = st.l1[head]!;
  const dist = dep < head ? distanceBucket(dep, head) : distanceBucket(head, dep);
  let k = 0;
  out[k++] = feat1(o + 1, dp);
  out[k++] = feat1(o + 2, dw);
  out[k++] = feat2(o + 3, dw, dp);
  out[k++] = feat1(o + 4, hp);
  out[k++] = feat1(o + 5, hw);
  out[k++] = feat2(o + 6, hw, hp);
  out[k++] = feat2(o + 7, dp, hp);
  out[k++] = feat2(o + 8, dw, hp);
  out[k++] = feat2(o + 9, dp, hw);
  out[k++] = feat2(o + 10, dw, hw);
  out[k++] = feat3(o + 11, dp, hp, dist);
  out[k++] = feat2(o + 12, dp, at(labels, dl));
  out[k++] = feat2(o + 13, dp, at(labels, dr));
  out[k++] = feat2(o + 14, dp, st.lset[dep]!);
  out[k++] = feat2(o + 15, dp, st.rset[dep]!);
  out[k++] = feat2(o + 16, hp, st.lset[head]!);
  out[k++] = feat2(o + 17, hp, st.rset[head]!);
  out[k++] = feat3(o + 18, dp, at(words, dl), at(labels, dl));
  out[k++] = feat3(o + 19, hp, dp, at(labels, hl));
  out[k++] = feat2(o + 20, at(tags, dep - 1), dp);
  out[k++] = feat2(o + 21, dp, dep + 1 > n ? NONE : tags[dep + 1]!);
  out[k++] = feat2(o + 22, hp, head + 1 > n ? NONE : tags[head + 1]!);
  out[k++] = feat4(o + 23, dw, hw, dp, hp);
  out[k++] = feat3(o + 24, hp, dp, at(words, dl));
  out[k++] = feat3(o + 25, dp, hp, head === 0 ? 1 : 0);
  out[k++] = feat3(o + 26, dp, hp, st.lset[head]!);
  out[k++] = feat3(o + 27, dw, at(words, dr), at(labels, dr));
  out[k++] = feat3(o + 28, dp, hp, st.nl[dep]! + 8 * Math.min(st.nr[dep]!, 7));
  out[k++] = feat3(o + 29, hw, dp, st.lset[dep]!);
  out[k++] = feat2(o + 30, at(tags, head - 1), hp);
  const { suffixes } = st.input;
  out[k++] = feat2(o + 31, suffixes[dep]!, hp);
  out[k++] = feat2(o + 32, suffixes[dep]!, dp);
  out[k++] = feat2(o + 33, suffixes[head]!, dp);
  out[k++] = feat3(o + 34, suffixes[dep]!, dp, hp);
  return k;
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

export function parse<S extends Float64Array | Int32Array>(
  weights: ParserWeights<S>,
  input: ParserInput,
  makeScores: (size: number) => S,
): ParseResult {
  const st = new ParseState(input);
  const feats = new Uint32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
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
