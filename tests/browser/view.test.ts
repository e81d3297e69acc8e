/**
 * The web view in a real browser (Debian chromium through playwright-core), served by the
 * server over the fixture graph and opened from the exported HTML file: both must draw, search,
 * show evidence, run Cypher, filter, export, and never run script from the data.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser, PageProblems } from './browser.js';
import {
  ARTIFACTS,
  BROWSER_AVAILABLE,
  BROWSER_REQUIRED,
  ENABLE_HINT,
  inkedPixels,
  launchBrowser,
  watchPage,
} from './browser.js';
import { HOSTILE_NAME, HOSTILE_SENTENCE } from './fixture.js';
import type { Served } from './harness.js';
import { distanceFromCentre, edgeClickPoint, nodeOnPage, serveFixture, waitForView } from './harness.js';

const LAVROV = 'person:sergei-lavrov';
const LAVROV_STATED =
  'Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to negotiate with the West.';
// A loaded 2-core CI machine renders software WebGL slowly: give the page time before a poll fails.
const POLL = { timeout: 15_000, interval: 200 };

if (!BROWSER_AVAILABLE) {
  if (BROWSER_REQUIRED) {
    it('needs chromium (NEWSGRAPH_REQUIRE_BROWSER=1)', () => {
      throw new Error(ENABLE_HINT);
    });
  } else {
    console.warn(ENABLE_HINT);
  }
}

describe.skipIf(!BROWSER_AVAILABLE)('web view in chromium', () => {
  let served: Served;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    served = await serveFixture();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.dispose();
  });

  const targets: { name: string; url: () => string }[] = [
    { name: 'served', url: () => served.server.url },
    { name: 'exported', url: () => pathToFileURL(served.htmlFile).href },
  ];

  for (const target of targets) {
    describe(`${target.name} page`, () => {
      let page: Page;
      let problems: PageProblems;

      beforeAll(async () => {
        page = await browser.context.newPage();
        problems = watchPage(page);
        await page.goto(target.url());
        await waitForView(page);
      });

      afterAll(async () => {
        await page?.close();
      });

      it('draws the graph on the canvas', async () => {
        expect(await inkedPixels(page, '.stage')).toBeGreaterThan(2000);
        await page.screenshot({ path: join(ARTIFACTS, `${target.name}-overview.png`) });
      });

      it('moves the camera to a node chosen from the search suggestions', async () => {
        const before = await distanceFromCentre(page, 'person:volodymyr-zelenskyy');
        await page.fill('.search-input', 'zelensk');
        const suggestion = page.locator('.suggestions li').first();
        await expect.poll(() => suggestion.textContent(), POLL).toContain('Volodymyr Zelenskyy');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.panel h2').textContent(), POLL).toBe('Volodymyr Zelenskyy');
        await page.waitForTimeout(700);
        const after = await distanceFromCentre(page, 'person:volodymyr-zelenskyy');
        expect(after).toBeLessThan(30);
        expect(before).toBeGreaterThan(after);
        await page.screenshot({ path: join(ARTIFACTS, `${target.name}-search.png`) });
      });

      it('shows a node’s evidence inside the article text when the node is clicked', async () => {
        await page.keyboard.press('Escape');
        await page.evaluate(() =>
          window.__newsgraph!.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
        );
        await page.waitForTimeout(200);
        const at = await nodeOnPage(page, LAVROV);
        await page.mouse.move(at.x, at.y);
        // Hovering brings the neighbourhood forward and fades the rest.
        await expect.poll(() => page.evaluate(() => window.__newsgraph!.state.hovered), POLL).toBe(LAVROV);
        const colours = await page.evaluate(() => {
          const r = window.__newsgraph!.renderer;
          return {
            neighbour: r.getNodeDisplayData('event:g20-summit')!.color,
            stranger: r.getNodeDisplayData('place:odesa')!.color,
          };
        });
        expect(colours.neighbour).toBe('#9c5bb5');
        expect(colours.stranger).toBe('#e3e6eb');
        await page.mouse.click(at.x, at.y);
        await expect.poll(() => page.locator('.panel h2').textContent(), POLL).toBe('Sergei Lavrov');
        const marks = await page.locator('.panel .evidence mark').allTextContents();
        expect(marks).toContain(LAVROV_STATED);
        const quote = page.locator('.panel .evidence', { hasText: LAVROV_STATED }).first();
        expect(await quote.textContent()).toContain('Leaders gathered in Indonesia this week.');
        expect(await page.locator('.panel .facts').textContent()).toContain('Foreign Minister');
        await page.screenshot({ path: join(ARTIFACTS, `${target.name}-node-panel.png`) });
      });

      it('shows a relation’s evidence when its edge is clicked', async () => {
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 5);
        // The point is taken again on each try: under load the view may still be settling.
        await expect
          .poll(async () => {
            const at = await edgeClickPoint(page, 'person:volodymyr-zelenskyy', 'place:russia');
            await page.mouse.move(at.x, at.y);
            await page.mouse.click(at.x, at.y);
            return page.locator('.panel .badge').first().textContent();
          }, POLL)
          .toBe('DEMANDED');
        expect(await page.locator('.panel .evidence mark').textContent()).toBe(
          'President Volodymyr Zelenskyy demanded that Russian troops leave Ukraine.',
        );
        await page.screenshot({ path: join(ARTIFACTS, `${target.name}-edge-panel.png`) });
      });

      it('runs a console query, lists the rows and highlights them in the graph', async () => {
        await page.fill(
          '.console textarea',
          'MATCH (p:Person)-[r:DEMANDED]->(x) RETURN p.name AS who, r, x ORDER BY who',
        );
        await page.click('.console button.primary');
        await expect.poll(() => page.locator('.console .result tbody tr').count(), POLL).toBe(1);
        expect(await page.locator('.console .result tbody').textContent()).toContain('Volodymyr Zelenskyy');
        const highlight = await page.evaluate(() => {
          const h = window.__newsgraph!.state.highlight;
          return h ? { nodes: [...h.nodes].sort(), edges: h.edges.size } : null;
        });
        expect(highlight).toEqual({ nodes: ['person:volodymyr-zelenskyy', 'place:russia'], edges: 1 });
        const faded = await page.evaluate(
          () => window.__newsgraph!.renderer.getNodeDisplayData('person:sergei-lavrov')!.color,
        );
        expect(faded).not.toBe('#3b6fb6');
        await page.screenshot({ path: join(ARTIFACTS, `${target.name}-console.png`) });
        await page.click('.console button:has-text("Clear highlight")');
      });

      it('shows a syntax error with its position', async () => {
        await page.fill('.console textarea', 'MATCH (n RETURN n');
        await page.click('.console button.primary');
        const error = page.locator('.console .error');
        await expect.poll(() => error.textContent(), POLL).toMatch(/line 1, column \d+/);
        expect(await error.locator('pre.caret').textContent()).toContain('^');
      });

      it('refuses a query that would change the graph', async () => {
        await page.fill('.console textarea', "CREATE (n:Person {name: 'Intruder'}) RETURN n");
        await page.click('.console button.primary');
        await expect.poll(() => page.locator('.console .error').textContent(), POLL).toMatch(/WRITE_REFUSED|ReadOnly/);
        const count = await served.store.query("MATCH (n {name: 'Intruder'}) RETURN count(n) AS c");
        expect(count.rows[0]?.[0]).toBe(0n);
      });

      it('hides nodes when their type is filtered out', async () => {
        const hiddenBefore = await page.evaluate(
          () => window.__newsgraph!.renderer.getNodeDisplayData('person:sergei-lavrov')!.hidden,
        );
        expect(hiddenBefore).toBe(false);
        await page.locator('.sidebar input[data-filter="Person"]').uncheck();
        const hidden = await page.evaluate(() => {
          const r = window.__newsgraph!.renderer;
          return ['person:sergei-lavrov', 'person:volodymyr-zelenskyy', 'place:russia'].map(
            (id) => r.getNodeDisplayData(id)!.hidden,
          );
        });
        expect(hidden).toEqual([true, true, false]);
        await page.screenshot({ path: join(ARTIFACTS, `${target.name}-filtered.png`) });
        await page.locator('.sidebar input[data-filter="Person"]').check();
        await page.selectOption('.sidebar select', 'article:grain-deal');
        const shown = await page.evaluate(() => {
          const r = window.__newsgraph!.renderer;
          return ['place:odesa', 'place:bali', 'person:sergei-lavrov'].map((id) => !r.getNodeDisplayData(id)!.hidden);
        });
        expect(shown).toEqual([true, false, true]);
        await page.selectOption('.sidebar select', '');
        await page.fill('.sidebar input[aria-label="From"]', '2023-07-01');
        const dated = await page.evaluate(() => {
          const r = window.__newsgraph!.renderer;
          return ['organization:european-union', 'place:bali', 'person:volodymyr-zelenskyy'].map(
            (id) => !r.getNodeDisplayData(id)!.hidden,
          );
        });
        expect(dated).toEqual([true, false, false]);
        await page.fill('.sidebar input[aria-label="From"]', '');
      });

      it('exports GraphML and a PNG of the view', async () => {
        const [graphml] = await Promise.all([
          page.waitForEvent('download'),
          page.click('.tools button:has-text("GraphML")'),
        ]);
        expect(graphml.suggestedFilename()).toBe('newsgraph.graphml');
        const xml = await readFile((await graphml.path()) as string, 'utf8');
        expect(xml).toContain('<graphml');
        expect(xml).toContain('Sergei Lavrov');
        const [png] = await Promise.all([page.waitForEvent('download'), page.click('.tools button:has-text("PNG")')]);
        const bytes = await readFile((await png.path()) as string);
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(bytes.length).toBeGreaterThan(5000);
      });

      it('renders hostile names and sentences as text, running none of it', async () => {
        await page.fill('.search-input', 'mallory');
        await expect.poll(() => page.locator('.suggestions li').first().textContent(), POLL).toContain('Mallory');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.panel h2').textContent(), POLL).toBe(HOSTILE_NAME);
        expect(await page.locator('.panel .evidence mark').allTextContents()).toContain(HOSTILE_SENTENCE);
        await page.click('.panel .meta button.link');
        await expect.poll(() => page.locator('.panel .article-text').textContent(), POLL).toContain(HOSTILE_SENTENCE);
        await page.fill('.console textarea', "MATCH (p:Person) WHERE p.name CONTAINS 'Mallory' RETURN p.name, p");
        await page.click('.console button.primary');
        await expect.poll(() => page.locator('.console .result tbody').textContent(), POLL).toContain('<script>');
        await page.waitForTimeout(300);
        const outcome = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          injected: document.querySelectorAll('#app img, #app script, #app b').length,
        }));
        expect(outcome).toEqual({ pwned: undefined, injected: 0 });
        expect(problems.dialogs).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `${target.name}-hostile.png`) });
      });

      it('logged no console errors', () => {
        expect(problems.errors).toEqual([]);
      });
    });
  }
});
