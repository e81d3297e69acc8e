/**
 * `npm run bench:cypher`: the Cypher engine on a generated graph (default 100,000 nodes and
 * 1,000,000 relationships), each query's median beside a raw graphology answer written by hand
 * for the same question, and with --peers the same queries on Kùzu (when the optional `kuzu`
 * package is installed) loaded with the same graph. Answers are checked equal across systems.
 * With --load, graph.json of the same graph is written and loaded back in a fresh process.
 *
 *   npm run bench:cypher -- [--nodes N] [--rels N] [--runs N] [--peers] [--kuzu-threads N] [--load] [--json]
 *
 * --json prints one JSON object as the last line:
 *   {"queries": [{"name", "medianMs", "rawMedianMs", "kuzuMedianMs"?}], "peakRssMb", …}
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { executeCypher } from '../../../src/cypher/index.js';
import { buildGraph } from './graph.js';
import { median, normalise } from './measure.js';
import { QUERIES, type Answer } from './queries.js';

interface Row {
  name: string;
  medianMs: number;
  cpuMedianMs: number;
  rawMedianMs: number;
  rawCpuMedianMs: number;
  kuzuMedianMs?: number;
  runs: number;
  rows: number;
  equal: boolean;
}

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** Run a sibling script under tsx in a child process and parse its last stdout line as JSON. */
function child(script: string, args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', here(script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
}

function kuzuInstalled(): boolean {
  try {
    execFileSync(process.execPath, ['-e', "require.resolve('kuzu')"], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

function main(): void {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '100000' },
      rels: { type: 'string', default: '1000000' },
      runs: { type: 'string', default: '101' },
      peers: { type: 'boolean', default: false },
      'kuzu-threads': { type: 'string' },
      load: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const nodes = Number(values.nodes);
  const rels = Number(values.rels);
  const runs = Number(values.runs);
  const log = (line: string): void => void (values.json ? process.stderr : process.stdout).write(line + '\n');

  const load = values.load ? child('load.ts', ['--nodes', String(nodes), '--rels', String(rels)]) : null;

  const t0 = performance.now();
  const graph = buildGraph(nodes, rels);
  const buildMs = Math.round(performance.now() - t0);
  log(`graph: ${graph.order} nodes, ${graph.size} relationships (generated in ${buildMs} ms)`);
  // The hand-written answers find a person through a name → key map built once, as the engine's index is.
  const names = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.labels.includes('Person')) names.set(a.properties.name as string, key);
  });

  const rows: Row[] = [];
  const answers = new Map<string, Answer>();
  for (const q of QUERIES) {
    const n = q.heavy ? Math.min(runs, 5) : runs;
    const times: number[] = [];
    const cpu: number[] = [];
    const raw: number[] = [];
    const rawCpu: number[] = [];
    let count = 0;
    let equal = true;
    // Run 0 warms up (lazy indexes are built there); engine and raw alternate so load hits both alike.
    for (let i = 0; i <= n; i++) {
      const params = q.params(i, nodes);
      // Whichever runs second on the same nodes finds them in the CPU caches (about 3× faster on a
      // shortest path): an untimed pass first, so engine and raw both run warm.
      if (!q.heavy) q.raw(graph, params, names);
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const result = executeCypher(graph, q.cypher, {
        params,
        readOnly: true,
        maxRows: 10_000_000,
        timeoutMs: 600_000,
      });
      const used = process.cpuUsage(cpuStart);
      const engineMs = performance.now() - start;
      const rawStart = performance.now();
      const rawCpuStart = process.cpuUsage();
      const rawAnswer = q.raw(graph, params, names);
      const rawUsed = process.cpuUsage(rawCpuStart);
      const rawMs = performance.now() - rawStart;
      const engineAnswer = normalise(result.rows);
      if (JSON.stringify(engineAnswer) !== JSON.stringify(normalise(rawAnswer))) equal = false;
      if (i === 0) answers.set(q.name, engineAnswer);
      else {
        times.push(engineMs);
        cpu.push((used.user + used.system) / 1000);
        raw.push(rawMs);
        rawCpu.push((rawUsed.user + rawUsed.system) / 1000);
      }
      count = result.rows.length;
    }
    rows.push({
      name: q.name,
      medianMs: median(times),
      cpuMedianMs: median(cpu),
      rawMedianMs: median(raw),
      rawCpuMedianMs: median(rawCpu),
      runs: n,
      rows: count,
      equal,
    });
  }
  const suitePeakRssMb = peakRssMb();

  let kuzu: { version: string; loadMs: number; threads: string } | null = null;
  if (values.peers) {
    if (!kuzuInstalled())
      log('--peers: the optional `kuzu` package is not installed (npm install --no-save kuzu); skipped');
    else {
      const threads = values['kuzu-threads'];
      const peer = child('kuzu-peer.ts', [
        '--nodes',
        String(nodes),
        '--rels',
        String(rels),
        '--runs',
        String(runs),
        ...(threads ? ['--threads', threads] : []),
      ]) as { version: string; loadMs: number; results: Record<string, { medianMs: number; answer: Answer }> };
      kuzu = { version: peer.version, loadMs: peer.loadMs, threads: threads ?? 'default' };
      for (const row of rows) {
        const r = peer.results[row.name];
        if (!r) continue;
        row.kuzuMedianMs = r.medianMs;
        if (JSON.stringify(r.answer) !== JSON.stringify(answers.get(row.name))) row.equal = false;
      }
    }
  }

  const summary = {
    queries: rows.map((r) => ({
      name: r.name,
      medianMs: r.medianMs,
      rawMedianMs: r.rawMedianMs,
      ...(r.kuzuMedianMs !== undefined ? { kuzuMedianMs: r.kuzuMedianMs } : {}),
      cpuMedianMs: r.cpuMedianMs,
      rawCpuMedianMs: r.rawCpuMedianMs,
      runs: r.runs,
      rows: r.rows,
      answersEqual: r.equal,
    })),
    peakRssMb: suitePeakRssMb,
    nodes: graph.order,
    relationships: graph.size,
    ...(kuzu ? { kuzu } : {}),
    ...(load ? { load } : {}),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
  };
  const ratio = (a: number, b: number | undefined): string => (b ? `${(a / b).toFixed(2)}×` : '–').padStart(8);
  // Wall-clock medians, and CPU medians beside them: on a shared machine the CPU figure is the steadier one.
  log(
    `${'query'.padEnd(10)} ${'engine ms'.padStart(10)} ${'raw ms'.padStart(10)} ${'/raw'.padStart(8)} ${'kuzu ms'.padStart(10)} ${'/kuzu'.padStart(8)} ${'engine cpu'.padStart(11)} ${'raw cpu'.padStart(9)} ${'/raw'.padStart(8)}  answers`,
  );
  for (const r of rows) {
    log(
      `${r.name.padEnd(10)} ${r.medianMs.toFixed(3).padStart(10)} ${r.rawMedianMs.toFixed(3).padStart(10)} ${ratio(r.medianMs, r.rawMedianMs)} ${(r.kuzuMedianMs?.toFixed(3) ?? '–').padStart(10)} ${ratio(r.medianMs, r.kuzuMedianMs)} ${r.cpuMedianMs.toFixed(3).padStart(11)} ${r.rawCpuMedianMs.toFixed(3).padStart(9)} ${ratio(r.cpuMedianMs, r.rawCpuMedianMs)}  ${r.equal ? 'equal' : 'DIFFER'} (${r.runs} runs, ${r.rows} rows)`,
    );
  }
  log(`peak rss ${suitePeakRssMb} MB (whole process, graph generation included)`);
  if (kuzu) log(`kuzu ${kuzu.version}, threads ${kuzu.threads}, loaded in ${kuzu.loadMs} ms`);
  if (load) log(`load graph.json: ${JSON.stringify(load)}`);
  log(`load average ${summary.loadAverage.join(' ')}`);
  if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
}

main();
