/**
 * A trained name typer: given a parsed sentence and the token span of a name, scores the classes
 * Person, Organization, Place, Event and Other (products, works, times, …: not entities for
 * newsgraph). An averaged perceptron over the name's words, shapes and suffixes and its place in
 * the dependency tree (deprel, governor, preposition, determiner, appositions), learnt from GUM's
 * entity layer (`npm run train:names`). The model is one brotli file, read once per process.
 */
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { hashString } from './hash.js';
import { frameHead, openFrame, readModelBytes, shippedModelPath } from './model-file.js';
import type { ParsedSentence } from './types.js';
import { PackedTable } from './weights.js';

export const NAME_CLASSES = ['Person', 'Organization', 'Place', 'Event', 'Other'] as const;
export type NameClass = (typeof NAME_CLASSES)[number];

export interface NameModel {
  table: PackedTable;
  /** Lowercase words common in ordinary text ("road", "arena", "angels"): a name made of them is seldom a person. */
  common: ReadonlySet<string>;
  provenance: string;
}

export interface NameTyping {
  best: NameClass;
  /** Score of the best class minus the runner-up's (0 = a tie; the scale is the perceptron's). */
  margin: number;
  scores: Record<NameClass, number>;
}

export class NameModelError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(`name typer model ${file}: ${message}`);
    this.name = 'NameModelError';
  }
}

/** The token of tokens[first..last] whose head lies outside the span (the last one if several do). */
export function spanHead(tokens: readonly { head: number }[], first: number, last: number): number {
  for (let k = last; k >= first; k--) {
    const h = tokens[k]!.head;
    if (h < first || h > last) return k;
  }
  return last;
}

function shapeOf(word: string): string {
  const s = word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\d/g, 'd')
    .replace(/(.)\1+/g, '$1');
  return s.length > 5 ? s.slice(0, 5) : s;
}

/** Children of the name's head outside the span that describe it: "the river X", "X, a company". */
const DESCRIBING = /^(appos|nmod:desc|compound|amod|flat|det|nmod)/;

/** The features of tokens[first..last] (inclusive) as strings; hashed by nameFeatureKeys. */
export function nameFeatures(s: ParsedSentence, first: number, last: number, common: ReadonlySet<string>): string[] {
  const t = s.tokens;
  const lower = (k: number): string => (k >= 0 && k < t.length ? t[k]!.text.toLowerCase() : k < 0 ? '<s>' : '</s>');
  const f: string[] = ['bias', `n=${Math.min(last - first + 1, 5)}`];
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(lower(k));
  for (const w of words) f.push(`w=${w}`);
  const firstWord = words[0]!;
  const lastWord = words[words.length - 1]!;
  f.push(`f=${firstWord}`, `l=${lastWord}`, `s3=${lastWord.slice(-3)}`, `s4=${lastWord.slice(-4)}`);
  f.push(`fs3=${firstWord.slice(-3)}`, `fl=${firstWord}|${lastWord}`);
  const shapes = t.slice(first, last + 1).map((w) => shapeOf(w.text));
  for (const sh of shapes) f.push(`sh=${sh}`);
  f.push(`shs=${shapes.slice(0, 4).join(' ')}`, `lsh=${shapes[shapes.length - 1]}`);
  const commonPattern = words.map((w) => (common.has(w) ? 'c' : /\p{L}/u.test(w) ? 'u' : 'o')).join('');
  f.push(`cp=${commonPattern.slice(0, 4)}`, `lc=${commonPattern.at(-1)}`, `fc=${commonPattern[0]}`);
  if (common.has(lastWord)) f.push(`lcw=${lastWord}`);
  if (first === 0) f.push('initial');
  f.push(`p1=${lower(first - 1)}`, `p2=${lower(first - 2)}|${lower(first - 1)}`);
  f.push(`n1=${lower(last + 1)}`, `n2=${lower(last + 1)}|${lower(last + 2)}`);
  f.push(`p1l=${lower(first - 1)}|${lastWord}`);

  const h = spanHead(t, first, last);
  const head = t[h]!;
  const dep = head.deprel;
  const gov = head.head >= 0 ? t[head.head]! : undefined;
  const govLemma = gov ? gov.lemma.toLowerCase() : '<root>';
  f.push(`hp=${head.upos}`, `dep=${dep}`, `gl=${govLemma}`, `gp=${gov?.upos ?? '<root>'}`, `dgl=${dep}|${govLemma}`);
  f.push(`dgp=${dep}|${gov?.upos ?? '<root>'}`);
  if (gov && gov.head >= 0 && /^(nmod|appos|conj|compound)/.test(dep))
    f.push(`ggl=${t[gov.head]!.lemma.toLowerCase()}`);
  t.forEach((c, k) => {
    if (c.head !== h || (k >= first && k <= last)) return;
    if (c.deprel === 'case') f.push(`case=${c.lemma.toLowerCase()}`, `cg=${c.lemma.toLowerCase()}|${govLemma}`);
    else if (DESCRIBING.test(c.deprel)) f.push(`ch=${c.deprel}|${c.lemma.toLowerCase()}`);
  });
  // The name as a modifier of a noun outside it ("the Veltrax board"): that noun says much.
  if (gov && /^(compound|nmod:poss|amod)/.test(dep)) f.push(`mod=${dep}|${govLemma}`);
  if (gov) {
    // Siblings that describe the governor: "X said on Tuesday" vs "the mayor of X".
    t.forEach((c, k) => {
      if (c.head === head.head && k !== h && /^(nsubj|obj|case)$/.test(c.deprel) && (k < first || k > last))
        f.push(`sib=${c.deprel}|${c.lemma.toLowerCase()}`);
    });
  }
  return f;
}

/** Hashed feature keys of a name span (what the table is indexed with). */
export function nameFeatureKeys(
  s: ParsedSentence,
  first: number,
  last: number,
  common: ReadonlySet<string>,
): Uint32Array {
  return Uint32Array.from(nameFeatures(s, first, last, common), hashString);
}

/** Class scores for tokens[first..last] (inclusive) of a parsed sentence. */
export function typeNameSpan(s: ParsedSentence, first: number, last: number, model = loadNameModel()): NameTyping {
  if (first < 0 || last >= s.tokens.length || first > last)
    throw new RangeError(`name span ${first}..${last} outside a sentence of ${s.tokens.length} tokens`);
  const keys = nameFeatureKeys(s, first, last, model.common);
  const raw = new Int32Array(NAME_CLASSES.length);
  model.table.score(keys, keys.length, raw);
  const scores = {} as Record<NameClass, number>;
  let best = 0;
  NAME_CLASSES.forEach((c, i) => {
    scores[c] = raw[i]! * model.table.scale;
    if (raw[i]! > raw[best]!) best = i;
  });
  let second = -Infinity;
  raw.forEach((v, i) => {
    if (i !== best && v > second) second = v;
  });
  return { best: NAME_CLASSES[best]!, margin: (raw[best]! - second) * model.table.scale, scores };
}

const MAGIC = 'NGNAMES1';
const FORMAT_VERSION = 1;

interface Header {
  version: number;
  provenance: string;
  classes: string[];
  common: string[];
  bits: number;
  scale: number;
  rows: number;
  entries: number;
}

/** Magic, JSON header, then the table: slots (delta-encoded uint32), int16 weights, row lengths, classes. */
export function encodeNameModel(model: NameModel): Buffer {
  const t = model.table;
  const header: Header = {
    version: FORMAT_VERSION,
    provenance: model.provenance,
    classes: [...NAME_CLASSES],
    common: [...model.common].sort(),
    bits: t.bits,
    scale: t.scale,
    rows: t.slots.length,
    entries: t.vals.length,
  };
  const deltas = new Uint32Array(t.slots.length);
  for (let i = 0; i < t.slots.length; i++) deltas[i] = t.slots[i]! - (i > 0 ? t.slots[i - 1]! : 0);
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const raw = Buffer.concat([frameHead(MAGIC, header), bytes(deltas), bytes(t.vals), bytes(t.counts), bytes(t.cls)]);
  return brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
}

export function decodeNameModel(compressed: Uint8Array, file: string): NameModel {
  const frame = openFrame(compressed, MAGIC, 'name typer model', file, (why, at) => new NameModelError(why, at));
  const raw = frame.raw;
  const header = frame.header as Header;
  if (header.version !== FORMAT_VERSION)
    throw new NameModelError(`format version ${header.version}, this code reads ${FORMAT_VERSION}`, file);
  if (header.classes.join() !== NAME_CLASSES.join())
    throw new NameModelError(`classes ${header.classes.join()}, this code types ${NAME_CLASSES.join()}`, file);
  const at = frame.body;
  const { rows, entries } = header;
  if (at + rows * 5 + entries * 3 !== raw.length) throw new NameModelError('truncated weights', file);
  // Copies, not views: the sections sit at unaligned offsets.
  const slots = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) slots[i] = raw.readUInt32LE(at + 4 * i) + (i > 0 ? slots[i - 1]! : 0);
  const vals = new Int16Array(entries);
  for (let i = 0; i < entries; i++) vals[i] = raw.readInt16LE(at + rows * 4 + 2 * i);
  const counts = Uint8Array.from(raw.subarray(at + rows * 4 + entries * 2, at + rows * 5 + entries * 2));
  const cls = Uint8Array.from(raw.subarray(at + rows * 5 + entries * 2));
  let total = 0;
  for (const c of counts) total += c;
  if (
    total !== entries ||
    cls.some((c) => c >= NAME_CLASSES.length) ||
    (rows > 0 && slots[rows - 1]! >= 2 ** header.bits)
  )
    throw new NameModelError('corrupt weights (rows, entries and slots disagree)', file);
  return {
    table: new PackedTable(header.bits, NAME_CLASSES.length, header.scale, slots, counts, cls, vals),
    common: new Set(header.common),
    provenance: header.provenance,
  };
}

/** Where the shipped model lives, from src/nlp or from dist/nlp. */
export function defaultNameModelPath(): string {
  return shippedModelPath('names.bin.br');
}

export function readNameModelFile(file: string): NameModel {
  const bytes = readModelBytes(file, 'npm run train:names', (why, at) => new NameModelError(why, at));
  return decodeNameModel(bytes, file);
}

const loaded = new Map<string, NameModel>();
/**
 * The shipped model once loaded: typeNameSpan passes no file for every name it types, and finding
 * the shipped file's path asks the file system (existsSync) each time.
 */
let shipped: NameModel | undefined;

/** The model at `file` (the shipped one by default), read once per process and kept. */
export function loadNameModel(file?: string): NameModel {
  if (file === undefined) return (shipped ??= loadNameModel(defaultNameModelPath()));
  let model = loaded.get(file);
  if (!model) {
    model = readNameModelFile(file);
    loaded.set(file, model);
  }
  return model;
}
