import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphFragment } from '../graph/schema.js';
import { escapeRawText, exportHtml, HtmlExportError } from './html.js';
import { decodeEmbedded } from './view/embed.js';

const fragment: GraphFragment = {
  nodes: [{ id: 'p', labels: ['Person'], properties: { id: 'p', name: '<script>alert(1)</script>', aliases: [] } }],
  edges: [],
};

function fakeBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-html-'));
  writeFileSync(join(dir, 'standalone.js'), 'const s = "</script><!--"; console.log(s);');
  writeFileSync(join(dir, 'standalone.css'), 'body{color:red}</style>');
  return dir;
}

describe('exportHtml', () => {
  it('embeds the overview of a large graph and says so in the title', async () => {
    const { largeGraph } = await import('../../tests/fixtures/large-graph.js');
    const html = await exportHtml(largeGraph(), { bundleDir: fakeBundle() });
    expect(html).toMatch(
      /<title>newsgraph · \d+ nodes, \d+ relationships · overview of 1500 entities, the rest on demand</,
    );
    const data = /<script type="application\/json" id="newsgraph-data">([^]*?)<\/script>/.exec(html)![1]!;
    const embedded = decodeEmbedded(data);
    expect(embedded.overview?.mode).toBe('overview');
    expect(embedded.overview?.nodes).toHaveLength(1500);
    expect(embedded.fragment.nodes.length).toBeGreaterThan(5000);
  });

  it('inlines script, style and data so that none of them can end its element early', async () => {
    const html = await exportHtml(fragment, { bundleDir: fakeBundle() });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    const data = /<script type="application\/json" id="newsgraph-data">([^]*?)<\/script>/.exec(html)![1]!;
    expect(decodeEmbedded(data).fragment.nodes[0]!.properties.name).toBe('<script>alert(1)</script>');
  });

  it('allows exactly its own script by hash and no network', async () => {
    const html = await exportHtml(fragment, { bundleDir: fakeBundle() });
    const script = /<script type="module">([^]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    const csp = /Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|'self'/);
  });

  it('says how to build the web view when the bundle is missing', async () => {
    await expect(exportHtml(fragment, { bundleDir: join(tmpdir(), 'no-such-bundle-dir') })).rejects.toBeInstanceOf(
      HtmlExportError,
    );
    await expect(exportHtml(fragment, { bundleDir: join(tmpdir(), 'no-such-bundle-dir') })).rejects.toThrow(
      /npm run build/,
    );
  });
});

describe('escapeRawText', () => {
  it('breaks closing tags in any case', () => {
    expect(escapeRawText('a</SCRIPT>b</script', 'script')).toBe('a<\\/SCRIPT>b<\\/script');
    expect(escapeRawText('x</style>', 'style')).toBe('x<\\/style>');
  });
});
