/**
 * Merging a fragment into Neo4j the way the memory store merges it: the shared pure planner
 * (src/graph/merge.ts) decides, Neo4j is only read for what the planner must know (the stored
 * entities of the fragment's types, the fragment's other nodes, the relationships it re-writes)
 * and then written with the batched statements. `Run` is one transaction's query function, so
 * the whole merge can sit in a single transaction.
 */
import { MergeIndex, entityType, planMerge, propertiesEqual } from '../../graph/merge.js';
import type { MergePlan } from '../../graph/merge.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../graph/schema.js';
import type { MergeStats } from '../types.js';
import { StoreError } from '../types.js';
import {
  deleteEdgeStatements,
  edgeStatements,
  nodeStatements,
  primaryLabel,
  schemaName,
  staleEdgeStatement,
} from './statements.js';
import type { Statement } from './statements.js';
import type { DriverValue } from './values.js';
import { graphEdgeFrom, graphNodeFrom } from './values.js';

export type Row = Record<string, unknown>;
export type Run = (text: string, params?: Record<string, DriverValue>) => Promise<Row[]>;

export interface WritePlan {
  stats: MergeStats;
  /** Node upserts, then deletes of relationships whose ends moved, then relationship upserts. */
  statements: Statement[];
  /** Articles re-built by this merge and the relationship ids they keep (for stale deletes). */
  articles: string[];
  keep: string[];
}

/** What the planner needs from Neo4j, loaded through `run` (inside the merge's transaction). */
export async function loadMergeIndex(run: Run, fragment: GraphFragment): Promise<MergeIndex> {
  const index = new MergeIndex();
  const entityTypes = new Set<string>();
  const otherIds = new Map<string, string[]>();
  for (const node of fragment.nodes) {
    const type = entityType(node);
    if (type !== undefined) entityTypes.add(type);
    const label = primaryLabel(node);
    if (type === undefined || label !== type) pushTo(otherIds, label, node.id);
  }
  // Resolution compares names across every stored entity of a type, so all of them are read.
  for (const type of entityTypes) {
    const rows = await run(`MATCH (n:${schemaName(type, 'label')}) RETURN labels(n) AS labels, properties(n) AS props`);
    for (const row of rows) index.add(graphNodeFrom(row.labels as string[], row.props as Row));
  }
  for (const [label, ids] of otherIds) {
    const rows = await run(
      `MATCH (n:${schemaName(label, 'label')}) WHERE n.id IN $ids RETURN labels(n) AS labels, properties(n) AS props`,
      { ids },
    );
    for (const row of rows) index.add(graphNodeFrom(row.labels as string[], row.props as Row));
  }
  return index;
}

/** Primary labels of edge ends that are not in the plan (they must already be stored). */
export async function loadEndLabels(run: Run, plan: MergePlan): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const { node } of plan.nodes) labels.set(node.id, primaryLabel(node));
  const missing = [...new Set(plan.edges.flatMap((e) => [e.source, e.target]))].filter((id) => !labels.has(id));
  if (missing.length > 0) {
    // Rare (builder fragments carry both ends), so a label-less lookup is acceptable here.
    const rows = await run('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels', { ids: missing });
    for (const row of rows) labels.set(String(row.id), (row.labels as string[])[0] ?? '');
  }
  for (const edge of plan.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!labels.get(end)) throw new StoreError(`edge ${edge.id} (${edge.type}) points at unknown node "${end}"`, 'OTHER');
    }
  }
  return labels;
}

/** The stored versions of the plan's relationships, by id. */
export async function loadStoredEdges(run: Run, edges: readonly GraphEdge[]): Promise<Map<string, GraphEdge>> {
  const idsByType = new Map<string, string[]>();
  for (const edge of edges) pushTo(idsByType, edge.type, edge.id);
  const stored = new Map<string, GraphEdge>();
  for (const [type, ids] of idsByType) {
    const rows = await run(
      `MATCH (a)-[r:${schemaName(type, 'relationship type')}]->(b) WHERE r.id IN $ids ` +
        'RETURN a.id AS source, b.id AS target, properties(r) AS props',
      { ids: [...new Set(ids)] },
    );
    for (const row of rows) {
      const edge = graphEdgeFrom(type, String(row.source), String(row.target), row.props as Row);
      stored.set(edge.id, edge);
    }
  }
  return stored;
}

/**
 * From the planner's decision and the stored relationships to the writes and the counts, the
 * same counts MemoryStore.merge reports: unchanged nodes and relationships are not rewritten.
 */
export function diffPlan(
  plan: MergePlan,
  stored: ReadonlyMap<string, GraphEdge>,
  labelOf: (nodeId: string) => string,
  batchSize: number,
): WritePlan {
  const stats: MergeStats = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  const nodes: GraphNode[] = [];
  for (const { node, previous, changed } of plan.nodes) {
    if (!previous) stats.nodesCreated++;
    else if (changed) stats.nodesUpdated++;
    if (!previous || changed) nodes.push(node);
  }
  const latest = new Map<string, GraphEdge>();
  for (const edge of plan.edges) latest.set(edge.id, edge);
  const moved: GraphEdge[] = [];
  const writes: GraphEdge[] = [];
  for (const edge of latest.values()) {
    const old = stored.get(edge.id);
    if (!old) {
      stats.edgesCreated++;
      writes.push(edge);
      continue;
    }
    const sameEnds = old.source === edge.source && old.target === edge.target && old.type === edge.type;
    if (sameEnds && propertiesEqual(old.properties, edge.properties)) continue;
    stats.edgesUpdated++;
    if (!sameEnds) moved.push(old);
    writes.push(edge);
  }
  const statements = [
    ...nodeStatements(nodes, batchSize),
    ...deleteEdgeStatements(moved, batchSize),
    ...edgeStatements(writes, labelOf, batchSize),
  ];
  return { stats, statements, articles: plan.articles, keep: [...latest.keys()] };
}

/** Plans the merge of `fragment` inside the transaction behind `run`. */
export async function planNeo4jMerge(run: Run, fragment: GraphFragment, batchSize: number): Promise<WritePlan> {
  const plan = planMerge(fragment, await loadMergeIndex(run, fragment));
  const labels = await loadEndLabels(run, plan);
  const stored = await loadStoredEdges(run, plan.edges);
  return diffPlan(plan, stored, (id) => labels.get(id)!, batchSize);
}

/** Runs a statement and checks every relationship row found both its ends. */
export async function runStatement(run: Run, statement: Statement): Promise<void> {
  const rows = await run(statement.text, statement.params);
  const written = rows[0]?.written;
  if (written !== undefined && Number(written) !== statement.rows) {
    throw new StoreError(
      `only ${String(written)} of ${statement.rows} relationships found both their ends; the merge was stopped`,
      'OTHER',
    );
  }
}

/** Deletes relationships of the re-built articles that the new build no longer has. */
export async function deleteStaleEdges(run: Run, articles: readonly string[], keep: readonly string[]): Promise<number> {
  if (articles.length === 0) return 0;
  const types = await run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type');
  let deleted = 0;
  for (const { type } of types) {
    if (typeof type !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(type)) continue;
    const statement = staleEdgeStatement(type, articles, keep);
    const rows = await run(statement.text, statement.params);
    deleted += Number(rows[0]?.deleted ?? 0);
  }
  return deleted;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
