/**
 * `npm run bench [-- --limit N] [--repeat R] [--threads 1,2] [--file PATH]`
 *
 * Extraction + graph build over the Reuters-21578 bulk corpus (read from ../shared, never
 * copied): MB/s, articles/s and peak RSS per thread count, side by side; node and edge counts
 * by type; and the 20 highest-degree entities for a wrong-merge spot check. Each configuration
 * runs in its own child process so peak RSS is its own; with --repeat the median run is shown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { extractAll } from '../../src/cli/extraction.js';
import { parseArticleFile } from '../../src/extract/index.js';
import { fragmentFromExtraction } from '../../src/graph/build.js';
import { MemoryStore } from '../../src/store/memory/index.js';

const here = dirname(fileURLToPath(import.meta.url));
/** ../shared beside the checkout, looked for upwards (a git worktree sits one level deeper). */
const DEFAULT_FILE =
  [3, 4, 5]
    .map((up) => resolve(here, '../'.repeat(up), 'shared/corpus/bulk/reuters21578.jsonl'))
    .find((f) => existsSync(f)) ?? resolve(here, '../../../shared/corpus/bulk/reuters21578.jsonl');

interface RunResult {
  threads: number;
  articles: number;
  failed: number;
  textBytes: number;
  seconds: number;
  /** CPU time of the whole process, all threads: under a shared machine's load, wall time alone misleads. */
  cpuSeconds: number;
  /** CPU time of the main thread alone (Linux; NaN elsewhere): the rest is workers and V8's helper threads. */
  mainCpuSeconds: number;
  peakRssMb: number;
  nodes: number;
  edges: number;
  nodesByLabel: Record<string, number>;
  edgesByType: Record<string, number>;
  topEntities: { name: string; type: string; degree: number; articles: number; aliases: string[] }[];
}

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    threads: { type: 'string', default: '1,2' },
    file: { type: 'string', default: process.env.NEWSGRAPH_BULK ?? DEFAULT_FILE },
    child: { type: 'string' },
  },
});
const limit = values.limit === undefined ? undefined : Number(values.limit);

if (values.child !== undefined) {
  const result = await runOnce(Number(values.child));
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  main();
}

async function runOnce(threads: number): Promise<RunResult> {
  const all = parseArticleFile(values.file!, readFileSync(values.file!));
  const articles = limit === undefined ? all : all.slice(0, limit);
  const textBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text) + Buffer.byteLength(a.title ?? ''), 0);
  const store = new MemoryStore();
  let failed = 0;
  const cpuBefore = process.cpuUsage();
  const mainBefore = mainThreadCpu();
  const started = performance.now();
  for await (const outcome of extractAll(articles, { threads })) {
    if (outcome.ok) store.mergeSync(fragmentFromExtraction(outcome.extraction));
    else failed++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const stats = await store.stats();
  return {
    threads,
    articles: articles.length,
    failed,
    textBytes,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mainCpuSeconds: mainThreadCpu() - mainBefore,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...stats,
    topEntities: topEntities(store, 20),
  };
}

/** This thread's user + system CPU seconds from /proc (clock ticks of 1/100 s), or NaN. */
function mainThreadCpu(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function topEntities(store: MemoryStore, n: number): RunResult['topEntities'] {
  const g = store.graph;
  const rows = g
    .filterNodes((_id, a) => !a.labels.includes('Article'))
    .map((id) => {
      const props = g.getNodeAttributes(id).properties;
      const articles = g.filterInEdges(id, (_e, a) => a.type === 'MENTIONS').length;
      const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
      return {
        name: String(props.name ?? id),
        type: String(props.type ?? ''),
        degree: g.degree(id),
        articles,
        aliases,
      };
    });
  return rows.sort((a, b) => b.degree - a.degree).slice(0, n);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function main(): void {
  const threadCounts = values.threads!.split(',').map(Number);
  const repeat = Number(values.repeat);
  const script = fileURLToPath(import.meta.url);
  const loadAtStart = loadavg();
  const summaries = threadCounts.map((threads) => ({ threads, runs: [] as RunResult[] }));
  // Interleaved (1, 2, 1, 2, …): the shared machine's load drifts, and each configuration sees the same drift.
  for (let r = 0; r < repeat; r++) {
    for (const summary of summaries) {
      const { threads, runs } = summary;
      const args = [
        ...process.execArgv,
        script,
        '--child',
        String(threads),
        '--file',
        values.file!,
        ...(limit ? ['--limit', String(limit)] : []),
      ];
      const child = spawnSync(process.execPath, args, {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (child.status !== 0) throw new Error(`benchmark run (threads=${threads}) failed with status ${child.status}`);
      runs.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as RunResult);
      process.stderr.write(`threads=${threads} run ${r + 1}/${repeat}: ${runs.at(-1)!.seconds.toFixed(2)} s\n`);
    }
  }
  const first = summaries[0]!.runs[0]!;
  const out: string[] = [];
  out.push(
    `Extraction + build: ${join('…', 'reuters21578.jsonl')}, ${first.articles} articles, ${(first.textBytes / 1e6).toFixed(2)} MB text${limit ? ` (--limit ${limit})` : ''}; median of ${repeat} run(s)`,
  );
  out.push('');
  out.push(`load average (1, 5, 15 min) at start: ${loadAtStart.map((l) => l.toFixed(2)).join(', ')}`);
  out.push('threads   seconds   MB/s   articles/s   CPU s   main CPU s   peak RSS MB   failed    nodes    edges');
  for (const { threads, runs } of summaries) {
    const secs = median(runs.map((r) => r.seconds));
    const rss = median(runs.map((r) => r.peakRssMb));
    const cpu = median(runs.map((r) => r.cpuSeconds));
    const mainCpu = median(runs.map((r) => r.mainCpuSeconds));
    out.push(
      `${String(threads).padStart(7)}   ${secs.toFixed(2).padStart(7)}   ${(first.textBytes / 1e6 / secs).toFixed(2).padStart(4)}   ${(first.articles / secs).toFixed(1).padStart(10)}   ${cpu.toFixed(1).padStart(5)}   ${mainCpu.toFixed(1).padStart(10)}   ${rss.toFixed(0).padStart(11)}   ${String(runs[0]!.failed).padStart(6)}   ${String(runs[0]!.nodes).padStart(6)}   ${String(runs[0]!.edges).padStart(6)}`,
    );
  }
  const base = median(summaries[0]!.runs.map((r) => r.seconds));
  for (const { threads, runs } of summaries.slice(1)) {
    out.push(
      `${threads} threads vs ${summaries[0]!.threads}: ${(base / median(runs.map((r) => r.seconds))).toFixed(2)}× faster (medians)`,
    );
  }
  const same = summaries.every((s) => s.runs.every((r) => r.nodes === first.nodes && r.edges === first.edges));
  out.push('');
  out.push(
    `nodes ${first.nodes}: ${Object.entries(first.nodesByLabel)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  out.push(
    `edges ${first.edges}: ${Object.entries(first.edgesByType)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  out.push(
    same
      ? 'every run built the same node and edge counts'
      : 'WARNING: runs disagree on node/edge counts (was the extractor edited meanwhile?)',
  );
  out.push('');
  out.push('20 highest-degree entities (degree, articles mentioning, name, type, aliases):');
  for (const e of first.topEntities) {
    const aliases = e.aliases.slice(0, 6).join(' | ') + (e.aliases.length > 6 ? ` (+${e.aliases.length - 6})` : '');
    out.push(
      `${String(e.degree).padStart(7)} ${String(e.articles).padStart(6)}  ${e.name} [${e.type}]${aliases ? `  ~ ${aliases}` : ''}`,
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}
