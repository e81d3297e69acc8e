/**
 * The embedded store: a PropertyGraph in memory (node key = node id), persisted to graph.json.
 * Merging goes through the shared pure planner (src/graph/merge.ts); Cypher runs on the graph
 * itself through the engine in src/cypher.
 */
import { executeCypherWithUndo, isUpdatingQuery } from '../../cypher/index.js';
import { enableLinearRegexFallback } from '../../cypher/node-runtime.js';
import { temporalFromString } from '../../cypher/temporal/index.js';
import type { QueryResult } from '../../cypher/values.js';
import type { DecodeOptions } from '../../graph/codec.js';
import { edgeAttributes, fragmentFromGraph, nodeFromGraph } from '../../graph/convert.js';
import { MergeIndex, planMerge, propertiesEqual } from '../../graph/merge.js';
import type { PropertyGraph } from '../../graph/property-graph.js';
import { createPropertyGraph } from '../../graph/property-graph.js';
import type { GraphEdge, GraphFragment } from '../../graph/schema.js';
import type { GraphStats, GraphStore, MergeStats, QueryOptions } from '../types.js';
import { StoreError } from '../types.js';
import { loadGraphFile, resolveGraphPath, saveGraphFile, type Companions } from './persist.js';

export interface MemoryStoreOptions {
  decode?: DecodeOptions;
}

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  /** Built on first merge and kept in step; dropped after a Cypher write changes the graph. */
  private index: MergeIndex | undefined;
  private edgesByArticle: Map<string, Set<string>> | undefined;
  private changedSinceSave = false;

  constructor(
    readonly graph: PropertyGraph = createPropertyGraph(),
    /** The graph.json this store was opened from and saves to by default. */
    readonly path?: string,
  ) {}

  /** Open graph.json at `path` (a file or a directory holding one); missing file → empty store. */
  static async open(path?: string, options: MemoryStoreOptions = {}): Promise<MemoryStore> {
    if (path === undefined) return new MemoryStore();
    const file = await resolveGraphPath(path);
    // Temporals come back as the engine's own values, so date arithmetic works after a reload.
    const graph = await loadGraphFile(file, { temporal: temporalFromString, ...options.decode });
    return new MemoryStore(graph ?? createPropertyGraph(), file);
  }

  /** True when the graph changed since it was opened or last saved. */
  get dirty(): boolean {
    return this.changedSinceSave;
  }

  async merge(fragment: GraphFragment): Promise<MergeStats> {
    return this.mergeSync(fragment);
  }

  mergeSync(fragment: GraphFragment): MergeStats {
    const stats: MergeStats = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
    const index = this.mergeIndex();
    const plan = planMerge(fragment, index);
    this.checkEdgeEnds(plan.edges, new Set(plan.nodes.map((p) => p.node.id)));
    for (const { node, previous, changed } of plan.nodes) {
      const attrs = { labels: [...node.labels], properties: { ...node.properties } };
      if (!previous) {
        this.graph.addNode(node.id, attrs);
        stats.nodesCreated++;
      } else if (changed) {
        this.graph.replaceNodeAttributes(node.id, attrs);
        stats.nodesUpdated++;
      }
      // An unchanged node is in the index already (as `previous`, equal to it).
      if (!previous || changed) index.add(node);
    }
    this.dropStaleEdges(plan.articles, new Set(plan.edges.map((e) => e.id)), stats);
    for (const edge of plan.edges) this.upsertEdge(edge, stats);
    if (stats.nodesCreated + stats.nodesUpdated + stats.edgesCreated + stats.edgesUpdated > 0)
      this.changedSinceSave = true;
    return stats;
  }

  async query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    return this.run(cypher, options).result;
  }

  /**
   * Run a query and, when it changed the graph, save graph.json — all or nothing: a change that
   * cannot be saved is undone in memory and StoreError 'SAVE_FAILED' thrown (the file keeps the
   * graph as it was). `saved` is the file written, or null when nothing changed.
   */
  async queryAndSave(
    cypher: string,
    options: QueryOptions = {},
    hooks: {
      /** Called when the query is done and the save starts (a caller's time limit should not cut a save short). */
      onSaving?: () => void;
      /** How to save (default: graph.json where the store was opened from); returns the file written. */
      persist?: () => Promise<string>;
    } = {},
  ): Promise<{ result: QueryResult; saved: string | null }> {
    const wasDirty = this.changedSinceSave;
    const { result, undo, wrote } = this.run(cypher, options);
    if (!wrote) return { result, saved: null };
    hooks.onSaving?.();
    try {
      return { result, saved: await (hooks.persist ?? (() => this.save()))() };
    } catch (error) {
      undo();
      this.forgetIndexes();
      this.changedSinceSave = wasDirty;
      throw new StoreError(
        `the change could not be saved, so it was undone (${(error as Error).message})`,
        'SAVE_FAILED',
        { cause: error },
      );
    }
  }

  private run(cypher: string, options: QueryOptions): { result: QueryResult; undo: () => void; wrote: boolean } {
    enableLinearRegexFallback();
    const readOnly = options.readOnly ?? true;
    if (readOnly && updatesGraph(cypher)) {
      throw new StoreError(
        'this query changes the graph (CREATE, MERGE, SET, DELETE or REMOVE) and the store is read-only here; ' +
          'run it with --write to save the change',
        'WRITE_REFUSED',
      );
    }
    const { result, undo } = executeCypherWithUndo(this.graph, cypher, {
      params: options.params ?? {},
      readOnly,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
    });
    const wrote = !readOnly && result.stats !== undefined && Object.values(result.stats).some((n) => n !== 0);
    if (wrote) {
      this.forgetIndexes();
      this.changedSinceSave = true;
    }
    return { result, undo, wrote };
  }

  private forgetIndexes(): void {
    this.index = undefined;
    this.edgesByArticle = undefined;
  }

  async snapshot(): Promise<GraphFragment> {
    return fragmentFromGraph(this.graph);
  }

  async stats(): Promise<GraphStats> {
    return graphStats(this.graph);
  }

  /**
   * Write graph.json atomically to `path` (default: where it was opened from), with the files
   * `companions` derives from its text written as one set (see writeFilesAtomic).
   */
  async save(path: string | undefined = this.path, companions?: Companions): Promise<string> {
    if (path === undefined) throw new StoreError('no path to save the graph to', 'OTHER');
    const file = await resolveGraphPath(path);
    await saveGraphFile(file, this.graph, companions);
    this.changedSinceSave = false;
    return file;
  }

  async close(): Promise<void> {
    this.forgetIndexes();
  }

  private mergeIndex(): MergeIndex {
    this.index ??= new MergeIndex(this.graph.mapNodes((id) => nodeFromGraph(this.graph, id)));
    return this.index;
  }

  private articleEdges(): Map<string, Set<string>> {
    if (!this.edgesByArticle) {
      this.edgesByArticle = new Map();
      this.graph.forEachEdge((id, attrs) => this.noteArticleEdge(attrs.properties.article, id));
    }
    return this.edgesByArticle;
  }

  private noteArticleEdge(article: unknown, edgeId: string): void {
    if (typeof article !== 'string') return;
    const byArticle = this.articleEdges();
    let ids = byArticle.get(article);
    if (!ids) byArticle.set(article, (ids = new Set()));
    ids.add(edgeId);
  }

  private checkEdgeEnds(edges: readonly GraphEdge[], incoming: ReadonlySet<string>): void {
    for (const edge of edges) {
      for (const end of [edge.source, edge.target]) {
        if (!incoming.has(end) && !this.graph.hasNode(end)) {
          throw new StoreError(`edge ${edge.id} (${edge.type}) points at unknown node "${end}"`, 'OTHER');
        }
      }
    }
  }

  /** Re-building an article replaces its contribution: its edges the new extraction lacks go. */
  private dropStaleEdges(articles: readonly string[], keep: ReadonlySet<string>, stats: MergeStats): void {
    const byArticle = this.articleEdges();
    for (const article of articles) {
      for (const id of byArticle.get(article) ?? []) {
        if (keep.has(id)) continue;
        if (this.graph.hasEdge(id)) this.graph.dropEdge(id);
        byArticle.get(article)?.delete(id);
        stats.edgesUpdated++;
      }
    }
  }

  private upsertEdge(edge: GraphEdge, stats: MergeStats): void {
    const attrs = edgeAttributes(edge);
    if (this.graph.hasEdge(edge.id)) {
      const same =
        this.graph.source(edge.id) === edge.source &&
        this.graph.target(edge.id) === edge.target &&
        this.graph.getEdgeAttribute(edge.id, 'type') === edge.type &&
        propertiesEqual(
          asProperties(this.graph.getEdgeAttribute(edge.id, 'properties')),
          asProperties(attrs.properties),
        );
      if (same) return;
      this.graph.dropEdge(edge.id);
      stats.edgesUpdated++;
    } else {
      stats.edgesCreated++;
    }
    this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attrs);
    this.noteArticleEdge(edge.properties.article, edge.id);
  }
}

function asProperties(properties: Record<string, unknown>): GraphEdge['properties'] {
  return properties as GraphEdge['properties'];
}

function updatesGraph(cypher: string): boolean {
  try {
    return isUpdatingQuery(cypher);
  } catch {
    return false; // a syntax error: let the engine report it with its position
  }
}

export function graphStats(graph: PropertyGraph): GraphStats {
  const nodesByLabel: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  graph.forEachNode((_id, attrs) => {
    for (const label of attrs.labels) nodesByLabel[label] = (nodesByLabel[label] ?? 0) + 1;
  });
  graph.forEachEdge((_id, attrs) => {
    edgesByType[attrs.type] = (edgesByType[attrs.type] ?? 0) + 1;
  });
  return { nodes: graph.order, edges: graph.size, nodesByLabel, edgesByType };
}
