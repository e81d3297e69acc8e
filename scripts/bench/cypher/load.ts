/**
 * Loading graph.json into memory, as `newsgraph` does (MemoryStore.open): writes the generated
 * graph to a temporary graph.json, then loads it in a fresh process and prints one JSON line with
 * the wall and CPU time and relationships per second (CPU: the rate on one core, whatever the load).
 *
 *   tsx scripts/bench/cypher/load.ts --nodes N --rels N      (or --read FILE: the loading step alone)
 *
 * With --insert-only, no file: the same relationships are inserted with graphology's public API from
 * keys made beforehand, timing that insertion alone — the floor under any loader of this graph.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MemoryStore } from '../../../src/store/memory/index.js';
import { createPropertyGraph } from '../../../src/graph/property-graph.js';
import { buildGraph, LABELS, nodeKey, relationships } from './graph.js';

async function read(file: string): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const store = await MemoryStore.open(file);
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - start;
  const cpuMs = (used.user + used.system) / 1000;
  const rels = store.graph.size;
  process.stdout.write(
    JSON.stringify({
      relationships: rels,
      fileMb: Math.round(statSync(file).size / 1048576),
      wallMs: Math.round(wallMs),
      cpuMs: Math.round(cpuMs),
      relsPerSecWall: Math.round(rels / (wallMs / 1000)),
      relsPerSecCpu: Math.round(rels / (cpuMs / 1000)),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    }) + '\n',
  );
}

/** Time graphology's insertion of the generated relationships alone (keys and attributes made beforehand). */
function insertOnly(nodes: number, rels: number): void {
  const graph = createPropertyGraph();
  const keys = Array.from({ length: nodes }, (_, i) => nodeKey(i));
  for (let i = 0; i < nodes; i++) graph.addNode(keys[i]!, { labels: [LABELS[i % LABELS.length]!], properties: {} });
  const edges = [...relationships(nodes, rels)].map((r) => ({
    key: r.key,
    source: keys[r.source]!,
    target: keys[r.target]!,
    attributes: { type: r.type, properties: { confidence: r.confidence } },
  }));
  const cpu = process.cpuUsage();
  for (const e of edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const out = {
    relationships: graph.size,
    cpuMs: Math.round(cpuMs),
    relsPerSecCpu: Math.round(graph.size / (cpuMs / 1000)),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string' },
      rels: { type: 'string' },
      read: { type: 'string' },
      'insert-only': { type: 'boolean', default: false },
    },
  });
  if (values.read) return read(values.read);
  if (values['insert-only']) return insertOnly(Number(values.nodes), Number(values.rels));
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
  try {
    const file = join(dir, 'graph.json');
    await new MemoryStore(buildGraph(Number(values.nodes), Number(values.rels))).save(file);
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--read', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stdout.write(out.trim().split('\n').pop()! + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
