/**
 * Per-graph lookup structures, kept beside the graph (a WeakMap) and in step with it through
 * graphology's events: a label index (label → node keys) and (label, property) value indexes,
 * built on first use, where a list-valued property (aliases) indexes each element.
 *
 * Writers must change node attributes through graphology (setNodeAttribute, replaceNodeAttributes,
 * mergeNodeAttributes…), not by mutating the attribute objects in place, or call resetIndexes.
 */
import type { EdgeAttributes, NodeAttributes, PropertyGraph } from '../graph/property-graph.js';
import { equivalenceKey } from './equality.js';
import type { CypherValue } from './values.js';

const ANY_LABEL = '';

class GraphIndexes {
  private labels: Map<string, Set<string>> | null = null;
  private readonly properties = new Map<string, Map<string, Set<string>>>();
  /** The buckets each node sits in, so an update or removal can take it out. */
  private readonly memberships = new Map<string, Set<string>[]>();
  /** Bumped by every change to the indexed nodes: answers computed from the indexes keep it. */
  private nodeVersion = 0;
  /** property → whether its values were unique, at nodeVersion. */
  private readonly uniqueness = new Map<string, { version: number; unique: boolean }>();

  /**
   * Relationship type → its relationships (key → attributes: graphology replaces an attribute
   * object only through replaceEdgeAttributes, which fires edgeAttributesUpdated), and each
   * Its sizes are the count store for relationship types.
   */
  private types: Map<string, Map<string, EdgeAttributes>> | null = null;

  /**
   * (type, property) → that property of each relationship of the type, in the type index's
   * order, when every one is a float (null when not): a column an aggregation sums without
   * touching a relationship. Dropped whenever a relationship of the type changes.
   */
  private readonly columns = new Map<string, Float64Array | null>();

  constructor(private readonly graph: PropertyGraph) {
    graph.on('edgeAdded', ({ key, attributes }) => {
      this.dropColumns(attributes.type);
      this.addEdge(key, attributes);
    });
    graph.on('edgeDropped', ({ key, attributes }) => {
      this.dropColumns(attributes.type);
      this.types?.get(attributes.type)?.delete(key);
    });
    graph.on('edgeAttributesUpdated', ({ key }) => {
      // The old type is gone with the old attributes; there are few types.
      this.columns.clear();
      for (const map of this.types?.values() ?? []) map.delete(key);
      this.addEdge(key, graph.getEdgeAttributes(key));
    });
    graph.on('edgesCleared', () => this.resetEdges());
    // Replaces every attribute object at once (updateEachEdgeAttributes): index afresh.
    graph.on('eachEdgeAttributesUpdated', () => this.resetEdges());
    graph.on('eachNodeAttributesUpdated', () => this.reset());
    graph.on('nodeAdded', ({ key, attributes }) => this.add(key, attributes));
    graph.on('nodeDropped', ({ key }) => this.remove(key));
    graph.on('nodeAttributesUpdated', ({ key }) => {
      this.remove(key);
      this.add(key, graph.getNodeAttributes(key));
    });
    graph.on('cleared', () => this.reset());
  }

  reset(): void {
    this.nodeVersion++;
    this.labels = null;
    this.properties.clear();
    this.memberships.clear();
    this.resetEdges();
  }

  private resetEdges(): void {
    this.types = null;
    this.columns.clear();
  }

  private dropColumns(type: string): void {
    if (this.columns.size === 0) return;
    const prefix = type + '\u0000';
    for (const id of [...this.columns.keys()]) if (id.startsWith(prefix)) this.columns.delete(id);
  }

  /**
   * `property` of every relationship of `type`, in the order relationshipsByType visits them, or
   * null when one of them has no float there (built on first use).
   */
  floatColumn(type: string, property: string): Float64Array | null {
    const id = type + '\u0000' + property;
    let column = this.columns.get(id);
    if (column === undefined) {
      column = floatsOf(this.typeIndex().get(type), property);
      this.columns.set(id, column);
    }
    return column;
  }

  /** Relationship keys of these types (a snapshot, safe to hold while the graph changes). */
  relationshipsOfTypes(types: readonly string[]): string[] {
    return this.relationshipsByType(types).flatMap((map) => [...map.keys()]);
  }

  /**
   * The live key → attributes maps of these types (every type when empty), for scans that read
   * them without changing the graph while they run.
   */
  relationshipsByType(types: readonly string[]): ReadonlyMap<string, EdgeAttributes>[] {
    const index = this.typeIndex();
    if (types.length === 0) return [...index.values()];
    return [...new Set(types)].flatMap((t) => index.get(t) ?? []);
  }

  typeCount(type: string): number {
    return this.typeIndex().get(type)?.size ?? 0;
  }

  private typeIndex(): Map<string, Map<string, EdgeAttributes>> {
    if (!this.types) {
      this.types = new Map();
      this.graph.forEachEdge((key, attrs) => this.addEdge(key, attrs));
    }
    return this.types;
  }

  private addEdge(key: string, attrs: EdgeAttributes): void {
    if (!this.types) return;
    let map = this.types.get(attrs.type);
    if (!map) this.types.set(attrs.type, (map = new Map()));
    map.set(key, attrs);
  }

  /** Node keys with this label (a live set: copy before mutating the graph while iterating). */
  nodesWithLabel(label: string): ReadonlySet<string> {
    return this.labelIndex().get(label) ?? new Set();
  }

  labelCount(label: string): number {
    return this.labelIndex().get(label)?.size ?? 0;
  }

  /** Node keys with `label` (or any label when null) whose `property` equals or contains `value`. */
  nodesWithProperty(label: string | null, property: string, value: CypherValue): ReadonlySet<string> {
    const index = this.propertyIndex(label ?? ANY_LABEL, property);
    return index.get(equivalenceKey(value)) ?? new Set();
  }

  /**
   * Does each value of `property` (and each element of a list value) sit on one node at most?
   * Nodes without it do not count. From the (any label, property) index, checked again only
   * after nodes changed.
   */
  isUnique(property: string): boolean {
    const index = this.propertyIndex(ANY_LABEL, property);
    const known = this.uniqueness.get(property);
    if (known?.version === this.nodeVersion) return known.unique;
    let unique = true;
    for (const nodes of index.values()) {
      if (nodes.size > 1) {
        unique = false;
        break;
      }
    }
    this.uniqueness.set(property, { version: this.nodeVersion, unique });
    return unique;
  }

  private labelIndex(): Map<string, Set<string>> {
    if (!this.labels) {
      this.labels = new Map();
      this.graph.forEachNode((key, attrs) => this.add(key, attrs));
    }
    return this.labels;
  }

  private propertyIndex(label: string, property: string): Map<string, Set<string>> {
    this.labelIndex();
    const id = label + '\u0000' + property;
    let index = this.properties.get(id);
    if (!index) {
      index = new Map();
      this.properties.set(id, index);
      const keys = label === ANY_LABEL ? this.graph.nodes() : [...this.nodesWithLabel(label)];
      for (const key of keys) this.addToProperty(key, this.graph.getNodeAttributes(key), index, property);
    }
    return index;
  }

  private add(key: string, attrs: NodeAttributes): void {
    this.nodeVersion++;
    if (!this.labels) return;
    const buckets: Set<string>[] = [];
    this.memberships.set(key, buckets);
    for (const label of attrs.labels) {
      let set = this.labels.get(label);
      if (!set) this.labels.set(label, (set = new Set()));
      set.add(key);
      buckets.push(set);
    }
    for (const [id, index] of this.properties) {
      const [label, property] = id.split('\u0000') as [string, string];
      if (label === ANY_LABEL || attrs.labels.includes(label)) this.addToProperty(key, attrs, index, property);
    }
  }

  private addToProperty(key: string, attrs: NodeAttributes, index: Map<string, Set<string>>, property: string): void {
    const value = attrs.properties[property];
    if (value === undefined || value === null) return;
    const values = Array.isArray(value) ? [value, ...value] : [value];
    let buckets = this.memberships.get(key);
    if (!buckets) this.memberships.set(key, (buckets = []));
    for (const v of values) {
      const k = equivalenceKey(v);
      let set = index.get(k);
      if (!set) index.set(k, (set = new Set()));
      set.add(key);
      buckets.push(set);
    }
  }

  private remove(key: string): void {
    this.nodeVersion++;
    const buckets = this.memberships.get(key);
    if (!buckets) return;
    for (const set of buckets) set.delete(key);
    this.memberships.delete(key);
  }
}

function floatsOf(relationships: Map<string, EdgeAttributes> | undefined, property: string): Float64Array | null {
  const column = new Float64Array(relationships?.size ?? 0);
  let i = 0;
  for (const attrs of relationships?.values() ?? []) {
    const v = attrs.properties[property];
    if (typeof v !== 'number') return null; // an INTEGER (bigint), another type or missing
    column[i++] = v;
  }
  return column;
}

const registry = new WeakMap<PropertyGraph, GraphIndexes>();

export type { GraphIndexes };

export function indexesOf(graph: PropertyGraph): GraphIndexes {
  let idx = registry.get(graph);
  if (!idx) registry.set(graph, (idx = new GraphIndexes(graph)));
  return idx;
}

/** Drop every index of this graph (after changing attributes in place, outside graphology). */
export function resetIndexes(graph: PropertyGraph): void {
  registry.get(graph)?.reset();
}
