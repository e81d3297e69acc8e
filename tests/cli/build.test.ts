import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory/index.js';
import { ARTICLE_ONE, ARTICLE_TWO, cli, STACK_LINE, tempDir } from './helpers.js';

describe('newsgraph build', () => {
  const { dir, cleanup } = tempDir('build');
  afterAll(cleanup);
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'one.txt'), ARTICLE_ONE);
  writeFileSync(join(dir, 'two.txt'), ARTICLE_TWO);

  it('writes a reloadable graph.json and a graph.graphml, and prints a summary', async () => {
    const run = await cli(['build', 'in'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Built graph\/graph\.json, graph\/graph\.graphml, graph\/graph\.positions\.json from 1 article in [\d.]+ s/,
    );
    expect(run.stdout).toMatch(/nodes\s+\d+\s+\(.*Article 1/);
    expect(readdirSync(join(dir, 'graph')).sort()).toEqual(['graph.graphml', 'graph.json', 'graph.positions.json']);
    const store = await MemoryStore.open(join(dir, 'graph'));
    const stats = await store.stats();
    expect(stats.nodesByLabel.Article).toBe(1);
    expect(stats.nodesByLabel.Person ?? 0).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'graph', 'graph.graphml'), 'utf8')).toContain('<graphml');
  });

  it('is idempotent: building the same article again leaves graph.json byte-identical', async () => {
    const before = readFileSync(join(dir, 'graph', 'graph.json'));
    const run = await cli(['build', 'in', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.merge).toEqual({ nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 });
    expect(readFileSync(join(dir, 'graph', 'graph.json')).equals(before)).toBe(true);
  });

  it('merges a second article into the existing graph', async () => {
    const before = await (await MemoryStore.open(join(dir, 'graph'))).stats();
    const run = await cli(['build', 'two.txt', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.articles).toBe(1);
    expect(summary.nodesByLabel.Article).toBe(2);
    expect(summary.nodes).toBeGreaterThan(before.nodes);
    const store = await MemoryStore.open(join(dir, 'graph', 'graph.json'));
    const names = (await store.query('MATCH (n) WHERE n.name IS NOT NULL RETURN n.type AS t, n.name AS name')).rows.map(
      (r) => `${r[0]}:${r[1]}`,
    );
    expect(new Set(names).size).toBe(names.length); // no duplicate (type, name)
  });

  it('builds into --out with --threads 2 the same graph as with one thread', async () => {
    const one = await cli(['build', 'in', 'two.txt', '--out', 'g1', '--threads', '1'], { cwd: dir });
    const two = await cli(['build', 'in', 'two.txt', '--out', 'g2', '--threads', '2'], { cwd: dir });
    expect(two.stderr).toBe('');
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'g2', 'graph.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'g1', 'graph.json'), 'utf8'),
    );
  });

  it('refuses to extend a corrupt graph.json and leaves it as it was', async () => {
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'graph.json'), 'not json');
    const run = await cli(['build', 'in', '--out', 'broken'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a usable graph file');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(join(dir, 'broken', 'graph.json'), 'utf8')).toBe('not json');
    expect(existsSync(join(dir, 'broken', 'graph.graphml'))).toBe(false);
  });
});
