/**
 * What the view needs to know about a whole graph to lead with its structure: each entity's
 * importance (the number of articles naming it), PageRank, Louvain communities, the trusted date
 * of each relation and the timeline of relations per week or month. Pure and deterministic
 * (Louvain runs on a seeded generator), computed once per snapshot.
 */
import graphology from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { GraphIndex } from './model.js';
import { edgeArticle, nodeName, nodeType } from './model.js';
import { binEnd, binStart, dayToIso, isoDay, timelineUnit, trustedDate } from './dates.js';
import type { TimelineUnit } from './dates.js';
import { communityColor } from './palette.js';
import { seededRandom } from '../../nlp/hash.js';
import type { CommunitySummary, NodeRef, Timeline } from './types.js';

// CommonJS modules: bundlers hand over module.exports, TypeScript (NodeNext) types them as .default.
type Louvain = typeof louvainModule.default;
type Pagerank = typeof pagerankModule.default;
const louvain = ((louvainModule as unknown as { default?: Louvain }).default ?? louvainModule) as Louvain;
const pagerank = ((pagerankModule as unknown as { default?: Pagerank }).default ?? pagerankModule) as Pagerank;

/** The four relations the extraction is scored on: what actors said and did. */
export const SCORED_RELATIONS: ReadonlySet<string> = new Set(['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS']);

export interface NodeMetrics {
  /** Distinct articles naming the node (the importance measure). */
  articles: number;
  /** STATED, DEMANDED, REJECTED and ATTENDS relations the node takes part in. */
  relations: number;
  /** All relationships, MENTIONS included. */
  degree: number;
  pagerank: number;
  /** 1-based PageRank rank among entities (Articles are not ranked). */
  pagerankRank: number;
  /** Community number: 0 is the largest; -1 for Articles. */
  community: number;
}

export interface GraphAnalysis {
  metrics: Map<string, NodeMetrics>;
  /** Entity ids (no Articles), most important first. */
  ranking: string[];
  communities: CommunitySummary[];
  /** Trusted date (ISO day) of every dated relationship, MENTIONS included (its article's date). */
  edgeDates: Map<string, string>;
  timeline: Timeline | null;
  entityCount: number;
}

const COMMUNITY_TOP_MEMBERS = 5;

/** For each node, the distinct articles it was read from (the importance measure). */
export function articlesNaming(index: GraphIndex): Map<string, Set<string>> {
  const articlesOf = new Map<string, Set<string>>();
  for (const edge of index.edges.values()) {
    const article = edgeArticle(index, edge);
    if (!article) continue;
    for (const end of [edge.source, edge.target]) {
      if (end === article) continue;
      let set = articlesOf.get(end);
      if (!set) articlesOf.set(end, (set = new Set()));
      set.add(article);
    }
  }
  return articlesOf;
}

export function analyseGraph(index: GraphIndex): GraphAnalysis {
  const articlesOf = articlesNaming(index);
  const relations = new Map<string, number>();
  const edgeDates = new Map<string, string>();
  const simple = new graphology.UndirectedGraph<Record<string, never>, { weight: number }>();
  const ids = [...index.nodes.keys()].sort();
  for (const id of ids) simple.addNode(id);

  for (const edge of index.edges.values()) {
    const article = edgeArticle(index, edge);
    if (SCORED_RELATIONS.has(edge.type)) {
      relations.set(edge.source, (relations.get(edge.source) ?? 0) + 1);
      if (edge.target !== edge.source) relations.set(edge.target, (relations.get(edge.target) ?? 0) + 1);
    }
    const published = article ? index.nodes.get(article)?.properties.date : undefined;
    const own = edge.type === 'MENTIONS' ? null : edge.properties.date;
    const date = trustedDate(typeof own === 'string' ? own : null, typeof published === 'string' ? published : null);
    if (date) edgeDates.set(edge.id, date);
    if (edge.source === edge.target) continue;
    const key = simple.edge(edge.source, edge.target);
    if (key === undefined) simple.addEdge(edge.source, edge.target, { weight: 1 });
    else simple.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + 1);
  }

  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const communityOf =
    simple.size > 0
      ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(1) })
      : ({} as Record<string, number>);

  const isEntity = (id: string): boolean => nodeType(index.nodes.get(id)!) !== 'Article';
  const entities = ids.filter(isEntity);
  const articleCount = (id: string): number => articlesOf.get(id)?.size ?? 0;
  const ranking = [...entities].sort(
    (a, b) =>
      articleCount(b) - articleCount(a) ||
      (relations.get(b) ?? 0) - (relations.get(a) ?? 0) ||
      (ranks[b] ?? 0) - (ranks[a] ?? 0) ||
      (a < b ? -1 : 1),
  );
  const byPagerank = [...entities].sort((a, b) => (ranks[b] ?? 0) - (ranks[a] ?? 0) || (a < b ? -1 : 1));
  const pagerankRank = new Map(byPagerank.map((id, i) => [id, i + 1]));

  // Communities numbered by their number of entities, largest first, so colours are stable.
  const members = new Map<number, string[]>();
  for (const id of ranking) {
    const c = communityOf[id];
    if (c === undefined) continue;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(id);
  }
  const ordered = [...members].sort(([ca, a], [cb, b]) => b.length - a.length || ca - cb);
  const renumber = new Map(ordered.map(([c], i) => [c, i]));
  const ref = (id: string): NodeRef => {
    const node = index.nodes.get(id)!;
    return { id, name: nodeName(node), type: nodeType(node) };
  };
  const communities = ordered.map(([, list], i) => ({
    id: i,
    size: list.length,
    color: communityColor(i),
    top: list.slice(0, COMMUNITY_TOP_MEMBERS).map(ref),
  }));

  const metrics = new Map<string, NodeMetrics>();
  for (const id of ids) {
    const entity = isEntity(id);
    const c = communityOf[id];
    metrics.set(id, {
      articles: articleCount(id),
      relations: relations.get(id) ?? 0,
      degree: (index.outgoing.get(id)?.length ?? 0) + (index.incoming.get(id)?.length ?? 0),
      pagerank: ranks[id] ?? 0,
      pagerankRank: entity ? (pagerankRank.get(id) ?? 0) : 0,
      community: entity && c !== undefined ? (renumber.get(c) ?? -1) : -1,
    });
  }
  return {
    metrics,
    ranking,
    communities,
    edgeDates,
    timeline: buildTimeline(index, edgeDates),
    entityCount: entities.length,
  };
}

/** Relations (MENTIONS aside) per week or month and type, by trusted date. */
export function buildTimeline(index: GraphIndex, edgeDates: ReadonlyMap<string, string>): Timeline | null {
  const dated: { day: number; type: string }[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const edge of index.edges.values()) {
    if (edge.type === 'MENTIONS') continue;
    const date = edgeDates.get(edge.id);
    const day = date ? isoDay(date) : null;
    if (day === null) continue;
    dated.push({ day, type: edge.type });
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  if (dated.length === 0) return null;
  const unit: TimelineUnit = timelineUnit(first, last);
  const starts: number[] = [];
  for (let s = binStart(first, unit); s <= last; s = binEnd(s, unit)) starts.push(s);
  const position = new Map(starts.map((s, i) => [s, i]));
  const types = [...new Set(dated.map((d) => d.type))].sort();
  const counts = types.map(() => starts.map(() => 0));
  for (const { day, type } of dated) {
    const row = counts[types.indexOf(type)]!;
    const at = position.get(binStart(day, unit))!;
    row[at] = (row[at] ?? 0) + 1;
  }
  return {
    unit,
    bins: starts.map((s) => ({ start: dayToIso(s), end: dayToIso(binEnd(s, unit) - 1) })),
    series: types.map((type, i) => ({ type, counts: counts[i]! })),
  };
}

const cache = new WeakMap<GraphIndex, GraphAnalysis>();

/** The analysis of an index, computed on first use and kept while the index lives. */
export function analysisOf(index: GraphIndex): GraphAnalysis {
  let analysis = cache.get(index);
  if (!analysis) cache.set(index, (analysis = analyseGraph(index)));
  return analysis;
}
