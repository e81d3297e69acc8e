/**
 * The view: a top bar (search, layout, exports), the legend/filters, the sigma stage, the details
 * panel and the Cypher console, all fed by one DataSource.
 */
import type { GraphView, Positions, QueryAnswer, ViewEdge, ViewNode } from '../export/view/types.js';
import type { DataSource, ExportFormat, SourceInfo } from './data/source.js';
import type { Added, DisplayGraph } from './graph/display-graph.js';
import { addNeighbourhood, buildDisplayGraph, removeAdded } from './graph/display-graph.js';
import type { Filters } from './graph/filters.js';
import { allFilters, computeVisibility } from './graph/filters.js';
import { LayoutController, initialLayoutLimit } from './graph/layout.js';
import type { Renderer, ViewState } from './graph/renderer.js';
import {
  FULL_RENDER,
  HEAVY_EDGE_COUNT,
  OVERVIEW_RENDER,
  composeFrame,
  createRenderer,
  emptyState,
  fitNodes,
  focusNode,
} from './graph/renderer.js';
import { createBreadcrumb } from './ui/breadcrumb.js';
import { createCommunityLegend } from './ui/communities.js';
import type { Period } from './ui/timeline.js';
import { createTimeline } from './ui/timeline.js';
import { createConsole } from './ui/console.js';
import { clear, download, el } from './ui/dom.js';
import type { PanelActions } from './ui/panel.js';
import { renderArticlePanel, renderEdgePanel, renderNodePanel } from './ui/panel.js';
import { createSearch } from './ui/search.js';
import { createSidebar } from './ui/sidebar.js';

/** What tests and the benchmark read from the page (window.__newsgraph). */
export interface ViewHandle {
  renderer: Renderer;
  graph: DisplayGraph;
  layout: LayoutController;
  state: ViewState;
  focus(id: string): Promise<void>;
  openNode(id: string): Promise<void>;
  /** Add a node's neighbourhood in place (resolves once it is drawn). */
  expand(id: string): Promise<void>;
  /** Go back `steps` expansions (all of them: back to the overview). */
  back(steps?: number): void;
  /** Search, reveal the first hit and move the camera onto it (resolves when it is there). */
  searchFocus(query: string): Promise<string | null>;
  view: GraphView;
  /** performance.now() when the first frame was on screen (for the benchmark). */
  firstFrameAt: number | null;
}

declare global {
  interface Window {
    __newsgraph?: ViewHandle;
  }
}

export async function startApp(root: HTMLElement, source: DataSource): Promise<void> {
  const status = el('div', { class: 'toast', attrs: { role: 'status', 'aria-live': 'polite' } });
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const toast = (message: string, kind: 'info' | 'error' = 'info'): void => {
    status.textContent = message;
    status.className = `toast visible ${kind}`;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (status.className = 'toast'), kind === 'error' ? 6000 : 2500);
  };

  let info: SourceInfo;
  let view: GraphView;
  try {
    [info, view] = await Promise.all([source.info(), source.graph()]);
  } catch (error) {
    clear(root);
    root.appendChild(
      el('div', { class: 'fatal' }, [
        el('h1', { text: 'newsgraph' }),
        el('p', { text: error instanceof Error ? error.message : String(error) }),
      ]),
    );
    return;
  }

  const stage = el('div', { class: 'stage', attrs: { 'aria-label': 'Graph' } });
  const panel = el('aside', { class: 'panel', attrs: { 'aria-label': 'Details' } });
  panel.hidden = true;
  const graph = buildDisplayGraph(view);
  const state = emptyState();

  clear(root);
  const layoutButton = el('button', { text: 'Run layout', title: 'Start or stop ForceAtlas2' });
  const header = el('header', { class: 'topbar' }, [
    el('div', { class: 'brand' }, [
      el('h1', { text: 'newsgraph' }),
      el('span', { class: 'muted', text: info.description }),
    ]),
  ]);
  const main = el('main', { class: 'workspace' });
  root.append(header, main, status);

  if (view.nodes.length === 0) {
    main.appendChild(
      el('div', { class: 'empty' }, [
        el('h2', { text: 'The graph is empty' }),
        el('p', { text: 'Build it from articles with `newsgraph build <folder>`, then serve it again.' }),
      ]),
    );
    root.dataset.ready = 'true';
    return;
  }

  // Sigma needs its container in the page (with a size) before it starts.
  const center = el('div', { class: 'center' }, [stage]);
  main.append(center, panel);
  const overview = view.mode === 'overview';
  const renderer = createRenderer(stage, graph, state, overview ? OVERVIEW_RENDER : FULL_RENDER);
  const pixelsPerUnit = (): number => {
    const a = renderer.graphToViewport({ x: 0, y: 0 });
    const b = renderer.graphToViewport({ x: 1, y: 0 });
    return Math.max(1e-6, Math.hypot(b.x - a.x, b.y - a.y));
  };
  const layout = new LayoutController(graph, pixelsPerUnit);
  const refresh = (): void => {
    renderer.refresh({ skipIndexation: true });
  };

  /** After the stage changes size: resizing clears sigma's canvases, so draw again at once. */
  const fitStage = (): void => {
    renderer.resize();
    refresh();
  };
  const showPanel = (): void => {
    panel.hidden = false;
    fitStage();
  };
  const closePanel = (): void => {
    panel.hidden = true;
    state.selected = null;
    state.selectedEdge = null;
    fitStage();
  };
  const failed = (error: unknown): void => toast(error instanceof Error ? error.message : String(error), 'error');

  const actions: PanelActions = {
    openNode: (id) => void openNode(id, true),
    openEdge: (id) => void openEdge(id),
    openArticle: (id) => void openArticle(id),
    close: closePanel,
  };
  /** Load details, select what they show, render them into the side panel; a failure is a toast. */
  const openPanel = async <T>(
    load: () => Promise<T>,
    selection: { node: string | null; edge: string | null },
    render: (details: T) => void,
  ): Promise<boolean> => {
    try {
      const details = await load();
      state.selected = selection.node;
      state.selectedEdge = selection.edge;
      render(details);
      panel.scrollTop = 0;
      showPanel();
      refresh();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  };
  const openNode = async (id: string, move = false): Promise<void> => {
    const shown = await openPanel(
      () => source.node(id),
      { node: id, edge: null },
      (d) => renderNodePanel(panel, d, actions),
    );
    if (shown && move) await focusNode(renderer, id).catch(failed);
  };
  const openEdge = (id: string): Promise<boolean> =>
    openPanel(
      () => source.edge(id),
      { node: null, edge: id },
      (d) => renderEdgePanel(panel, d, actions),
    );
  const openArticle = (id: string): Promise<boolean> =>
    openPanel(
      () => source.article(id),
      { node: id, edge: state.selectedEdge },
      (d) => renderArticlePanel(panel, d, actions),
    );

  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    state.hoverNeighbours = new Set(graph.neighbors(node));
    stage.classList.add('pointer');
    refresh();
  });
  const endHover = (): void => {
    if (state.hovered === null) return;
    state.hovered = null;
    state.hoverNeighbours = new Set();
    stage.classList.remove('pointer');
    refresh();
  };
  renderer.on('leaveNode', endHover);
  // Sigma does not report leaving a node when the pointer leaves the stage straight from it.
  stage.addEventListener('mouseleave', endHover);
  renderer.on('clickNode', ({ node }) => {
    void openNode(node);
    if (overview) void expand(node).catch(failed);
  });
  renderer.on('clickEdge', ({ edge }) => void openEdge(edge));
  renderer.on('clickStage', () => {
    if (!panel.hidden) closePanel();
  });

  const highlight = (answer: QueryAnswer): void => {
    const nodes = new Set(answer.highlight.nodes.filter((id) => graph.hasNode(id)));
    const edges = new Set(answer.highlight.edges.filter((id) => graph.hasEdge(id)));
    for (const edge of edges) for (const end of graph.extremities(edge)) nodes.add(end);
    state.highlight = nodes.size + edges.size > 0 ? { nodes, edges } : null;
    refresh();
    if (answer.stats && Object.values(answer.stats).some((n) => n > 0))
      toast('The graph changed; reload the page to see it drawn.');
  };
  const consoleSection = createConsole(source, info.consoleDisabled, !info.allowWrites, {
    highlight,
    clearHighlight: () => {
      state.highlight = null;
      refresh();
    },
    openNode: (id) => void openNode(id, true),
    openEdge: (id) => void openEdge(id),
  });

  // What is drawn: the view plus expanded neighbourhoods, which filters apply to as well.
  const shownNodes = new Map<string, ViewNode>(view.nodes.map((n) => [n.id, n]));
  const shownEdges = new Map<string, ViewEdge>(view.edges.map((e) => [e.id, e]));
  let sidebarFilters: Filters = allFilters(view);
  let period: Period | null = null;
  const unfiltered = allFilters(view);
  const filtersActive = (): boolean =>
    period !== null ||
    sidebarFilters.article !== null ||
    sidebarFilters.from !== null ||
    sidebarFilters.to !== null ||
    sidebarFilters.nodeTypes.size !== unfiltered.nodeTypes.size ||
    sidebarFilters.relationTypes.size !== unfiltered.relationTypes.size;
  /** Recompute what the filters leave visible (skipped when none is set: nothing to hide). */
  const applyFilters = (redraw = true): void => {
    if (!filtersActive()) {
      state.visibility = null;
      if (redraw) refresh();
      return;
    }
    const filters = period ? { ...sidebarFilters, from: period.from, to: period.to } : sidebarFilters;
    const visibility = computeVisibility({ nodes: [...shownNodes.values()], edges: [...shownEdges.values()] }, filters);
    const everything = visibility.nodes.size === shownNodes.size && visibility.edges.size === shownEdges.size;
    state.visibility = everything ? null : visibility;
    if (redraw) refresh();
  };
  const sidebar = createSidebar(view, (filters) => {
    sidebarFilters = filters;
    applyFilters();
  });
  if (view.communities.length > 0) {
    sidebar.appendChild(
      createCommunityLegend(
        view.communities,
        (by) => {
          state.colorBy = by;
          refresh();
        },
        (id) => void reveal(id),
      ),
    );
  }
  const timeline = view.timeline
    ? createTimeline(view.timeline, (p) => {
        period = p;
        applyFilters();
      })
    : null;

  // Expanding neighbourhoods in place, with a breadcrumb back to the overview.
  interface Step {
    id: string;
    label: string;
    added: Added;
    focus: Set<string>;
  }
  const trail: Step[] = [];
  const extent = (): number => {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    graph.forEachNode((_id, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    return Number.isFinite(maxX - minX) ? Math.max(maxX - minX, maxY - minY, 1) : 100;
  };
  // Ring spacing for expanded nodes, in graph units: small against the overview's extent.
  const spacing = extent() / 45;
  const breadcrumb = createBreadcrumb(
    (steps) => back(steps),
    `${view.nodes.length.toLocaleString('en')} of ${view.total.entities.toLocaleString('en')} entities, sized by ${view.importance}`,
  );
  const afterTrailChange = (): void => {
    const top = trail.at(-1);
    state.focus = top ? top.focus : null;
    breadcrumb.render(trail.map((s) => ({ id: s.id, label: s.label })));
    // The caller redraws: nodes were added or removed, so sigma indexes the graph again.
    applyFilters(false);
  };
  /** Add a node's neighbourhood; `fit` frames it (callers that focus the node itself skip it). */
  const expand = async (id: string, fit = true): Promise<void> => {
    if (trail.at(-1)?.id === id) return;
    const nb = await source.neighbourhood(id, { depth: breadcrumb.depth(), articles: breadcrumb.articles() });
    const added = addNeighbourhood(graph, nb, spacing);
    for (const n of nb.nodes) if (!shownNodes.has(n.id)) shownNodes.set(n.id, n);
    for (const e of nb.edges) if (!shownEdges.has(e.id)) shownEdges.set(e.id, e);
    const label = nb.nodes.find((n) => n.id === id)?.label ?? id;
    trail.push({ id, label, added, focus: new Set(nb.nodes.map((n) => n.id)) });
    afterTrailChange();
    // One full refresh on the next frame (the graph's change events already asked for partial
    // ones; a refresh now as well would draw twice).
    renderer.scheduleRefresh();
    await new Promise((r) => requestAnimationFrame(r));
    if (fit) void fitNodes(renderer, [...trail.at(-1)!.focus], 300);
  };
  function back(steps = trail.length): void {
    for (let i = 0; i < steps && trail.length > 0; i++) {
      const step = trail.pop()!;
      removeAdded(graph, step.added);
      for (const n of step.added.nodes) shownNodes.delete(n);
      for (const e of step.added.edges) shownEdges.delete(e);
    }
    if (state.selected !== null && !graph.hasNode(state.selected)) closePanel();
    afterTrailChange();
    renderer.refresh();
    if (trail.length === 0) void renderer.getCamera().animatedReset({ duration: 300 });
    else void fitNodes(renderer, [...trail.at(-1)!.focus], 300);
  }
  /** Bring a node into view: in an overview, expand its neighbourhood; then open its panel. */
  const reveal = async (id: string, duration = 450): Promise<void> => {
    if (overview) await expand(id, false).catch(failed);
    void openNode(id);
    await focusNode(renderer, id, false, duration).catch(failed);
  };
  const searchFocus = async (query: string): Promise<string | null> => {
    const [hit] = await source.search(query);
    if (!hit) return null;
    if (overview) await expand(hit.id, false);
    await focusNode(renderer, hit.id, false, 200);
    void openNode(hit.id);
    return hit.id;
  };

  const search = createSearch(
    (q) => source.search(q),
    (hit) => void reveal(hit.id),
  );

  layoutButton.addEventListener('click', () => {
    if (layout.isRunning()) layout.stop();
    else layout.start();
  });
  layout.onChange((running) => {
    layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
    layoutButton.classList.toggle('running', running);
    // Redrawing tens of thousands of edges every iteration would starve the layout itself.
    if (graph.size > HEAVY_EDGE_COUNT) {
      state.edgesPaused = running;
      refresh();
    }
  });

  const positions = (): Positions => {
    const out: Positions = {};
    graph.forEachNode(
      (id, attrs) => (out[id] = [Math.round(attrs.x * 1000) / 1000, Math.round(attrs.y * 1000) / 1000]),
    );
    return out;
  };
  const saveLayout = async (): Promise<void> => {
    if (info.canSavePositions) {
      try {
        await source.savePositions(positions());
        toast('Layout saved with the graph.');
      } catch (error) {
        failed(error);
      }
    } else {
      download('newsgraph-positions.json', new Blob([JSON.stringify(positions())], { type: 'application/json' }));
      toast('Layout downloaded; serve it with --positions FILE.');
    }
  };
  const exportGraph = async (format: ExportFormat): Promise<void> => {
    try {
      const file = await source.exportGraph(format);
      download(file.name, file.blob);
    } catch (error) {
      failed(error);
    }
  };
  const exportPng = (): void => {
    composeFrame(renderer).toBlob((blob) => {
      if (blob) download('newsgraph.png', blob);
      else toast('Could not render the PNG.', 'error');
    }, 'image/png');
  };
  const consoleToggle = el('button', { text: 'Console', title: 'Show or hide the Cypher console' });
  consoleToggle.addEventListener('click', () => {
    consoleSection.hidden = !consoleSection.hidden;
    fitStage();
  });

  header.append(
    search,
    el('div', { class: 'tools' }, [
      layoutButton,
      el('button', {
        text: info.canSavePositions ? 'Save layout' : 'Download layout',
        on: { click: () => void saveLayout() },
      }),
      el('span', { class: 'sep' }),
      el('button', {
        text: 'GraphML',
        title: 'Download the graph as GraphML',
        on: { click: () => void exportGraph('graphml') },
      }),
      el('button', {
        text: 'JSON',
        title: 'Download the graph as JSON',
        on: { click: () => void exportGraph('json') },
      }),
      el('button', {
        text: 'GEXF',
        title: 'Download the graph as GEXF for Gephi (positions, colours, timeline)',
        on: { click: () => void exportGraph('gexf') },
      }),
      el('button', { text: 'PNG', title: 'Download the current view as PNG', on: { click: exportPng } }),
      el('span', { class: 'sep' }),
      consoleToggle,
    ]),
  );
  main.insertBefore(sidebar, center);
  if (overview) center.insertBefore(breadcrumb.element, stage);
  if (timeline) center.appendChild(timeline.element);
  center.appendChild(consoleSection);
  // An overview needs the room; the console is one click away.
  if (overview) consoleSection.hidden = true;
  fitStage();
  // The stage also changes size when the console's result grows or the window does.
  let lastSize = '';
  new ResizeObserver(([entry]) => {
    const size = entry ? `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}` : '';
    if (size !== lastSize) {
      lastSize = size;
      fitStage();
    }
  }).observe(stage);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) closePanel();
  });

  const handle: ViewHandle = {
    renderer,
    graph,
    layout,
    state,
    focus: (id) => focusNode(renderer, id),
    openNode: (id) => openNode(id),
    expand: (id) => expand(id),
    back,
    searchFocus,
    view,
    firstFrameAt: null,
  };
  window.__newsgraph = handle;
  requestAnimationFrame(() => (handle.firstFrameAt = performance.now()));
  if (!view.positioned) layout.start(initialLayoutLimit(graph.order));
  let firstRun = !view.positioned;
  layout.onChange((running) => {
    // Frame the graph once the first layout settles; later runs keep the user's camera.
    if (!running && firstRun) {
      firstRun = false;
      void renderer.getCamera().animatedReset({ duration: 300 });
    }
  });
  root.dataset.ready = 'true';
}
