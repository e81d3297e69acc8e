/** Worker side of the extraction pool: one article in, one extraction (or error message) out. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './pipeline.js';
import type { ArticleInput } from './types.js';

const date = (workerData as { date: string | null } | null)?.date ?? undefined;

parentPort!.on('message', (job: { seq: number; article: ArticleInput }) => {
  try {
    const extraction = extractArticle(job.article, date ? { date } : {});
    parentPort!.postMessage({ seq: job.seq, ok: true, extraction });
  } catch (err) {
    parentPort!.postMessage({ seq: job.seq, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
