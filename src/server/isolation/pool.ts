/**
 * Queries on a graph.json run isolated in a small pool of worker threads, so that no query can
 * stall or bring down the process that serves everything else:
 * - each worker loads graph.json once and answers one query at a time;
 * - a bounded queue: when it is full, run() throws QueueFullError at once (the server answers 503);
 * - a hard wall-clock limit: a query still running `graceMs` after its time limit (the engine's own
 *   checks normally stop it first) has its worker terminated and replaced;
 * - a memory limit: the worker's V8 heap is capped at the graph's share plus `maxMemoryMb`; a query
 *   that needs more ends its worker (replaced) and fails with CypherError 'MemoryLimit';
 * - writes run one at a time; the worker saves graph.json before answering, and every other worker
 *   reloads it before its next query (see worker.ts). A failed or stopped query changes nothing.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CypherError } from '../../cypher/errors.js';
import type { QueryResult } from '../../cypher/values.js';
import type { WorkerError, WorkerEvent, WorkerJob, WorkerReply, WorkerSetup } from './protocol.js';
import { resultFromWire } from './protocol.js';

export interface PoolOptions {
  graphFile: string;
  /** Workers (queries running at once). */
  threads: number;
  /** Queries that may wait for a worker; one more is refused with QueueFullError. */
  maxQueued: number;
  /** Heap (MB) a query may use on top of the graph its worker holds. */
  maxMemoryMb: number;
  /** Time after a query's own limit before its worker is terminated (default 1000 ms). */
  graceMs?: number;
  log?: (line: string) => void;
}

export type PoolJob = Omit<WorkerJob, 'seq' | 'version'>;

export interface PoolAnswer {
  /** The API's JSON text (output 'answer'). */
  answer?: string;
  /** The rows (output 'result'). */
  result?: QueryResult;
  rows: number;
  /** The graph file a write was saved to; null for reads. */
  saved: string | null;
}

/** Every worker is busy and the queue is full: try again shortly. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  constructor(readonly retryAfterSeconds: number) {
    super('The server is busy with other queries; try again in a few seconds.');
  }
}

/** A failure a query caused, other than a Cypher error (e.g. an answer over the response limit). */
export class QueryFailure extends Error {
  override readonly name = 'QueryFailure';
  constructor(
    readonly code: string,
    message: string,
    /** For the server's log only. */
    readonly logDetail?: string,
  ) {
    super(message);
  }
}

interface Pending {
  job: PoolJob;
  resolve(answer: PoolAnswer): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  version: number;
  current: { seq: number; pending: Pending; timer: NodeJS.Timeout } | null;
}

const DEFAULT_GRACE_MS = 1000;

/**
 * How to start the worker. Compiled (dist/*.js): the worker file. Under tsx (tests, scripts):
 * worker threads on Node 20 ignore `--import tsx`, so a bootstrap registers tsx's hooks first.
 */
function workerEntry(): { entry: string; evalCode: boolean } {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { entry: fileURLToPath(new URL('./worker.js', self)), evalCode: false };
  const worker = new URL('./worker.ts', self).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return {
    entry: `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`,
    evalCode: true,
  };
}

/** The heap a worker needs for the graph itself: about twice the file once loaded, more while parsing. */
export async function graphHeapMb(graphFile: string): Promise<number> {
  const bytes = (await stat(graphFile).catch(() => ({ size: 0 }))).size;
  return 64 + Math.ceil((4 * bytes) / (1 << 20));
}

export class QueryPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private version = 0;
  private seq = 0;
  /** Writes waiting for the write before them (not yet in the queue). */
  private writesWaiting = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly entry = workerEntry();

  private constructor(
    private readonly options: PoolOptions,
    private readonly heapLimitMb: number,
  ) {}

  static async start(options: PoolOptions): Promise<QueryPool> {
    const pool = new QueryPool(options, (await graphHeapMb(options.graphFile)) + options.maxMemoryMb);
    for (let i = 0; i < Math.max(1, options.threads); i++) pool.spawn();
    return pool;
  }

  /** Queries waiting for a worker. */
  get queued(): number {
    return this.queue.length + this.writesWaiting;
  }

  /** Run one query; writes wait for the writes before them. */
  run(job: PoolJob): Promise<PoolAnswer> {
    if (this.closed) return Promise.reject(new QueryFailure('Unavailable', 'The server is shutting down.'));
    const inUse = this.queue.length + this.writesWaiting + this.slots.filter((s) => s.current !== null).length;
    if (inUse >= this.slots.length + this.options.maxQueued) {
      return Promise.reject(new QueueFullError(Math.max(1, Math.ceil(job.timeoutMs / 1000))));
    }
    if (!job.write) return this.enqueue(job);
    this.writesWaiting++;
    const next = this.writes.then(() => {
      this.writesWaiting--;
      return this.enqueue(job);
    });
    this.writes = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0))
      pending.reject(new QueryFailure('Unavailable', 'The server is shutting down.'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.current) {
          clearTimeout(slot.current.timer);
          slot.current.pending.reject(new QueryFailure('Unavailable', 'The server is shutting down.'));
        }
        return slot.worker.terminate();
      }),
    );
  }

  private enqueue(job: PoolJob): Promise<PoolAnswer> {
    return new Promise<PoolAnswer>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.current) continue;
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    const seq = ++this.seq;
    const message: WorkerJob = { ...pending.job, seq, version: this.version };
    const timer = setTimeout(
      () => this.stopOverdue(slot),
      pending.job.timeoutMs + (this.options.graceMs ?? DEFAULT_GRACE_MS),
    );
    slot.current = { seq, pending, timer };
    slot.worker.postMessage(message);
  }

  private spawn(): void {
    const setup: WorkerSetup = { graphFile: this.options.graphFile, version: this.version };
    const worker = new Worker(this.entry.entry, {
      eval: this.entry.evalCode,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, version: this.version, current: null };
    this.slots.push(slot);
    worker.on('message', (message: WorkerReply | WorkerEvent) => this.onMessage(slot, message));
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(
        slot,
        memory
          ? new CypherError(
              'MemoryLimit',
              'runtime',
              `The query needed more than the ${this.options.maxMemoryMb} MB memory limit and was stopped`,
            )
          : new QueryFailure('Internal', 'The query worker failed; the query was not run to the end.', error.message),
      );
    });
    worker.on('exit', () => {
      if (this.slots.includes(slot))
        this.replace(slot, new QueryFailure('Internal', 'The query worker stopped unexpectedly.'));
    });
  }

  private onMessage(slot: Slot, message: WorkerReply | WorkerEvent): void {
    if ('type' in message) {
      if (message.type === 'saving') {
        if (slot.current?.seq === message.seq) clearTimeout(slot.current.timer);
      } else if (message.type === 'ready') {
        slot.ready = true;
        slot.version = message.version;
        this.dispatch();
      } else {
        this.options.log?.(`query worker could not load the graph: ${message.message}`);
        this.retire(slot);
        for (const pending of this.queue.splice(0))
          pending.reject(
            new QueryFailure('Unavailable', 'The graph file could not be loaded for queries.', message.message),
          );
      }
      return;
    }
    const current = slot.current;
    if (!current || current.seq !== message.seq) return;
    clearTimeout(current.timer);
    slot.current = null;
    if (message.ok) {
      if (message.saved !== null) this.version++;
      current.pending.resolve({
        ...(message.answer !== undefined ? { answer: message.answer } : {}),
        ...(message.result !== undefined ? { result: resultFromWire(message.result) } : {}),
        rows: message.rows,
        saved: message.saved,
      });
    } else {
      current.pending.reject(errorFromWorker(message.error));
    }
    this.dispatch();
  }

  /** The query overran its limit by the grace time: end the worker and start a fresh one. */
  private stopOverdue(slot: Slot): void {
    const timeoutMs = slot.current?.pending.job.timeoutMs ?? 0;
    this.replace(
      slot,
      new CypherError('Timeout', 'runtime', `The query ran longer than ${timeoutMs} ms and was stopped`),
    );
  }

  private replace(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    const current = slot.current;
    this.retire(slot);
    if (current) {
      clearTimeout(current.timer);
      // A write stopped half-way may or may not have reached the file: every worker reloads it.
      if (current.pending.job.write) this.version++;
      current.pending.reject(error);
    }
    if (!this.closed) this.spawn();
  }

  private retire(slot: Slot): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    slot.current = null;
    void slot.worker.terminate();
  }
}

function errorFromWorker(e: WorkerError): Error {
  if (e.name === 'CypherError') {
    return new CypherError(e.code as CypherError['code'], 'runtime', e.message, {
      ...(e.position ? { position: e.position } : {}),
      ...(e.detail ? { detail: e.detail } : {}),
    });
  }
  return new QueryFailure(e.code, e.message, e.logDetail);
}
