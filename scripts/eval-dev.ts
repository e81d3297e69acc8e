/**
 * npm run eval:dev — extracts each annotated dev corpus (../shared/corpus/dev and
 * ../shared/corpus/dev2, then the repository's blind-annotated Wikinews articles in
 * tests/fixtures/wikinews-gum/studied and …/untouched; or the folders given with --corpus /
 * $NEWSGRAPH_DEV_CORPUS), scores it on its own with our scorer and, when it is there, the
 * reference scorer, and prints one summary per corpus with the per-type figures.
 *
 *   npm run eval:dev [-- --verbose] [-- --corpus DIR]… [-- --out DIR] [-- --json]
 *
 * --out DIR keeps the predictions (DIR/<corpus name>/NAME.json); --json prints one JSON object
 * as the last line: {"<corpus name>": {"relations": {p, r, f1, byType}, "entities": {…}}}.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, readInputs, toAnnotationOutput } from '../src/extract/index.js';
import {
  formatScoreReport,
  readGoldFolder,
  scoreCorpus,
  type PredictionDocument,
  type ScoreReport,
} from '../src/eval/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const json = args.includes('--json');
const valueOf = (flag: string): string[] => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]!] : []));
const shared = join(root, '..', 'shared', 'corpus');
const named = [
  ...valueOf('--corpus'),
  ...(process.env['NEWSGRAPH_DEV_CORPUS'] ? [process.env['NEWSGRAPH_DEV_CORPUS']] : []),
];
const fixtures = join(root, 'tests', 'fixtures');
const heldOut = [join(fixtures, 'wikinews-gum', 'studied'), join(fixtures, 'wikinews-gum', 'untouched')];
const corpora = (named.length ? named : [join(shared, 'dev'), join(shared, 'dev2'), ...heldOut]).map((c) => resolve(c));
/** A corpus's name in the report: its folder, or its path under tests/fixtures ("wikinews-gum/studied"). */
const nameOf = (corpus: string): string =>
  corpus.startsWith(fixtures + sep) ? relative(fixtures, corpus).split(sep).join('/') : basename(corpus);
const referee = join(root, '..', 'shared', 'tools', 'score-extraction.mjs');

interface CorpusRun {
  name: string;
  report: ScoreReport;
  referee?: string;
  failed: number;
}

async function runCorpus(corpus: string, out: string): Promise<CorpusRun> {
  await mkdir(out, { recursive: true });
  const predictions = new Map<string, PredictionDocument>();
  let failed = 0;
  for await (const outcome of readInputs([corpus])) {
    if (!outcome.ok) {
      process.stderr.write(`eval:dev: skipped ${outcome.error.message}\n`);
      failed++;
      continue;
    }
    const doc = toAnnotationOutput(extractArticle(outcome.article));
    predictions.set(outcome.article.id, doc);
    await writeFile(join(out, `${outcome.article.id}.json`), JSON.stringify(doc, null, 2) + '\n');
  }
  const report = scoreCorpus(await readGoldFolder(corpus), predictions);
  const run: CorpusRun = { name: nameOf(corpus), report, failed };
  if (existsSync(referee)) {
    const text = execFileSync(process.execPath, [referee, '--gold', corpus, '--pred', out], { encoding: 'utf8' });
    run.referee = text.trim().split('\n').pop();
  }
  return run;
}

const pick = (m: { precision: number; recall: number; f1: number }) => ({ p: m.precision, r: m.recall, f1: m.f1 });

async function main(): Promise<number> {
  const missing = corpora.filter((c) => !existsSync(c));
  if (missing.length) {
    process.stderr.write(
      `eval:dev: no corpus at ${missing.join(', ')}.\n` +
        `Put the shared folder beside the project (../shared/corpus/dev, dev2) or name folders with --corpus DIR.\n`,
    );
    return 2;
  }
  const outRoot = valueOf('--out')[0]
    ? resolve(valueOf('--out')[0]!)
    : await mkdtemp(join(tmpdir(), 'newsgraph-eval-'));
  const runs: CorpusRun[] = [];
  for (const corpus of corpora) runs.push(await runCorpus(corpus, join(outRoot, nameOf(corpus))));
  for (const run of runs) {
    process.stdout.write(`\n== ${run.name}\n`);
    if (verbose) process.stdout.write(formatScoreReport(run.report, { verbose }) + '\n');
    const byType = Object.entries(run.report.relations.byType)
      .map(([t, m]) => `${t} ${m.f1.toFixed(3)}`)
      .join(', ');
    process.stdout.write(`${run.name}: relations by type: ${byType}\n`);
    if (run.referee) process.stdout.write(`${run.name}: reference scorer: ${run.referee}\n`);
    else {
      const r = run.report;
      process.stdout.write(
        `${run.name}: relations F1 ${r.relations.f1.toFixed(3)} entities F1 ${r.entities.f1.toFixed(3)} (our scorer)\n`,
      );
    }
  }
  process.stdout.write(`\npredictions: ${outRoot}\n`);
  if (json) {
    const summary = Object.fromEntries(
      runs.map((run) => [
        run.name,
        {
          relations: {
            ...pick(run.report.relations),
            byType: Object.fromEntries(Object.entries(run.report.relations.byType).map(([t, m]) => [t, pick(m)])),
          },
          entities: pick(run.report.entities),
        },
      ]),
    );
    process.stdout.write(JSON.stringify(summary) + '\n');
  }
  return runs.some((r) => r.failed > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval:dev: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
