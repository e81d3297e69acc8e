/**
 * Cypher values as plain JSON for `--format json`: integers become numbers (strings beyond
 * 2^53), maps objects, nodes {id, labels, properties}, relationships {id, type, start, end,
 * properties}, paths {nodes, relationships}, temporals their ISO text.
 */
import type { CypherValue, NodeValue, QueryResult, RelationshipValue } from '../../cypher/values.js';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../cypher/values.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toJsonValue(value: CypherValue): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Map) return mapToJson(value);
  if (isNodeValue(value)) return nodeToJson(value);
  if (isRelationshipValue(value)) return relationshipToJson(value);
  if (isPathValue(value))
    return { nodes: value.nodes.map(nodeToJson), relationships: value.relationships.map(relationshipToJson) };
  return value.toString();
}

function mapToJson(map: ReadonlyMap<string, CypherValue>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of map) out[k] = toJsonValue(v);
  return out;
}

function nodeToJson(node: NodeValue): Json {
  return { id: node.id, labels: [...node.labels], properties: mapToJson(node.properties) };
}

function relationshipToJson(rel: RelationshipValue): Json {
  return { id: rel.id, type: rel.type, start: rel.startId, end: rel.endId, properties: mapToJson(rel.properties) };
}

/** An array of row objects keyed by column name. */
export function resultToJson(result: QueryResult): string {
  const rows = result.rows.map((row) => {
    const out: { [key: string]: Json } = {};
    result.columns.forEach((column, i) => (out[column] = toJsonValue(row[i] ?? null)));
    return out;
  });
  return JSON.stringify(rows, null, 2) + '\n';
}
