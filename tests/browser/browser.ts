/**
 * Driving Debian's chromium with playwright-core. Without a browser the suites skip (saying how
 * to enable them); NEWSGRAPH_REQUIRE_BROWSER=1 makes a missing browser a failure instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const BROWSER_AVAILABLE = existsSync(CHROMIUM_PATH);
export const BROWSER_REQUIRED = process.env.NEWSGRAPH_REQUIRE_BROWSER === '1';
export const ENABLE_HINT = `browser tests skipped: no chromium at ${CHROMIUM_PATH} (install it with \`apt-get install -y chromium\`, or set NEWSGRAPH_CHROMIUM)`;

export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each run (playwright passes it as --user-data-dir). */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // WebGL through SwiftShader, as there is no GPU in CI.
      '--enable-unsafe-swiftshader',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Console errors, page errors and dialogs seen by a page; tests assert they stay empty. */
export interface PageProblems {
  errors: string[];
  dialogs: string[];
}

export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], dialogs: [] };
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    // Chromium logs every 4xx; a refused or malformed console query is answered with one on purpose.
    const expected =
      /^Failed to load resource: .* (400|403)/.test(msg.text()) && msg.location().url.endsWith('/api/query');
    if (!expected) problems.errors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return problems;
}

/** Non-background pixels in a screenshot of an element, counted in the page from the PNG
 * (loaded as an image, which both the served page's and the exported file's policies allow). */
export async function inkedPixels(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] as number) < 235 || (data[i + 1] as number) < 235 || (data[i + 2] as number) < 235) inked++;
    }
    return inked;
  }, png.toString('base64'));
}
