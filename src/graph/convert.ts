/**
 * Between the exchange shapes (GraphNode/GraphEdge with PropertyValue) and the in-memory
 * property graph (CypherValue attributes). Fragment values are already Cypher values; the way
 * back drops nulls and turns values a fragment cannot hold (maps, temporals) into strings.
 */
import type { CypherValue } from '../cypher/values.js';
import { encodeValue } from './codec.js';
import type { EdgeAttributes, PropertyGraph } from './property-graph.js';
import type { GraphEdge, GraphFragment, GraphNode, Properties, PropertyScalar, PropertyValue } from './schema.js';

export function toPropertyValue(value: CypherValue): PropertyValue | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map(toPropertyValue).filter((v) => v !== undefined);
    return items.every((v) => !Array.isArray(v)) ? (items as PropertyScalar[]) : JSON.stringify(items.map(jsonSafe));
  }
  if (value instanceof Map) return JSON.stringify(encodeValue(value));
  return value.toString();
}

function jsonSafe(value: PropertyValue): unknown {
  if (typeof value === 'bigint') return Number(value);
  return Array.isArray(value) ? value.map(jsonSafe) : value;
}

export function toProperties(properties: Record<string, CypherValue>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    const converted = toPropertyValue(value);
    if (converted !== undefined) out[key] = converted;
  }
  return out;
}

export function nodeFromGraph(graph: PropertyGraph, id: string): GraphNode {
  const attrs = graph.getNodeAttributes(id);
  return { id, labels: [...attrs.labels], properties: toProperties(attrs.properties) };
}

export function edgeFromGraph(graph: PropertyGraph, id: string): GraphEdge {
  const attrs = graph.getEdgeAttributes(id);
  const { id: _stableId, ...properties } = attrs.properties;
  return { id, type: attrs.type, source: graph.source(id), target: graph.target(id), properties: toProperties(properties) };
}

/**
 * An edge's attributes in the graph. Its stable id is also a property, as in the Neo4j store
 * (where it is the key MERGE uses), so that both stores answer `r.id` and `keys(r)` alike.
 */
export function edgeAttributes(edge: GraphEdge): EdgeAttributes {
  return { type: edge.type, properties: { ...edge.properties, id: edge.id } };
}

/** Every node and edge, in insertion order. */
export function fragmentFromGraph(graph: PropertyGraph): GraphFragment {
  return {
    nodes: graph.mapNodes((id) => nodeFromGraph(graph, id)),
    edges: graph.mapEdges((id) => edgeFromGraph(graph, id)),
  };
}

/** A graph holding exactly `fragment` (edges whose ends are missing are an error). */
export function graphFromFragment(fragment: GraphFragment, graph: PropertyGraph): PropertyGraph {
  for (const node of fragment.nodes) {
    graph.mergeNode(node.id, { labels: [...node.labels], properties: { ...node.properties } });
  }
  for (const edge of fragment.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }
  return graph;
}
