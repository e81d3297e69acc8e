/**
 * Web view benchmark (not a test): serves a built graph.json (--graph FILE, with the positions
 * `newsgraph build` stored beside it) or a generated graph of 10,000 nodes and 50,000 edges to
 * headless chromium (software WebGL) and measures, per page load:
 *   - firstFrameMs: navigation start → the first frame with the graph drawn;
 *   - panFps: animation frames per second while the mouse drags the graph for 3 s;
 *   - expandMs: expanding the neighbourhood of the entity closest to 100 neighbours, from the
 *     request to the frame that draws it;
 *   - searchMs: searching that entity's name, from the request to the camera at rest on the hit.
 * Prints the median of --runs loads (default 3); with --json, one JSON object as the last line.
 * The first run leaves screenshots of the overview and of the expansion in tests/artifacts.
 *
 *   npm run -s bench:web -- [--runs 3] [--graph graph/graph.json] [--json]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toGraphML } from '../../src/export/graphml.js';
import { toJSON } from '../../src/export/json.js';
import { graphFromFragment } from '../../src/graph/convert.js';
import { createPropertyGraph } from '../../src/graph/property-graph.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../src/graph/schema.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/query.js';
import { startServer } from '../../src/server/server.js';
import { loadPositions, positionsPathFor } from '../../src/server/positions.js';
import { analysisOf } from '../../src/export/view/analysis.js';
import { rankedNeighbours } from '../../src/export/view/graph-view.js';
import type { GraphIndex } from '../../src/export/view/model.js';
import { buildIndex, nodeName } from '../../src/export/view/model.js';
import { seededRandom } from '../../src/nlp/hash.js';
import type { Positions } from '../../src/export/view/types.js';
import { layoutGraph } from '../../src/layout/index.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import type { GraphStore } from '../../src/store/types.js';
import type { Page } from 'playwright-core';
import { ARTIFACTS, BROWSER_AVAILABLE, ENABLE_HINT, launchBrowser } from '../../tests/browser/browser.js';
import { ensureWebBuilt } from '../../tests/browser/harness.js';

const TYPES = ['Person', 'Organization', 'Place', 'Event'];
const RELATIONS = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS', 'HAS_ROLE', 'HELD_IN', 'REPORTED', 'MENTIONS'];

/** A scale-free-ish graph: edge ends favour earlier nodes, as hubs do in news graphs. */
export function generateGraph(nodeCount: number, edgeCount: number, seed = 7): GraphFragment {
  const random = seededRandom(seed);
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
  expandMs: number;
  searchMs: number;
}

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

/** The entity whose neighbourhood (Articles aside) is closest to 100 neighbours. */
function expansionTarget(index: GraphIndex): { id: string; name: string; neighbours: number } {
  const analysis = analysisOf(index);
  let best: { id: string; neighbours: number } | null = null;
  for (const id of analysis.ranking) {
    const neighbours = rankedNeighbours(index, analysis, id, false).length;
    if (!best || Math.abs(neighbours - 100) < Math.abs(best.neighbours - 100)) best = { id, neighbours };
  }
  if (!best) throw new Error('the graph has no entity to expand');
  return { ...best, name: nodeName(index.nodes.get(best.id)!) };
}

async function measure(store: GraphStore, positions: Positions, runs: number): Promise<Sample[]> {
  const index = buildIndex(await store.snapshot());
  const target = expansionTarget(index);
  console.error(`  expanding ${target.id} (${target.neighbours} neighbours), searching "${target.name}"`);
  const server = await startServer({
    store,
    staticDir: resolve(import.meta.dirname, '../../dist/web'),
    limits: DEFAULT_QUERY_LIMITS,
    exporters: { graphml: toGraphML, json: toJSON },
    positions,
    positionsFile: null,
    host: '127.0.0.1',
    port: 0,
    warm: true,
  });
  // As `newsgraph serve` before it prints its address: the index and analysis are ready.
  await (await fetch(server.url + 'api/graph')).text();
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
      await page.evaluate(() => window.__newsgraph!.layout.stop());
      if (run === 0) {
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(ARTIFACTS, 'bench-overview.png') });
      }
      // Pan: drag the stage with the mouse for 3 s, counting animation frames in the page.
      const panFps = await dragAndCountFrames(page, 3000);
      // Expansion: request → neighbourhood added and drawn (the camera then glides for 300 ms).
      const expandMs = await page.evaluate(async (id) => {
        const started = performance.now();
        await window.__newsgraph!.expand(id);
        return performance.now() - started;
      }, target.id);
      if (run === 0) {
        await page.mouse.move(1, 1);
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(ARTIFACTS, 'bench-expanded.png') });
      }
      await page.evaluate(() => window.__newsgraph!.back());
      await page.waitForTimeout(400);
      // Search to focus: the search request → the camera at rest on the first hit.
      const searchMs = await page.evaluate(async (q) => {
        const started = performance.now();
        await window.__newsgraph!.searchFocus(q);
        return performance.now() - started;
      }, target.name);
      console.error(
        `  run ${run + 1}: first frame ${firstFrameMs.toFixed(0)} ms, pan ${panFps.toFixed(1)} fps, expand ${expandMs.toFixed(0)} ms, search ${searchMs.toFixed(0)} ms`,
      );
      samples.push({ firstFrameMs, panFps, expandMs, searchMs });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return samples;
}

interface Report {
  nodes: number;
  edges: number;
  firstFrameMs: number;
  panFps: number;
  expandMs: number;
  searchMs: number;
}

function summarise(nodes: number, edges: number, samples: Sample[]): Report {
  const med = (f: (s: Sample) => number, digits = 0): number => Number(median(samples.map(f)).toFixed(digits));
  return {
    nodes,
    edges,
    firstFrameMs: med((s) => s.firstFrameMs),
    panFps: med((s) => s.panFps, 1),
    expandMs: med((s) => s.expandMs),
    searchMs: med((s) => s.searchMs),
  };
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
      'expand a neighbourhood',
      samples.map((s) => s.expandMs),
      'ms',
    ),
  );
  console.log(
    line(
      'search to focus',
      samples.map((s) => s.searchMs),
      'ms',
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
      json: { type: 'boolean' },
    },
  });
  if (!BROWSER_AVAILABLE) {
    console.error(ENABLE_HINT.replace('browser tests skipped', 'bench:web cannot run'));
    process.exitCode = 1;
    return;
  }
  ensureWebBuilt();
  const runs = Number(values.runs ?? 3);
  let store: GraphStore;
  let positions: Positions;
  let name: string;
  if (values.graph !== undefined) {
    const file = resolve(values.graph);
    if (!existsSync(file)) throw new Error(`no graph at ${file}`);
    store = await MemoryStore.open(file);
    // As `newsgraph serve` does: the layout `newsgraph build` stored beside the graph.
    positions = await loadPositions(positionsPathFor(file));
    name = file;
  } else {
    const nodeCount = Number(values.nodes ?? 10_000);
    const edgeCount = Number(values.edges ?? 50_000);
    const fragment = generateGraph(nodeCount, edgeCount);
    store = new MemoryStore(graphFromFragment(fragment, createPropertyGraph()));
    positions = await layoutGraph(fragment);
    name = 'generated graph';
  }
  const stats = await store.stats();
  console.log(
    `chromium headless (software WebGL), viewport 1280x800, ${runs} run(s), load average ${loadavg()[0]!.toFixed(1)}`,
  );
  const samples = await measure(store, positions, runs);
  report(`${name}: ${stats.nodes} nodes, ${stats.edges} edges`, samples);
  if (values.json) console.log(JSON.stringify(summarise(stats.nodes, stats.edges, samples)));
}

// Run only when executed, so other scripts can import generateGraph.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
