/**
 * JSON-safe forms of stored and Cypher values, for the HTTP API and the in-page data source.
 * Integers become numbers while they fit in a double exactly, strings beyond 2^53; maps become
 * objects; nodes, relationships and paths become plain objects with their ids.
 */
import type { CypherValue, NodeValue, RelationshipValue } from '../../cypher/values.js';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../cypher/values.js';
import type { PropertyValue } from '../../graph/schema.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonNode {
  id: string;
  labels: string[];
  properties: Record<string, JsonValue>;
}

export interface JsonRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, JsonValue>;
}

export function integerToJson(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

export function floatToJson(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

export function propertyToJson(value: PropertyValue): JsonValue {
  if (Array.isArray(value)) return value.map((v) => propertyToJson(v));
  if (typeof value === 'bigint') return integerToJson(value);
  if (typeof value === 'number') return floatToJson(value);
  return value;
}

export function propertiesToJson(properties: Readonly<Record<string, PropertyValue>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = propertyToJson(value);
  return out;
}

function mapToJson(map: ReadonlyMap<string, CypherValue>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of map) out[key] = cypherToJson(value);
  return out;
}

/** The graph id a result node stands for: its `id` property when it has one (Neo4j ids differ). */
export function graphNodeId(node: NodeValue): string {
  const id = node.properties.get('id');
  return typeof id === 'string' ? id : node.id;
}

export function graphEdgeId(rel: RelationshipValue): string {
  const id = rel.properties.get('id');
  return typeof id === 'string' ? id : rel.id;
}

export function nodeToJson(node: NodeValue): JsonNode {
  return { id: graphNodeId(node), labels: [...node.labels], properties: mapToJson(node.properties) };
}

export function relationshipToJson(rel: RelationshipValue): JsonRelationship {
  return {
    id: graphEdgeId(rel),
    type: rel.type,
    start: rel.startId,
    end: rel.endId,
    properties: mapToJson(rel.properties),
  };
}

export function cypherToJson(value: CypherValue): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return integerToJson(value);
  if (typeof value === 'number') return floatToJson(value);
  if (Array.isArray(value)) return value.map((v) => cypherToJson(v));
  if (value instanceof Map) return mapToJson(value);
  if (isNodeValue(value)) return nodeToJson(value) as unknown as JsonValue;
  if (isRelationshipValue(value)) return relationshipToJson(value) as unknown as JsonValue;
  if (isPathValue(value)) {
    return {
      nodes: value.nodes.map((n) => nodeToJson(n) as unknown as JsonValue),
      relationships: value.relationships.map((r) => relationshipToJson(r) as unknown as JsonValue),
    };
  }
  return value.toString();
}

export interface Highlight {
  nodes: string[];
  edges: string[];
}

/** Every node and relationship a result mentions, however deeply nested, for highlighting. */
export function collectHighlight(rows: readonly (readonly CypherValue[])[]): Highlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const visit = (value: CypherValue): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (value instanceof Map) return value.forEach(visit);
    if (isNodeValue(value)) {
      nodes.add(graphNodeId(value));
    } else if (isRelationshipValue(value)) {
      edges.add(graphEdgeId(value));
    } else if (isPathValue(value)) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
    }
  };
  rows.forEach((row) => row.forEach(visit));
  return { nodes: [...nodes], edges: [...edges] };
}
