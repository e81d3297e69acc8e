/**
 * Web view benchmark (not a test): serves a generated graph of 10,000 nodes and 50,000 edges (and,
 * with --graph FILE, a built graph.json such as one from the bulk corpus) to headless chromium and
 * measures, per page load:
 *   - time to first frame: navigation start → the first frame with the graph drawn;
 *   - frames per second while panning: animation frames per second while the mouse drags the graph;
 *   - ForceAtlas2 iterations per second in the web worker.
 * Prints the median of --runs loads (default 3).
 *
 *   npm run bench:web [-- --runs 3] [-- --graph graph/graph.json]
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { toGraphML } from '../../src/export/graphml.js';
import { toJSON } from '../../src/export/json.js';
import { graphFromFragment } from '../../src/graph/convert.js';
import { createPropertyGraph } from '../../src/graph/property-graph.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../src/graph/schema.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/query.js';
import { startServer } from '../../src/server/server.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import type { GraphStore } from '../../src/store/types.js';
import type { Page } from 'playwright-core';
import { BROWSER_AVAILABLE, ENABLE_HINT, launchBrowser } from '../../tests/browser/browser.js';
import { ensureWebBuilt } from '../../tests/browser/harness.js';

const TYPES = ['Person', 'Organization', 'Place', 'Event'];
const RELATIONS = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS', 'HAS_ROLE', 'HELD_IN', 'REPORTED', 'MENTIONS'];

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same graph. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A scale-free-ish graph: edge ends favour earlier nodes, as hubs do in news graphs. */
export function generateGraph(nodeCount: number, edgeCount: number, seed = 7): GraphFragment {
  const random = prng(seed);
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = TYPES[Math.floor(random() * TYPES.length)] as string;
    nodes.push({ id: `n${i}`, labels: [type], properties: { id: `n${i}`, name: `${type} ${i}`, aliases: [], type } });
  }
  const pick = (): number => Math.floor(nodeCount * Math.pow(random(), 2));
  const edges: GraphEdge[] = [];
  for (let i = 0; i < edgeCount; i++) {
    let source = pick();
    let target = Math.floor(random() * nodeCount);
    if (source === target) target = (target + 1) % nodeCount;
    if (random() < 0.5) [source, target] = [target, source];
    const type = RELATIONS[Math.floor(random() * RELATIONS.length)] as string;
    const day = 1 + Math.floor(random() * 28);
    edges.push({
      id: `e${i}`,
      type,
      source: `n${source}`,
      target: `n${target}`,
      properties: { date: `2023-05-${String(day).padStart(2, '0')}` },
    });
  }
  return { nodes, edges };
}

interface Sample {
  firstFrameMs: number;
  panFps: number;
  fa2IterationsPerSecond: number;
  fa2WorkerOnly: number;
}

/** Run ForceAtlas2 (no iteration or time limit) for 4 s in the page and return iterations/s. */
const FA2_RATE = `(async () => {
  const layout = window.__newsgraph.layout;
  layout.start();
  const before = layout.iterations;
  const started = performance.now();
  await new Promise((r) => setTimeout(r, 4000));
  const rate = ((layout.iterations - before) * 1000) / (performance.now() - started);
  layout.stop();
  return rate;
})()`;

/** Frames per second (requestAnimationFrame ticks) while the mouse drags the graph around. */
async function dragAndCountFrames(page: Page, durationMs: number): Promise<number> {
  const box = await page.locator('.stage').boundingBox();
  if (!box) throw new Error('the page has no graph stage');
  await page.evaluate(`(() => {
    window.__frames = 0;
    const tick = () => { window.__frames++; if (!window.__stopFrames) requestAnimationFrame(tick); };
    window.__stopFrames = false;
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  for (let i = 0; Date.now() - started < durationMs; i++) {
    await page.mouse.move(cx + 150 * Math.sin(i / 8), cy + 90 * Math.cos(i / 8));
  }
  await page.mouse.up();
  const frames = (await page.evaluate('(() => { window.__stopFrames = true; return window.__frames; })()')) as number;
  return (frames * 1000) / (Date.now() - started);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function measure(store: GraphStore, runs: number): Promise<Sample[]> {
  const server = await startServer({
    store,
    staticDir: resolve(import.meta.dirname, '../../dist/web'),
    limits: DEFAULT_QUERY_LIMITS,
    exporters: { graphml: toGraphML, json: toJSON },
    positions: {},
    positionsFile: null,
    host: '127.0.0.1',
    port: 0,
  });
  const browser = await launchBrowser({ width: 1280, height: 800 });
  // tsx names functions through an __name helper that does not exist inside the page.
  await browser.context.addInitScript('window.__name = (f) => f;');
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.__newsgraph?.firstFrameAt != null, undefined, { timeout: 120_000 });
      const firstFrameMs = await page.evaluate(() => window.__newsgraph!.firstFrameAt as number);
      console.error(`  run ${run + 1}: first frame after ${firstFrameMs.toFixed(0)} ms`);

      // ForceAtlas2 with the view drawing every iteration (what a user sees), over 4 s.
      await page.evaluate(() => window.__newsgraph!.layout.stop());
      console.error(`  run ${run + 1}: measuring ForceAtlas2`);
      const fa2IterationsPerSecond = (await page.evaluate(FA2_RATE)) as number;
      console.error(`  run ${run + 1}: measuring panning`);
      // Pan: drag the stage with the mouse for 3 s, counting animation frames in the page.
      const panFps = await dragAndCountFrames(page, 3000);
      // The worker's own pace: the same, with the renderer gone.
      await page.evaluate(() => {
        const renderer = window.__newsgraph!.renderer;
        renderer.kill();
        // The view still asks for refreshes when the layout starts and stops.
        renderer.refresh = () => renderer;
      });
      const fa2WorkerOnly = (await page.evaluate(FA2_RATE)) as number;
      samples.push({ firstFrameMs, panFps, fa2IterationsPerSecond, fa2WorkerOnly });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return samples;
}

function report(name: string, samples: Sample[]): void {
  const line = (label: string, values: number[], unit: string, digits = 0): string =>
    `  ${label.padEnd(28)} median ${median(values).toFixed(digits)} ${unit}   (runs: ${values.map((v) => v.toFixed(digits)).join(', ')})`;
  console.log(name);
  console.log(
    line(
      'time to first frame',
      samples.map((s) => s.firstFrameMs),
      'ms',
    ),
  );
  console.log(
    line(
      'frames/s while panning',
      samples.map((s) => s.panFps),
      'fps',
      1,
    ),
  );
  console.log(
    line(
      'ForceAtlas2 iterations/s',
      samples.map((s) => s.fa2IterationsPerSecond),
      'it/s',
      1,
    ),
  );
  console.log(
    line(
      '  same, renderer off',
      samples.map((s) => s.fa2WorkerOnly),
      'it/s',
      1,
    ),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      graph: { type: 'string' },
      nodes: { type: 'string' },
      edges: { type: 'string' },
    },
  });
  if (!BROWSER_AVAILABLE) {
    console.error(ENABLE_HINT.replace('browser tests skipped', 'bench:web cannot run'));
    process.exitCode = 1;
    return;
  }
  ensureWebBuilt();
  const runs = Number(values.runs ?? 3);
  const nodeCount = Number(values.nodes ?? 10_000);
  const edgeCount = Number(values.edges ?? 50_000);
  const fragment = generateGraph(nodeCount, edgeCount);
  const generated = new MemoryStore(graphFromFragment(fragment, createPropertyGraph()));
  console.log(`chromium headless (software WebGL), viewport 1280x800, ${runs} run(s)`);
  report(`generated graph: ${nodeCount} nodes, ${edgeCount} edges`, await measure(generated, runs));
  if (values.graph !== undefined) {
    const file = resolve(values.graph);
    if (!existsSync(file)) throw new Error(`no graph at ${file}`);
    const store = await MemoryStore.open(file);
    const stats = await store.stats();
    report(`${file}: ${stats.nodes} nodes, ${stats.edges} edges`, await measure(store, runs));
  }
}

// Run only when executed, so other scripts can import generateGraph.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
