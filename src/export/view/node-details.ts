/**
 * A node's details for the panel: its relations grouped by type with their evidence, the
 * articles it appears in, its centrality and community, and (for actors) what it stated,
 * demanded, rejected and attended grouped by counterpart with dates and counts.
 */
import type { GraphIndex } from './model.js';
import { articleRef, nodeName, nodeRef, nodeType, push, relationItem, strings } from './model.js';
import { analysisOf, SCORED_RELATIONS } from './analysis.js';
import type { GraphAnalysis } from './analysis.js';
import { propertiesToJson } from './json.js';
import type { ActorSummary, ArticleRef, NodeCentrality, NodeDetails, RelationItem } from './types.js';

export function nodeDetails(index: GraphIndex, id: string): NodeDetails | null {
  const node = index.nodes.get(id);
  if (!node) return null;
  const items = [
    ...(index.outgoing.get(id) ?? []).map((e) => relationItem(index, e, 'out')),
    ...(index.incoming.get(id) ?? []).map((e) => relationItem(index, e, 'in')),
  ];
  const groups = new Map<string, RelationItem[]>();
  for (const item of items) push(groups, item.type, item);
  const roles = new Set(strings(node.properties.roles));
  for (const item of items)
    if (item.type === 'HAS_ROLE' && item.direction === 'out' && item.content) roles.add(item.content);
  const articleIds = new Set<string>();
  for (const item of items) if (item.article && item.article.id !== id) articleIds.add(item.article.id);
  const { text: _text, ...shownProperties } = node.properties;
  const analysis = analysisOf(index);
  return {
    id,
    name: nodeName(node),
    type: nodeType(node),
    labels: [...node.labels],
    aliases: strings(node.properties.aliases),
    roles: [...roles],
    properties: propertiesToJson(shownProperties),
    relations: [...groups]
      .sort(([a], [b]) => (a === 'MENTIONS' ? 1 : 0) - (b === 'MENTIONS' ? 1 : 0) || a.localeCompare(b))
      .map(([type, list]) => ({ type, items: list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')) })),
    articles: [...articleIds]
      .map((a) => articleRef(index, a) as ArticleRef)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    centrality: centrality(analysis, id),
    summary: actorSummary(index, analysis, id),
  };
}

function centrality(analysis: GraphAnalysis, id: string): NodeCentrality | null {
  const m = analysis.metrics.get(id);
  if (!m) return null;
  return {
    articles: m.articles,
    relations: m.relations,
    degree: m.degree,
    pagerank: m.pagerank,
    pagerankRank: m.pagerankRank,
    entities: analysis.entityCount,
    community: analysis.communities[m.community] ?? null,
  };
}

const SUMMARY_ORDER = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS'];

/** The scored relations of a node, per type and counterpart (most relations first), each
 * counterpart's relations by trusted date. Both directions: what the actor did, and what was
 * done to it ("in"). */
export function actorSummary(index: GraphIndex, analysis: GraphAnalysis, id: string): ActorSummary[] {
  const byType = new Map<string, Map<string, ActorSummary['counterparts'][number]>>();
  const add = (edgeId: string, type: string, otherId: string, direction: 'out' | 'in'): void => {
    if (!SCORED_RELATIONS.has(type)) return;
    let counterparts = byType.get(type);
    if (!counterparts) byType.set(type, (counterparts = new Map()));
    const key = `${direction}:${otherId}`;
    let entry = counterparts.get(key);
    if (!entry) {
      entry = { other: nodeRef(index, otherId), direction, count: 0, first: null, last: null, items: [] };
      counterparts.set(key, entry);
    }
    const date = analysis.edgeDates.get(edgeId) ?? null;
    entry.count++;
    entry.items.push({ edgeId, date });
    if (date !== null) {
      if (entry.first === null || date < entry.first) entry.first = date;
      if (entry.last === null || date > entry.last) entry.last = date;
    }
  };
  for (const e of index.outgoing.get(id) ?? []) add(e.id, e.type, e.target, 'out');
  for (const e of index.incoming.get(id) ?? []) if (e.source !== id) add(e.id, e.type, e.source, 'in');
  return [...byType]
    .sort(([a], [b]) => SUMMARY_ORDER.indexOf(a) - SUMMARY_ORDER.indexOf(b))
    .map(([type, counterparts]) => {
      const list = [...counterparts.values()];
      for (const c of list) c.items.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      list.sort(
        (a, b) =>
          (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
          b.count - a.count ||
          a.other.name.localeCompare(b.other.name),
      );
      return { type, total: list.reduce((n, c) => n + c.count, 0), counterparts: list };
    });
}
