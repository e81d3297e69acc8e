import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../store/memory/index.js';
import type { CliContext } from '../command.js';
import { runServe } from './serve.js';

function context(cwd: string): CliContext & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdout, stderr, stdin: new PassThrough(), cwd, env: {}, out: () => out, err: () => err };
}

async function graphDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  const store = new MemoryStore();
  await store.merge({
    nodes: [
      {
        id: 'place:bali',
        labels: ['Place'],
        properties: { id: 'place:bali', name: 'Bali', aliases: [], type: 'Place' },
      },
      {
        id: 'place:russia',
        labels: ['Place'],
        properties: { id: 'place:russia', name: 'Russia', aliases: ['Moscow'], type: 'Place' },
      },
    ],
    edges: [],
  });
  await store.save(join(dir, 'graph.json'));
  return dir;
}

describe('newsgraph serve', () => {
  it('serves the graph on 127.0.0.1, prints its URL and stops cleanly', async () => {
    const dir = await graphDir();
    writeFileSync(join(dir, 'graph.positions.json'), JSON.stringify({ 'place:bali': [5, 6] }));
    const ctx = context(dir);
    const stop = new AbortController();
    const running = runServe(['--graph', 'graph.json', '--port', '0'], ctx, stop.signal);
    await expect.poll(() => ctx.out(), { timeout: 10_000 }).toMatch(/at http:\/\/127\.0\.0\.1:\d+\//);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(ctx.out())![1]!;
    expect(ctx.out()).toContain('read-only');
    const info = (await (await fetch(url + 'api/info')).json()) as { allowWrites: boolean; stats: { nodes: number } };
    expect(info).toMatchObject({ allowWrites: false, stats: { nodes: 2 } });
    const search = (await (await fetch(url + 'api/search?q=moscow')).json()) as { results: { id: string }[] };
    expect(search.results.map((r) => r.id)).toEqual(['place:russia']);
    const graph = (await (await fetch(url + 'api/graph')).json()) as { nodes: { id: string; x: number; y: number }[] };
    expect(graph.nodes.find((n) => n.id === 'place:bali')).toMatchObject({ x: 5, y: 6 });
    stop.abort();
    expect(await running).toBe(0);
    await expect(fetch(url + 'api/info')).rejects.toThrow();
  });

  it('saves an allowed write back to the graph file', async () => {
    const dir = await graphDir();
    const ctx = context(dir);
    const stop = new AbortController();
    const running = runServe(['--graph', dir, '--port', '0', '--allow-writes'], ctx, stop.signal);
    await expect.poll(() => ctx.out(), { timeout: 10_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(ctx.out())![1]!;
    const res = await fetch(url + 'api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: "MATCH (p:Place {name: 'Bali'}) SET p.island = true RETURN p.island" }),
    });
    expect(res.status).toBe(200);
    stop.abort();
    await running;
    const reopened = await MemoryStore.open(join(dir, 'graph.json'));
    const check = await reopened.query("MATCH (p:Place {name: 'Bali'}) RETURN p.island");
    expect(check.rows).toEqual([[true]]);
  });

  it('rejects bad options before opening anything', async () => {
    const ctx = context(tmpdir());
    await expect(runServe(['--port', 'eighty'], ctx)).rejects.toThrow(/--port needs a port number/);
    await expect(runServe(['--graph', 'a.json', '--neo4j', 'bolt://x:7687'], ctx)).rejects.toThrow(
      /exclude each other/,
    );
    await expect(runServe(['--graph', join(tmpdir(), 'no-such-graph.json')], ctx)).rejects.toThrow(/no graph at/);
    await expect(runServe(['extra'], ctx)).rejects.toThrow(/takes no arguments/);
  });
});
