/**
 * Running extraction over many articles for the CLI and the benchmark: in this thread, or on a
 * worker pool (src/extract's extractMany) when more than one thread is asked for. Results
 * arrive in input order; a failing article yields its error and the rest go on.
 */
import { extractArticle, extractMany } from '../extract/index.js';
import type { ArticleExtraction, ArticleInput } from '../extract/types.js';

export type ExtractOutcome =
  | { ok: true; article: ArticleInput; extraction: ArticleExtraction }
  | { ok: false; article: ArticleInput; error: Error };

export interface ExtractRunOptions {
  date?: string;
  threads: number;
}

export async function* extractAll(
  articles: readonly ArticleInput[],
  options: ExtractRunOptions,
): AsyncIterable<ExtractOutcome> {
  const dated = options.date ? { date: options.date } : {};
  if (options.threads <= 1) {
    for (const article of articles) {
      try {
        yield { ok: true, article, extraction: extractArticle(article, dated) };
      } catch (error) {
        yield { ok: false, article, error: asError(error) };
      }
    }
    return;
  }
  yield* extractMany(articles, { threads: options.threads, ...dated });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
