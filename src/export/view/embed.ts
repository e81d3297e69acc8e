/**
 * The snapshot as embedded in a self-contained HTML file: JSON in which integers (bigint) are
 * tagged {"$int": "…"} so that Cypher run in the page still tells 1 from 1.0.
 */
import type { GraphFragment, Properties, PropertyScalar, PropertyValue } from '../../graph/schema.js';
import type { GraphView, Positions } from './types.js';

export interface EmbeddedData {
  format: 'newsgraph-embedded';
  version: 1;
  generated: string;
  fragment: GraphFragment;
  positions: Positions;
  /** A large graph's overview, computed at export so the page opens at once; the fragment is
   * indexed on demand (search, details, neighbourhoods). */
  overview?: GraphView;
}

type Encoded = string | number | boolean | { $int: string } | Encoded[];

function encodeValue(value: PropertyValue): Encoded {
  if (Array.isArray(value)) return value.map((v) => encodeValue(v));
  if (typeof value === 'bigint') return { $int: value.toString() };
  return value;
}

function decodeValue(value: unknown): PropertyValue {
  if (Array.isArray(value)) return value.map((v) => decodeValue(v) as PropertyScalar);
  if (typeof value === 'object' && value !== null && typeof (value as { $int?: unknown }).$int === 'string') {
    return BigInt((value as { $int: string }).$int);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error('The embedded graph holds a property value of an unknown kind.');
}

function mapProperties(properties: Record<string, unknown>, f: (v: never) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = f(value as never);
  return out;
}

/** The JSON text to embed. `<` is escaped as \u003c so no string in the data can close the
 * script element that carries it (article text is untrusted). */
export function encodeEmbedded(
  fragment: GraphFragment,
  positions: Positions = {},
  generated = new Date().toISOString(),
  overview?: GraphView,
): string {
  // Compact: an `id` property equal to the element's id (the usual case) is left out and
  // restored on decoding; an element without one says so ("noId").
  const compact = <T extends { id: string; properties: Properties }>(item: T): Record<string, unknown> => {
    const { id, ...rest } = item.properties;
    if (id === item.id) return { ...item, properties: mapProperties(rest, encodeValue) };
    return {
      ...item,
      properties: mapProperties(item.properties, encodeValue),
      ...(id === undefined ? { noId: 1 } : {}),
    };
  };
  const data = {
    format: 'newsgraph-embedded',
    version: 1,
    generated,
    fragment: {
      nodes: fragment.nodes.map(compact),
      edges: fragment.edges.map(compact),
    },
    positions,
    ...(overview ? { overview } : {}),
  };
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function decodeEmbedded(text: string): EmbeddedData {
  const raw = JSON.parse(text) as {
    format?: unknown;
    version?: unknown;
    generated?: unknown;
    fragment?: { nodes?: unknown; edges?: unknown };
    positions?: unknown;
    overview?: GraphView;
  };
  if (
    raw.format !== 'newsgraph-embedded' ||
    raw.version !== 1 ||
    !raw.fragment ||
    !Array.isArray(raw.fragment.nodes) ||
    !Array.isArray(raw.fragment.edges)
  ) {
    throw new Error('This file does not carry a newsgraph graph (or one of an unknown version).');
  }
  type Carried = { id: string; properties: Record<string, unknown>; noId?: 1 };
  const restore = (item: Carried): Properties =>
    mapProperties(
      'id' in item.properties || item.noId ? item.properties : { id: item.id, ...item.properties },
      decodeValue,
    ) as Properties;
  const nodes = (raw.fragment.nodes as (Carried & { labels: string[] })[]).map((n) => ({
    id: n.id,
    labels: n.labels,
    properties: restore(n),
  }));
  const edges = (raw.fragment.edges as (Carried & { type: string; source: string; target: string })[]).map((e) => ({
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    properties: restore(e),
  }));
  return {
    format: 'newsgraph-embedded',
    version: 1,
    generated: typeof raw.generated === 'string' ? raw.generated : '',
    fragment: { nodes, edges },
    positions: (raw.positions ?? {}) as Positions,
    ...(raw.overview ? { overview: raw.overview } : {}),
  };
}
