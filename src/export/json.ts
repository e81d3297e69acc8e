/**
 * Plain JSON export for other programs: {"nodes": [...], "edges": [...]}, sorted by id, one
 * node or edge per line. Integers become JSON numbers (as strings beyond 2^53, so no digit is
 * lost), floats JSON numbers (null for NaN/±Infinity, which JSON cannot write). Use graph.json
 * (src/graph/codec.ts) when the graph must be reloaded with 1 and 1.0 kept apart.
 */
import type { GraphFragment, Properties, PropertyValue } from '../graph/schema.js';

export function toJSON(fragment: GraphFragment): string {
  const nodes = [...fragment.nodes]
    .sort((a, b) => compare(a.id, b.id))
    .map((n) => JSON.stringify({ id: n.id, labels: n.labels, properties: plainProperties(n.properties) }));
  const edges = [...fragment.edges]
    .sort((a, b) => compare(a.id, b.id))
    .map((e) =>
      JSON.stringify({
        id: e.id,
        type: e.type,
        source: e.source,
        target: e.target,
        properties: plainProperties(e.properties),
      }),
    );
  return `{"nodes":[\n${nodes.join(',\n')}\n],\n"edges":[\n${edges.join(',\n')}\n]}\n`;
}

function plainProperties(properties: Properties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(properties).sort(compare)) out[key] = plainValue(properties[key]!);
  return out;
}

export function plainValue(value: PropertyValue): unknown {
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'bigint') {
    const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
    return safe ? Number(value) : value.toString();
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
