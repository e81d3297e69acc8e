import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherValue, NodeValue, QueryResult } from '../cypher/values.js';
import type { GraphFragment } from '../graph/schema.js';
import type { GraphStore, QueryOptions } from '../store/types.js';
import { StoreError } from '../store/types.js';
import type { MemoryStore } from '../store/memory/index.js';
import { CypherError } from '../cypher/errors.js';
import type { RunningServer } from './server.js';
import { startServer } from './server.js';
import { DEFAULT_QUERY_LIMITS } from './query.js';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEXT = 'Officials met in Bali. Sergei Lavrov said Russia wants talks. Later, nobody answered.';
const SENTENCE = 'Sergei Lavrov said Russia wants talks.';

const fragment: GraphFragment = {
  nodes: [
    {
      id: 'article:a1',
      labels: ['Article'],
      properties: { id: 'article:a1', title: 'Talks', text: TEXT, date: '2022-11-15' },
    },
    {
      id: 'person:sergei-lavrov',
      labels: ['Person'],
      properties: {
        id: 'person:sergei-lavrov',
        name: 'Sergei Lavrov',
        aliases: ['Lavrov'],
        type: 'Person',
        roles: ['Foreign Minister'],
      },
    },
    {
      id: 'place:russia',
      labels: ['Place'],
      properties: { id: 'place:russia', name: 'Russia', aliases: [], type: 'Place' },
    },
  ],
  edges: [
    {
      id: 'mentions:1',
      type: 'MENTIONS',
      source: 'article:a1',
      target: 'person:sergei-lavrov',
      properties: { article: 'article:a1', count: 2n },
    },
    {
      id: 'stated:1',
      type: 'STATED',
      source: 'person:sergei-lavrov',
      target: 'article:a1',
      properties: {
        evidence: SENTENCE,
        start: BigInt(TEXT.indexOf(SENTENCE)),
        end: BigInt(TEXT.indexOf(SENTENCE) + SENTENCE.length),
        article: 'article:a1',
        date: '2022-11-15',
        confidence: 0.9,
      },
    },
  ],
};

function nodeValue(id: string): NodeValue {
  const node = fragment.nodes.find((n) => n.id === id)!;
  return {
    kind: 'node',
    id,
    labels: node.labels,
    properties: new Map(Object.entries(node.properties)) as Map<string, CypherValue>,
  };
}

/** A store whose query() answers by the first word of the query, recording the options it got. */
class FakeStore implements GraphStore {
  readonly kind = 'memory' as const;
  calls: { cypher: string; options: QueryOptions | undefined }[] = [];
  async merge() {
    return { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  }
  async query(cypher: string, options?: QueryOptions): Promise<QueryResult> {
    this.calls.push({ cypher, options });
    if (cypher.startsWith('HANG')) return new Promise(() => {});
    if (cypher.startsWith('SYNTAX'))
      throw new CypherError('SyntaxError', 'compile', 'Invalid input', { position: { line: 1, column: 7, offset: 6 } });
    if (cypher.startsWith('DOWN')) throw new StoreError('Neo4j is not reachable', 'UNAVAILABLE');
    if (cypher.startsWith('BUG')) throw new Error('secret internal detail');
    if (cypher.startsWith('MANY')) return { columns: ['i'], rows: Array.from({ length: 50 }, (_, i) => [BigInt(i)]) };
    return {
      columns: ['n', 'big', 'm', 'f'],
      rows: [[nodeValue('person:sergei-lavrov'), 2n ** 60n, new Map([['k', 1n]]), 1.5]],
    };
  }
  async snapshot() {
    return fragment;
  }
  async stats() {
    return { nodes: 3, edges: 2, nodesByLabel: {}, edgesByType: {} };
  }
  async close() {}
}

let server: RunningServer;
let writable: RunningServer;
let store: FakeStore;
let positionsFile: string;
const exporters = {
  graphml: () => '<graphml/>',
  json: (f: GraphFragment) => JSON.stringify({ nodes: f.nodes.length }),
};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-server-'));
  mkdirSync(join(dir, 'web'));
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>newsgraph</title>');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  positionsFile = join(dir, 'positions.json');
  store = new FakeStore();
  const common = {
    store,
    staticDir: join(dir, 'web'),
    exporters,
    positions: {},
    positionsFile,
    host: '127.0.0.1',
    port: 0,
  };
  server = await startServer({ ...common, limits: { ...DEFAULT_QUERY_LIMITS, timeoutMs: 300, maxRows: 10 } });
  writable = await startServer({
    ...common,
    store: new FakeStore(),
    limits: { ...DEFAULT_QUERY_LIMITS, allowWrites: true },
  });
});

afterAll(async () => {
  await server?.close();
  await writable?.close();
});

async function get(path: string, base = server.url) {
  const res = await fetch(new URL(path, base));
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: (await res.text()) as string,
    headers: res.headers,
  };
}

async function post(path: string, body: unknown, base = server.url, type = 'application/json') {
  const res = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read arbitrary JSON shapes
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

describe('read endpoints', () => {
  it('serves the graph with display attributes', async () => {
    const res = await get('/api/graph');
    expect(res.status).toBe(200);
    const graph = JSON.parse(res.body);
    expect(graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'article:a1',
      'person:sergei-lavrov',
      'place:russia',
    ]);
    const lavrov = graph.nodes.find((n: { id: string }) => n.id === 'person:sergei-lavrov');
    expect(lavrov).toMatchObject({ label: 'Sergei Lavrov', type: 'Person', degree: 2, articles: ['article:a1'] });
    expect(typeof lavrov.x).toBe('number');
    expect(lavrov.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(graph.edges).toHaveLength(2);
    expect(graph.dateRange).toEqual(['2022-11-15', '2022-11-15']);
  });

  it('gives node details with the evidence inside the article text', async () => {
    const res = await get('/api/node?id=' + encodeURIComponent('person:sergei-lavrov'));
    const details = JSON.parse(res.body);
    expect(details.roles).toEqual(['Foreign Minister']);
    const stated = details.relations.find((g: { type: string }) => g.type === 'STATED');
    expect(stated.items[0].context).toEqual({
      before: 'Officials met in Bali. ',
      sentence: SENTENCE,
      after: ' Later, nobody answered.',
      clippedBefore: false,
      clippedAfter: false,
    });
    expect(details.articles).toEqual([{ id: 'article:a1', title: 'Talks', date: '2022-11-15' }]);
  });

  it('searches names and aliases', async () => {
    const res = JSON.parse((await get('/api/search?q=lavr')).body);
    expect(res.results[0]).toMatchObject({ id: 'person:sergei-lavrov', alias: 'Lavrov' });
    expect(JSON.parse((await get('/api/search?q=sergei')).body).results[0].alias).toBeNull();
    expect(JSON.parse((await get('/api/search?q=')).body).results).toEqual([]);
  });

  it('returns article text and edge evidence', async () => {
    expect(JSON.parse((await get('/api/article?id=article:a1')).body).text).toBe(TEXT);
    const edge = JSON.parse((await get('/api/edge?id=stated:1')).body);
    expect(edge.context.sentence).toBe(SENTENCE);
    expect(edge.source.name).toBe('Sergei Lavrov');
  });

  it('answers unknown ids, endpoints and files with 404 JSON', async () => {
    for (const path of [
      '/api/node?id=nope',
      '/api/edge?id=nope',
      '/api/article?id=person:sergei-lavrov',
      '/api/nothing',
      '/missing.js',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.body).error.code).toBe('NOT_FOUND');
    }
    expect((await get('/api/node')).status).toBe(400);
  });

  it('answers hostile query strings with JSON, echoing nothing back as HTML', async () => {
    const search = await get('/api/search?q=' + encodeURIComponent('<script>alert(1)</script>\u0000') + '&limit=-5');
    expect(search.status).toBe(200);
    expect(search.type).toContain('application/json');
    expect(JSON.parse(search.body).results).toEqual([]);
    const long = await get('/api/search?q=' + 'a'.repeat(5000) + '&limit=abc');
    expect(long.status).toBe(200);
    for (const path of [
      '/api/node?id=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '/api/node?id=%E0%A4%A',
      '/%E0%A4%A',
      '/api/node?id=' + '%2e%2e%2f'.repeat(10),
    ]) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.type, path).toContain('application/json');
      expect(res.body, path).not.toMatch(/<img|onerror/);
    }
  });

  it('does not serve files outside the front end directory', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('do not serve');
    }
  });

  it('serves the page with a content security policy', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('exports GraphML and JSON', async () => {
    const res = await get('/api/export?format=graphml');
    expect(res.body).toBe('<graphml/>');
    expect(res.headers.get('content-disposition')).toContain('newsgraph.graphml');
    expect(JSON.parse((await get('/api/export?format=json')).body)).toEqual({ nodes: 3 });
    expect((await get('/api/export?format=pdf')).status).toBe(400);
  });

  it('refuses foreign Host headers on loopback', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/api/graph', server.url), { headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('query endpoint', () => {
  it('returns JSON-safe rows and highlights', async () => {
    const res = await post('/api/query', { query: 'MATCH (n) RETURN n', params: { name: 'Lavrov', n: 3, f: 1.5 } });
    expect(res.status).toBe(200);
    expect(res.json.columns).toEqual(['n', 'big', 'm', 'f']);
    const [node, big, map, float] = res.json.rows[0];
    expect(node).toMatchObject({ id: 'person:sergei-lavrov', labels: ['Person'] });
    expect(node.properties.aliases).toEqual(['Lavrov']);
    expect(big).toBe((2n ** 60n).toString());
    expect(map).toEqual({ k: 1 });
    expect(float).toBe(1.5);
    expect(res.json.highlight).toEqual({ nodes: ['person:sergei-lavrov'], edges: [] });
    const call = store.calls.at(-1)!;
    expect(call.options).toMatchObject({ readOnly: true, timeoutMs: 300 });
    expect(call.options?.params).toEqual({ name: 'Lavrov', n: 3n, f: 1.5 });
  });

  it('refuses updating clauses on a read-only server, with their position', async () => {
    const before = store.calls.length;
    const res = await post('/api/query', { query: 'MATCH (n)\nDETACH DELETE n' });
    expect(res.status).toBe(403);
    expect(res.json.error).toMatchObject({ code: 'WRITE_REFUSED', line: 2, column: 1 });
    expect(store.calls.length).toBe(before);
    // Words inside strings, comments and property names are not clauses.
    const ok = await post('/api/query', { query: "MATCH (n) WHERE n.set = 'CREATE' // DELETE\nRETURN n" });
    expect(ok.status).toBe(200);
  });

  it('passes updating queries through with --allow-writes', async () => {
    const res = await post('/api/query', { query: 'CREATE (n) RETURN n' }, writable.url);
    expect(res.status).toBe(200);
  });

  it('closes the connection after refusing an oversize body', async () => {
    const res = await fetch(new URL('/api/query', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1', pad: 'x'.repeat(2 << 20) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
  });

  it('stops a runaway query with an error instead of hanging', async () => {
    const started = Date.now();
    const res = await post('/api/query', { query: 'HANG forever' });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('Timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('cuts results at the row limit and says so', async () => {
    const res = await post('/api/query', { query: 'MANY rows' });
    expect(res.json.rows).toHaveLength(10);
    expect(res.json.truncated).toBe(true);
    expect(store.calls.at(-1)!.options?.maxRows).toBe(11);
  });

  it('reports Cypher errors with their position and store errors by code', async () => {
    const syntax = await post('/api/query', { query: 'SYNTAX error' });
    expect(syntax.status).toBe(400);
    expect(syntax.json.error).toMatchObject({ code: 'SyntaxError', message: 'Invalid input', line: 1, column: 7 });
    const down = await post('/api/query', { query: 'DOWN' });
    expect(down.status).toBe(503);
    expect(down.json.error.code).toBe('UNAVAILABLE');
  });

  it('never leaks internal errors', async () => {
    const res = await post('/api/query', { query: 'BUG' });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.json)).not.toContain('secret');
    expect(JSON.stringify(res.json)).not.toContain('at ');
  });

  it('rejects malformed requests with 4xx JSON', async () => {
    expect((await post('/api/query', '{not json')).status).toBe(400);
    expect((await post('/api/query', { query: 42 })).status).toBe(400);
    expect((await post('/api/query', { query: 'RETURN 1', params: [1] })).status).toBe(400);
    expect((await post('/api/query', { query: 'x'.repeat(30_000) })).status).toBe(400);
    expect((await post('/api/query', 'query=RETURN 1', server.url, 'application/x-www-form-urlencoded')).status).toBe(
      415,
    );
    const wrongMethod = await get('/api/query');
    expect(wrongMethod.status).toBe(405);
    expect(JSON.parse(wrongMethod.body).error.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('positions', () => {
  it('refuses to save positions on a read-only server', async () => {
    const res = await post('/api/positions', { 'place:russia': [1, 2] });
    expect(res.status).toBe(403);
  });

  it('saves valid positions with --allow-writes and serves them back', async () => {
    expect((await post('/api/positions', { 'place:russia': [1, 'x'] }, writable.url)).status).toBe(400);
    const positions = { 'place:russia': [1, 2], 'article:a1': [3, 4], 'person:sergei-lavrov': [5, 6] };
    const res = await post('/api/positions', positions, writable.url);
    expect(res.json).toEqual({ saved: 3 });
    expect(JSON.parse(readFileSync(positionsFile, 'utf8'))).toEqual(positions);
    const graph = JSON.parse((await get('/api/graph', writable.url)).body);
    expect(graph.positioned).toBe(true);
    expect(graph.nodes.find((n: { id: string }) => n.id === 'place:russia')).toMatchObject({ x: 1, y: 2 });
    // A later save of part of the graph (an overview) keeps the others' positions.
    expect((await post('/api/positions', { 'place:russia': [7, 8] }, writable.url)).json).toEqual({ saved: 1 });
    expect(JSON.parse(readFileSync(positionsFile, 'utf8'))).toEqual({ ...positions, 'place:russia': [7, 8] });
  });
});

/** A server over a fresh memory store (set up by `setup`), closed after `fn`. */
async function withMemoryServer(
  setup: (store: MemoryStore) => Promise<unknown>,
  limits: typeof DEFAULT_QUERY_LIMITS,
  fn: (url: string) => Promise<void>,
): Promise<void> {
  const memory = new (await import('../store/memory/index.js')).MemoryStore();
  await setup(memory);
  const running = await startServer({
    store: memory,
    staticDir: null,
    exporters,
    positions: {},
    positionsFile: null,
    host: '127.0.0.1',
    port: 0,
    limits,
  });
  try {
    await fn(running.url);
  } finally {
    await running.close();
  }
}

describe('with the memory store and the real engine', () => {
  it('stops a runaway query at the time limit and keeps answering', async () => {
    const places = (memory: MemoryStore) =>
      memory.merge({
        nodes: Array.from({ length: 60 }, (_, i) => ({
          id: `n${i}`,
          labels: ['Place'],
          properties: { id: `n${i}`, name: `Place ${i}`, aliases: [] },
        })),
        edges: [],
      });
    await withMemoryServer(places, { ...DEFAULT_QUERY_LIMITS, timeoutMs: 300 }, async (url) => {
      const started = Date.now();
      // 60^6 ≈ 4.7e10 rows: hours of work without a time limit.
      const res = await post('/api/query', { query: 'MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)' }, url);
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('Timeout');
      expect(Date.now() - started).toBeLessThan(5000);
      const ok = await post('/api/query', { query: 'MATCH (p:Place) RETURN count(p) AS n' }, url);
      expect(ok.json.rows).toEqual([[60]]);
    });
  });

  it('returns the plan of PROFILE and EXPLAIN in the answer', async () => {
    const places = (memory: MemoryStore) =>
      memory.query("CREATE (:Place {name: 'Oslo'})-[:NEAR]->(:Place {name: 'Bergen'})", { readOnly: false });
    await withMemoryServer(places, DEFAULT_QUERY_LIMITS, async (url) => {
      const profile = await post('/api/query', { query: 'PROFILE MATCH (p:Place) RETURN p.name AS n' }, url);
      expect(profile.status).toBe(200);
      expect(profile.json.rows).toHaveLength(2);
      expect(profile.json.plan).toMatchObject({
        mode: 'profile',
        root: { operator: 'Projection', rows: 2, children: [{ operator: 'Match', rows: 2, estimatedRows: 2 }] },
      });
      const explain = await post('/api/query', { query: 'EXPLAIN MATCH (p:Place) RETURN p' }, url);
      expect(explain.json).toMatchObject({ columns: [], rows: [], plan: { mode: 'explain' } });
      expect(explain.json.plan.root.rows).toBeUndefined();
    });
  });
});
