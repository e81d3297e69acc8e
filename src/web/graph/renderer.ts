/**
 * Sigma over the display graph, with reducers for the view's state: filters hide, hovering
 * brings a node's neighbourhood forward, and a query's result is highlighted.
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.js';
import type { Visibility } from './filters.js';

const FADED_NODE = '#e3e6eb';
const FADED_EDGE = '#eef0f3';

export interface ViewState {
  hovered: string | null;
  hoverNeighbours: Set<string>;
  selected: string | null;
  selectedEdge: string | null;
  highlight: { nodes: Set<string>; edges: Set<string> } | null;
  visibility: Visibility | null;
  /** The layout is running on a graph too big to redraw its edges every iteration. */
  edgesPaused: boolean;
  /** Node colours: by type (default) or by Louvain community. */
  colorBy: 'type' | 'community';
  /** An expanded neighbourhood: the rest of the graph fades behind it. */
  focus: Set<string> | null;
}

/** Above this many edges, edges are hidden while the layout runs and while the camera moves. */
export const HEAVY_EDGE_COUNT = 20_000;

export function emptyState(): ViewState {
  return {
    hovered: null,
    hoverNeighbours: new Set(),
    selected: null,
    selectedEdge: null,
    highlight: null,
    visibility: null,
    edgesPaused: false,
    colorBy: 'type',
    focus: null,
  };
}

export type Renderer = Sigma<DisplayNode, DisplayEdge>;

/** Label and motion settings. An overview shows the names of its most important nodes, one per
 * grid cell (sigma keeps the largest node of each cell), so labels never overlap; its edges are
 * hidden while the camera moves so that panning stays fluid without a GPU. */
export interface RenderSettings {
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
  hideEdgesOnMove: boolean;
}

export const FULL_RENDER: RenderSettings = {
  labelDensity: 0.45,
  labelGridCellSize: 110,
  labelRenderedSizeThreshold: 6,
  hideEdgesOnMove: false,
};
export const OVERVIEW_RENDER: RenderSettings = {
  labelDensity: 1,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 4,
  hideEdgesOnMove: true,
};

export function createRenderer(
  container: HTMLElement,
  graph: DisplayGraph,
  state: ViewState,
  settings: RenderSettings = FULL_RENDER,
): Renderer {
  const nodeReducer = (node: string, data: DisplayNode): Partial<NodeDisplayData> => {
    if (state.visibility && !state.visibility.nodes.has(node)) return { ...data, hidden: true };
    const out: Partial<NodeDisplayData> = { ...data };
    if (state.colorBy === 'community') out.color = data.communityColor;
    if (state.focus) {
      if (state.focus.has(node)) {
        out.zIndex = 1;
      } else {
        out.color = FADED_NODE;
        out.label = '';
        out.zIndex = 0;
      }
    }
    if (state.highlight) {
      if (state.highlight.nodes.has(node)) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 2;
      } else {
        out.color = FADED_NODE;
        out.label = '';
        out.zIndex = 0;
      }
    }
    if (state.hovered !== null) {
      if (node === state.hovered || state.hoverNeighbours.has(node)) {
        out.forceLabel = true;
        out.zIndex = 3;
        out.color = data.color;
        out.label = data.label;
      } else {
        out.color = FADED_NODE;
        out.label = '';
        out.zIndex = 0;
      }
    }
    if (node === state.selected) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 4;
    }
    return out;
  };

  // Edge labels everywhere would bury a large graph; they show on the edges in focus.
  const allEdgeLabels = graph.size <= 60;
  const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
    if (state.edgesPaused || (state.visibility && !state.visibility.edges.has(edge))) return { ...data, hidden: true };
    const out: Partial<EdgeDisplayData> = { ...data };
    if (!allEdgeLabels || data.relation === 'MENTIONS') out.label = null;
    if (state.focus) {
      const [source, target] = graph.extremities(edge);
      if (!state.focus.has(source) || !state.focus.has(target)) out.color = FADED_EDGE;
    }
    if (state.highlight && !state.hovered) {
      if (state.highlight.edges.has(edge)) {
        out.size = 3;
        out.label = data.label;
        out.forceLabel = true;
        out.zIndex = 2;
      } else {
        out.color = FADED_EDGE;
        out.label = '';
      }
    }
    if (state.hovered !== null) {
      const [source, target] = graph.extremities(edge);
      if (source === state.hovered || target === state.hovered) {
        out.size = Math.max(2, data.size * 1.8);
        if (data.relation !== 'MENTIONS') out.label = data.label;
        out.forceLabel = true;
        out.zIndex = 3;
      } else {
        out.hidden = true;
      }
    }
    if (edge === state.selectedEdge) {
      out.size = 4;
      out.label = data.label;
      out.forceLabel = true;
      out.zIndex = 4;
    }
    return out;
  };

  return new Sigma<DisplayNode, DisplayEdge>(graph, container, {
    nodeReducer,
    edgeReducer,
    renderEdgeLabels: true,
    enableEdgeEvents: graph.size <= HEAVY_EDGE_COUNT,
    ...settings,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2937' },
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelSize: 10,
    edgeLabelColor: { attribute: 'color' },
    defaultEdgeType: 'arrow',
    // Sorting by zIndex lifts highlighted items above the rest; on big graphs it costs too much per refresh.
    zIndex: graph.size <= HEAVY_EDGE_COUNT,
    hideEdgesOnMove: settings.hideEdgesOnMove || graph.size > HEAVY_EDGE_COUNT,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
    stagePadding: 40,
  });
}

/** Move the camera onto a node (animated unless `instant`). */
export async function focusNode(renderer: Renderer, node: string, instant = false, duration = 450): Promise<void> {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  const camera = renderer.getCamera();
  const target = { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.35) };
  if (instant) camera.setState(target);
  else await camera.animate(target, { duration });
}

/** Move and zoom the camera so that `nodes` fill most of the stage. */
export async function fitNodes(renderer: Renderer, nodes: readonly string[], duration = 300): Promise<void> {
  const points = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Display data are in sigma's normalised frame, where ratio 1 shows the whole graph.
  const ratio = Math.min(1, Math.max(0.02, 1.25 * Math.max(maxX - minX, maxY - minY, 0.02)));
  await renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}

/** The current frame as one PNG: sigma draws on stacked canvases (WebGL for nodes and edges,
 * 2D for labels), so render synchronously and compose them onto a white background. */
export function composeFrame(renderer: Renderer): HTMLCanvasElement {
  renderer.refresh();
  const layers = Object.entries(renderer.getCanvases())
    .filter(([name]) => name !== 'mouse')
    .map(([, canvas]) => canvas)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = layers[0];
  const out = document.createElement('canvas');
  out.width = first?.width ?? 1;
  out.height = first?.height ?? 1;
  const ctx = out.getContext('2d');
  if (!ctx) return out;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
  return out;
}
