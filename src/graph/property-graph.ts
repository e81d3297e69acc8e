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

/** A node with its degrees: graphology's own node record (a self-loop counts once in directedLoops). */
export interface NodeWithDegrees {
  key: string;
  attributes: NodeAttributes;
  inDegree: number;
  outDegree: number;
  directedLoops: number;
}

/** graphology's relationship record: one of a linked list of the relationships between two nodes. */
interface EdgeRecord {
  key: string;
  attributes: EdgeAttributes;
  next: EdgeRecord | undefined;
}

/** graphology's node record, with its adjacency: neighbour key → the first relationship record. */
interface NodeRecord extends NodeWithDegrees {
  in: Record<string, EdgeRecord>;
  out: Record<string, EdgeRecord>;
}

/** Per graph, its node records once seen to be where this version keeps them (graphology never replaces the map). */
const knownRecords = new WeakMap<PropertyGraph, Map<string, NodeRecord> | null>();

/** graphology's node records, when they are where this version keeps them. */
function nodeRecords(graph: PropertyGraph): Map<string, NodeRecord> | null {
  const known = knownRecords.get(graph);
  if (known !== undefined) return known;
  const records = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(records instanceof Map)) return null;
  const first = records.values().next();
  if (first.done) return records as Map<string, NodeRecord>; // nothing to check yet
  const record = first.value as Partial<NodeRecord>;
  const usable =
    typeof record.directedLoops === 'number' && typeof record.out === 'object' && typeof record.in === 'object';
  const result = usable ? (records as Map<string, NodeRecord>) : null;
  knownRecords.set(graph, result);
  return result;
}

function viaPublicApi(graph: PropertyGraph, key: string, attributes: NodeAttributes): NodeWithDegrees {
  const outDegree = graph.outDegree(key);
  const directedLoops = outDegree - graph.outDegreeWithoutSelfLoops(key);
  return { key, attributes, inDegree: graph.inDegree(key), outDegree, directedLoops };
}

/**
 * Every node with its degrees, read off graphology's node records: asking outDegree(key) per node
 * costs a hash lookup each, which dominates a degree ranking of the whole graph.
 */
export function forEachNodeWithDegrees(graph: PropertyGraph, callback: (node: NodeWithDegrees) => void): void {
  const records = nodeRecords(graph);
  if (records) for (const record of records.values()) callback(record);
  else graph.forEachNode((key, attributes) => callback(viaPublicApi(graph, key, attributes)));
}

/** One node with its degrees (the node must exist). */
export function nodeWithDegrees(graph: PropertyGraph, key: string): NodeWithDegrees {
  return nodeRecords(graph)?.get(key) ?? viaPublicApi(graph, key, graph.getNodeAttributes(key));
}

/** Every relationship in an adjacency object, with the neighbour it leads to (its key there). */
function walkAdjacency(
  adjacency: Record<string, EdgeRecord>,
  avoid: string | null,
  outgoing: boolean,
  visit: IncidentVisit,
): void {
  for (const other in adjacency) {
    if (other === avoid) continue;
    let record: EdgeRecord | undefined = adjacency[other];
    while (record !== undefined) {
      visit(record.key, record.attributes, other, outgoing);
      record = record.next;
    }
  }
}

/**
 * Calls visit once per neighbour of node `key` (which must exist) in `dir`: a breadth-first
 * search for one shortest path needs no more, and skips a pair's relationships and their
 * attributes; `firstRelationship` names the one relationship it would have taken afterwards.
 */
export function forEachNeighbour(
  graph: PropertyGraph,
  key: string,
  dir: 'out' | 'in' | 'both',
  visit: (other: string) => void,
): void {
  const record = nodeRecords(graph)?.get(key);
  if (!record) {
    forEachIncident(graph, key, dir, (_e, _a, other) => visit(other));
    return;
  }
  if (dir !== 'in') for (const other in record.out) visit(other);
  if (dir !== 'out') for (const other in record.in) if (dir !== 'both' || other !== key) visit(other);
}

/** The relationship from node `from` to its neighbour `to` in `dir` that forEachIncident visits first. */
export function firstRelationship(
  graph: PropertyGraph,
  from: string,
  to: string,
  dir: 'out' | 'in' | 'both',
): string | undefined {
  const record = nodeRecords(graph)?.get(from);
  if (record) {
    if (dir !== 'in' && Object.hasOwn(record.out, to)) return record.out[to]!.key;
    if (dir !== 'out' && Object.hasOwn(record.in, to) && !(dir === 'both' && to === from)) return record.in[to]!.key;
    return undefined;
  }
  let found: string | undefined;
  forEachIncident(graph, from, dir, (e, _a, other) => {
    if (found === undefined && other === to) found = e;
  });
  return found;
}

/** A relationship at a node: its key, attributes, the node at its other end, and whether it leaves the node. */
export type IncidentVisit = (edge: string, attributes: EdgeAttributes, other: string, outgoing: boolean) => void;

/**
 * Calls visit for each relationship of node `key` (which must exist) going out, coming in, or
 * both (outgoing first; a self-loop once, as outgoing), off graphology's adjacency records: one
 * node lookup instead of one per direction and call layer.
 */
export function forEachIncident(
  graph: PropertyGraph,
  key: string,
  dir: 'out' | 'in' | 'both',
  visit: IncidentVisit,
): void {
  const record = nodeRecords(graph)?.get(key);
  if (!record) {
    if (dir !== 'in') graph.forEachOutEdge(key, (e, a, _s, t) => visit(e, a, t, true));
    if (dir !== 'out')
      graph.forEachInEdge(key, (e, a, s) => void (!(dir === 'both' && s === key) && visit(e, a, s, false)));
    return;
  }
  if (dir !== 'in') walkAdjacency(record.out, null, true, visit);
  if (dir !== 'out') walkAdjacency(record.in, dir === 'both' ? key : null, false, visit);
}
