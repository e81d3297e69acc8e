/**
 * ForceAtlas2 in a web worker (start/stop from the toolbar), then a no-overlap pass so labels
 * and discs do not sit on each other. Counts iterations so the benchmark can report a rate.
 */
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { DisplayGraph } from './display-graph.js';

// A CommonJS module: bundlers hand over module.exports, TypeScript (NodeNext) types it as .default.
type Noverlap = typeof noverlapModule.default;
type FA2LayoutClass = typeof FA2LayoutModule.default;
type FA2Layout = InstanceType<FA2LayoutClass>;
const FA2Layout: FA2LayoutClass = ((FA2LayoutModule as unknown as { default?: FA2LayoutClass }).default ?? FA2LayoutModule) as FA2LayoutClass;
const noverlap: Noverlap = ((noverlapModule as unknown as { default?: Noverlap }).default ?? noverlapModule) as Noverlap;

const NOVERLAP_MAX_NODES = 3000;

export class LayoutController {
  private readonly supervisor: FA2Layout;
  private iterationCount = 0;
  private iterationBudget: number | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(
    private readonly graph: DisplayGraph,
    /** Screen pixels per graph unit, to turn sigma's on-screen sizes into graph units. */
    private readonly pixelsPerUnit: () => number = () => 1,
  ) {
    const inferred = forceAtlas2.inferSettings(graph);
    // Weaker, linear gravity than the inferred strong gravity: news graphs are many small
    // clusters (one per article) that should spread out, not pack into a ball.
    this.supervisor = new FA2Layout(graph, {
      settings: { ...inferred, strongGravityMode: false, gravity: 1, scalingRatio: 8, barnesHutOptimize: graph.order > 1500 },
    });
    // Every worker answer is one iteration applied to the graph.
    graph.on('eachNodeAttributesUpdated', () => {
      if (!this.supervisor.isRunning()) return;
      this.iterationCount++;
      if (this.iterationBudget !== null && this.iterationCount >= this.iterationBudget) this.stop();
    });
  }

  get iterations(): number {
    return this.iterationCount;
  }

  isRunning(): boolean {
    return this.supervisor.isRunning();
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Run until stopped, or until `limit` iterations or milliseconds, whichever comes first. */
  start(limit: { iterations?: number; ms?: number } = {}): void {
    clearTimeout(this.stopTimer);
    this.iterationBudget = limit.iterations !== undefined ? this.iterationCount + limit.iterations : null;
    this.supervisor.start();
    this.emit();
    if (limit.ms !== undefined) this.stopTimer = setTimeout(() => this.stop(), limit.ms);
  }

  /** Stop the forces, then push overlapping nodes apart. */
  stop(): void {
    clearTimeout(this.stopTimer);
    if (!this.supervisor.isRunning()) return;
    this.supervisor.stop();
    this.removeOverlaps();
    this.emit();
  }

  removeOverlaps(): void {
    // Beyond a few thousand nodes the pass costs seconds on the main thread for little gain.
    if (this.graph.order === 0 || this.graph.order > NOVERLAP_MAX_NODES) return;
    const pixelsPerUnit = this.pixelsPerUnit();
    noverlap.assign(this.graph, {
      maxIterations: 60,
      inputReducer: (_key: string, attr: { x: number; y: number; size?: number }) => ({ x: attr.x, y: attr.y, size: (attr.size ?? 1) / pixelsPerUnit }),
      settings: { margin: 2 / pixelsPerUnit, ratio: 1.1, expansion: 1.1 },
    });
  }

  kill(): void {
    clearTimeout(this.stopTimer);
    this.supervisor.kill();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.isRunning());
  }
}

/** The first run when a graph opens without saved positions: enough iterations to settle a
 * graph of this size, with a time cap so a slow machine still hands control back. */
export function initialLayoutLimit(order: number): { iterations: number; ms: number } {
  return { iterations: order < 500 ? 400 : order < 5000 ? 250 : 150, ms: Math.min(15_000, 2000 + order * 4) };
}
