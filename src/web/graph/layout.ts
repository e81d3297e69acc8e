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

export class LayoutController {
  private readonly supervisor: FA2Layout;
  private iterationCount = 0;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(
    private readonly graph: DisplayGraph,
    /** Screen pixels per graph unit, to turn sigma's on-screen sizes into graph units. */
    private readonly pixelsPerUnit: () => number = () => 1,
  ) {
    const settings = forceAtlas2.inferSettings(graph);
    this.supervisor = new FA2Layout(graph, {
      settings: { ...settings, adjustSizes: false, edgeWeightInfluence: 0.5, gravity: 0.5, scalingRatio: 12, barnesHutOptimize: graph.order > 1500 },
    });
    // Every worker answer is one iteration applied to the graph.
    graph.on('eachNodeAttributesUpdated', () => {
      if (this.supervisor.isRunning()) this.iterationCount++;
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

  start(durationMs?: number): void {
    clearTimeout(this.stopTimer);
    this.supervisor.start();
    this.emit();
    if (durationMs !== undefined) this.stopTimer = setTimeout(() => this.stop(), durationMs);
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
    if (this.graph.order === 0 || this.graph.order > 20_000) return;
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

/** A suggested run time: small graphs settle in a couple of seconds, large ones need longer. */
export function defaultLayoutDuration(order: number): number {
  return Math.min(10_000, 1500 + order * 2);
}
