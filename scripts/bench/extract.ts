/**
 * Extraction speed (npx tsx scripts/bench/extract.ts [--stories N] [--runs R]):
 *  - extractArticle on the annotated dev corpus (../shared/corpus/dev), single thread;
 *  - on the first N Reuters bulk stories (../shared/corpus/bulk/reuters21578.jsonl), single
 *    thread and with the 2-thread worker pool (extractMany).
 * Prints the median MB/s of R runs (text characters as UTF-8 bytes). Reads the shared corpora
 * in place; nothing from them is written anywhere.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  extractArticle,
  extractMany,
  parseArticleFile,
  parseArticleOutcomes,
  type ArticleInput,
} from '../../src/extract/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'corpus');
const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const STORIES = opt('--stories', 2000);
const RUNS = opt('--runs', 3);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bytesOf = (list: ArticleInput[]): number => list.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);

/** CPU time of this process per run too: on a shared, loaded machine wall time overstates the cost. */
const cpuTimes: number[] = [];

function single(list: ArticleInput[]): number {
  const c = process.cpuUsage();
  const t = performance.now();
  for (const a of list) extractArticle(a);
  const used = process.cpuUsage(c);
  cpuTimes.push((used.user + used.system) / 1000);
  return performance.now() - t;
}

async function pooled(list: ArticleInput[], threads: number): Promise<number> {
  const t = performance.now();
  let n = 0;
  for await (const o of extractMany(list, { threads })) if (o.ok) n++;
  if (n !== list.length) throw new Error(`pool extracted ${n} of ${list.length}`);
  return performance.now() - t;
}

function report(label: string, bytes: number, times: number[], cpu?: number[]): void {
  const ms = median(times);
  const cpuPart =
    cpu && cpu.length
      ? `; CPU ${median(cpu).toFixed(0)} ms = ${(bytes / 1e6 / (median(cpu) / 1000)).toFixed(3)} MB/s`
      : '';
  process.stdout.write(
    `${label.padEnd(38)} ${(bytes / 1e6).toFixed(3)} MB  wall median ${ms.toFixed(0).padStart(6)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(3)} MB/s${cpuPart}  (runs: ${times.map((x) => x.toFixed(0)).join(', ')} ms)\n`,
  );
}

async function main(): Promise<number> {
  const devDir = join(shared, 'dev');
  const bulkFile = join(shared, 'bulk', 'reuters21578.jsonl');
  if (!existsSync(devDir) || !existsSync(bulkFile)) {
    process.stderr.write(`bench: the shared corpora are not beside the project (${shared}).\n`);
    return 2;
  }
  const dev = readdirSync(devDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseArticleFile(f, readFileSync(join(devDir, f))));
  const lines = readFileSync(bulkFile);
  const bulk = parseArticleOutcomes('reuters21578.jsonl', lines)
    .flatMap((o) => (o.ok ? [o.article] : []))
    .slice(0, STORIES);

  single(dev); // warm-up: lexicons, gazetteers, JIT
  const load = (await import('node:os')).loadavg()[0]!;
  process.stdout.write(
    `node ${process.version}, ${RUNS} runs each, medians; load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs\n`,
  );
  cpuTimes.length = 0;
  const devTimes = Array.from({ length: RUNS }, () => single(dev));
  report(`dev corpus (${dev.length} articles), 1 thread`, bytesOf(dev), devTimes, cpuTimes.splice(0));
  const bulkTimes = Array.from({ length: RUNS }, () => single(bulk));
  report(`Reuters bulk (${bulk.length} stories), 1 thread`, bytesOf(bulk), bulkTimes, cpuTimes.splice(0));
  const poolTimes: number[] = [];
  for (let r = 0; r < RUNS; r++) poolTimes.push(await pooled(bulk, 2));
  report(`Reuters bulk (${bulk.length} stories), 2 threads`, bytesOf(bulk), poolTimes);
  // What each pool run pays before the first article: starting workers, loading lexicons.
  const startup = Array.from({ length: RUNS }, () => 0);
  for (let r = 0; r < RUNS; r++) startup[r] = await pooled(bulk.slice(0, 1), 2);
  process.stdout.write(`pool start-up (2 workers, 1 story): median ${median(startup).toFixed(0)} ms\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
