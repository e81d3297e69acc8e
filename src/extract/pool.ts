/**
 * A worker-thread pool for bulk extraction. `threads` workers start once per call of
 * extractMany and stay up until its last article (so whatever a worker loads, such as a
 * syntax model, is loaded once per worker); articles go out in batches, each worker keeping
 * two in hand so it never waits for the main thread; each batch's results come back in one
 * message and are yielded in input order, so the caller merges while the workers extract. A
 * failing article yields an error outcome and the rest go on. (Measured on 3,200 Reuters
 * articles: structured clone of the results costs 15 ms per 1,000 articles on the receiving
 * side, the same as a transferred JSON buffer, and 1% of extracting them; so plain messages.)
 * The worker runs as TypeScript under tsx (tests, scripts) or as compiled JavaScript (dist/); see
 * src/runtime/worker-entry.ts.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../runtime/worker-entry.js';
import type { ArticleExtraction, ArticleInput } from './types.js';

export type PoolOutcome =
  | { ok: true; article: ArticleInput; extraction: ArticleExtraction }
  | { ok: false; article: ArticleInput; error: Error };

/** Main → worker: a batch of articles. */
export interface WorkerBatch {
  seq: number;
  articles: ArticleInput[];
}

/** Worker → main: one result per article of the batch, in order. */
export interface WorkerReply {
  seq: number;
  results: WorkerResult[];
}

export type WorkerResult = { extraction: ArticleExtraction } | { error: string };

export interface PoolOptions {
  threads: number;
  /** Publication date for articles without one. */
  date?: string;
}

/** A batch closes at this many articles or characters of text, whichever comes first. */
const BATCH_ARTICLES = 32;
const BATCH_CHARS = 48_000;
/** Batches a worker holds at once: one it works on, one ready behind it. */
const DEPTH = 2;

type Batch = WorkerBatch;

export async function* extractMany(
  inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  options: PoolOptions,
): AsyncIterable<PoolOutcome> {
  const threads = Math.max(1, Math.floor(options.threads));
  const source = batchesOf(inputs);
  const start = workerEntry(import.meta.url, 'pool-worker');
  const inFlight = new Map<number, Batch>();
  const finished = new Map<number, PoolOutcome[]>();
  const held = new Map<Worker, number>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(start.entry, { ...start.options, workerData: { date: options.date ?? null } });
    held.set(worker, 0);
    worker.on('message', (reply: WorkerReply) => {
      const batch = inFlight.get(reply.seq)!;
      inFlight.delete(reply.seq);
      finished.set(reply.seq, outcomesOf(batch, reply));
      held.set(worker, held.get(worker)! - 1);
      signal();
    });
    worker.on('error', (err) => {
      failure = err instanceof Error ? err : new Error(String(err));
      signal();
    });
    return worker;
  });

  let nextOut = 0;
  let exhausted = false;
  // Finished batches wait for their turn; cap what is out so one slow article cannot grow memory.
  const room = (): boolean => inFlight.size + finished.size < threads * (DEPTH + 2);
  const feed = async (): Promise<void> => {
    for (const worker of workers) {
      while (!exhausted && held.get(worker)! < DEPTH && room()) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        inFlight.set(next.value.seq, next.value);
        held.set(worker, held.get(worker)! + 1);
        worker.postMessage({ seq: next.value.seq, articles: next.value.articles } satisfies WorkerBatch);
      }
    }
  };
  try {
    for (;;) {
      if (failure) throw new Error(`extraction worker failed: ${failure.message}`);
      await feed();
      const ready = finished.get(nextOut);
      if (ready) {
        finished.delete(nextOut++);
        yield* ready;
        // Let worker replies in before the next batch, so the workers are refilled while we merge.
        await nextTurn();
        continue;
      }
      if (exhausted && inFlight.size === 0 && finished.size === 0) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (finished.has(nextOut) || failure) signal();
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function outcomesOf(batch: Batch, reply: WorkerReply): PoolOutcome[] {
  return batch.articles.map((article, i) => {
    const r = reply.results[i];
    if (r && 'extraction' in r) return { ok: true, article, extraction: r.extraction };
    return { ok: false, article, error: new Error(r?.error ?? 'the extraction worker returned no result') };
  });
}

/** Articles grouped into batches by count and text size, numbered in input order. */
async function* batchesOf(inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>): AsyncGenerator<Batch> {
  let seq = 0;
  let articles: ArticleInput[] = [];
  let chars = 0;
  for await (const article of inputs) {
    articles.push(article);
    chars += article.text.length;
    if (articles.length >= BATCH_ARTICLES || chars >= BATCH_CHARS) {
      yield { seq: seq++, articles };
      articles = [];
      chars = 0;
    }
  }
  if (articles.length > 0) yield { seq: seq++, articles };
}
