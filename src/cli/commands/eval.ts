/**
 * `newsgraph eval`: score extraction against gold annotations (ANNOTATION.md) with the
 * project's scorer (src/eval). Without --pred, the gold folder's .txt articles are extracted
 * first, in memory.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { formatScoreReport, readGoldFolder, scoreCorpus } from '../../eval/index.js';
import type { GoldDocument, PredictionDocument } from '../../eval/index.js';
import { extractArticle, parseArticleFile, toAnnotationOutput } from '../../extract/index.js';
import { CliError, parseCommandArgs, UsageError } from '../args.js';
import type { CliContext, Command } from '../command.js';

const usage = `Usage: newsgraph eval --gold DIR [--pred DIR] [--json] [--verbose]

Score entities and relations (precision, recall, F1) against NAME.gold.json files.

Options:
  --gold DIR     folder of NAME.gold.json (and, without --pred, the NAME.txt articles)
  --pred DIR     folder of NAME.json predictions (as written by \`newsgraph extract\`);
                 without it the gold folder's .txt files are extracted first
  --json         print the report as JSON
  --verbose      list every missed and spurious entity and relation
  -h, --help     show this help`;

interface Values {
  gold?: string;
  pred?: string;
  json?: boolean;
  verbose?: boolean;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold annotations',
  usage,
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs<Values>(args, {
      gold: { type: 'string' },
      pred: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.gold === undefined) throw new UsageError('--gold DIR is required');
    const goldDir = resolve(ctx.cwd, values.gold);
    const gold = await readGoldFolder(goldDir);
    const predictions =
      values.pred !== undefined
        ? await readPredictions(resolve(ctx.cwd, values.pred), gold, ctx)
        : await extractGoldArticles(goldDir, gold, ctx);
    const report = scoreCorpus(gold, predictions);
    ctx.stdout.write(
      values.json
        ? JSON.stringify(report, null, 2) + '\n'
        : formatScoreReport(report, { verbose: values.verbose ?? false }).replace(/\n?$/, '\n'),
    );
    return 0;
  },
};

async function listDir(dir: string, what: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    throw new CliError(
      `cannot read the ${what} folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A missing or unreadable prediction counts as empty output; it is reported, not fatal. */
async function readPredictions(
  dir: string,
  gold: GoldDocument[],
  ctx: CliContext,
): Promise<Map<string, PredictionDocument>> {
  await listDir(dir, 'prediction');
  const predictions = new Map<string, PredictionDocument>();
  for (const { id } of gold) {
    const file = join(dir, `${id}.json`);
    try {
      predictions.set(id, (await readJson(file)) as PredictionDocument);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (error as Error).message;
      ctx.stderr.write(`newsgraph eval: no usable prediction for ${id} (${reason}); scored as empty\n`);
    }
  }
  return predictions;
}

async function extractGoldArticles(
  dir: string,
  gold: GoldDocument[],
  ctx: CliContext,
): Promise<Map<string, PredictionDocument>> {
  const predictions = new Map<string, PredictionDocument>();
  for (const { id } of gold) {
    const file = join(dir, `${id}.txt`);
    try {
      const [article] = parseArticleFile(basename(file), await readFile(file));
      if (!article) throw new Error('no article in the file');
      predictions.set(id, toAnnotationOutput(extractArticle(article)));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      ctx.stderr.write(`newsgraph eval: could not extract ${file} (${reason}); scored as empty\n`);
    }
  }
  return predictions;
}

export default evalCommand;
