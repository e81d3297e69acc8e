/**
 * The hostile-query probes of issue 10, against a `newsgraph serve` started by this script on
 * 127.0.0.1 (each probe bounded in time): the collect() that ran the server out of heap, the
 * quadratic reduce, the backtracking regex, /api/info latency while 8 heavy queries run, memory
 * with 30 clients that never read /api/graph, and response sizes. Prints one line per probe and
 * a JSON summary with --json.
 *
 *   npm run probe:limits -- --graph /tmp/bulk/graph.json [--cli dist/cli/main.js] [--max-wait S] [--json]
 */
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ServeProcess } from './lib/serve-process.js';
import { processMb, startServe as startServeProcess } from './lib/serve-process.js';

const { values } = parseArgs({
  options: {
    graph: { type: 'string' },
    cli: { type: 'string', default: 'dist/cli/main.js' },
    json: { type: 'boolean', default: false },
    'max-wait': { type: 'string', default: '90' },
    'slow-seconds': { type: 'string', default: '30' },
  },
});
if (!values.graph) {
  process.stderr.write('usage: probe-limits --graph FILE [--cli dist/cli/main.js] [--json]\n');
  process.exit(2);
}
const maxWaitMs = Number(values['max-wait']) * 1000;

type Server = ServeProcess;
const startServe = () =>
  startServeProcess(resolve(values.cli!), ['--graph', resolve(values.graph!), '--timeout', '5000']);
const peakRssMb = (pid: number) => processMb(pid, 'VmHWM');
const rssMb = (pid: number) => processMb(pid, 'VmRSS');

async function query(server: Server, q: string): Promise<{ status: number; ms: number; bytes: number; code: string }> {
  const started = performance.now();
  try {
    const res = await fetch(new URL('/api/query', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
      signal: AbortSignal.timeout(maxWaitMs),
    });
    const body = Buffer.from(await res.arrayBuffer());
    const text = body.length < 10_000 ? body.toString() : '';
    const code = /"code":"([^"]+)"/.exec(text)?.[1] ?? 'ok';
    return { status: res.status, ms: performance.now() - started, bytes: body.length, code };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, bytes: 0, code: (error as Error).name };
  }
}

const results: Record<string, unknown> = {};
function report(name: string, value: Record<string, unknown>): void {
  results[name] = value;
  if (!values.json) process.stdout.write(`${name}: ${JSON.stringify(value)}\n`);
}

const HEAVY = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

async function main(): Promise<void> {
  // Each probe gets a server of its own, so one stuck query does not hold up the next probe.
  let server = await startServe();
  let used = false;
  // A first query waits until the server can run queries (its workers have loaded the graph).
  const warm = () => query(server, 'RETURN 1 AS warm');
  await warm();
  const fresh = async (): Promise<void> => {
    if (used) {
      await server.stop();
      server = await startServe();
      await warm();
    }
    used = true;
  };
  try {
    const probes: [string, string][] = [
      ['killer collect', 'UNWIND range(1,20) AS i WITH collect(range(1,10000000)) AS c RETURN size(c)'],
      ['quadratic reduce', 'RETURN size(reduce(acc = [], x IN range(1, 100000) | acc + [x])) AS n'],
      ['10M list comprehension', 'RETURN size([x IN range(1, 10000000) | x * 2]) AS n'],
      ['regex (a+)+b, 31 chars', `RETURN '${'a'.repeat(30)}!' =~ '(a+)+b' AS m`],
      ['regex (?i)(a+)+b, 31 chars', `RETURN '${'a'.repeat(30)}!' =~ '(?i)(a+)+b' AS m`],
      ['collect all nodes', 'MATCH (n) RETURN collect(n) AS all'],
    ];
    for (const [name, q] of probes) {
      await fresh();
      const r = await query(server, q);
      report(name, {
        status: r.status,
        code: r.code,
        seconds: +(r.ms / 1000).toFixed(2),
        responseMB: +(r.bytes / 1e6).toFixed(1),
        serverAlive: server.alive(),
        peakRssMB: peakRssMb(server.pid),
      });
    }

    await fresh();
    const heavy = Array.from({ length: 8 }, () => query(server, HEAVY));
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    const info = await fetch(new URL('/api/info', server.url), { signal: AbortSignal.timeout(maxWaitMs) });
    const infoMs = performance.now() - started;
    const heavyDone = await Promise.all(heavy);
    report('/api/info while 8 heavy queries run', {
      status: info.status,
      ms: Math.round(infoMs),
      heavyStatuses: [...new Set(heavyDone.map((h) => `${h.status} ${h.code}`))],
    });

    await fresh();
    const graph = await fetch(new URL('/api/graph', server.url));
    const graphBytes = (await graph.arrayBuffer()).byteLength;
    report('/api/graph response', { status: graph.status, MB: +(graphBytes / 1e6).toFixed(1) });

    const before = rssMb(server.pid);
    const u = new URL(server.url);
    const sockets = Array.from({ length: 30 }, () => {
      const s = connect({ host: u.hostname, port: Number(u.port) });
      s.on('error', () => {});
      s.write(`GET /api/graph HTTP/1.1\r\nHost: ${u.host}\r\n\r\n`);
      s.pause(); // never read
      return s;
    });
    let peak = before;
    for (let i = 0; i < Number(values['slow-seconds']) * 4; i++) {
      await new Promise((r) => setTimeout(r, 250));
      peak = Math.max(peak, rssMb(server.pid));
    }
    const infoAfter = await fetch(new URL('/api/info', server.url)).then((r) => r.status);
    for (const s of sockets) s.destroy();
    report(`30 clients not reading /api/graph (${values['slow-seconds']} s)`, {
      rssBeforeMB: before,
      rssPeakMB: peak,
      infoStatus: infoAfter,
    });
  } finally {
    await server.stop();
  }
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

await main();
