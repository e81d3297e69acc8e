/** The graphology graph sigma draws, built from the API's GraphView, and grown in place by
 * neighbourhoods (a large graph's overview expands around the node a user opens). */
import graphology from 'graphology';
import { communityColor } from '../../export/view/palette.js';
import type { Neighbourhood, ViewEdge, ViewNode } from '../../export/view/types.js';

export interface DisplayNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Colour by community (the view switches between the two). */
  communityColor: string;
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

export function buildDisplayGraph(view: { nodes: ViewNode[]; edges: ViewEdge[] }): DisplayGraph {
  const graph = new graphology.MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: true });
  for (const n of view.nodes) addNode(graph, n, n.x, n.y);
  for (const e of view.edges) addEdge(graph, e);
  return graph;
}

function addNode(graph: DisplayGraph, n: ViewNode, x: number, y: number): void {
  graph.addNode(n.id, {
    label: shortLabel(n.label),
    x,
    y,
    size: n.size,
    color: n.color,
    communityColor: communityColor(n.community),
    kind: n.type,
  });
}

function addEdge(graph: DisplayGraph, e: ViewEdge): boolean {
  if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) return false;
  const supporting = e.type === 'MENTIONS';
  graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
    label: e.type,
    relation: e.type,
    color: e.color,
    // Scored relations a little thicker: easier to see, and to hit with the pointer.
    size: supporting ? 0.6 : 2.2,
    type: supporting ? 'line' : 'arrow',
  });
  return true;
}

/** Positions on rings around (cx, cy), `spacing` apart, the first ring closest. */
export function ringPositions(cx: number, cy: number, count: number, spacing: number): [number, number][] {
  const out: [number, number][] = [];
  for (let ring = 1; out.length < count; ring++) {
    const radius = ring * spacing * 1.6;
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const here = Math.min(capacity, count - out.length);
    // Each ring starts at a different angle so spokes do not line up.
    const offset = ring * 0.7;
    for (let k = 0; k < here; k++) {
      const angle = offset + (2 * Math.PI * k) / here;
      out.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
    }
  }
  return out;
}

export interface Added {
  nodes: string[];
  edges: string[];
  /** Nodes already drawn that moved next to the centre, with where they were. */
  moved: { id: string; x: number; y: number }[];
}

/** Add a neighbourhood in place: every neighbour goes on rings around the centre (strongest ties
 * on the inner ring), those already drawn included (they move back on removeAdded); nodes and
 * edges not yet drawn are added. Returns what changed. */
export function addNeighbourhood(graph: DisplayGraph, nb: Neighbourhood, spacing: number): Added {
  const centre = graph.hasNode(nb.center) ? graph.getNodeAttributes(nb.center) : null;
  const own = nb.nodes.find((n) => n.id === nb.center);
  const cx = centre?.x ?? own?.x ?? 0;
  const cy = centre?.y ?? own?.y ?? 0;
  const around = nb.nodes.filter((n) => n.id !== nb.center);
  const spots = ringPositions(cx, cy, around.length, spacing);
  const added: Added = { nodes: [], edges: [], moved: [] };
  if (own && !centre) {
    addNode(graph, own, cx, cy);
    added.nodes.push(own.id);
  }
  around.forEach((n, i) => {
    const [x, y] = spots[i] as [number, number];
    if (graph.hasNode(n.id)) {
      const old = graph.getNodeAttributes(n.id);
      added.moved.push({ id: n.id, x: old.x, y: old.y });
      graph.mergeNodeAttributes(n.id, { x, y });
    } else {
      addNode(graph, n, x, y);
      added.nodes.push(n.id);
    }
  });
  for (const e of nb.edges) if (addEdge(graph, e)) added.edges.push(e.id);
  return added;
}

/** Undo an addNeighbourhood. */
export function removeAdded(graph: DisplayGraph, added: Added): void {
  for (const e of added.edges) if (graph.hasEdge(e)) graph.dropEdge(e);
  for (const n of added.nodes) if (graph.hasNode(n)) graph.dropNode(n);
  for (const { id, x, y } of added.moved) if (graph.hasNode(id)) graph.mergeNodeAttributes(id, { x, y });
}

/** Long labels (article headlines) are cut on the canvas; the panel shows them whole. */
export function shortLabel(label: string, max = 42): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
