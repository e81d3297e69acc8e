/**
 * `npm run bench:neo4j` — needs a running Neo4j (npm run neo4j:start); it wipes that database.
 *
 * 1. Bulk load: relationships/s of the store's batched writer (Neo4jStore.merge: plan, UNWIND
 *    batches, transactions) against the naive writer (one auto-commit MERGE per node and per
 *    relationship), on a generated graph. Both are measured for real, the naive one on a smaller
 *    graph (--naive) because it is slow; medians of --runs runs, the database wiped before each.
 * 2. Query latency: every query of the differential suite on the in-memory engine and on Neo4j
 *    over the same news graph (seeds/ + ../shared/corpus/dev), median of --query-runs runs after
 *    one warm-up each, and the Neo4j/memory ratio per query.
 *
 * Options: --rels N (100000)  --naive N (10000)  --runs N (3)  --query-runs N (7)  --batch N (2000)
 */
import { parseArgs } from 'node:util';
import type { GraphEdge, GraphFragment, GraphNode } from '../../src/graph/schema.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import { naiveEdgeStatement, naiveNodeStatement } from '../../src/store/neo4j/statements.js';
import type { GraphStore } from '../../src/store/types.js';
import { loadCorpus } from '../../tests/neo4j/corpus.js';
import { DIFF_QUERIES } from '../../tests/neo4j/differential/queries.js';

const { values: opts } = parseArgs({
  options: {
    rels: { type: 'string', default: '100000' },
    naive: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'query-runs': { type: 'string', default: '7' },
    batch: { type: 'string', default: '2000' },
  },
});
const REL_COUNT = Number(opts.rels);
const NAIVE_COUNT = Number(opts.naive);
const RUNS = Number(opts.runs);
const QUERY_RUNS = Number(opts['query-runs']);
const BATCH = Number(opts.batch);

const TYPES = ['Person', 'Organization', 'Place', 'Event'] as const;
const RELATIONS = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS'] as const;

/** A news-shaped graph: ~1 entity per 5 relationships, evidence sentences, articles. */
export function generateGraph(relationships: number): GraphFragment {
  const entityCount = Math.max(10, Math.round(relationships / 5));
  const articleCount = Math.max(1, Math.round(relationships / 50));
  const nodes: GraphNode[] = [];
  for (let i = 0; i < articleCount; i++) {
    const id = `article:bench-${i}`;
    nodes.push({
      id,
      labels: ['Article'],
      properties: { id, title: `Bench article ${i}`, text: `Body of article ${i}.` },
    });
  }
  for (let i = 0; i < entityCount; i++) {
    const type = TYPES[i % TYPES.length]!;
    const id = `${type.toLowerCase()}:bench-${i}`;
    const properties = { id, name: `Benchname${i} Entity${i}`, aliases: [`Alias${i}`], type };
    nodes.push({ id, labels: [type], properties });
  }
  const edges: GraphEdge[] = [];
  // xorshift32: deterministic and spread evenly, so node degrees stay news-like (about 10).
  let seed = 0x9e3779b9;
  const rand = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  for (let i = 0; i < relationships; i++) {
    const type = RELATIONS[i % RELATIONS.length]!;
    const source = nodes[articleCount + rand(entityCount)]!.id;
    const target = nodes[articleCount + rand(entityCount)]!.id;
    const article = `article:bench-${i % articleCount}`;
    edges.push({
      id: `${type.toLowerCase()}:bench-${i}`,
      type,
      source,
      target,
      properties: {
        evidence: `Entity ${source} ${type.toLowerCase()} something about ${target} in sentence ${i}.`,
        start: BigInt(i * 10),
        end: BigInt(i * 10 + 60),
        article,
        confidence: 0.5 + (i % 50) / 100,
      },
    });
  }
  return { nodes, edges };
}

/** The nodes a set of edges needs, so a sample is self-contained. */
function sample(graph: GraphFragment, relationships: number): GraphFragment {
  const edges = graph.edges.slice(0, relationships);
  const needed = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: graph.nodes.filter((n) => needed.has(n.id)), edges };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function benchBatched(store: Neo4jStore, graph: GraphFragment): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await store.clear();
    times.push(await timed(() => store.merge(graph)));
    const stats = await store.stats();
    if (stats.edges !== graph.edges.length)
      throw new Error(`batched writer stored ${stats.edges} of ${graph.edges.length} relationships`);
  }
  return times;
}

async function benchNaive(store: Neo4jStore, graph: GraphFragment): Promise<number[]> {
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.labels[0]!]));
  const statements = [
    ...graph.nodes.map(naiveNodeStatement),
    ...graph.edges.map((e) => naiveEdgeStatement(e, (id) => labelOf.get(id)!)),
  ];
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await store.clear();
    times.push(await timed(() => store.writeNaively(statements)));
    const stats = await store.stats();
    if (stats.edges !== graph.edges.length)
      throw new Error(`naive writer stored ${stats.edges} of ${graph.edges.length} relationships`);
  }
  return times;
}

/** Median latency, or undefined when the store cannot run the query (see KNOWN_DIFFERENCES). */
async function queryMedian(
  store: GraphStore,
  cypher: string,
  params: Record<string, unknown> | undefined,
): Promise<number | undefined> {
  const run = () => store.query(cypher, { params: (params ?? {}) as never, timeoutMs: 60_000 });
  try {
    await run();
  } catch {
    return undefined;
  }
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) times.push(await timed(run));
  return median(times);
}

async function main(): Promise<void> {
  const store = await Neo4jStore.connect({ batchSize: BATCH });
  try {
    console.log(`# Neo4j benchmark (${new Date().toISOString()}; batch size ${BATCH}; medians of ${RUNS} runs)\n`);
    const graph = generateGraph(Math.max(REL_COUNT, NAIVE_COUNT));
    const big = sample(graph, REL_COUNT);
    const small = sample(graph, NAIVE_COUNT);
    await store.ensureSchema(graph.nodes, graph.edges);

    console.log('## Bulk load\n');
    console.log('| writer | nodes | relationships | median time | relationships/s |');
    console.log('|---|---:|---:|---:|---:|');
    const rows: [string, GraphFragment, number[]][] = [];
    rows.push(['batched (Neo4jStore.merge)', big, await benchBatched(store, big)]);
    rows.push(['batched (Neo4jStore.merge)', small, await benchBatched(store, small)]);
    rows.push(['naive (1 statement per row)', small, await benchNaive(store, small)]);
    for (const [name, g, times] of rows) {
      const ms = median(times);
      console.log(
        `| ${name} | ${g.nodes.length} | ${g.edges.length} | ${(ms / 1000).toFixed(2)} s | ${Math.round(g.edges.length / (ms / 1000))} |`,
      );
    }
    const [batchedSmall, naiveSmall] = [median(rows[1]![2]), median(rows[2]![2])];
    console.log(
      `\nBatched vs naive on the same ${small.edges.length} relationships: ${(naiveSmall / batchedSmall).toFixed(1)}× faster.\n`,
    );

    console.log('## Query latency: in-memory engine vs Neo4j (differential suite)\n');
    await store.clear();
    const memory = new MemoryStore();
    const corpus = loadCorpus();
    for (const fragment of corpus.fragments) {
      await memory.merge(fragment);
      await store.merge(fragment);
    }
    const stats = await memory.stats();
    console.log(
      `Graph: ${corpus.articles.length} articles, ${stats.nodes} nodes, ${stats.edges} relationships; median of ${QUERY_RUNS} runs after one warm-up.\n`,
    );
    console.log('| query | memory ms | Neo4j ms | Neo4j / memory |');
    console.log('|---|---:|---:|---:|');
    const ratios: number[] = [];
    for (const q of DIFF_QUERIES) {
      const m = await queryMedian(memory, q.cypher, q.params);
      const n = await queryMedian(store, q.cypher, q.params);
      const show = (ms: number | undefined) => (ms === undefined ? 'fails' : ms.toFixed(2));
      if (m !== undefined && n !== undefined) ratios.push(n / m);
      const ratio = m !== undefined && n !== undefined ? (n / m).toFixed(2) : '–';
      console.log(`| ${q.name} | ${show(m)} | ${show(n)} | ${ratio} |`);
    }
    const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
    console.log(
      `\n${ratios.length} queries run on both. Median ratio ${median(ratios).toFixed(2)}, geometric mean ${geo.toFixed(2)} (above 1: the memory engine is faster).`,
    );
    await store.clear();
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
