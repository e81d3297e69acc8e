import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, STACK_LINE, tempDir, writeFixtureGraph } from './helpers.js';

describe('newsgraph export', () => {
  const { dir, cleanup } = tempDir('export');
  beforeAll(async () => {
    await writeFixtureGraph(join(dir, 'graph', 'graph.json'));
  });
  afterAll(cleanup);

  it('writes GraphML to stdout from graph/graph.json by default', async () => {
    const run = await cli(['export', '--format', 'graphml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<graphml /);
    expect(run.stdout).toContain('<node id="person:vladimir-putin">');
    expect(run.stdout).toContain('>:Person</data>');
  });

  it('writes JSON to --out, atomically, with the same counts as the graph', async () => {
    const run = await cli(['export', '--graph', 'graph', '--format', 'json', '--out', 'out/g.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('wrote');
    const exported = JSON.parse(readFileSync(join(dir, 'out', 'g.json'), 'utf8'));
    const stored = JSON.parse(readFileSync(join(dir, 'graph', 'graph.json'), 'utf8'));
    expect(exported.nodes).toHaveLength(stored.nodes.length);
    expect(exported.edges).toHaveLength(stored.edges.length);
    const stated = exported.edges.find((e: { type: string }) => e.type === 'STATED');
    expect(typeof stated.properties.start).toBe('number');
  });

  it('refuses an unknown format (exit 2) and a missing or corrupt graph (exit 1) without stack traces', async () => {
    const bad = await cli(['export', '--format', 'gexf'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "gexf"');
    const missing = await cli(['export', '--format', 'json', '--graph', 'nope/graph.json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no graph at');
    writeFileSync(join(dir, 'corrupt.json'), '{"format":"newsgraph-graph","version":7,"nodes":[],"edges":[]}');
    const corrupt = await cli(['export', '--format', 'json', '--graph', 'corrupt.json'], { cwd: dir });
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toContain('unsupported version 7');
    expect(corrupt.stderr).not.toMatch(STACK_LINE);
  });
});

describe('newsgraph export --format html', () => {
  const { dir, cleanup } = tempDir('export-html');
  beforeAll(async () => {
    await writeFixtureGraph(join(dir, 'graph', 'graph.json'));
  });
  afterAll(cleanup);

  it('writes a standalone page, or says the web view must be built first', async () => {
    const run = await cli(['export', '--format', 'html', '--out', 'g.html'], { cwd: dir });
    expect(run.stderr).not.toMatch(STACK_LINE);
    if (run.code === 0) {
      const html = readFileSync(join(dir, 'g.html'), 'utf8');
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).not.toContain('<b>bold</b>'); // the hostile title stays data, never markup
    } else {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('npm run build');
    }
  });
});
