/**
 * The Kùzu peer of `npm run bench:cypher -- --peers`, run as a child process (its memory stays
 * out of the engine's figures): loads the generated graph from CSV into an in-memory Kùzu
 * database, runs every query --runs times (prepare + execute + fetch each time, as the engine
 * parses each time) and prints one JSON line: { version, loadMs, results: { name: { medianMs, answer } } }.
 * Kùzu is optional: `npm install --no-save kuzu` in a checkout to measure it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RELATION_TYPES } from '../../../src/graph/schema.js';
import { LABELS, nodeProperties, relationships } from './graph.js';
import { median, normalise } from './measure.js';
import { QUERIES, type Answer } from './queries.js';

interface KuzuResult {
  getAllSync(): Record<string, unknown>[];
  close(): void;
}
interface KuzuConnection {
  querySync(q: string): KuzuResult;
  prepareSync(q: string): unknown;
  executeSync(ps: unknown, params: Record<string, unknown>): KuzuResult;
}
interface KuzuModule {
  Database: new (path: string, bufferBytes?: number) => { closeSync(): void };
  Connection: new (db: unknown, threads?: number) => KuzuConnection;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string' },
      rels: { type: 'string' },
      runs: { type: 'string' },
      threads: { type: 'string' },
    },
  });
  const nodes = Number(values.nodes);
  const rels = Number(values.rels);
  const runs = Number(values.runs);
  const moduleName = 'kuzu';
  const kuzu = ((await import(moduleName)) as { default: KuzuModule }).default;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-kuzu-'));
  try {
    const db = new kuzu.Database(':memory:', 2 ** 30);
    const conn = new kuzu.Connection(db, values.threads ? Number(values.threads) : undefined);
    const t0 = performance.now();
    const nodeLines: string[] = [];
    for (let i = 0; i < nodes; i++) {
      const p = nodeProperties(i);
      nodeLines.push(`${p.id},${LABELS[i % LABELS.length]},${p.name},${p.type}`);
    }
    writeFileSync(join(dir, 'nodes.csv'), nodeLines.join('\n') + '\n');
    const byType = new Map<string, string[]>(RELATION_TYPES.map((t) => [t, []]));
    for (const r of relationships(nodes, rels)) {
      byType.get(r.type)!.push(`${nodeProperties(r.source).id},${nodeProperties(r.target).id},${r.confidence}`);
    }
    conn.querySync('CREATE NODE TABLE Entity(id STRING, label STRING, name STRING, type STRING, PRIMARY KEY (id))');
    conn.querySync(`COPY Entity FROM '${join(dir, 'nodes.csv')}' (HEADER=false)`);
    for (const [type, lines] of byType) {
      const file = join(dir, `${type}.csv`);
      writeFileSync(file, lines.join('\n') + '\n');
      conn.querySync(`CREATE REL TABLE ${type}(FROM Entity TO Entity, confidence DOUBLE)`);
      conn.querySync(`COPY ${type} FROM '${file}' (HEADER=false)`);
    }
    const loadMs = performance.now() - t0;
    const results: Record<string, { medianMs: number; answer: Answer }> = {};
    for (const q of QUERIES) {
      const n = q.heavy ? Math.min(runs, 5) : runs;
      const times: number[] = [];
      let answer: Answer = [];
      for (let i = 0; i <= n; i++) {
        const start = performance.now();
        const ps = conn.prepareSync(q.kuzu);
        const res = conn.executeSync(ps, q.params(i, nodes));
        const rows = res.getAllSync();
        res.close();
        if (i > 0) times.push(performance.now() - start); // run 0 warms up
        if (i === 0) answer = normalise(rows.map((r) => Object.values(r) as Answer[number]));
      }
      results[q.name] = { medianMs: median(times), answer };
    }
    db.closeSync();
    const version = (kuzu as unknown as { VERSION?: string }).VERSION ?? 'unknown';
    process.stdout.write(JSON.stringify({ version, loadMs: Math.round(loadMs), results }) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`kuzu peer: ${(e as Error).message}\n`);
  process.exit(1);
});
