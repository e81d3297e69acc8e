/**
 * The view of a large graph in chromium: it opens on the overview, search reveals and expands a
 * node in place, the breadcrumb goes back, the timeline filters to a period, and nodes can be
 * coloured by community. The graph is the invented one of tests/fixtures/large-graph.ts, laid
 * out briefly in Node as `newsgraph build` would.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.js';
import { toJSON } from '../../src/export/json.js';
import { OVERVIEW_NODES } from '../../src/export/view/graph-view.js';
import { graphFromFragment } from '../../src/graph/convert.js';
import { createPropertyGraph } from '../../src/graph/property-graph.js';
import { layoutGraph } from '../../src/layout/index.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/query.js';
import type { RunningServer } from '../../src/server/server.js';
import { startServer } from '../../src/server/server.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { largeGraph } from '../fixtures/large-graph.js';
import type { LaunchedBrowser, PageProblems } from './browser.js';
import { ARTIFACTS, BROWSER_AVAILABLE, launchBrowser, watchPage } from './browser.js';
import { distanceFromCentre, ensureWebBuilt, waitForView } from './harness.js';

const POLL = { timeout: 15_000, interval: 200 };

describe.skipIf(!BROWSER_AVAILABLE)('large graph in chromium', () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    ensureWebBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    const fragment = largeGraph();
    server = await startServer({
      store: new MemoryStore(graphFromFragment(fragment, createPropertyGraph())),
      staticDir: join(import.meta.dirname, '../../dist/web'),
      limits: DEFAULT_QUERY_LIMITS,
      exporters: { graphml: toGraphML, json: toJSON },
      positions: await layoutGraph(fragment, { iterations: 40 }),
      positionsFile: null,
      host: '127.0.0.1',
      port: 0,
      warm: true,
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = watchPage(page);
    await page.goto(server.url);
    await waitForView(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const order = (): Promise<number> => page.evaluate(() => window.__newsgraph!.graph.order);
  const has = (id: string): Promise<boolean> => page.evaluate((n) => window.__newsgraph!.graph.hasNode(n), id);

  it('opens on the overview of the most-named entities, without articles', async () => {
    expect(await order()).toBe(OVERVIEW_NODES);
    expect(await page.evaluate(() => window.__newsgraph!.graph.someNode((_, a) => a.kind === 'Article'))).toBe(false);
    await expect.poll(() => page.locator('.overview-note').textContent()).toContain('entities named by most articles');
    expect(await page.locator('.breadcrumb .crumb').allTextContents()).toEqual(['Overview']);
    await page.screenshot({ path: join(ARTIFACTS, 'large-overview.png') });
  });

  it('search reveals a node outside the overview, expands it in place, and the breadcrumb goes back', async () => {
    // A minor entity named by one article: outside the overview's budget.
    const hidden = await page.evaluate(() => {
      for (let a = 99; a >= 0; a--)
        for (let k = 49; k >= 0; k--) {
          const id = `organization:minor-${a}-${k}`;
          if (!window.__newsgraph!.graph.hasNode(id)) return { id, name: `Minor ${a}-${k}` };
        }
      return null;
    });
    expect(hidden).not.toBeNull();
    await page.locator('.breadcrumb input[type="checkbox"]').check();
    await page.fill('.search-input', hidden!.name);
    const suggestion = page.locator('.suggestions li').first();
    await expect.poll(() => suggestion.textContent(), POLL).toContain(hidden!.name);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.panel h2').textContent(), POLL).toBe(hidden!.name);
    expect(await has(hidden!.id)).toBe(true);
    // With articles: the one article naming it came along.
    const article = `article:a${hidden!.id.split('-')[1]}`;
    expect(await has(article)).toBe(true);
    await expect
      .poll(() => page.locator('.breadcrumb .crumb').allTextContents(), POLL)
      .toEqual(['Overview', hidden!.name]);
    await page.waitForTimeout(800);
    expect(await distanceFromCentre(page, hidden!.id)).toBeLessThan(120);
    await page.screenshot({ path: join(ARTIFACTS, 'large-expanded.png') });

    await page.locator('.breadcrumb [data-crumb="overview"]').click();
    await expect.poll(() => has(hidden!.id), POLL).toBe(false);
    expect(await has(article)).toBe(false);
    expect(await order()).toBe(OVERVIEW_NODES);
    await page.locator('.breadcrumb input[type="checkbox"]').uncheck();
  });

  it('expands a clicked node’s neighbours and fades the rest', async () => {
    await page.evaluate(() => window.__newsgraph!.expand('person:di'));
    const faded = await page.evaluate(() => {
      const view = window.__newsgraph!;
      const focus = view.state.focus!;
      const outside = view.graph.findNode((n) => !focus.has(n))!;
      return {
        inFocus: focus.has('person:di') && focus.size > 1,
        color: view.renderer.getNodeDisplayData(outside)!.color,
      };
    });
    expect(faded.inFocus).toBe(true);
    expect(faded.color).toBe('#e3e6eb');
    await page.evaluate(() => window.__newsgraph!.back());
    expect(await page.evaluate(() => window.__newsgraph!.state.focus)).toBeNull();
  });

  it('filters the view to a period chosen on the timeline, and back to all', async () => {
    const bars = page.locator('.timeline .bar');
    expect(await bars.count()).toBeGreaterThan(4);
    const first = bars.first();
    const start = (await first.getAttribute('data-start'))!;
    await first.click();
    const check = await page.evaluate((from) => {
      const view = window.__newsgraph!;
      const visible = view.state.visibility!;
      const to = new Date(Date.parse(from) + 6 * 86_400_000).toISOString().slice(0, 10);
      const active = (id: string): boolean =>
        view.view.nodes.find((n) => n.id === id)!.dates.some((d) => d >= from && d <= to);
      let wrong = 0;
      view.graph.forEachNode((id) => {
        if (visible.nodes.has(id) !== active(id)) wrong++;
      });
      return { visible: visible.nodes.size, wrong };
    }, start);
    expect(check.visible).toBeGreaterThan(0);
    expect(check.visible).toBeLessThan(OVERVIEW_NODES);
    expect(check.wrong).toBe(0);
    await page.locator('.timeline button', { hasText: 'All' }).click();
    expect(await page.evaluate(() => window.__newsgraph!.state.visibility)).toBeNull();
  });

  it('colours nodes by community with a legend of the largest ones', async () => {
    await page.locator('[data-color-by="community"]').check();
    await expect.poll(() => page.locator('.communities li').count(), POLL).toBeGreaterThan(0);
    const colours = await page.evaluate(() => {
      const view = window.__newsgraph!;
      const node = view.view.nodes[0]!;
      return { drawn: view.renderer.getNodeDisplayData(node.id)!.color, type: node.color, community: node.community };
    });
    expect(colours.community).toBeGreaterThanOrEqual(0);
    expect(colours.drawn).not.toBe(colours.type);
    await page.locator('[data-color-by="type"]').check();
    const back = await page.evaluate(() => {
      const view = window.__newsgraph!;
      const node = view.view.nodes[0]!;
      return view.renderer.getNodeDisplayData(node.id)!.color === node.color;
    });
    expect(back).toBe(true);
  });

  it('logged no console errors', () => {
    expect(problems.errors).toEqual([]);
  });
});
