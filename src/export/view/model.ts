/**
 * The read side of the API as pure functions over a graph snapshot: the display graph, node and
 * edge details with their evidence in context, name/alias search and article text. The server
 * builds a GraphIndex from store.snapshot(); the HTML export builds one in the page.
 */
import type { GraphEdge, GraphFragment, GraphNode, PropertyValue } from '../../graph/schema.js';
import { propertiesToJson } from './json.js';
import type { ArticleRef, ArticleText, EdgeDetails, NodeRef, RelationItem, SearchHit } from './types.js';
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

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function str(value: PropertyValue | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function strings(value: PropertyValue | undefined): string[] {
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

export function articleRef(index: GraphIndex, id: string | null): ArticleRef | null {
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

export function relationItem(index: GraphIndex, edge: GraphEdge, direction: 'out' | 'in'): RelationItem {
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

interface SearchEntry {
  id: string;
  name: string;
  type: string;
  degree: number;
  /** Folded name, then folded aliases (with the alias as written). */
  candidates: [string, string | null][];
}

const searchEntries = new WeakMap<GraphIndex, SearchEntry[]>();

/** Folded names and aliases of every node, computed once per index (folding is the slow part). */
export function searchEntriesOf(index: GraphIndex): SearchEntry[] {
  let entries = searchEntries.get(index);
  if (!entries) {
    entries = [...index.nodes.values()].map((node) => {
      const name = nodeName(node);
      return {
        id: node.id,
        name,
        type: nodeType(node),
        degree: (index.outgoing.get(node.id)?.length ?? 0) + (index.incoming.get(node.id)?.length ?? 0),
        candidates: [
          [fold(name), null],
          ...strings(node.properties.aliases).map((a): [string, string | null] => [fold(a), a]),
        ],
      };
    });
    searchEntries.set(index, entries);
  }
  return entries;
}

/** Names and aliases: a name prefix beats a word prefix, which beats a substring; aliases rank
 * just behind names; ties go to the better-connected node. */
export function search(index: GraphIndex, query: string, limit = 10): SearchHit[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: { hit: SearchHit; score: number; degree: number }[] = [];
  for (const entry of searchEntriesOf(index)) {
    let best: { score: number; alias: string | null } | null = null;
    for (const [t, alias] of entry.candidates) {
      const at = t.indexOf(q);
      if (at < 0) continue;
      const base = at === 0 ? 0 : /[\s\-'’.(]/.test(t[at - 1] ?? '') ? 1 : 2;
      const score = base * 3 + (alias === null ? 0 : 1) + (t === q ? -3 : 0);
      if (!best || score < best.score) best = { score, alias };
    }
    if (best) {
      // Entities before articles whose titles happen to match.
      if (entry.type === 'Article') best.score += 4;
      scored.push({
        hit: { id: entry.id, name: entry.name, type: entry.type, alias: best.alias },
        score: best.score,
        degree: entry.degree,
      });
    }
  }
  scored.sort((a, b) => a.score - b.score || b.degree - a.degree || a.hit.name.localeCompare(b.hit.name));
  return scored.slice(0, Math.max(0, limit)).map((s) => s.hit);
}
