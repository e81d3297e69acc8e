/**
 * The self-contained HTML export: the web view's standalone bundle (dist/web-standalone, built by
 * `npm run build`) and the graph inlined in one file that opens from disk with no server and no
 * network. The graph travels as JSON in <script type="application/json"> with `<` escaped, and a
 * Content-Security-Policy admits only the page's own script (by hash) and no network at all.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { GraphFragment } from '../graph/schema.js';
import { encodeEmbedded } from './view/embed.js';
import { isLargeGraph, overviewView } from './view/graph-view.js';
import { buildIndex } from './view/model.js';
import type { Positions } from './view/types.js';

export interface HtmlExportOptions {
  /** Saved node positions; without them the page runs the layout when it opens. */
  positions?: Positions;
  /** Where the standalone bundle lives (default: found beside this module). */
  bundleDir?: string;
}

/** The bundle is missing: the web view was not built. */
export class HtmlExportError extends Error {
  override readonly name = 'HtmlExportError';
}

const BUNDLE_CANDIDATES = [
  // dist/export/html.js → dist/web-standalone
  new URL('../web-standalone/', import.meta.url),
  // src/export/html.ts → dist/web-standalone
  new URL('../../dist/web-standalone/', import.meta.url),
];

async function readBundle(dir?: string): Promise<{ js: string; css: string }> {
  const dirs = dir !== undefined ? [dir] : BUNDLE_CANDIDATES.map((u) => fileURLToPath(u));
  for (const d of dirs) {
    try {
      const [js, css] = await Promise.all([
        readFile(`${d}/standalone.js`, 'utf8'),
        readFile(`${d}/standalone.css`, 'utf8'),
      ]);
      return { js, css };
    } catch {
      // try the next place
    }
  }
  throw new HtmlExportError(
    'the web view is not built, so there is nothing to put in the HTML file; run `npm run build` first',
  );
}

/** Text that sits inside <script> or <style> must not be able to close it. */
export function escapeRawText(text: string, element: 'script' | 'style'): string {
  const closing = new RegExp(`</(${element})`, 'gi');
  return text.replace(closing, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export async function exportHtml(snapshot: GraphFragment, options: HtmlExportOptions = {}): Promise<string> {
  const bundle = await readBundle(options.bundleDir);
  const positions = options.positions ?? {};
  // A large graph's page opens on its overview, computed here rather than in the page.
  const index = buildIndex(snapshot);
  const overview = isLargeGraph(index) ? overviewView(index, positions) : undefined;
  const data = encodeEmbedded(snapshot, positions, undefined, overview);
  const script = escapeRawText(bundle.js, 'script');
  const style = escapeRawText(bundle.css, 'style');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(script)}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'worker-src blob:',
    'connect-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title =
    `newsgraph · ${snapshot.nodes.length} nodes, ${snapshot.edges.length} relationships` +
    (overview ? ` · overview of ${overview.nodes.length} entities, the rest on demand` : '');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<div id="app" class="app"><p class="loading">Loading the graph…</p></div>',
    `<script type="application/json" id="newsgraph-data">${data}</script>`,
    `<script type="module">${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
