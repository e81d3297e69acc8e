/**
 * `newsgraph extract`: one annotation-format JSON file per article (the scorer's input).
 */
import { join, resolve } from 'node:path';
import { extractArticle, toAnnotationOutput } from '../../extract/index.js';
import { writeFileAtomic } from '../../store/memory/persist.js';
import { ARTICLE_OPTIONS, parseCommandArgs, parseIsoDate, UsageError, type ArticleOptionValues } from '../args.js';
import { batchExitCode, plural, readArticles, reportFailure } from '../articles.js';
import type { Failure } from '../articles.js';
import type { CliContext, Command } from '../command.js';
import { createProgress } from '../progress.js';

const usage = `Usage: newsgraph extract FILE|DIR... --out DIR [--date YYYY-MM-DD] [--strict] [--json]

Read articles (.txt, .md, .html, .json, .jsonl; folders are walked) and write one
DIR/NAME.json per article in the annotation format (see ANNOTATION.md).

Options:
  --out DIR        where to write the JSON files (created if missing; required)
  --date DATE      publication date for articles that carry none (YYYY-MM-DD)
  --strict         exit 1 if any file or article could not be processed
  --json           print a JSON summary on stdout
  -h, --help       show this help

Bad files are reported on stderr and skipped; the exit code is 1 only when nothing could
be processed (or with --strict).`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract entities and relations from articles into annotation JSON files',
  usage,
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs<ArticleOptionValues>(args, ARTICLE_OPTIONS);
    if (positionals.length === 0) throw new UsageError('give at least one FILE or DIR to extract');
    if (!values.out) throw new UsageError('--out DIR is required');
    const date = parseIsoDate(values.date);
    const outDir = resolve(ctx.cwd, values.out);
    const started = Date.now();

    const { articles, failures } = await readArticles(
      positionals.map((p) => resolve(ctx.cwd, p)),
      ctx,
      'extract',
    );
    const written: string[] = [];
    const usedNames = new Set<string>();
    const progress = createProgress(ctx, 'extracting', articles.length);
    for (const [i, article] of articles.entries()) {
      try {
        const extraction = extractArticle(article, date ? { date } : {});
        const file = join(outDir, `${uniqueName(fileNameFor(article.id), usedNames)}.json`);
        await writeFileAtomic(file, JSON.stringify(toAnnotationOutput(extraction), null, 2) + '\n');
        written.push(file);
      } catch (error) {
        const failure: Failure = { origin: article.origin ?? article.id, error: (error as Error).message };
        failures.push(failure);
        reportFailure(ctx, 'extract', failure);
      }
      progress.tick(i + 1);
    }
    progress.done();

    const seconds = (Date.now() - started) / 1000;
    if (values.json) {
      ctx.stdout.write(JSON.stringify({ articles: written.length, written, failures, seconds }, null, 2) + '\n');
    } else {
      const skipped = failures.length > 0 ? ` (${plural(failures.length, 'problem')} reported above)` : '';
      ctx.stdout.write(
        `Extracted ${plural(written.length, 'article')} to ${outDir} in ${seconds.toFixed(1)} s${skipped}\n`,
      );
    }
    if (written.length === 0 && failures.length === 0) ctx.stderr.write('newsgraph extract: no articles found\n');
    return batchExitCode(written.length, failures.length, values.strict ?? false);
  },
};

/** A safe file name from an article id ("reuters.jsonl#12" → "reuters.jsonl-12"). */
export function fileNameFor(articleId: string): string {
  const name = articleId
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, 150);
  return name === '' ? 'article' : name;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name}-${n}`;
  used.add(candidate);
  return candidate;
}

export default extractCommand;
