/**
 * Which nodes and edges the filters leave visible. Pure, so the view and its tests agree.
 * An edge survives when its type, both end types, its article and its (trusted) date pass; with
 * an article or date filter on, a node survives only if it still has a visible edge, or appears
 * in that article (article filter alone), or has a relation or mention in the period (date filter).
 */
import type { GraphView } from '../../export/view/types.js';

export interface Filters {
  nodeTypes: ReadonlySet<string>;
  relationTypes: ReadonlySet<string>;
  article: string | null;
  /** Inclusive ISO dates (YYYY-MM-DD), or null for an open end. */
  from: string | null;
  to: string | null;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export function allFilters(view: GraphView): Filters {
  return {
    nodeTypes: new Set(view.nodeTypes.map((t) => t.type)),
    relationTypes: new Set(view.relationTypes.map((t) => t.type)),
    article: null,
    from: null,
    to: null,
  };
}

/** A partial ISO date ("2022", "2022-11") as the first and last day it covers. */
export function dateBounds(date: string): [string, string] {
  const parts = date.slice(0, 10).split('-');
  const year = parts[0] ?? '';
  const month = parts[1];
  const day = parts[2];
  if (day !== undefined) return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(lastDay).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

export function dateInRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  const [first, last] = dateBounds(date);
  return (from === null || last >= from) && (to === null || first <= to);
}

export function computeVisibility(view: Pick<GraphView, 'nodes' | 'edges'>, filters: Filters): Visibility {
  const typeOf = new Map(view.nodes.map((n) => [n.id, n.type]));
  const narrowed = filters.article !== null || filters.from !== null || filters.to !== null;
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of view.edges) {
    if (!filters.relationTypes.has(edge.type)) continue;
    if (!filters.nodeTypes.has(typeOf.get(edge.source) ?? '') || !filters.nodeTypes.has(typeOf.get(edge.target) ?? '')) continue;
    if (filters.article !== null && edge.article !== filters.article) continue;
    if (!dateInRange(edge.date, filters.from, filters.to)) continue;
    edges.add(edge.id);
    touched.add(edge.source);
    touched.add(edge.target);
  }
  const nodes = new Set<string>();
  const dateFilter = filters.from !== null || filters.to !== null;
  for (const node of view.nodes) {
    if (!filters.nodeTypes.has(node.type)) continue;
    if (narrowed && !touched.has(node.id)) {
      const inArticle = filters.article !== null && !dateFilter && node.articles.includes(filters.article);
      const inPeriod =
        dateFilter && filters.article === null && node.dates.some((d) => dateInRange(d, filters.from, filters.to));
      if (!inArticle && !inPeriod) continue;
    }
    nodes.add(node.id);
  }
  return { nodes, edges };
}
