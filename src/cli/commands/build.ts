/**
 * `newsgraph build`: articles → extraction → graph, merged into graph/graph.json (plus
 * graph.graphml), or into Neo4j with --neo4j. Incremental: an existing graph is extended, and
 * building the same articles again changes nothing.
 */
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { toGraphML } from '../../export/graphml.js';
import { fragmentFromExtraction } from '../../graph/build.js';
import { openNeo4jStore } from '../../store/index.js';
import { canonicalOrder } from '../../extract/index.js';
import { GRAPHML_FILE_NAME, pairInSync } from '../../store/memory/graph-pair.js';
import { saveGraphPair } from '../../store/memory/save-pair.js';
import { MemoryStore } from '../../store/memory/index.js';
import { lockFolder, type FolderLock } from '../../store/memory/lock.js';
import { removeStaleTempFiles } from '../../store/memory/persist.js';
import type { GraphStore, MergeStats } from '../../store/types.js';
import {
  ARTICLE_OPTIONS,
  neo4jOption,
  parseCommandArgs,
  parseIsoDate,
  parsePositiveInt,
  UsageError,
  type ArticleOptionValues,
} from '../args.js';
import { batchExitCode, plural, readArticles, reportFailure } from '../articles.js';
import type { Failure } from '../articles.js';
import type { CliContext, Command } from '../command.js';
import { extractAll } from '../extraction.js';
import { layoutAndSave } from '../layout-step.js';
import { createProgress } from '../progress.js';
import { addMergeStats, formatGraphStats, formatMergeStats } from '../summary.js';

const usage = `Usage: newsgraph build FILE|DIR... [--out DIR] [--date YYYY-MM-DD] [--strict]
                      [--threads N] [--wait SECONDS] [--json] [--neo4j [URI]]

Extract articles and merge them into the knowledge graph. Without --neo4j the graph is
DIR/graph.json (reloadable; an existing one is extended), DIR/graph.graphml and the layout
(ForceAtlas2 positions for the web view and exports) in DIR/graph.positions.json.

Options:
  --out DIR        graph folder (default: graph)
  --date DATE      publication date for articles that carry none (YYYY-MM-DD)
  --threads N      extraction worker threads (default: 1, or up to 4 for 200+ articles)
  --wait SECONDS   while another build writes into DIR, wait this long for it (default 300; 0: refuse)
  --strict         exit 1 if any file or article could not be processed
  --json           print a JSON summary on stdout
  --neo4j [URI]    write to Neo4j instead (URI default: $NEO4J_URI or bolt://127.0.0.1:7687;
                   user and password from $NEO4J_USER, $NEO4J_PASSWORD)
  -h, --help       show this help

Bad files are reported on stderr and skipped; the exit code is 1 only when nothing could
be processed (or with --strict). The graph files are replaced atomically, never half-written,
and graph.graphml always matches graph.json. One build at a time writes into a folder.
Article ids: a named file's base name; below a named folder, the path without extension
("x/a" for DIR/x/a.txt). Articles merge in order of id, whatever the order of the arguments.`;

interface Values extends ArticleOptionValues {
  threads?: string;
  wait?: string;
  neo4j?: string;
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build or extend the knowledge graph from articles (graph.json + graph.graphml, or Neo4j)',
  usage,
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs<Values>(args, {
      ...ARTICLE_OPTIONS,
      threads: { type: 'string' },
      wait: { type: 'string' },
      neo4j: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('give at least one FILE or DIR to build from');
    const neo4j = neo4jOption(values.neo4j);
    if (neo4j !== undefined && values.out !== undefined) throw new UsageError('--out and --neo4j exclude each other');
    const date = parseIsoDate(values.date);
    const threadsFlag = parsePositiveInt(values.threads, '--threads');
    const outDir = resolve(ctx.cwd, values.out ?? 'graph');
    const waitSeconds = values.wait === undefined ? 300 : parseNonNegativeSeconds(values.wait);
    const started = Date.now();
    const plan: BuildPlan = {
      inputs: positionals.map((p) => resolve(ctx.cwd, p)),
      outDir,
      neo4j,
      threads: threadsFlag,
      date,
      json: values.json ?? false,
      strict: values.strict ?? false,
      started,
    };
    if (neo4j !== undefined) return buildInto(plan, undefined, ctx);
    // Lock the folder before reading graph.json: a concurrent build waits for this one to finish.
    const lock = await lockOutput(outDir, waitSeconds, ctx);
    try {
      return await buildInto(plan, lock, ctx);
    } finally {
      await lock.release();
    }
  },
};

interface BuildPlan {
  inputs: string[];
  outDir: string;
  neo4j: ReturnType<typeof neo4jOption>;
  threads: number | undefined;
  date: string | undefined;
  json: boolean;
  strict: boolean;
  started: number;
}

async function buildInto(plan: BuildPlan, lock: FolderLock | undefined, ctx: CliContext): Promise<number> {
  const { outDir, neo4j, date, started } = plan;
  // Open the store first: a corrupt graph.json or an unreachable server fails before any work.
  const store: GraphStore =
    neo4j !== undefined ? await openNeo4jStore(neo4j, ctx.env) : await MemoryStore.open(join(outDir, 'graph.json'));
  const pairBroken = lock !== undefined && !(await pairInSync(outDir));
  try {
    const read = await readArticles(plan.inputs, ctx, 'build');
    const articles = canonicalOrder(read.articles);
    const failures = read.failures;
    const threads = plan.threads ?? (articles.length >= 200 ? Math.min(4, availableParallelism()) : 1);
    const merged = await extractAndMerge(store, articles, { threads, ...(date ? { date } : {}) }, failures, ctx);
    const files =
      store instanceof MemoryStore && (merged.processed > 0 || pairBroken) ? await saveGraph(store, outDir, ctx) : [];
    const stats = await store.stats();
    const seconds = (Date.now() - started) / 1000;
    if (plan.json) {
      const target =
        store instanceof MemoryStore ? { files } : { neo4j: neo4j === true ? (ctx.env.NEO4J_URI ?? 'default') : neo4j };
      const summary = {
        articles: merged.processed,
        failures,
        ...target,
        merge: merged.stats,
        ...stats,
        threads,
        seconds,
      };
      ctx.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    } else {
      const where =
        files.length > 0
          ? files.map((f) => relative(ctx.cwd, f) || f).join(', ')
          : store.kind === 'neo4j'
            ? 'Neo4j'
            : 'nothing';
      const problems = failures.length > 0 ? `, ${plural(failures.length, 'problem')} reported above` : '';
      ctx.stdout.write(
        `Built ${where} from ${plural(merged.processed, 'article')} in ${seconds.toFixed(1)} s${problems}\n` +
          `${formatGraphStats(stats)}\n${formatMergeStats(merged.stats)}\n`,
      );
    }
    if (articles.length === 0 && failures.length === 0) ctx.stderr.write('newsgraph build: no articles found\n');
    return batchExitCode(merged.processed, failures.length, plan.strict);
  } finally {
    await store.close();
  }
}

function parseNonNegativeSeconds(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`--wait needs a number of seconds, got "${text}"`);
  return n;
}

/** Takes DIR's build lock, saying once on stderr when it waits, and clears temp files of dead writers. */
async function lockOutput(outDir: string, waitSeconds: number, ctx: CliContext): Promise<FolderLock> {
  const lock = await lockFolder(outDir, {
    waitMs: waitSeconds * 1000,
    onWait: (owner) =>
      ctx.stderr.write(
        `newsgraph build: waiting for the build running since ${owner.since} (pid ${owner.pid}) to finish writing ${outDir}\n`,
      ),
  });
  await removeStaleTempFiles(outDir);
  return lock;
}

async function extractAndMerge(
  store: GraphStore,
  articles: Parameters<typeof extractAll>[0],
  options: Parameters<typeof extractAll>[1],
  failures: Failure[],
  ctx: CliContext,
): Promise<{ processed: number; stats: MergeStats }> {
  let stats: MergeStats = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  let processed = 0;
  let seen = 0;
  const progress = createProgress(ctx, 'building', articles.length);
  for await (const outcome of extractAll(articles, options)) {
    seen++;
    if (outcome.ok) {
      stats = addMergeStats(stats, await store.merge(fragmentFromExtraction(outcome.extraction)));
      processed++;
    } else {
      const failure = { origin: outcome.article.origin ?? outcome.article.id, error: outcome.error.message };
      failures.push(failure);
      reportFailure(ctx, 'build', failure);
    }
    progress.tick(seen);
  }
  progress.done();
  return { processed, stats };
}

/**
 * graph.json and graph.graphml as one set: both temp files written, graph.graphml renamed first,
 * graph.json last; graph.graphml carries graph.json's hash, so a pair cut by a crash is noticed
 * and repaired by the next build (graph-pair.ts).
 */
async function saveGraph(store: MemoryStore, outDir: string, ctx: CliContext): Promise<string[]> {
  const json = await saveGraphPair(store, join(outDir, 'graph.json'), toGraphML, true);
  // Then the layout for the web view and the exports (graph.positions.json, as `newsgraph layout`).
  const positions = await layoutAndSave(await store.snapshot(), json, ctx);
  return [json, join(outDir, GRAPHML_FILE_NAME), positions];
}

export default buildCommand;
