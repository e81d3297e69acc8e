/**
 * What the browser suites share: a built front end, the fixture graph in a real memory store,
 * the server over it, and the exported HTML file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { exportHtml } from '../../src/export/html.js';
import { toGraphML } from '../../src/export/graphml.js';
import { toJSON } from '../../src/export/json.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/query.js';
import type { RunningServer } from '../../src/server/server.js';
import { startServer } from '../../src/server/server.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { buildFixtureGraph } from './fixture.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Newest modification time of the files under `dir`. */
function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The sources the two bundles are made from. */
const BUNDLED_SOURCES = ['src/web', 'src/export', 'src/cypher', 'src/graph'];

/** Build dist/web and dist/web-standalone when missing or older than their sources, so the
 * tests never drive a stale bundle. */
export function ensureWebBuilt(): void {
  const outputs = ['dist/web/index.html', 'dist/web-standalone/standalone.js'].map((f) => join(ROOT, f));
  if (outputs.every((f) => existsSync(f))) {
    const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
    if (BUNDLED_SOURCES.every((d) => newestIn(join(ROOT, d)) <= built)) return;
  }
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`building the web view failed:\n${run.stdout}\n${run.stderr}`);
}

export interface Served {
  server: RunningServer;
  store: MemoryStore;
  htmlFile: string;
  dispose(): Promise<void>;
}

export async function serveFixture(): Promise<Served> {
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-browser-'));
  const file = await buildFixtureGraph(dir);
  const store = await MemoryStore.open(file);
  const server = await startServer({
    store,
    staticDir: join(ROOT, 'dist/web'),
    limits: { ...DEFAULT_QUERY_LIMITS, timeoutMs: 2000 },
    exporters: { graphml: toGraphML, json: toJSON },
    positions: {},
    positionsFile: null,
    host: '127.0.0.1',
    port: 0,
  });
  const htmlFile = join(dir, 'graph.html');
  writeFileSync(htmlFile, await exportHtml(await store.snapshot()));
  return {
    server,
    store,
    htmlFile,
    dispose: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Wait until the view is up and its first layout run has finished and settled. */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout: 20_000 });
  await page.waitForFunction(
    () => window.__newsgraph !== undefined && !window.__newsgraph.layout.isRunning(),
    undefined,
    { timeout: 20_000 },
  );
  // The camera resets with a short animation once the layout stops.
  await page.waitForTimeout(600);
}

/** Where a node is drawn, in page coordinates. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.stage').boundingBox();
  if (!box) throw new Error('no stage');
  const p = await page.evaluate((node) => {
    const view = window.__newsgraph!;
    const data = view.renderer.getNodeDisplayData(node)!;
    return view.renderer.framedGraphToViewport(data);
  }, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Distance of a node from the middle of the stage, in pixels. */
export async function distanceFromCentre(page: Page, id: string): Promise<number> {
  const box = await page.locator('.stage').boundingBox();
  if (!box) throw new Error('no stage');
  const p = await nodeOnPage(page, id);
  return Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2));
}

/** A whole-pixel point on the edge from `source` to `target`, in page coordinates, where sigma's
 * picking finds that edge, as far as possible from every node disc (layouts differ between runs,
 * and a thin edge covers only some pixels of sigma's down-sized picking buffer). */
export async function edgeClickPoint(page: Page, source: string, target: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.stage').boundingBox();
  if (!box) throw new Error('no stage');
  const p = await page.evaluate(
    ([s, t]) => {
      const view = window.__newsgraph!;
      const r = view.renderer;
      const pick = (r as unknown as { getEdgeAtPoint(x: number, y: number): string | null }).getEdgeAtPoint.bind(r);
      const edges = new Set(view.graph.edges(s, t));
      const at = (id: string) => r.framedGraphToViewport(r.getNodeDisplayData(id)!);
      const a = at(s);
      const b = at(t);
      const discs = view.graph.mapNodes((id) => ({ ...at(id), size: r.getNodeDisplayData(id)!.size }));
      let best: { x: number; y: number; clearance: number } | null = null;
      for (let k = 10; k <= 80; k++) {
        const x = Math.round(a.x + ((b.x - a.x) * k) / 100);
        const y = Math.round(a.y + ((b.y - a.y) * k) / 100);
        if (!edges.has(pick(x, y) ?? '')) continue;
        const clearance = Math.min(...discs.map((d) => Math.hypot(d.x - x, d.y - y) - d.size));
        if (!best || clearance > best.clearance) best = { x, y, clearance };
      }
      return best;
    },
    [source, target] as const,
  );
  if (!p) throw new Error(`no pixel of the edge ${source} → ${target} can be picked`);
  return { x: box.x + p.x, y: box.y + p.y };
}
