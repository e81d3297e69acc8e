/**
 * Worker side of the extraction pool: started once per pool, it loads the pipeline once and
 * answers each batch of articles with one transferred buffer of results (pool-wire.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './pipeline.js';
import { encodeReplies, type WorkerBatch, type WorkerResult } from './pool-wire.js';

const date = (workerData as { date: string | null } | null)?.date ?? undefined;

parentPort!.on('message', (batch: WorkerBatch) => {
  const results = batch.articles.map((article): WorkerResult => {
    try {
      return { extraction: extractArticle(article, date ? { date } : {}) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
  const reply = encodeReplies(batch.seq, results);
  parentPort!.postMessage(reply, [reply.results]);
});
