/**
 * graph.json: the memory store's file format, and the value encoding inside it.
 *
 *   { "format": "newsgraph-graph", "version": 1,
 *     "nodes": [{ "id", "labels": [..], "properties": {..} }],
 *     "edges": [{ "id", "type", "source", "target", "properties": {..} }] }
 *
 * JSON has one number type and Cypher has two, so values are encoded to keep them apart:
 *   INTEGER  a plain JSON number when it is a safe integer, else {"$int": "123…"}
 *   FLOAT    a plain JSON number when it has a fraction, else {"$float": "1"} (also NaN, ±Infinity, -0)
 *   temporal {"$temporal": "date", "value": "2015-07-21"};  MAP {"$map": {…}};  LIST an array.
 * A plain JSON integer therefore always decodes to INTEGER and a plain fraction to FLOAT.
 */
import type { CypherValue, TemporalValue } from '../cypher/values.js';
import type { NodeAttributes, PropertyGraph } from './property-graph.js';
import { createPropertyGraph } from './property-graph.js';

export const GRAPH_FILE_FORMAT = 'newsgraph-graph';
export const GRAPH_FILE_VERSION = 1;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A malformed graph file or an unstorable value; `path` says where ("nodes[3].properties.x"). */
export class CodecError extends Error {
  override readonly name = 'CodecError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

export interface DecodeOptions {
  /** Build a temporal value the Cypher engine understands; by default a plain {kind, toString}. */
  temporal?: (kind: TemporalValue['kind'], text: string) => TemporalValue;
}

const TEMPORAL_KINDS = new Set(['date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration']);

export function encodeValue(value: CypherValue, path = ''): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : { $int: value.toString() };
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value) && !Number.isInteger(value)) return value;
    return { $float: Object.is(value, -0) ? '-0' : String(value) };
  }
  if (Array.isArray(value)) return value.map((v, i) => encodeValue(v, `${path}[${i}]`));
  if (value instanceof Map) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of value) out[k] = encodeValue(v, `${path}.${k}`);
    return { $map: out };
  }
  if (TEMPORAL_KINDS.has(value.kind)) return { $temporal: value.kind, value: value.toString() };
  throw new CodecError(`a ${value.kind} cannot be stored as a property value`, path);
}

export function decodeValue(json: unknown, path = '', options: DecodeOptions = {}): CypherValue {
  if (json === null || typeof json === 'boolean' || typeof json === 'string') return json;
  if (typeof json === 'number') {
    if (!Number.isInteger(json)) return json;
    if (!Number.isSafeInteger(json)) throw new CodecError('integer beyond 2^53 must be written as {"$int": "…"}', path);
    return BigInt(json);
  }
  if (Array.isArray(json)) return json.map((v, i) => decodeValue(v, `${path}[${i}]`, options));
  if (typeof json === 'object') return decodeTagged(json as Record<string, unknown>, path, options);
  throw new CodecError(`unexpected ${typeof json}`, path);
}

function decodeTagged(obj: Record<string, unknown>, path: string, options: DecodeOptions): CypherValue {
  if (typeof obj.$int === 'string' && /^-?\d+$/.test(obj.$int)) return BigInt(obj.$int);
  if (typeof obj.$float === 'string') {
    const n = Number(obj.$float);
    if (Number.isNaN(n) && obj.$float !== 'NaN') throw new CodecError(`bad float "${obj.$float}"`, path);
    return n;
  }
  if (typeof obj.$temporal === 'string' && TEMPORAL_KINDS.has(obj.$temporal) && typeof obj.value === 'string') {
    const kind = obj.$temporal as TemporalValue['kind'];
    if (!options.temporal) return plainTemporal(kind, obj.value);
    try {
      return options.temporal(kind, obj.value);
    } catch (error) {
      throw new CodecError(`bad ${kind} "${obj.value}" (${(error as Error).message})`, path);
    }
  }
  if (typeof obj.$map === 'object' && obj.$map !== null && !Array.isArray(obj.$map)) {
    const map = new Map<string, CypherValue>();
    for (const [k, v] of Object.entries(obj.$map)) map.set(k, decodeValue(v, `${path}.${k}`, options));
    return map;
  }
  throw new CodecError('object values must be tagged ($int, $float, $temporal or $map)', path);
}

function plainTemporal(kind: TemporalValue['kind'], text: string): TemporalValue {
  return Object.freeze({ kind, toString: () => text });
}

/**
 * Encode the whole property graph: nodes in insertion order, then the relationships grouped by
 * source node (in node order; in insertion order within a node). Loading then inserts a node's
 * relationships one after another, which keeps its adjacency in the CPU caches: a fifth faster on
 * a million random relationships than the graph's global insertion order. Decoding and encoding
 * again gives the same text.
 */
export function encodeGraph(graph: PropertyGraph): string {
  const nodes: string[] = [];
  const bySource = new Map<string, string[]>();
  graph.forEachNode((id, attrs) => {
    nodes.push(JSON.stringify({ id, labels: attrs.labels, properties: encodeProperties(attrs.properties, `node ${id}`) }));
    bySource.set(id, []);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    const properties = encodeProperties(attrs.properties, `edge ${id}`);
    bySource.get(source)!.push(JSON.stringify({ id, type: attrs.type, source, target, properties }));
  });
  const edges = [...bySource.values()].flat();
  // One node or edge per line: large graphs stay diffable and greppable.
  return (
    `{"format":${JSON.stringify(GRAPH_FILE_FORMAT)},"version":${GRAPH_FILE_VERSION},\n"nodes":[\n` +
    nodes.join(',\n') +
    '\n],\n"edges":[\n' +
    edges.join(',\n') +
    '\n]}\n'
  );
}

function encodeProperties(properties: Record<string, CypherValue>, path: string): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = encodeValue(value, `${path}.${key}`);
  return out;
}

/** Parse graph.json text into a new property graph; throws CodecError saying what is wrong where. */
export function decodeGraph(text: string, options: DecodeOptions = {}): PropertyGraph {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new CodecError(`not valid JSON (${(error as Error).message})`, '');
  }
  if (!isObject(doc) || doc.format !== GRAPH_FILE_FORMAT) {
    throw new CodecError(`not a newsgraph graph file (expected "format": "${GRAPH_FILE_FORMAT}")`, '');
  }
  if (doc.version !== GRAPH_FILE_VERSION) {
    throw new CodecError(`unsupported version ${JSON.stringify(doc.version)} (this build reads ${GRAPH_FILE_VERSION})`, 'version');
  }
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) throw new CodecError('needs "nodes" and "edges" lists', '');
  const graph = createPropertyGraph();
  // Plain loops, and paths ("edges[12]") built only for an error message: at a million relationships
  // a closure call and a path string per record are a measurable part of the load.
  const nodes: unknown[] = doc.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const raw = nodes[i];
    if (!isObject(raw) || typeof raw.id !== 'string') throw new CodecError('a node needs a string "id"', `nodes[${i}]`);
    if (graph.hasNode(raw.id)) throw new CodecError(`duplicate node id "${raw.id}"`, `nodes[${i}]`);
    if (!isStringArray(raw.labels)) throw new CodecError('must be a list of strings', `nodes[${i}].labels`);
    graph.addNode(raw.id, { labels: raw.labels, properties: decodeProps(raw.properties, 'nodes', i, options) });
  }
  const edges: unknown[] = doc.edges;
  for (let i = 0; i < edges.length; i++) {
    const raw = edges[i];
    if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.type !== 'string') {
      throw new CodecError('an edge needs string "id" and "type"', `edges[${i}]`);
    }
    const attributes = { type: raw.type, properties: decodeProps(raw.properties, 'edges', i, options) };
    if (typeof raw.source !== 'string' || typeof raw.target !== 'string') throw edgeError(graph, raw, `edges[${i}]`);
    try {
      // graphology checks the ends and the key itself; the messages are ours (below).
      graph.addDirectedEdgeWithKey(raw.id, raw.source, raw.target, attributes);
    } catch {
      throw edgeError(graph, raw, `edges[${i}]`);
    }
  }
  return graph;
}

/** Why graphology refused an edge, said in the file's terms. */
function edgeError(graph: PropertyGraph, raw: Record<string, unknown>, path: string): CodecError {
  for (const end of ['source', 'target'] as const) {
    const id = raw[end];
    if (typeof id !== 'string' || !graph.hasNode(id)) return new CodecError(`${end} ${JSON.stringify(id)} is not a node`, path);
  }
  return new CodecError(`duplicate edge id "${String(raw.id)}"`, path);
}

/**
 * Properties of one node or edge (record `i` of `list`), decoded in place: the object JSON.parse
 * made is ours, and keeping it (plain strings, booleans and fractions, the common case, are
 * already Cypher values) spares an object per record, which matters at a million relationships.
 */
function decodeProps(
  raw: unknown,
  list: 'nodes' | 'edges',
  i: number,
  options: DecodeOptions,
): NodeAttributes['properties'] {
  if (raw === undefined) return {};
  if (!isObject(raw)) throw new CodecError('"properties" must be an object', `${list}[${i}]`);
  for (const key in raw) {
    const value = raw[key];
    if (isPlainValue(value)) continue;
    // A list of plain values (aliases, say) is kept too, rather than copied element by element.
    if (Array.isArray(value) && value.every(isPlainValue)) continue;
    raw[key] = decodeValue(value, `${list}[${i}].properties.${key}`, options);
  }
  return raw as NodeAttributes['properties'];
}

/** A JSON value that is already the Cypher value it stands for: a string, boolean, null or fraction. */
function isPlainValue(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value === null ||
    (typeof value === 'number' && !Number.isInteger(value))
  );
}

function isStringArray(raw: unknown): raw is string[] {
  return Array.isArray(raw) && raw.every((l) => typeof l === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
