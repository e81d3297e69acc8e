/**
 * The read side of the API as pure functions over a graph snapshot: the display graph, node and
 * edge details with their evidence in context, name/alias search and article text. The server
 * builds a GraphIndex from store.snapshot(); the HTML export builds one in the page.
 */
import type { GraphEdge, GraphFragment, GraphNode, PropertyValue } from '../../graph/schema.js';
import { propertiesToJson } from './json.js';
import { nodeColor, relationColor } from './palette.js';
import type {
  ArticleRef,
  ArticleText,
  EdgeDetails,
  GraphView,
  NodeDetails,
  NodeRef,
  Positions,
  RelationItem,
  SearchHit,
} from './types.js';
import { evidenceContext } from './evidence.js';

const KNOWN_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Article'];

export interface GraphIndex {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  outgoing: Map<string, GraphEdge[]>;
  incoming: Map<string, GraphEdge[]>;
}

export function buildIndex(fragment: GraphFragment): GraphIndex {
  const nodes = new Map(fragment.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>();
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of fragment.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    edges.set(edge.id, edge);
    push(outgoing, edge.source, edge);
    push(incoming, edge.target, edge);
  }
  return { nodes, edges, outgoing, incoming };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function str(value: PropertyValue | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function strings(value: PropertyValue | undefined): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return [];
}

function int(value: PropertyValue | undefined): number | null {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  return null;
}

export function nodeType(node: GraphNode): string {
  const known = node.labels.find((l) => KNOWN_TYPES.includes(l));
  return known ?? str(node.properties.type) ?? node.labels[0] ?? 'Node';
}

export function nodeName(node: GraphNode): string {
  return str(node.properties.name) ?? str(node.properties.title) ?? node.id;
}

export function nodeRef(index: GraphIndex, id: string): NodeRef {
  const node = index.nodes.get(id);
  return node ? { id, name: nodeName(node), type: nodeType(node) } : { id, name: id, type: 'Node' };
}

function articleRef(index: GraphIndex, id: string | null): ArticleRef | null {
  if (id === null) return null;
  const node = index.nodes.get(id);
  if (!node) return { id, title: id, date: null };
  return { id, title: str(node.properties.title) ?? id, date: str(node.properties.date) };
}

/** The article an edge was read from: its `article` property, or the Article end of a MENTIONS. */
export function edgeArticle(index: GraphIndex, edge: GraphEdge): string | null {
  const declared = str(edge.properties.article);
  if (declared) return declared;
  const source = index.nodes.get(edge.source);
  return source && nodeType(source) === 'Article' ? source.id : null;
}

function sizeFor(degree: number): number {
  return Math.min(16, 3 + 2.2 * Math.log2(1 + degree));
}

/** A deterministic start position (a golden-angle spiral) so a graph without saved positions
 * still draws something sensible before the layout runs. */
function spiral(i: number): [number, number] {
  const r = 10 * Math.sqrt(i + 1);
  const a = i * 2.399963229728653;
  return [r * Math.cos(a), r * Math.sin(a)];
}

export function graphView(index: GraphIndex, positions: Positions = {}): GraphView {
  const nodeTypeCounts = new Map<string, number>();
  const relationCounts = new Map<string, number>();
  const articlesOf = new Map<string, Set<string>>();
  let minDate: string | null = null;
  let maxDate: string | null = null;
  const edges = [...index.edges.values()].map((edge) => {
    relationCounts.set(edge.type, (relationCounts.get(edge.type) ?? 0) + 1);
    const article = edgeArticle(index, edge);
    if (article) {
      for (const end of [edge.source, edge.target]) {
        if (end === article) continue;
        const set = articlesOf.get(end) ?? new Set<string>();
        set.add(article);
        articlesOf.set(end, set);
      }
    }
    const date = str(edge.properties.date);
    if (date) {
      if (minDate === null || date < minDate) minDate = date;
      if (maxDate === null || date > maxDate) maxDate = date;
    }
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      color: relationColor(edge.type),
      article,
      date,
    };
  });
  let positioned = index.nodes.size > 0;
  const nodes = [...index.nodes.values()].map((node, i) => {
    const type = nodeType(node);
    nodeTypeCounts.set(type, (nodeTypeCounts.get(type) ?? 0) + 1);
    const degree = (index.outgoing.get(node.id)?.length ?? 0) + (index.incoming.get(node.id)?.length ?? 0);
    const saved = positions[node.id];
    if (!saved) positioned = false;
    const [x, y] = saved ?? spiral(i);
    return {
      id: node.id,
      label: nodeName(node),
      type,
      labels: [...node.labels],
      aliases: strings(node.properties.aliases),
      degree,
      x,
      y,
      // Articles are context: kept small so entity names win the label space.
      size: type === 'Article' ? Math.min(sizeFor(degree), 7) : sizeFor(degree),
      color: nodeColor(type),
      articles: type === 'Article' ? [node.id] : [...(articlesOf.get(node.id) ?? [])].sort(),
    };
  });
  const articles = nodes
    .filter((n) => n.type === 'Article')
    .map((n) => articleRef(index, n.id) as ArticleRef)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title));
  const byKnownOrder = (a: string, b: string, order: readonly string[]): number => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  };
  const relationOrder = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS', 'HAS_ROLE', 'HELD_IN', 'REPORTED', 'MENTIONS'];
  return {
    nodes,
    edges,
    nodeTypes: [...nodeTypeCounts]
      .sort(([a], [b]) => byKnownOrder(a, b, KNOWN_TYPES))
      .map(([type, count]) => ({ type, color: nodeColor(type), count })),
    relationTypes: [...relationCounts]
      .sort(([a], [b]) => byKnownOrder(a, b, relationOrder))
      .map(([type, count]) => ({ type, color: relationColor(type), count })),
    articles,
    dateRange: minDate !== null && maxDate !== null ? [minDate, maxDate] : null,
    positioned,
  };
}

function relationItem(index: GraphIndex, edge: GraphEdge, direction: 'out' | 'in'): RelationItem {
  const articleId = edgeArticle(index, edge);
  const evidence = str(edge.properties.evidence);
  const articleNode = articleId ? index.nodes.get(articleId) : undefined;
  const text = articleNode ? str(articleNode.properties.text) : null;
  const start = int(edge.properties.start);
  const end = int(edge.properties.end);
  return {
    edgeId: edge.id,
    type: edge.type,
    direction,
    other: nodeRef(index, direction === 'out' ? edge.target : edge.source),
    evidence,
    context:
      text !== null && (evidence !== null || (start !== null && end !== null))
        ? evidenceContext(text, evidence, start, end)
        : null,
    date: str(edge.properties.date),
    article: articleRef(index, articleId),
    content: str(edge.properties.content) ?? str(edge.properties.role),
  };
}

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
  };
}

export function edgeDetails(index: GraphIndex, id: string): EdgeDetails | null {
  const edge = index.edges.get(id);
  if (!edge) return null;
  return {
    ...relationItem(index, edge, 'out'),
    source: nodeRef(index, edge.source),
    target: nodeRef(index, edge.target),
    properties: propertiesToJson(edge.properties),
  };
}

export function articleText(index: GraphIndex, id: string): ArticleText | null {
  const node = index.nodes.get(id);
  if (!node || nodeType(node) !== 'Article') return null;
  return {
    id,
    title: str(node.properties.title) ?? id,
    date: str(node.properties.date),
    source: str(node.properties.source),
    url: str(node.properties.url),
    text: str(node.properties.text) ?? '',
  };
}

/** Case- and accent-insensitive form used for matching. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

/** Names and aliases: a name prefix beats a word prefix, which beats a substring; aliases rank
 * just behind names; ties go to the better-connected node. */
export function search(index: GraphIndex, query: string, limit = 10): SearchHit[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: { hit: SearchHit; score: number; degree: number }[] = [];
  for (const node of index.nodes.values()) {
    const name = nodeName(node);
    const candidates: [string, string | null][] = [
      [name, null],
      ...strings(node.properties.aliases).map((a): [string, string | null] => [a, a]),
    ];
    let best: { score: number; alias: string | null } | null = null;
    for (const [text, alias] of candidates) {
      const t = fold(text);
      const at = t.indexOf(q);
      if (at < 0) continue;
      const base = at === 0 ? 0 : /[\s\-'’.(]/.test(t[at - 1] ?? '') ? 1 : 2;
      const score = base * 3 + (alias === null ? 0 : 1) + (t === q ? -3 : 0);
      if (!best || score < best.score) best = { score, alias };
    }
    if (best) {
      // Entities before articles whose titles happen to match.
      if (nodeType(node) === 'Article') best.score += 4;
      const degree = (index.outgoing.get(node.id)?.length ?? 0) + (index.incoming.get(node.id)?.length ?? 0);
      scored.push({ hit: { id: node.id, name, type: nodeType(node), alias: best.alias }, score: best.score, degree });
    }
  }
  scored.sort((a, b) => a.score - b.score || b.degree - a.degree || a.hit.name.localeCompare(b.hit.name));
  return scored.slice(0, Math.max(0, limit)).map((s) => s.hit);
}
