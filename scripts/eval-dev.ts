/**
 * npm run eval:dev — extracts the annotated dev corpus (../shared/corpus/dev, or
 * $NEWSGRAPH_DEV_CORPUS), writes one NAME.json per article to a temporary folder (or --out DIR),
 * prints our scorer's report and, when the reference scorer is there, its summary line.
 *
 *   npm run eval:dev [-- --verbose] [-- --out DIR]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, readInputs, toAnnotationOutput } from '../src/extract/index.js';
import { formatScoreReport, readGoldFolder, scoreCorpus, type PredictionDocument } from '../src/eval/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const outAt = args.indexOf('--out');
const corpus = resolve(process.env['NEWSGRAPH_DEV_CORPUS'] ?? join(root, '..', 'shared', 'corpus', 'dev'));
const referee = join(root, '..', 'shared', 'tools', 'score-extraction.mjs');

async function main(): Promise<number> {
  if (!existsSync(corpus)) {
    process.stderr.write(
      `eval:dev: the dev corpus is not at ${corpus}.\n` +
        `Put the shared folder beside the project (../shared/corpus/dev) or set NEWSGRAPH_DEV_CORPUS.\n`,
    );
    return 2;
  }
  const out =
    outAt >= 0 && args[outAt + 1] ? resolve(args[outAt + 1]!) : await mkdtemp(join(tmpdir(), 'newsgraph-eval-'));
  await mkdir(out, { recursive: true });
  const predictions = new Map<string, PredictionDocument>();
  let failed = 0;
  const started = performance.now();
  let chars = 0;
  for await (const outcome of readInputs([corpus])) {
    if (!outcome.ok) {
      process.stderr.write(`eval:dev: skipped ${outcome.error.message}\n`);
      failed++;
      continue;
    }
    const x = extractArticle(outcome.article);
    chars += outcome.article.text.length;
    const json = toAnnotationOutput(x);
    predictions.set(outcome.article.id, json);
    await writeFile(join(out, `${outcome.article.id}.json`), JSON.stringify(json, null, 2) + '\n');
  }
  const ms = performance.now() - started;
  const gold = await readGoldFolder(corpus);
  const report = scoreCorpus(gold, predictions);
  process.stdout.write(formatScoreReport(report, { verbose }) + '\n');
  process.stdout.write(
    `\npredictions: ${out} (${predictions.size} articles, ${chars.toLocaleString('en')} chars, read+extract ${ms.toFixed(0)} ms)\n`,
  );
  if (existsSync(referee)) {
    const text = execFileSync(process.execPath, [referee, '--gold', corpus, '--pred', out], { encoding: 'utf8' });
    const last = text.trim().split('\n').pop();
    process.stdout.write(`reference scorer: ${last}\n`);
  }
  return failed > 0 ? 1 : 0;
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
