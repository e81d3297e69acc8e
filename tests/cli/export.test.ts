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
    const bad = await cli(['export', '--format', 'xls'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "xls"');
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

  it('writes GEXF with the stored layout, and neo4j-admin CSV files into a folder', async () => {
    writeFileSync(join(dir, 'graph', 'graph.positions.json'), JSON.stringify({ 'person:vladimir-putin': [12.5, -3] }));
    const gexf = await cli(['export', '--format', 'gexf'], { cwd: dir });
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toContain('<graph mode="dynamic" timeformat="date"');
    expect(gexf.stdout).toMatch(/<node id="person:vladimir-putin"[^>]*>.*?<viz:position x="12.5" y="-3"/s);

    expect((await cli(['export', '--format', 'csv'], { cwd: dir })).code).toBe(2);
    const csv = await cli(['export', '--format', 'csv', '--out', 'csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    const nodes = readFileSync(join(dir, 'csv', 'nodes.csv'), 'utf8');
    const stored = JSON.parse(readFileSync(join(dir, 'graph', 'graph.json'), 'utf8'));
    expect(nodes.startsWith('"id:ID",":LABEL",')).toBe(true);
    expect(nodes).toContain('"person:vladimir-putin","Person"');
    const relationships = readFileSync(join(dir, 'csv', 'relationships.csv'), 'utf8');
    expect(relationships.startsWith('":START_ID",":END_ID",":TYPE","id"')).toBe(true);
    expect(relationships.match(/^"[^"\n]*","[^"\n]*","[A-Z_]+","/gm)).toHaveLength(stored.edges.length);
    expect(readFileSync(join(dir, 'csv', 'import.sh'), 'utf8')).toContain('neo4j-admin database import full');
  });

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
