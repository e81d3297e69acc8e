/**
 * What the view draws: the whole graph when it is small; for a large graph an overview of its
 * most important entities (Articles and MENTIONS left out) and, on demand, a node's
 * neighbourhood (ego network) to add in place.
 */
import type { GraphEdge, GraphNode } from '../../graph/schema.js';
import { analysisOf, SCORED_RELATIONS } from './analysis.js';
import type { GraphAnalysis } from './analysis.js';
import type { GraphIndex } from './model.js';
import { articleRef, edgeArticle, nodeName, nodeType, strings } from './model.js';
import { nodeColor, relationColor } from './palette.js';
import type { ArticleRef, GraphView, Neighbourhood, Positions, ViewEdge, ViewNode } from './types.js';

/** Above this many nodes the view opens on the overview. */
export const LARGE_GRAPH_NODES = 5000;
/** Entities in the overview: what software WebGL pans fluidly. */
export const OVERVIEW_NODES = 1500;
/** Neighbours added by one expansion, at most. */
export const NEIGHBOURHOOD_LIMIT = 150;

export const IMPORTANCE_MEASURE = 'articles naming it';

const KNOWN_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Article'];
const RELATION_ORDER = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS', 'HAS_ROLE', 'HELD_IN', 'REPORTED', 'MENTIONS'];

export function isLargeGraph(index: GraphIndex): boolean {
  return index.nodes.size > LARGE_GRAPH_NODES;
}

/** Size by degree (the full view of a small graph). */
function sizeForDegree(degree: number): number {
  return Math.min(16, 3 + 2.2 * Math.log2(1 + degree));
}

/** A deterministic start position (a golden-angle spiral) so a graph without saved positions
 * still draws something sensible before the layout runs. */
function spiral(i: number): [number, number] {
  const r = 10 * Math.sqrt(i + 1);
  const a = i * 2.399963229728653;
  return [r * Math.cos(a), r * Math.sin(a)];
}

interface Builder {
  index: GraphIndex;
  analysis: GraphAnalysis;
  positions: Positions;
  /** Node sizes: by degree (full view) or by importance (overview, neighbourhoods). */
  size(node: GraphNode, degree: number, importance: number): number;
  /** Fill `articles` (the full view's article filter needs them; an overview does not). */
  withArticles: boolean;
}

const datesCache = new WeakMap<GraphIndex, Map<string, string[]>>();

/** The trusted days of a node's relations and mentions (cached: hubs have thousands). */
function nodeDates(b: Builder, id: string): string[] {
  let cache = datesCache.get(b.index);
  if (!cache) datesCache.set(b.index, (cache = new Map()));
  let dates = cache.get(id);
  if (!dates) {
    const days = new Set<string>();
    for (const list of [b.index.outgoing.get(id), b.index.incoming.get(id)])
      for (const e of list ?? []) {
        const d = b.analysis.edgeDates.get(e.id);
        if (d) days.add(d);
      }
    cache.set(id, (dates = [...days].sort()));
  }
  return dates;
}

function articlesOf(b: Builder, node: GraphNode): string[] {
  if (nodeType(node) === 'Article') return [node.id];
  const ids = new Set<string>();
  for (const list of [b.index.outgoing.get(node.id), b.index.incoming.get(node.id)])
    for (const e of list ?? []) {
      const a = edgeArticle(b.index, e);
      if (a && a !== node.id) ids.add(a);
    }
  return [...ids].sort();
}

function viewNode(b: Builder, node: GraphNode, fallback: number): ViewNode {
  const type = nodeType(node);
  const m = b.analysis.metrics.get(node.id);
  const degree = m?.degree ?? 0;
  const importance = m?.articles ?? 0;
  const [x, y] = b.positions[node.id] ?? spiral(fallback);
  return {
    id: node.id,
    label: nodeName(node),
    type,
    labels: [...node.labels],
    aliases: strings(node.properties.aliases),
    degree,
    x,
    y,
    size: b.size(node, degree, importance),
    color: nodeColor(type),
    articles: b.withArticles ? articlesOf(b, node) : [],
    importance,
    community: m?.community ?? -1,
    dates: nodeDates(b, node.id),
  };
}

function viewEdge(b: Builder, edge: GraphEdge): ViewEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    color: relationColor(edge.type),
    article: edgeArticle(b.index, edge),
    date: b.analysis.edgeDates.get(edge.id) ?? null,
  };
}

function byKnownOrder(a: string, b: string, order: readonly string[]): number {
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
}

function assemble(
  b: Builder,
  nodes: ViewNode[],
  edges: ViewEdge[],
  mode: GraphView['mode'],
  articles: ArticleRef[],
): GraphView {
  // Legend counts are the whole graph's, so a user sees what the overview leaves out.
  const nodeTypeCounts = new Map<string, number>();
  for (const node of b.index.nodes.values()) {
    const type = nodeType(node);
    nodeTypeCounts.set(type, (nodeTypeCounts.get(type) ?? 0) + 1);
  }
  const relationCounts = new Map<string, number>();
  for (const edge of b.index.edges.values()) relationCounts.set(edge.type, (relationCounts.get(edge.type) ?? 0) + 1);
  let minDate: string | null = null;
  let maxDate: string | null = null;
  for (const date of b.analysis.edgeDates.values()) {
    if (minDate === null || date < minDate) minDate = date;
    if (maxDate === null || date > maxDate) maxDate = date;
  }
  return {
    nodes,
    edges,
    nodeTypes: [...nodeTypeCounts]
      .sort(([x], [y]) => byKnownOrder(x, y, KNOWN_TYPES))
      .map(([type, count]) => ({ type, color: nodeColor(type), count })),
    relationTypes: [...relationCounts]
      .sort(([x], [y]) => byKnownOrder(x, y, RELATION_ORDER))
      .map(([type, count]) => ({ type, color: relationColor(type), count })),
    articles,
    dateRange: minDate !== null && maxDate !== null ? [minDate, maxDate] : null,
    positioned: nodes.length > 0 && nodes.every((n) => b.positions[n.id] !== undefined),
    mode,
    total: { nodes: b.index.nodes.size, edges: b.index.edges.size, entities: b.analysis.entityCount },
    importance: IMPORTANCE_MEASURE,
    communities: b.analysis.communities.slice(0, 12),
    timeline: b.analysis.timeline,
  };
}

/** Every node and edge (a small graph). */
export function fullView(index: GraphIndex, positions: Positions = {}): GraphView {
  const b: Builder = {
    index,
    analysis: analysisOf(index),
    positions,
    withArticles: true,
    // Articles are context: kept small so entity names win the label space.
    size: (node, degree) => (nodeType(node) === 'Article' ? Math.min(sizeForDegree(degree), 7) : sizeForDegree(degree)),
  };
  const nodes = [...index.nodes.values()].map((node, i) => viewNode(b, node, i));
  const edges = [...index.edges.values()].map((edge) => viewEdge(b, edge));
  const articles = nodes
    .filter((n) => n.type === 'Article')
    .map((n) => articleRef(index, n.id) as ArticleRef)
    .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.title.localeCompare(y.title));
  return assemble(b, nodes, edges, 'full', articles);
}

/** Sizes 2..14 on a log scale of importance between the least and most important shown. */
function importanceSizer(min: number, max: number): Builder['size'] {
  const lo = Math.log1p(min);
  const span = Math.max(1e-9, Math.log1p(max) - lo);
  return (node, _degree, importance) =>
    nodeType(node) === 'Article' ? 3 : 2 + 12 * Math.max(0, Math.min(1, (Math.log1p(importance) - lo) / span));
}

function overviewBuilder(index: GraphIndex, positions: Positions): Builder {
  const analysis = analysisOf(index);
  const top = analysis.ranking[0];
  const floor = analysis.ranking[Math.min(analysis.ranking.length, OVERVIEW_NODES) - 1];
  const importance = (id: string | undefined): number => (id ? (analysis.metrics.get(id)?.articles ?? 0) : 0);
  return {
    index,
    analysis,
    positions,
    withArticles: false,
    size: importanceSizer(importance(floor), importance(top)),
  };
}

/** Relationships between `ids` (MENTIONS only with `mentions`), in a stable order. */
function edgesAmong(index: GraphIndex, ids: ReadonlySet<string>, mentions: boolean): GraphEdge[] {
  const out: GraphEdge[] = [];
  for (const id of ids)
    for (const e of index.outgoing.get(id) ?? [])
      if (ids.has(e.target) && (mentions || e.type !== 'MENTIONS')) out.push(e);
  return out;
}

/** The most important entities of a large graph, and the relations among them. */
export function overviewView(index: GraphIndex, positions: Positions = {}, budget = OVERVIEW_NODES): GraphView {
  const b = overviewBuilder(index, positions);
  const chosen = b.analysis.ranking.slice(0, budget);
  const ids = new Set(chosen);
  const nodes = chosen.map((id, i) => viewNode(b, index.nodes.get(id)!, i));
  const edges = edgesAmong(index, ids, false).map((e) => viewEdge(b, e));
  return assemble(b, nodes, edges, 'overview', []);
}

/** The view a client gets for /api/graph: the overview for a large graph, else everything. */
export function graphView(index: GraphIndex, positions: Positions = {}): GraphView {
  return isLargeGraph(index) ? overviewView(index, positions) : fullView(index, positions);
}

export interface NeighbourhoodOptions {
  depth: 1 | 2;
  limit: number;
  /** Include Article neighbours and MENTIONS. */
  articles: boolean;
}

/** Neighbours of `id` ranked by how many relationships join them, then importance. */
export function rankedNeighbours(index: GraphIndex, analysis: GraphAnalysis, id: string, articles: boolean): string[] {
  const weight = new Map<string, number>();
  const visit = (e: GraphEdge, other: string): void => {
    if (other === id) return;
    if (!articles && (e.type === 'MENTIONS' || nodeType(index.nodes.get(other)!) === 'Article')) return;
    // The four scored relations weigh more than structural ones.
    weight.set(other, (weight.get(other) ?? 0) + (SCORED_RELATIONS.has(e.type) ? 2 : 1));
  };
  for (const e of index.outgoing.get(id) ?? []) visit(e, e.target);
  for (const e of index.incoming.get(id) ?? []) visit(e, e.source);
  const importance = (n: string): number => analysis.metrics.get(n)?.articles ?? 0;
  return [...weight.keys()].sort(
    (a, b) => weight.get(b)! - weight.get(a)! || importance(b) - importance(a) || (a < b ? -1 : 1),
  );
}

/** The ego network of a node: its neighbours (depth 1), and with depth 2 theirs, at most
 * `limit` nodes besides the centre, the strongest ties first. */
export function neighbourhood(
  index: GraphIndex,
  id: string,
  options: NeighbourhoodOptions,
  positions: Positions = {},
): Neighbourhood | null {
  if (!index.nodes.has(id)) return null;
  const b = overviewBuilder(index, positions);
  const first = rankedNeighbours(index, b.analysis, id, options.articles);
  const kept = new Set<string>([id, ...first.slice(0, options.limit)]);
  let truncated = first.length > options.limit;
  if (options.depth === 2) {
    const ring = first.slice(0, options.limit);
    // Round-robin over the first ring so every neighbour brings its strongest ties.
    const lists = ring.map((n) => rankedNeighbours(index, b.analysis, n, options.articles));
    for (let k = 0; kept.size <= options.limit && lists.some((l) => k < l.length); k++)
      for (const list of lists) {
        const candidate = list[k];
        if (candidate === undefined || kept.has(candidate)) continue;
        if (kept.size > options.limit) {
          truncated = true;
          break;
        }
        kept.add(candidate);
      }
  }
  const nodes = [...kept].map((n, i) => viewNode(b, index.nodes.get(n)!, i));
  const edges = edgesAmong(index, kept, options.articles).map((e) => viewEdge(b, e));
  return { center: id, depth: options.depth, nodes, edges, neighbours: first.length, truncated };
}
