/**
 * GEXF for Gephi (written by graphology-gexf): node positions, colours (by type) and sizes (by
 * importance) as viz attributes, type, community, PageRank and article count as node
 * attributes, and time intervals so that Gephi's timeline works: each relationship carries its
 * trusted date (see view/dates.ts) as start and end, each node starts at its first dated
 * relation or mention. graphology-gexf writes a static graph; the intervals are added to its
 * output (attributes of <graph>, <node> and <edge> only, located by their escaped ids).
 */
import graphology from 'graphology';
import gexfModule from 'graphology-gexf';
import type { GraphFragment } from '../graph/schema.js';
import { plainValue } from './json.js';
import { analysisOf } from './view/analysis.js';
import { buildIndex, nodeName, nodeType } from './view/model.js';
import { nodeColor } from './view/palette.js';
import type { Positions } from './view/types.js';

type Gexf = typeof gexfModule;
const gexf: Gexf = ((gexfModule as unknown as { default?: Gexf }).default ?? gexfModule) as Gexf;

/** Edge properties copied as GEXF attributes (text, offsets and ids stay in GraphML/JSON). */
const EDGE_ATTRIBUTES = ['evidence', 'date', 'confidence', 'article', 'role', 'content'];

export function toGEXF(fragment: GraphFragment, positions: Positions = {}): string {
  const index = buildIndex(fragment);
  const analysis = analysisOf(index);
  const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  const maxArticles = Math.max(1, ...[...analysis.metrics.values()].map((m) => m.articles));
  const nodeStart = new Map<string, string>();
  const edgeDate = new Map<string, string>();
  for (const edge of index.edges.values()) {
    const date = analysis.edgeDates.get(edge.id);
    if (!date) continue;
    edgeDate.set(edge.id, date);
    for (const end of [edge.source, edge.target]) {
      const seen = nodeStart.get(end);
      if (seen === undefined || date < seen) nodeStart.set(end, date);
    }
  }
  let i = 0;
  for (const node of index.nodes.values()) {
    const m = analysis.metrics.get(node.id);
    const type = nodeType(node);
    const [x, y] = positions[node.id] ?? [Math.cos(i) * i, Math.sin(i) * i];
    i++;
    graph.addNode(node.id, {
      label: nodeName(node),
      x,
      y,
      color: nodeColor(type),
      // 2..30 on a square-root scale of the articles naming the node.
      size: 2 + 28 * Math.sqrt((m?.articles ?? 0) / maxArticles),
      type,
      articles: m?.articles ?? 0,
      community: m?.community ?? -1,
      pagerank: m?.pagerank ?? 0,
    });
  }
  for (const edge of index.edges.values()) {
    const attributes: Record<string, unknown> = { label: edge.type, type: edge.type };
    for (const key of EDGE_ATTRIBUTES) {
      const value = edge.properties[key];
      if (value !== undefined) attributes[key] = key === 'date' ? edgeDate.get(edge.id) : plainValue(value);
    }
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  }
  const xml = gexf.write(graph, { pretty: false, version: '1.2' });
  return addIntervals(xml, nodeStart, edgeDate);
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity in named) return named[entity]!;
    const hex = entity[1] === 'x' || entity[1] === 'X';
    return String.fromCodePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** Turn the static GEXF into a dynamic one: <graph mode="dynamic" timeformat="date">, a start
 * on dated nodes and start/end on dated edges. */
export function addIntervals(
  xml: string,
  nodeStart: ReadonlyMap<string, string>,
  edgeDate: ReadonlyMap<string, string>,
): string {
  return xml
    .replace(/<graph /, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<(node|edge) id="([^"]*)"/g, (whole, element: string, escapedId: string) => {
      const id = unescapeXml(escapedId);
      if (element === 'node') {
        const start = nodeStart.get(id);
        return start ? `${whole} start="${start}"` : whole;
      }
      const date = edgeDate.get(id);
      return date ? `${whole} start="${date}" end="${date}"` : whole;
    });
}
