/**
 * `npm run bench:cypher`: the Cypher engine on a generated graph (default 100,000 nodes and
 * 1,000,000 relationships). Prints the median latency of each query shape and the peak memory.
 *
 *   npm run bench:cypher -- [--nodes N] [--rels N] [--runs N] [--json]
 */
import { parseArgs } from 'node:util';
import { executeCypher } from '../../src/cypher/index.js';
import type { CypherValue } from '../../src/cypher/values.js';
import { createPropertyGraph, type PropertyGraph } from '../../src/graph/property-graph.js';
import { RELATION_TYPES } from '../../src/graph/schema.js';
import { seededRandom as prng } from '../../src/nlp/hash.js';

const LABELS = ['Person', 'Organization', 'Place', 'Event'] as const;

function buildGraph(nodes: number, rels: number): PropertyGraph {
  const g = createPropertyGraph();
  const rand = prng(42);
  for (let i = 0; i < nodes; i++) {
    const label = LABELS[i % LABELS.length]!;
    const id = `${label.toLowerCase()}:${i}`;
    g.addNode(id, {
      labels: [label],
      properties: { id, name: `${label} ${i}`, aliases: [`${label[0]}${i}`], type: label },
    });
  }
  for (let i = 0; i < rels; i++) {
    const a = Math.floor(rand() * nodes);
    const b = Math.floor(rand() * nodes);
    const keyOf = (n: number): string => `${LABELS[n % LABELS.length]!.toLowerCase()}:${n}`;
    g.addDirectedEdgeWithKey(`e${i}`, keyOf(a), keyOf(b), {
      type: RELATION_TYPES[i % RELATION_TYPES.length]!,
      properties: { confidence: Math.round(rand() * 100) / 100 },
    });
  }
  return g;
}

interface Measure {
  name: string;
  query: string;
  params: (i: number) => Record<string, CypherValue>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '100000' },
      rels: { type: 'string', default: '1000000' },
      runs: { type: 'string', default: '21' },
      json: { type: 'boolean', default: false },
    },
  });
  const nodes = Number(values.nodes);
  const rels = Number(values.rels);
  const runs = Number(values.runs);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };

  const t0 = performance.now();
  const graph = buildGraph(nodes, rels);
  const buildMs = performance.now() - t0;
  sample();

  const person = (i: number): string => `Person ${((i * 7919) % Math.floor(nodes / 4)) * 4}`;
  const measures: Measure[] = [
    {
      name: 'index lookup by name',
      query: 'MATCH (n:Person {name: $name}) RETURN n.id',
      params: (i) => ({ name: person(i) }),
    },
    {
      name: 'index lookup by alias (list membership)',
      query: 'MATCH (n:Person) WHERE $alias IN n.aliases RETURN n.name',
      params: (i) => ({ alias: 'P' + person(i).split(' ')[1] }),
    },
    {
      name: 'one-hop expansion',
      query: 'MATCH (n:Person {name: $name})-[r]->(m) RETURN type(r), m.name',
      params: (i) => ({ name: person(i) }),
    },
    {
      name: 'two-hop expansion',
      query: 'MATCH (n:Person {name: $name})-->()-->(m) RETURN count(DISTINCT m) AS c',
      params: (i) => ({ name: person(i) }),
    },
    {
      name: 'variable-length path *1..3',
      query: 'MATCH (n:Person {name: $name})-[*1..3]->(m) RETURN count(*) AS c',
      params: (i) => ({ name: person(i) }),
    },
    {
      name: 'typed relationship scan (1/8 of them)',
      query: 'MATCH (a)-[s:STATED]->(b) RETURN count(*) AS c',
      params: () => ({}),
    },
    {
      name: 'aggregation over all relationships',
      query: 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c, avg(r.confidence) AS a',
      params: () => ({}),
    },
  ];

  // Wall-clock medians, and CPU-time medians too: on a shared machine the CPU figure is the steadier one.
  const results: { name: string; medianMs: number; medianCpuMs: number; runs: number; rows: number }[] = [];
  for (const m of measures) {
    // Fewer runs for the full-graph scan: it is the slow one by design.
    const n = m.name.startsWith('aggregation') || m.name.startsWith('typed') ? Math.min(runs, 5) : runs;
    const times: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    executeCypher(graph, m.query, { params: m.params(0), readOnly: true, maxRows: 10_000_000, timeoutMs: 600_000 });
    for (let i = 1; i <= n; i++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const r = executeCypher(graph, m.query, {
        params: m.params(i),
        readOnly: true,
        maxRows: 10_000_000,
        timeoutMs: 600_000,
      });
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      rows = r.rows.length;
      sample();
    }
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    results.push({ name: m.name, medianMs: round(median(times)), medianCpuMs: round(median(cpu)), runs: n, rows });
  }
  const summary = {
    nodes: graph.order,
    relationships: graph.size,
    buildMs: Math.round(buildMs),
    results,
    peakRssMB: Math.round(peakRss / 1048576),
    peakHeapUsedMB: Math.round(peakHeap / 1048576),
    node: process.version,
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(summary) + '\n');
    return;
  }
  process.stdout.write(
    `graph: ${summary.nodes} nodes, ${summary.relationships} relationships (built in ${summary.buildMs} ms)\n`,
  );
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(42)} median ${String(r.medianMs).padStart(10)} ms  cpu ${String(r.medianCpuMs).padStart(10)} ms  (${r.runs} runs, ${r.rows} rows)\n`,
    );
  }
  process.stdout.write(`peak rss ${summary.peakRssMB} MB, peak heapUsed ${summary.peakHeapUsedMB} MB\n`);
}

main();
