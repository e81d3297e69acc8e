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

/** graphology's per-node record (not part of its typed API): degrees and neighbour key → edges. */
interface NodeData {
  in: Record<string, unknown>;
  out: Record<string, unknown>;
  clear(): void;
}
type NodeDataClass = new (key: string, attributes: NodeAttributes) => NodeData;

/**
 * An empty object in V8's dictionary mode (a hash table), keeping Object.prototype because
 * graphology calls hasOwnProperty on adjacency objects.
 */
const dictionary = (): Record<string, unknown> => Object.setPrototypeOf(Object.create(null), Object.prototype);

let hashedNodeData: NodeDataClass | null = null;

/**
 * graphology keeps each node's adjacency in objects keyed by neighbour keys. V8 gives an object
 * built up key by key a hidden class per distinct key sequence, so on a large graph nearly every
 * insertion creates hidden classes (millions on 1M relationships): a third of the load time and
 * much memory. Starting the adjacency objects as hash tables avoids that; it measured about 3×
 * faster to insert 1M relationships, with less memory and no slower iteration.
 */
function withHashedAdjacency(graph: PropertyGraph): PropertyGraph {
  const holder = graph as unknown as { NodeDataClass?: NodeDataClass };
  const base = holder.NodeDataClass;
  if (typeof base !== 'function') return graph; // another graphology layout: keep its default
  hashedNodeData ??= class extends base {
    override clear(): void {
      super.clear();
      this.in = dictionary();
      this.out = dictionary();
    }
  };
  holder.NodeDataClass = hashedNodeData;
  return graph;
}

export function createPropertyGraph(): PropertyGraph {
  return withHashedAdjacency(
    new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true }),
  );
}
