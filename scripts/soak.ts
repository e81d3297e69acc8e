/**
 * `npm run soak`: a bounded mix of normal and hostile traffic against a `newsgraph serve` this
 * script starts on 127.0.0.1: light requests (info, node, edge, article, search) timed while
 * heavy and hostile queries run, clients that request /api/graph and never read, malformed
 * requests. Reports requests, failures, p50/p99 latency of the light requests, the server's peak
 * RSS, and fails when the server dies or answers something it should not (a 500, a hang).
 *
 *   npm run soak -- [--seconds 120] [--graph graph.json] [--heavy 4] [--light 4] [--slow-readers 30]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processMb, startServe } from './lib/serve-process.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    graph: { type: 'string' },
    heavy: { type: 'string', default: '4' },
    light: { type: 'string', default: '4' },
    'slow-readers': { type: 'string', default: '30' },
    cli: { type: 'string', default: 'dist/cli/main.js' },
  },
});
const SECONDS = Number(values.seconds);
const CLI = resolve(values.cli!);
if (!existsSync(CLI)) {
  process.stderr.write(`soak: ${CLI} is missing; run \`npm run build\` first\n`);
  process.exit(2);
}

const HOSTILE = [
  'UNWIND range(1,20) AS i WITH collect(range(1,10000000)) AS c RETURN size(c)',
  'RETURN size(reduce(acc = [], x IN range(1, 100000) | acc + [x])) AS n',
  'RETURN size([x IN range(1, 10000000) | x * 2]) AS n',
  `RETURN '${'a'.repeat(40)}!' =~ '(a+)+b' AS m`,
  `RETURN '${'a'.repeat(40)}!' =~ '(?i)(a+)+b' AS m`,
  'MATCH (n) RETURN collect(n) AS all',
  'MATCH (a)-[*]-(b) RETURN count(*) AS c',
  'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
  'MATCH (n) DETACH DELETE n',
  'CREATE (n:Evil {x: 1}) RETURN n',
  'RETURN 1 +',
];
const NORMAL = [
  'MATCH (p:Person) RETURN p.name LIMIT 20',
  'MATCH (a)-[r:STATED]->(b) RETURN a.name, r.evidence LIMIT 10',
  'MATCH (p)-[:ATTENDS]->(e:Event) RETURN e.name, count(p) AS n ORDER BY n DESC LIMIT 5',
  'WITH 1 AS set RETURN set',
];

interface Stats {
  requests: Map<string, number>;
  failures: string[];
  lightMs: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<number> {
  let tmp: string | null = null;
  let graph = values.graph ? resolve(values.graph) : '';
  if (!graph) {
    tmp = mkdtempSync(join(tmpdir(), 'newsgraph-soak-'));
    await new Promise<void>((ok, fail) => {
      const b = spawn(process.execPath, [CLI, 'build', 'seeds', '--out', tmp!], { stdio: 'ignore' });
      b.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`build exited with ${code}`))));
    });
    graph = join(tmp, 'graph.json');
  }
  const server = await startServe(CLI, ['--graph', graph, '--timeout', '5000']);
  const stats: Stats = { requests: new Map(), failures: [], lightMs: [] };
  const count = (kind: string) => stats.requests.set(kind, (stats.requests.get(kind) ?? 0) + 1);
  const deadline = Date.now() + SECONDS * 1000;
  const running = () => Date.now() < deadline && server.alive();

  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(new URL(path, server.url), { ...init, signal: AbortSignal.timeout(60_000) });
    const body = await res.text();
    return { status: res.status, body };
  };
  const expectStatus = (kind: string, status: number, allowed: number[], detail: string) => {
    if (!allowed.includes(status)) stats.failures.push(`${kind}: HTTP ${status} ${detail.slice(0, 160)}`);
  };

  // Ids for the light requests.
  const graphView = JSON.parse((await get('/api/graph')).body) as {
    nodes: { id: string; type?: string }[];
    edges: { id: string }[];
  };
  const nodeIds = graphView.nodes.map((n) => n.id);
  const edgeIds = graphView.edges.map((e) => e.id);
  const articleIds = nodeIds.filter((id) => id.startsWith('article:'));
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

  const light = async (): Promise<void> => {
    while (running()) {
      const kind = pick(['info', 'node', 'edge', 'article', 'search']);
      const path =
        kind === 'info'
          ? '/api/info'
          : kind === 'node'
            ? `/api/node?id=${encodeURIComponent(pick(nodeIds))}`
            : kind === 'edge'
              ? `/api/edge?id=${encodeURIComponent(pick(edgeIds))}`
              : kind === 'article'
                ? `/api/article?id=${encodeURIComponent(pick(articleIds.length ? articleIds : nodeIds))}`
                : `/api/search?q=${encodeURIComponent(pick(['ru', 'Lav', 'G-20', 'a', 'zz']))}`;
      const t0 = performance.now();
      try {
        const r = await get(path);
        stats.lightMs.push(performance.now() - t0);
        count(`light ${kind}`);
        expectStatus(kind, r.status, [200, 404], r.body);
      } catch (error) {
        stats.failures.push(
          `${kind}: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  const heavy = async (): Promise<void> => {
    while (running()) {
      const hostile = Math.random() < 0.7;
      const query = hostile ? pick(HOSTILE) : pick(NORMAL);
      try {
        const r = await get('/api/query', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        count(hostile ? 'hostile query' : 'normal query');
        // 400: a Cypher error (Timeout, RowLimit, …); 403: write refused; 413: MemoryLimit or too large; 503: busy.
        expectStatus('query', r.status, hostile ? [200, 400, 403, 413, 503] : [200, 503], `${query} → ${r.body}`);
        if (r.status >= 400 && /\/(home|work|tmp|usr)\/|\.ts:\d+/.test(r.body))
          stats.failures.push(`query error shows a server path: ${r.body.slice(0, 160)}`);
      } catch (error) {
        stats.failures.push(`query: ${(error as Error).message} (${query})`);
      }
    }
  };

  const malformed = async (): Promise<void> => {
    const cases: [string, () => Promise<{ status: number; body: string }>, number[]][] = [
      [
        'bad json',
        () => get('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
        [400],
      ],
      [
        'huge body',
        () =>
          get('/api/query', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: `{"query":"${'x'.repeat(2 << 20)}"}`,
          }),
        [413],
      ],
      ['traversal', () => get('/../../etc/passwd'), [404]],
      ['unknown api', () => get('/api/nope'), [404]],
      ['wrong method', () => get('/api/info', { method: 'DELETE' }), [405]],
      [
        'long query',
        () =>
          get('/api/query', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: 'RETURN 1 ' + '+ 1 '.repeat(20_000) }),
          }),
        [400],
      ],
    ];
    while (running()) {
      const [kind, run, allowed] = pick(cases);
      try {
        const r = await run();
        count(`malformed ${kind}`);
        expectStatus(kind, r.status, allowed, r.body);
      } catch (error) {
        // A server may close the connection on an oversize body; that is an answer too.
        if (kind !== 'huge body')
          stats.failures.push(
            `${kind}: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`,
          );
        else count(`malformed ${kind}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const slowReaders = async (): Promise<void> => {
    const u = new URL(server.url);
    const open = () => {
      const s = connect({ host: u.hostname, port: Number(u.port) });
      s.on('error', () => {});
      s.write(`GET /api/graph HTTP/1.1\r\nHost: ${u.host}\r\n\r\n`);
      s.pause();
      count('slow reader');
      return s;
    };
    let sockets = Array.from({ length: Number(values['slow-readers']) }, open);
    while (running()) {
      await new Promise((r) => setTimeout(r, 1000));
      // Replace the ones the server cut off, so the pressure stays on.
      sockets = sockets.map((s) => (s.destroyed || s.readyState === 'closed' ? open() : s));
    }
    for (const s of sockets) s.destroy();
  };

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, processMb(server.pid, 'VmRSS'))), 250);
  const started = Date.now();
  await Promise.all([
    ...Array.from({ length: Number(values.light) }, light),
    ...Array.from({ length: Number(values.heavy) }, heavy),
    malformed(),
    slowReaders(),
  ]);
  clearInterval(sampler);
  const alive = server.alive();
  const hwm = processMb(server.pid, 'VmHWM');
  await server.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (!alive) stats.failures.push('the server died');

  const sorted = stats.lightMs.sort((a, b) => a - b);
  const total = [...stats.requests.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `soak: ${((Date.now() - started) / 1000).toFixed(0)} s, ${total} requests, ${stats.failures.length} failures; ` +
      `light requests p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms ` +
      `(n=${sorted.length}); server peak RSS ${Math.max(peakRss, hwm || 0)} MB; load average ${(await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
  for (const [kind, n] of [...stats.requests].sort()) process.stdout.write(`  ${kind}: ${n}\n`);
  for (const f of stats.failures.slice(0, 20)) process.stdout.write(`  FAILURE ${f}\n`);
  return stats.failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
