/**
 * The in-memory property graph: a graphology multi-graph whose node and edge attributes hold
 * Cypher values. The memory store persists it and the Cypher engine reads and writes it.
 */
import graphology from 'graphology';
import type { CypherValue } from '../cypher/values.js';

export interface NodeAttributes {
  labels: string[];
  properties: Record<string, CypherValue>;
}

export interface EdgeAttributes {
  type: string;
  properties: Record<string, CypherValue>;
}

export type PropertyGraph = graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createPropertyGraph(): PropertyGraph {
  return new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}
