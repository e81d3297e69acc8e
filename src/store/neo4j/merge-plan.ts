/**
 * Merging a fragment into Neo4j the way the memory store merges it: the shared pure planner
 * (src/graph/merge.ts) decides, Neo4j is only read for what the planner must know (the stored
 * entities, the fragment's other nodes, the relationships it re-writes)
 * and then written with the batched statements. `Run` is one transaction's query function, so
 * the whole merge can sit in a single transaction.
 */
import { MergeIndex, entityType, planMerge, propertiesEqual } from '../../graph/merge.js';
import type { MergeLookup, MergePlan, PlannedNode } from '../../graph/merge.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../graph/schema.js';
import type { MergeStats } from '../types.js';
import type { EntityCache } from './entity-cache.js';
import { StoreError } from '../types.js';
import {
  deleteEdgeStatements,
  edgeStatements,
  elementIdStatements,
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
  /** Every node of the merge as the planner decided it (for the entity cache after commit). */
  planned: PlannedNode[];
  /** Nodes to upsert (new or changed). */
  nodes: GraphNode[];
  /** Stored relationships whose ends moved: deleted before `edges` are upserted. */
  moved: GraphEdge[];
  /** Relationships to upsert (new or changed). */
  edges: GraphEdge[];
  /** Primary label of every relationship end, for element id lookups. */
  endLabels: ReadonlyMap<string, string>;
  /** Articles re-built by this merge and the relationship ids they keep (for stale deletes). */
  articles: string[];
  keep: string[];
}

/** Runs `work` in a transaction: the merge's own (atomic merges) or a new one per call. */
export type RunIn = <T>(work: (run: Run) => Promise<T>) => Promise<T>;

/**
 * What the planner needs from Neo4j: every stored entity (resolution compares names across all
 * of them; `entities` keeps them between merges) and the fragment's other nodes by id.
 */
export async function loadMergeLookup(run: Run, fragment: GraphFragment, entities: EntityCache): Promise<MergeLookup> {
  const stored = await entities.get(run);
  const others = new MergeIndex();
  const otherIds = new Map<string, string[]>();
  for (const node of fragment.nodes) {
    const label = primaryLabel(node);
    if (entityType(node) !== label) pushTo(otherIds, label, node.id);
  }
  for (const [label, ids] of otherIds) {
    const rows = await run(
      `MATCH (n:${schemaName(label, 'label')}) WHERE n.id IN $ids RETURN labels(n) AS labels, properties(n) AS props`,
      { ids },
    );
    for (const row of rows) others.add(graphNodeFrom(row.labels as string[], row.props as Row));
  }
  return {
    getNode: (id) => others.getNode(id) ?? stored.getNode(id),
    idsByStrongKey: (type, key) => stored.idsByStrongKey(type, key),
    idsByWeakKey: (type, key) => stored.idsByWeakKey(type, key),
    idsByNameKey: (type, key) => stored.idsByNameKey(type, key),
    mergedInto: (id) => stored.mergedInto(id),
  };
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
      if (!labels.get(end))
        throw new StoreError(`edge ${edge.id} (${edge.type}) points at unknown node "${end}"`, 'OTHER');
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
  endLabels: ReadonlyMap<string, string>,
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
  const edges: GraphEdge[] = [];
  for (const edge of latest.values()) {
    const old = stored.get(edge.id);
    if (!old) {
      stats.edgesCreated++;
      edges.push(edge);
      continue;
    }
    const sameEnds = old.source === edge.source && old.target === edge.target && old.type === edge.type;
    if (sameEnds && propertiesEqual(old.properties, edge.properties)) continue;
    stats.edgesUpdated++;
    if (!sameEnds) moved.push(old);
    edges.push(edge);
  }
  return {
    stats,
    planned: plan.nodes,
    nodes,
    moved,
    edges,
    endLabels,
    articles: plan.articles,
    keep: [...latest.keys()],
  };
}

/** Plans the merge of `fragment`, reading through `run` (inside the merge's transaction or a read one). */
export async function planNeo4jMerge(run: Run, fragment: GraphFragment, entities: EntityCache): Promise<WritePlan> {
  const plan = planMerge(fragment, await loadMergeLookup(run, fragment, entities));
  const labels = await loadEndLabels(run, plan);
  const stored = await loadStoredEdges(run, plan.edges);
  return diffPlan(plan, stored, labels);
}

/**
 * Writes a plan: node upserts (collecting element ids), element ids of the other relationship
 * ends, deletes of moved relationships, relationship upserts, and last the stale relationships
 * of re-built articles. Returns the merge's counts.
 */
export async function executeWritePlan(runIn: RunIn, plan: WritePlan, batchSize: number): Promise<MergeStats> {
  const elementIds = new Map<string, string>();
  const collect = (rows: Row[]) => {
    for (const row of rows) elementIds.set(String(row.id), String(row.eid));
  };
  for (const statement of nodeStatements(plan.nodes, batchSize))
    collect(await runIn((run) => run(statement.text, statement.params)));
  const missing = new Map<string, string[]>();
  for (const id of new Set(plan.edges.flatMap((e) => [e.source, e.target]))) {
    if (!elementIds.has(id)) pushTo(missing, plan.endLabels.get(id) ?? '', id);
  }
  for (const statement of elementIdStatements(missing, batchSize))
    collect(await runIn((run) => run(statement.text, statement.params)));
  for (const edge of plan.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!elementIds.has(end))
        throw new StoreError(`edge ${edge.id} (${edge.type}) points at unknown node "${end}"`, 'OTHER');
    }
  }
  for (const statement of deleteEdgeStatements(plan.moved, batchSize))
    await runIn((run) => run(statement.text, statement.params));
  for (const statement of edgeStatements(plan.edges, (id) => elementIds.get(id)!, batchSize)) {
    await runIn((run) => runStatement(run, statement));
  }
  const deleted = await runIn((run) => deleteStaleEdges(run, plan.articles, plan.keep));
  return { ...plan.stats, edgesUpdated: plan.stats.edgesUpdated + deleted };
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
export async function deleteStaleEdges(
  run: Run,
  articles: readonly string[],
  keep: readonly string[],
): Promise<number> {
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
