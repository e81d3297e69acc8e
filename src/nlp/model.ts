/**
 * The shipped model: one brotli-compressed file. Inside: an 8-byte magic, a JSON header (class
 * names, labels, tag dictionary, lemma tables, table shapes, provenance) and typed-array
 * sections (per weight table: its slots, delta-encoded, and int16 weights). Loaded once per
 * process (or worker) with fs.readFileSync; the weights become typed-array views.
 */
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import type { LemmaModel } from './lemmatiser.js';
import { frameHead, openFrame, readModelBytes, shippedModelPath } from './model-file.js';
import { closedClasses, type TaggerModel } from './tagger.js';
import { DenseTable, PackedTable } from './weights.js';

const MAGIC = 'NGSYNTX1';
const FORMAT_VERSION = 1;

export class SyntaxModelError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(`syntax model ${file}: ${message}`);
    this.name = 'SyntaxModelError';
  }
}

export interface SyntaxModel {
  tagger: TaggerModel;
  lemmas: LemmaModel;
  /** Dependency labels, by label index. */
  labels: string[];
  transitions: PackedTable;
  labelTable: PackedTable;
  /** Run-time copy of the transition table, one memory access per feature (built on load). */
  denseTransitions?: DenseTable;
  /** Per tag class: its UPOS and XPOS. */
  upos: string[];
  xpos: string[];
  provenance: string;
}

interface TableHeader {
  bits: number;
  classes: number;
  scale: number;
  rows: number;
  entries: number;
}

interface Header {
  version: number;
  provenance: string;
  tagClasses: string[];
  labels: string[];
  dictionary: [string, number][];
  lemmaKnown: [string, string][];
  lemmaRules: [string, string][];
  tables: { tagger: TableHeader; transitions: TableHeader; labels: TableHeader };
}

const TABLE_ORDER = ['tagger', 'transitions', 'labels'] as const;

function tableHeader(t: PackedTable): TableHeader {
  return { bits: t.bits, classes: t.classes, scale: t.scale, rows: t.slots.length, entries: t.vals.length };
}

export function encodeModel(model: SyntaxModel): Buffer {
  const header: Header = {
    version: FORMAT_VERSION,
    provenance: model.provenance,
    tagClasses: model.tagger.classes,
    labels: model.labels,
    dictionary: [...model.tagger.dictionary],
    lemmaKnown: [...model.lemmas.known],
    lemmaRules: [...model.lemmas.rules],
    tables: {
      tagger: tableHeader(model.tagger.table),
      transitions: tableHeader(model.transitions),
      labels: tableHeader(model.labelTable),
    },
  };
  const tables = { tagger: model.tagger.table, transitions: model.transitions, labels: model.labelTable };
  const head = frameHead(MAGIC, header);
  const parts: Buffer[] = [head, Buffer.alloc((8 - (head.length % 8)) % 8)];
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  for (const name of TABLE_ORDER) {
    const t = tables[name];
    const deltas = new Uint32Array(t.slots.length);
    for (let i = 0; i < t.slots.length; i++) deltas[i] = t.slots[i]! - (i > 0 ? t.slots[i - 1]! : 0);
    const section = Buffer.concat([bytes(deltas), bytes(t.vals), bytes(t.counts), bytes(t.cls)]);
    parts.push(section, Buffer.alloc((8 - (section.length % 8)) % 8));
  }
  return brotliCompressSync(Buffer.concat(parts), {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 9,
      [zlibConstants.BROTLI_PARAM_LGWIN]: 24,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: parts.reduce((s, p) => s + p.length, 0),
    },
  });
}

export function decodeModel(compressed: Uint8Array, file: string): SyntaxModel {
  const frame = openFrame(compressed, MAGIC, 'syntax model', file, (why, at) => new SyntaxModelError(why, at));
  const raw = frame.raw;
  const header = frame.header as Header;
  if (header.version !== FORMAT_VERSION)
    throw new SyntaxModelError(`format version ${header.version}, this code reads ${FORMAT_VERSION}`, file);
  let at = frame.body;
  at += (8 - (at % 8)) % 8;
  const tables: Record<string, PackedTable> = {};
  for (const name of TABLE_ORDER) {
    const h = header.tables[name];
    const size = h.rows * 5 + h.entries * 3;
    if (at + size > raw.length) throw new SyntaxModelError(`truncated ${name} weights`, file);
    const slots = new Uint32Array(raw.buffer, raw.byteOffset + at, h.rows);
    for (let i = 1; i < slots.length; i++) slots[i] = slots[i]! + slots[i - 1]!;
    const vals = new Int16Array(raw.buffer, raw.byteOffset + at + h.rows * 4, h.entries);
    const counts = new Uint8Array(raw.buffer, raw.byteOffset + at + h.rows * 4 + h.entries * 2, h.rows);
    const cls = new Uint8Array(raw.buffer, raw.byteOffset + at + h.rows * 5 + h.entries * 2, h.entries);
    at += size + ((8 - (size % 8)) % 8);
    if (slots.length && slots[slots.length - 1]! >= 2 ** h.bits)
      throw new SyntaxModelError(`corrupt ${name} weights (slot outside the table)`, file);
    let total = 0;
    for (const c of counts) total += c;
    if (total !== h.entries || cls.some((c) => c >= h.classes))
      throw new SyntaxModelError(`corrupt ${name} weights (rows and entries disagree)`, file);
    tables[name] = new PackedTable(h.bits, h.classes, h.scale, slots, counts, cls, vals);
  }
  const upos = header.tagClasses.map((c) => c.split('\t')[0]!);
  const xpos = header.tagClasses.map((c) => c.split('\t')[1] ?? '_');
  return {
    tagger: {
      classes: header.tagClasses,
      table: tables.tagger!,
      dictionary: new Map(header.dictionary),
      closed: closedClasses(
        header.tagClasses,
        header.lemmaKnown.map(([key]) => key),
      ),
    },
    lemmas: { known: new Map(header.lemmaKnown), rules: new Map(header.lemmaRules) },
    labels: header.labels,
    transitions: tables.transitions!,
    labelTable: tables.labels!,
    upos,
    xpos,
    provenance: header.provenance,
    denseTransitions: new DenseTable(tables.transitions!),
  };
}

/** Where the shipped model lives, from src/nlp or from dist/nlp. */
export function defaultModelPath(): string {
  return shippedModelPath('en-ud.bin.br');
}

export function readModelFile(file: string): SyntaxModel {
  const bytes = readModelBytes(file, 'npm run train:syntax', (why, at) => new SyntaxModelError(why, at));
  return decodeModel(bytes, file);
}

const loaded = new Map<string, SyntaxModel>();
/** The shipped model once loaded: callers that pass no file (one call per sentence) skip the path look-up. */
let shipped: SyntaxModel | undefined;

/** The model at `file` (the shipped one by default), read once per process and kept. */
export function loadSyntaxModel(file?: string): SyntaxModel {
  if (file === undefined) return (shipped ??= loadSyntaxModel(defaultModelPath()));
  let model = loaded.get(file);
  if (!model) {
    model = readModelFile(file);
    loaded.set(file, model);
  }
  return model;
}
