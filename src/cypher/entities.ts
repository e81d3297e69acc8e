/**
 * Nodes and relationships as the engine handles them during a query: references into the graph
 * (so a SET is visible to later clauses), snapshotted into plain values.ts objects for results.
 */
import type { EdgeAttributes, NodeAttributes, PropertyGraph } from '../graph/property-graph.js';
import { runtimeError } from './errors.js';
import type { CypherValue, NodeValue, PathValue, RelationshipValue } from './values.js';

interface NumericIds {
  byKey: Map<string, bigint>;
  next: bigint;
}
const numericIds = new WeakMap<PropertyGraph, NumericIds>();

/** A stable INTEGER id per node/relationship key, for id(). */
export function numericId(graph: PropertyGraph, key: string, prefix: 'n' | 'r'): bigint {
  let ids = numericIds.get(graph);
  if (!ids) numericIds.set(graph, (ids = { byKey: new Map(), next: 0n }));
  const k = prefix + key;
  let id = ids.byKey.get(k);
  if (id === undefined) {
    id = ids.next++;
    ids.byKey.set(k, id);
  }
  return id;
}

/** The graph as one query sees it: the graph plus what the query deleted. */
export class QueryGraph {
  readonly deletedNodes = new Map<string, NodeAttributes>();
  readonly deletedRels = new Map<string, EdgeAttributes>();

  /** Set once the query writes: attribute objects captured while matching may then be stale. */
  dirty = false;

  constructor(readonly graph: PropertyGraph) {}

  node(key: string): NodeRef {
    return new NodeRef(key, this);
  }

  rel(key: string): RelRef {
    const g = this.graph;
    if (!g.hasEdge(key)) {
      const gone = this.deletedRels.get(key);
      if (!gone) throw runtimeError('EntityNotFound', 'DeletedEntityAccess', `Relationship ${key} does not exist`);
      return new RelRef(key, gone.type, '', '', this);
    }
    return new RelRef(key, g.getEdgeAttribute(key, 'type'), g.source(key), g.target(key), this);
  }

  nodeAttrs(key: string): NodeAttributes {
    if (this.graph.hasNode(key)) return this.graph.getNodeAttributes(key);
    const gone = this.deletedNodes.get(key);
    if (gone) return gone;
    throw runtimeError('EntityNotFound', 'DeletedEntityAccess', `Node ${key} does not exist`);
  }

  relAttrs(key: string): EdgeAttributes {
    if (this.graph.hasEdge(key)) return this.graph.getEdgeAttributes(key);
    const gone = this.deletedRels.get(key);
    if (gone) return gone;
    throw runtimeError('EntityNotFound', 'DeletedEntityAccess', `Relationship ${key} does not exist`);
  }

  /** A property of a node or relationship; reading a deleted entity's property is an error. */
  property(entity: NodeRef | RelRef, key: string): CypherValue {
    if (!this.dirty && entity.kind === 'relationship' && entity.attrs) return entity.attrs.properties[key] ?? null;
    const live = entity.kind === 'node' ? this.graph.hasNode(entity.id) : this.graph.hasEdge(entity.id);
    if (!live) {
      throw runtimeError(
        'EntityNotFound',
        'DeletedEntityAccess',
        `The ${entity.kind} was deleted; its properties cannot be read`,
      );
    }
    const props =
      entity.kind === 'node'
        ? this.graph.getNodeAttribute(entity.id, 'properties')
        : this.graph.getEdgeAttribute(entity.id, 'properties');
    return props[key] ?? null;
  }
}

export class NodeRef implements NodeValue {
  readonly kind = 'node' as const;
  constructor(
    readonly id: string,
    readonly qg: QueryGraph,
  ) {}
  get labels(): readonly string[] {
    return this.qg.nodeAttrs(this.id).labels;
  }
  get properties(): ReadonlyMap<string, CypherValue> {
    return new Map(Object.entries(this.qg.nodeAttrs(this.id).properties));
  }
}

export class RelRef implements RelationshipValue {
  readonly kind = 'relationship' as const;
  constructor(
    readonly id: string,
    readonly type: string,
    readonly startId: string,
    readonly endId: string,
    readonly qg: QueryGraph,
    /** The attributes seen when the relationship was matched (valid until the query writes). */
    readonly attrs?: EdgeAttributes,
  ) {}
  get properties(): ReadonlyMap<string, CypherValue> {
    return new Map(Object.entries(this.qg.relAttrs(this.id).properties));
  }
}

export function isNodeRef(v: unknown): v is NodeRef {
  return v instanceof NodeRef;
}
export function isRelRef(v: unknown): v is RelRef {
  return v instanceof RelRef;
}

export function makePath(nodes: NodeRef[], relationships: RelRef[]): PathValue {
  return { kind: 'path', nodes, relationships };
}

/** Detach a value from the graph: plain NodeValue/RelationshipValue objects with copied properties. */
export function snapshot(v: CypherValue): CypherValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(snapshot);
  if (v instanceof Map) {
    const out = new Map<string, CypherValue>();
    for (const [k, x] of v) out.set(k, snapshot(x));
    return out;
  }
  if (v instanceof NodeRef)
    return { kind: 'node', id: v.id, labels: [...v.labels], properties: snapshotProps(v.properties) };
  if (v instanceof RelRef) {
    return {
      kind: 'relationship',
      id: v.id,
      type: v.type,
      startId: v.startId,
      endId: v.endId,
      properties: snapshotProps(v.properties),
    };
  }
  if ((v as PathValue).kind === 'path') {
    const p = v as PathValue;
    return {
      kind: 'path',
      nodes: p.nodes.map((n) => snapshot(n) as NodeValue),
      relationships: p.relationships.map((r) => snapshot(r) as RelationshipValue),
    };
  }
  return v;
}

function snapshotProps(props: ReadonlyMap<string, CypherValue>): Map<string, CypherValue> {
  const out = new Map<string, CypherValue>();
  for (const [k, x] of props) out.set(k, snapshot(x));
  return out;
}
