/**
 * A worker-thread pool for bulk extraction. Articles go out to `threads` workers and results
 * come back in input order; a failing article yields an error outcome and the rest go on.
 */
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../runtime/worker-entry.js';
import type { ArticleExtraction, ArticleInput } from './types.js';

export type PoolOutcome =
  | { ok: true; article: ArticleInput; extraction: ArticleExtraction }
  | { ok: false; article: ArticleInput; error: Error };

export interface PoolOptions {
  threads: number;
  /** Publication date for articles without one. */
  date?: string;
}

interface Job {
  seq: number;
  article: ArticleInput;
}
type Reply = { seq: number; ok: true; extraction: ArticleExtraction } | { seq: number; ok: false; message: string };

async function* toAsync<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterable<T> {
  yield* items as AsyncIterable<T>;
}

/** Jobs each worker holds at once: it never waits for the main thread between articles. */
const DEPTH = 8;

export async function* extractMany(
  inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  options: PoolOptions,
): AsyncIterable<PoolOutcome> {
  const threads = Math.max(1, Math.floor(options.threads));
  const start = workerEntry(import.meta.url, 'pool-worker');
  const workers: Worker[] = [];
  const load = new Map<Worker, number>();
  const pending = new Map<number, Job>();
  const done = new Map<number, PoolOutcome>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (let i = 0; i < threads; i++) {
    const w = new Worker(start.entry, {
      ...start.options,
      workerData: { date: options.date ?? null },
    });
    w.on('message', (reply: Reply) => {
      const job = pending.get(reply.seq)!;
      pending.delete(reply.seq);
      done.set(
        reply.seq,
        reply.ok
          ? { ok: true, article: job.article, extraction: reply.extraction }
          : { ok: false, article: job.article, error: new Error(reply.message) },
      );
      load.set(w, load.get(w)! - 1);
      signal();
    });
    w.on('error', (err) => {
      failure = err instanceof Error ? err : new Error(String(err));
      signal();
    });
    workers.push(w);
    load.set(w, 0);
  }
  const leastLoaded = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const w of workers) if (load.get(w)! < DEPTH && (!best || load.get(w)! < load.get(best)!)) best = w;
    return best;
  };
  const iterator = toAsync(inputs)[Symbol.asyncIterator]();
  let nextSeq = 0;
  let nextOut = 0;
  let exhausted = false;
  // Results wait in `done` until their turn; cap them so a slow article cannot make memory grow.
  const canSend = (): boolean =>
    !exhausted && leastLoaded() !== undefined && pending.size + done.size < threads * DEPTH * 2;
  try {
    for (;;) {
      if (failure) throw new Error(`extraction worker failed: ${failure.message}`);
      while (canSend()) {
        const r = await iterator.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const job: Job = { seq: nextSeq++, article: r.value };
        pending.set(job.seq, job);
        const w = leastLoaded()!;
        load.set(w, load.get(w)! + 1);
        w.postMessage(job);
      }
      while (done.has(nextOut)) {
        const out = done.get(nextOut)!;
        done.delete(nextOut);
        nextOut++;
        yield out;
      }
      if (exhausted && pending.size === 0 && done.size === 0) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (done.has(nextOut) || failure || canSend()) signal();
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
