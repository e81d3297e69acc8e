/**
 * Worker side of the extraction pool: started once per pool, it loads the pipeline once and
 * answers each batch of articles with one message of results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './pipeline.js';
import type { WorkerBatch, WorkerReply, WorkerResult } from './pool.js';

const date = (workerData as { date: string | null } | null)?.date ?? undefined;

parentPort!.on('message', (batch: WorkerBatch) => {
  const results = batch.articles.map((article): WorkerResult => {
    try {
      return { extraction: extractArticle(article, date ? { date } : {}) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
  parentPort!.postMessage({ seq: batch.seq, results } satisfies WorkerReply);
});
