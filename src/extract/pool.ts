/**
 * A worker-thread pool for bulk extraction. Articles go out to `threads` workers and results
 * come back in input order; a failing article yields an error outcome and the rest go on.
 * The worker runs as TypeScript under tsx (tests, scripts) or as compiled JavaScript (dist/).
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
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

function workerUrl(): { url: URL; execArgv: string[] } {
  const self = import.meta.url;
  const ts = self.endsWith('.ts');
  const url = new URL(ts ? './pool-worker.ts' : './pool-worker.js', self);
  return { url, execArgv: ts ? ['--import', 'tsx'] : [] };
}

async function* toAsync<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterable<T> {
  yield* items as AsyncIterable<T>;
}

export async function* extractMany(inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>, options: PoolOptions): AsyncIterable<PoolOutcome> {
  const threads = Math.max(1, Math.floor(options.threads));
  const { url, execArgv } = workerUrl();
  const workers: Worker[] = [];
  const idle: Worker[] = [];
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
    const w = new Worker(fileURLToPath(url), { execArgv, workerData: { date: options.date ?? null } });
    w.on('message', (reply: Reply) => {
      const job = pending.get(reply.seq)!;
      pending.delete(reply.seq);
      done.set(reply.seq, reply.ok ? { ok: true, article: job.article, extraction: reply.extraction } : { ok: false, article: job.article, error: new Error(reply.message) });
      idle.push(w);
      signal();
    });
    w.on('error', (err) => {
      failure = err instanceof Error ? err : new Error(String(err));
      signal();
    });
    workers.push(w);
    idle.push(w);
  }
  const iterator = toAsync(inputs)[Symbol.asyncIterator]();
  let nextSeq = 0;
  let nextOut = 0;
  let exhausted = false;
  try {
    for (;;) {
      if (failure) throw new Error(`extraction worker failed: ${failure.message}`);
      while (!exhausted && idle.length > 0 && pending.size + done.size < threads * 4) {
        const r = await iterator.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const job: Job = { seq: nextSeq++, article: r.value };
        pending.set(job.seq, job);
        idle.pop()!.postMessage(job);
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
        if (done.has(nextOut) || failure || (!exhausted && idle.length > 0)) signal();
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
