/** The graphology graph sigma draws, built from the API's GraphView. */
import graphology from 'graphology';
import type { GraphView } from '../../export/view/types.js';

export interface DisplayNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The node's type (Person, …). Not `type`: sigma reads `type` as its drawing program. */
  kind: string;
}

export interface DisplayEdge {
  label: string;
  relation: string;
  color: string;
  size: number;
  type: 'arrow' | 'line';
}

export type DisplayGraph = graphology.MultiDirectedGraph<DisplayNode, DisplayEdge>;

export function buildDisplayGraph(view: GraphView): DisplayGraph {
  const graph = new graphology.MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: true });
  for (const n of view.nodes) {
    graph.addNode(n.id, { label: shortLabel(n.label), x: n.x, y: n.y, size: n.size, color: n.color, kind: n.type });
  }
  for (const e of view.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) continue;
    const supporting = e.type === 'MENTIONS';
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: e.type,
      relation: e.type,
      color: e.color,
      // Scored relations a little thicker: easier to see, and to hit with the pointer.
      size: supporting ? 0.6 : 2.2,
      type: supporting ? 'line' : 'arrow',
    });
  }
  return graph;
}

/** Long labels (article headlines) are cut on the canvas; the panel shows them whole. */
export function shortLabel(label: string, max = 42): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
