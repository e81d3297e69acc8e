/**
 * Reading article files for extract and build: every bad file or record is reported on stderr
 * (one clear line each) and skipped; the good ones go on.
 */
import { distinctArticleIds, readInputs } from '../extract/index.js';
import type { ArticleInput } from '../extract/types.js';
import type { CliContext } from './command.js';

export interface Failure {
  origin: string;
  error: string;
}

export interface ReadReport {
  articles: ArticleInput[];
  failures: Failure[];
}

export async function readArticles(paths: string[], ctx: CliContext, command: string): Promise<ReadReport> {
  const articles: ArticleInput[] = [];
  const failures: Failure[] = [];
  for await (const outcome of readInputs(paths)) {
    if (outcome.ok) {
      articles.push(outcome.article);
    } else {
      const failure = { origin: outcome.origin, error: outcome.error.message };
      failures.push(failure);
      reportFailure(ctx, command, failure);
    }
  }
  return { articles: distinctArticleIds(articles), failures };
}

export function reportFailure(ctx: CliContext, command: string, failure: Failure): void {
  const message = failure.error.startsWith(failure.origin) ? failure.error : `${failure.origin}: ${failure.error}`;
  ctx.stderr.write(`newsgraph ${command}: skipped ${message}\n`);
}

/**
 * Exit status of a batch run: 1 when nothing could be processed, or with --strict when anything
 * failed; 0 otherwise (bad files were reported and skipped).
 */
export function batchExitCode(processed: number, failed: number, strict: boolean): number {
  if (processed === 0) return 1;
  return strict && failed > 0 ? 1 : 0;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
