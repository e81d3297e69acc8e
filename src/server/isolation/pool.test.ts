import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairInSync } from '../../store/memory/graph-pair.js';
import { MemoryStore } from '../../store/memory/index.js';
import { startServer } from '../server.js';
import type { RunningServer } from '../server.js';
import { DEFAULT_QUERY_LIMITS, poolRunner } from '../query.js';
import type { QueryLimits } from '../query.js';
import { QueryPool, QueueFullError } from './pool.js';

/** A pattern V8 can only backtrack on (case folding keeps it off the linear engine): it never ends by itself. */
const RUNAWAY_REGEX = "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(?i)(a+)+b' AS m";

async function writeGraph(dir: string): Promise<string> {
  const store = new MemoryStore();
  await store.merge({
    nodes: [
      {
        id: 'person:ada',
        labels: ['Person'],
        properties: { id: 'person:ada', name: 'Ada', aliases: [], type: 'Person' },
      },
      {
        id: 'place:rome',
        labels: ['Place'],
        properties: { id: 'place:rome', name: 'Rome', aliases: [], type: 'Place' },
      },
    ],
    edges: [],
  });
  return store.save(join(dir, 'graph.json'));
}

function exporters() {
  return { graphml: () => '<graphml/>', json: () => '{}' };
}

describe('queries in the worker pool', () => {
  let dir: string;
  let graphFile: string;
  let pool: QueryPool;
  let server: RunningServer;
  const limits: QueryLimits = {
    ...DEFAULT_QUERY_LIMITS,
    allowWrites: true,
    timeoutMs: 300,
    maxMemoryMb: 64,
    threads: 1,
    maxQueued: 1,
    maxResponseBytes: 4096,
  };
  const post = async (query: string) => {
    const res = await fetch(new URL('/api/query', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read arbitrary JSON shapes
    return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-pool-'));
    graphFile = await writeGraph(dir);
    pool = await QueryPool.start({ graphFile, threads: 1, maxQueued: 1, maxMemoryMb: 64, graceMs: 300 });
    server = await startServer({
      store: await MemoryStore.open(graphFile),
      queries: poolRunner(pool),
      reopenStore: () => MemoryStore.open(graphFile),
      staticDir: null,
      limits,
      exporters: exporters(),
      positions: {},
      positionsFile: null,
      host: '127.0.0.1',
      port: 0,
    });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await pool?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers reads from the worker', async () => {
    const res = await post('MATCH (p:Person) RETURN p.name AS name');
    expect(res.status).toBe(200);
    expect(res.json.rows).toEqual([['Ada']]);
  }, 30_000);

  it('terminates a query the engine cannot interrupt, and the next query is answered', async () => {
    const res = await post(RUNAWAY_REGEX);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('Timeout');
    const next = await post('RETURN 1 AS one');
    expect(next.json.rows).toEqual([[1]]);
  }, 60_000);

  it('answers /api/info while a runaway query holds the only worker', async () => {
    const order: string[] = [];
    const heavy = post(RUNAWAY_REGEX).then(() => order.push('query'));
    await new Promise((r) => setTimeout(r, 50));
    const info = await fetch(new URL('/api/info', server.url));
    order.push('info');
    expect(info.status).toBe(200);
    expect(((await info.json()) as { limits: { maxMemoryMb: number } }).limits.maxMemoryMb).toBe(64);
    await heavy;
    expect(order).toEqual(['info', 'query']);
  }, 60_000);

  it('refuses an answer larger than the response limit', async () => {
    const res = await post("RETURN reduce(s = '', x IN range(1, 600) | s + 'abcdefgh') AS big");
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('ResponseTooLarge');
  }, 30_000);

  it('refuses with 503 and Retry-After when the queue is full', async () => {
    const first = post(RUNAWAY_REGEX);
    const second = post(RUNAWAY_REGEX);
    while (pool.queued < 1) await new Promise((r) => setTimeout(r, 10));
    const third = await post('RETURN 3 AS three');
    expect(third.status).toBe(503);
    expect(third.json.error.code).toBe('Busy');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    await Promise.all([first, second]);
  }, 60_000);

  it('saves a write (graph.graphml beside it too, as a pair), and later reads see it', async () => {
    writeFileSync(join(dir, 'graph.graphml'), '<graphml/>\n');
    const res = await post("CREATE (:Person {id: 'person:bo', name: 'Bo'})");
    expect(res.status).toBe(200);
    expect(readFileSync(graphFile, 'utf8')).toContain('person:bo');
    expect(readFileSync(join(dir, 'graph.graphml'), 'utf8')).toContain('Bo');
    expect(await pairInSync(dir)).toBe(true);
    const read = await post('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(read.json.rows).toEqual([['Ada'], ['Bo']]);
    const search = await fetch(new URL('/api/search?q=Bo', server.url));
    expect(JSON.stringify(await search.json())).toContain('"name":"Bo"');
  }, 60_000);

  it('undoes a write it cannot save, names no server path, and keeps answering', async () => {
    // A directory where graph.json was, holding a non-empty graph.json directory: the atomic rename fails.
    const saved = join(dir, 'graph.saved.json');
    renameSync(graphFile, saved);
    mkdirSync(join(graphFile, 'graph.json'), { recursive: true });
    writeFileSync(join(graphFile, 'graph.json', 'keep'), 'x');
    try {
      const res = await post("CREATE (:Person {id: 'person:cy', name: 'Cy'})");
      expect(res.status).toBe(503);
      expect(res.json.error.code).toBe('SAVE_FAILED');
      expect(JSON.stringify(res.json)).not.toContain(dir);
      expect(JSON.stringify(res.json)).not.toMatch(/at .*\.ts:\d+/);
      const read = await post('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
      expect(read.status).toBe(200);
      expect(read.json.rows).toEqual([['Ada'], ['Bo']]);
    } finally {
      rmSync(graphFile, { recursive: true, force: true });
      renameSync(saved, graphFile);
    }
  }, 60_000);
});

describe('the pool on its own', () => {
  it('refuses at once when every worker is busy and the queue is full', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pool-'));
    const graphFile = await writeGraph(dir);
    const pool = await QueryPool.start({ graphFile, threads: 1, maxQueued: 0, maxMemoryMb: 64, graceMs: 100 });
    try {
      const job = {
        params: {},
        write: false,
        timeoutMs: 300,
        maxRows: 10,
        output: 'result' as const,
        maxResponseBytes: 1 << 20,
      };
      const running = pool.run({ ...job, query: RUNAWAY_REGEX });
      await expect(pool.run({ ...job, query: 'RETURN 1' })).rejects.toBeInstanceOf(QueueFullError);
      await expect(running).rejects.toMatchObject({ code: 'Timeout' });
      const after = await pool.run({ ...job, query: "RETURN date('2024-02-29') AS d" });
      expect(String(after.result!.rows[0]![0])).toBe('2024-02-29');
      // A time limit long enough that the memory limit (64 MB over the graph) is what stops it.
      const hungry = 'UNWIND range(1, 40) AS i WITH collect(range(1, 2000000)) AS c RETURN size(c) AS n';
      await expect(pool.run({ ...job, timeoutMs: 60_000, query: hungry })).rejects.toMatchObject({
        code: 'MemoryLimit',
      });
      expect((await pool.run({ ...job, query: 'RETURN 2 AS two' })).result!.rows).toEqual([[2n]]);
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
