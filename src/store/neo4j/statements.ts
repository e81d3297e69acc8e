/**
 * The Cypher the Neo4j store writes with, as data: constant statement texts whose only variable
 * parts are schema names (labels, relationship types, checked to be plain identifiers), with
 * every value from articles in parameters. Pure: nothing here talks to a server.
 *
 * Nodes are merged on (:Label {id}), relationships on [:TYPE {id}] between their two ends, one
 * UNWIND batch per statement; the label/type pair is part of the text so each MERGE uses the
 * uniqueness constraint's index.
 */
import type { GraphEdge, GraphNode } from '../../graph/schema.js';
import { StoreError } from '../types.js';
import type { DriverValue } from './values.js';
import { toDriverProperties } from './values.js';

export interface Statement {
  text: string;
  params: Record<string, DriverValue>;
  /** How many input rows the statement carries (for progress and checks). */
  rows: number;
}

export const DEFAULT_BATCH_SIZE = 2000;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A label or relationship type as it may appear in statement text; anything else is refused. */
export function schemaName(name: string, what: 'label' | 'relationship type'): string {
  if (!IDENTIFIER.test(name)) {
    throw new StoreError(
      `Cannot store ${what} "${name}": only letters, digits and _ are allowed (starting with a letter)`,
      'OTHER',
    );
  }
  return name;
}

export function constraintStatements(labels: Iterable<string>, types: Iterable<string>): string[] {
  const out: string[] = [];
  for (const label of labels) {
    const l = schemaName(label, 'label');
    out.push(`CREATE CONSTRAINT newsgraph_${l}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`);
  }
  for (const type of types) {
    const t = schemaName(type, 'relationship type');
    out.push(`CREATE CONSTRAINT newsgraph_${t}_id IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`);
    // Re-building an article deletes its stale relationships by their `article` property.
    out.push(`CREATE INDEX newsgraph_${t}_article IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.article)`);
  }
  return out;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new StoreError(`batch size must be a positive integer, got ${size}`, 'OTHER');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(item);
  }
  return groups;
}

/** The label a node is merged on: its first label (extraction gives each node one). */
export function primaryLabel(node: Pick<GraphNode, 'id' | 'labels'>): string {
  const label = node.labels[0];
  if (label === undefined) throw new StoreError(`node "${node.id}" has no label; every stored node needs one`, 'OTHER');
  return label;
}

function nodeStatementText(labels: readonly string[]): string {
  const [primary, ...extra] = labels.map((l) => schemaName(l, 'label'));
  const addLabels = extra.length > 0 ? `, n:${extra.join(':')}` : '';
  return `UNWIND $rows AS row MERGE (n:${primary} {id: row.id}) SET n = row.properties${addLabels} RETURN row.id AS id, elementId(n) AS eid`;
}

/**
 * Batched node upserts: the node's properties replace the stored ones (the plan already merged
 * them). Each returns the written nodes' element ids, which the relationship writes then use.
 */
export function nodeStatements(nodes: readonly GraphNode[], batchSize: number): Statement[] {
  const groups = groupBy(nodes, (n) => [primaryLabel(n), ...n.labels.slice(1)].join(':'));
  const out: Statement[] = [];
  for (const [key, group] of groups) {
    const text = nodeStatementText(key.split(':'));
    for (const batch of chunk(group, batchSize)) {
      const rows = batch.map((n) => ({ id: n.id, properties: toDriverProperties({ ...n.properties, id: n.id }) }));
      out.push({ text, params: { rows }, rows: rows.length });
    }
  }
  return out;
}

/** Element ids of stored nodes by graph id, one statement per primary label. */
export function elementIdStatements(
  idsByLabel: ReadonlyMap<string, readonly string[]>,
  batchSize: number,
): Statement[] {
  const out: Statement[] = [];
  for (const [label, ids] of idsByLabel) {
    const text = `UNWIND $ids AS id MATCH (n:${schemaName(label, 'label')} {id: id}) RETURN id, elementId(n) AS eid`;
    for (const batch of chunk(ids, batchSize)) out.push({ text, params: { ids: batch }, rows: batch.length });
  }
  return out;
}

/**
 * Batched relationship upserts, one constant text per relationship type: both ends are found by
 * element id (looked up or returned by the node upserts in the same merge), so no label has to
 * be part of the text and each batch can be full. The relationship's `id` is stored as its `id`
 * property: that is what makes re-building idempotent.
 */
export function edgeStatements(
  edges: readonly GraphEdge[],
  elementIdOf: (nodeId: string) => string,
  batchSize: number,
): Statement[] {
  const out: Statement[] = [];
  for (const [type, group] of groupBy(edges, (e) => e.type)) {
    const t = schemaName(type, 'relationship type');
    const text =
      'UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b ' +
      `MERGE (a)-[r:${t} {id: row.id}]->(b) SET r = row.properties RETURN count(r) AS written`;
    for (const batch of chunk(group, batchSize)) {
      const rows = batch.map((e) => ({
        id: e.id,
        a: elementIdOf(e.source),
        b: elementIdOf(e.target),
        properties: toDriverProperties({ ...e.properties, id: e.id }),
      }));
      out.push({ text, params: { rows }, rows: rows.length });
    }
  }
  return out;
}

/** Deletes relationships by id (ones whose ends moved are deleted, then merged afresh). */
export function deleteEdgeStatements(edges: readonly Pick<GraphEdge, 'id' | 'type'>[], batchSize: number): Statement[] {
  const out: Statement[] = [];
  for (const [type, group] of groupBy(edges, (e) => e.type)) {
    const t = schemaName(type, 'relationship type');
    for (const batch of chunk(group, batchSize)) {
      out.push({
        text: `MATCH ()-[r:${t}]->() WHERE r.id IN $ids DELETE r`,
        params: { ids: batch.map((e) => e.id) },
        rows: batch.length,
      });
    }
  }
  return out;
}

/** Deletes the relationships of re-built articles that the new build no longer has (see MemoryStore). */
export function staleEdgeStatement(type: string, articles: readonly string[], keep: readonly string[]): Statement {
  const t = schemaName(type, 'relationship type');
  return {
    text: `MATCH ()-[r:${t}]->() WHERE r.article IN $articles AND NOT r.id IN $keep DELETE r RETURN count(*) AS deleted`,
    params: { articles: [...articles], keep: [...keep] },
    rows: articles.length,
  };
}

/** The naive writer the benchmark compares against: one auto-commit statement per node or edge. */
export function naiveNodeStatement(node: GraphNode): Statement {
  const text = `MERGE (n:${schemaName(primaryLabel(node), 'label')} {id: $id}) SET n = $properties`;
  return {
    text,
    params: { id: node.id, properties: toDriverProperties({ ...node.properties, id: node.id }) },
    rows: 1,
  };
}

export function naiveEdgeStatement(edge: GraphEdge, labelOf: (nodeId: string) => string): Statement {
  const t = schemaName(edge.type, 'relationship type');
  const a = schemaName(labelOf(edge.source), 'label');
  const b = schemaName(labelOf(edge.target), 'label');
  const text = `MATCH (a:${a} {id: $source}) MATCH (b:${b} {id: $target}) MERGE (a)-[r:${t} {id: $id}]->(b) SET r = $properties`;
  return {
    text,
    params: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      properties: toDriverProperties({ ...edge.properties, id: edge.id }),
    },
    rows: 1,
  };
}
