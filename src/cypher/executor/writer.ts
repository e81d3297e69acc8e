/**
 * Every change a query makes goes through the Writer: it keeps the update statistics and an undo
 * log, so a query that fails half-way leaves the graph as it found it.
 */
import type { EdgeAttributes, NodeAttributes } from '../../graph/property-graph.js';
import type { QueryGraph } from '../entities.js';
import { runtimeError, typeError } from '../errors.js';
import { isTemporalValue } from '../temporal-bridge.js';
import type { CypherValue, UpdateCounter } from '../values.js';

let freshCounter = 0;

export class Writer {
  readonly stats: Partial<Record<UpdateCounter, number>> = {};
  private readonly undo: (() => void)[] = [];
  wrote = false;

  constructor(private readonly qg: QueryGraph) {}

  private count(counter: UpdateCounter, n = 1): void {
    this.stats[counter] = (this.stats[counter] ?? 0) + n;
    this.wrote = true;
    this.qg.dirty = true;
  }

  private freshKey(prefix: string, exists: (k: string) => boolean): string {
    let key: string;
    do key = `${prefix}${Date.now().toString(36)}-${(freshCounter++).toString(36)}`;
    while (exists(key));
    return key;
  }

  createNode(labels: string[], properties: Record<string, CypherValue>): string {
    const g = this.qg.graph;
    const key = this.freshKey('n:', (k) => g.hasNode(k));
    const unique = [...new Set(labels)];
    g.addNode(key, { labels: unique, properties });
    this.undo.push(() => g.dropNode(key));
    this.count('nodesCreated');
    if (unique.length) this.count('labelsAdded', unique.length);
    const n = Object.keys(properties).length;
    if (n) this.count('propertiesSet', n);
    return key;
  }

  createRel(type: string, source: string, target: string, properties: Record<string, CypherValue>): string {
    const g = this.qg.graph;
    const key = this.freshKey('r:', (k) => g.hasEdge(k));
    g.addDirectedEdgeWithKey(key, source, target, { type, properties });
    this.undo.push(() => g.dropEdge(key));
    this.count('relationshipsCreated');
    const n = Object.keys(properties).length;
    if (n) this.count('propertiesSet', n);
    return key;
  }

  private replaceNode(key: string, attrs: NodeAttributes): void {
    const g = this.qg.graph;
    const before = g.getNodeAttributes(key);
    this.qg.dirty = true;
    g.replaceNodeAttributes(key, attrs);
    this.undo.push(() => g.hasNode(key) && g.replaceNodeAttributes(key, before));
  }

  private replaceEdge(key: string, attrs: EdgeAttributes): void {
    const g = this.qg.graph;
    const before = g.getEdgeAttributes(key);
    this.qg.dirty = true;
    g.replaceEdgeAttributes(key, attrs);
    this.undo.push(() => g.hasEdge(key) && g.replaceEdgeAttributes(key, before));
  }

  /** Set (or with null, remove) properties on a node or relationship. `replace` drops the others first. */
  setProperties(kind: 'node' | 'relationship', key: string, values: Map<string, CypherValue>, replace: boolean): void {
    const g = this.qg.graph;
    if (kind === 'node' ? !g.hasNode(key) : !g.hasEdge(key)) {
      throw runtimeError('EntityNotFound', 'DeletedEntityAccess', `Cannot set properties on a deleted ${kind}`);
    }
    const attrs = kind === 'node' ? g.getNodeAttributes(key) : g.getEdgeAttributes(key);
    const next: Record<string, CypherValue> = replace ? {} : { ...attrs.properties };
    let set = 0;
    let removed = 0;
    if (replace) for (const k of Object.keys(attrs.properties)) if (!values.has(k) || values.get(k) === null) removed++;
    for (const [k, v] of values) {
      if (v === null) {
        if (!replace && k in next) removed++;
        delete next[k];
      } else {
        next[k] = checkPropertyValue(v);
        set++;
      }
    }
    if (kind === 'node') this.replaceNode(key, { ...(attrs as NodeAttributes), properties: next });
    else this.replaceEdge(key, { ...(attrs as EdgeAttributes), properties: next });
    if (set) this.count('propertiesSet', set);
    if (removed) this.count('propertiesRemoved', removed);
  }

  setLabels(key: string, labels: string[], add: boolean): void {
    const g = this.qg.graph;
    const attrs = g.getNodeAttributes(key);
    const current = new Set(attrs.labels);
    let changed = 0;
    for (const l of labels) {
      if (add && !current.has(l)) {
        current.add(l);
        changed++;
      } else if (!add && current.has(l)) {
        current.delete(l);
        changed++;
      }
    }
    if (!changed) return;
    this.replaceNode(key, { ...attrs, labels: [...current] });
    this.count(add ? 'labelsAdded' : 'labelsRemoved', changed);
  }

  deleteRel(key: string): void {
    const g = this.qg.graph;
    if (!g.hasEdge(key)) return;
    const attrs = g.getEdgeAttributes(key);
    const source = g.source(key);
    const target = g.target(key);
    this.qg.deletedRels.set(key, attrs);
    g.dropEdge(key);
    this.undo.push(() => g.addDirectedEdgeWithKey(key, source, target, attrs));
    this.count('relationshipsDeleted');
  }

  /** Delete a node; without detach, a node that still has relationships is an error. */
  deleteNode(key: string, detach: boolean): void {
    const g = this.qg.graph;
    if (!g.hasNode(key)) return;
    if (g.degree(key) > 0) {
      if (!detach) {
        throw runtimeError(
          'ConstraintVerificationFailed',
          'DeleteConnectedNode',
          'Cannot delete a node that still has relationships; use DETACH DELETE',
        );
      }
      for (const e of g.edges(key)) this.deleteRel(e);
    }
    const attrs = g.getNodeAttributes(key);
    this.qg.deletedNodes.set(key, attrs);
    g.dropNode(key);
    this.undo.push(() => g.addNode(key, attrs));
    this.count('nodesDeleted');
  }

  /** Undo every change, newest first. */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]!();
    this.undo.length = 0;
  }
}

/** Property values are scalars or homogeneous lists of scalars (as Neo4j stores them). */
export function checkPropertyValue(v: CypherValue): CypherValue {
  if (v === null || typeof v !== 'object') return v;
  if (isTemporalValue(v)) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      if (x === null || (typeof x === 'object' && !isTemporalValue(x))) {
        throw typeError(
          'A property list may hold only strings, numbers, booleans or temporal values',
          'InvalidPropertyType',
        );
      }
    }
    return v;
  }
  throw typeError(
    'A property value must be a string, number, boolean, temporal value or a list of these',
    'InvalidPropertyType',
  );
}
