/**
 * A query worker: loads graph.json once, then runs one query at a time on its own copy. Reads
 * never change it; a write is saved to graph.json by the worker itself before it answers, and
 * undone in its memory when the save fails. The main thread bumps the graph version after a
 * write; a worker holding an older version reloads the file before its next query.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toGraphML } from '../../export/graphml.js';
import { toQueryAnswer } from '../../export/view/query-answer.js';
import { MemoryStore } from '../../store/memory/index.js';
import { savePairLocked } from '../../store/memory/save-pair.js';
import type { WorkerError, WorkerEvent, WorkerJob, WorkerReply, WorkerSetup } from './protocol.js';
import { resultToWire } from './protocol.js';

const setup = workerData as WorkerSetup;
/** How long a write waits for a build that is writing the same folder. */
const SAVE_LOCK_WAIT_MS = 5000;
const port = parentPort!;
let store: MemoryStore;
let version = setup.version;

async function load(): Promise<void> {
  store = await MemoryStore.open(setup.graphFile);
}

async function runJob(job: WorkerJob): Promise<WorkerReply> {
  await loaded;
  if (job.version > version) {
    await load();
    version = job.version;
  }
  const options = { params: job.params, readOnly: !job.write, timeoutMs: job.timeoutMs, maxRows: job.maxRows };
  const { result, saved } = job.write
    ? await store.queryAndSave(job.query, options, {
        onSaving: () => port.postMessage({ type: 'saving', seq: job.seq } satisfies WorkerEvent),
        persist: () => savePairLocked(store, setup.graphFile, toGraphML, SAVE_LOCK_WAIT_MS),
      })
    : { result: await store.query(job.query, options), saved: null };
  // This worker holds the graph as saved: the version the main thread moves to on this reply.
  if (saved !== null) version = job.version + 1;
  if (job.output === 'result')
    return { seq: job.seq, ok: true, result: resultToWire(result), rows: result.rows.length, saved };
  // The caller asked for one row more than it shows, to tell a cut-short answer.
  const answer = JSON.stringify(toQueryAnswer(result, job.maxRows - 1));
  if (Buffer.byteLength(answer) > job.maxResponseBytes) {
    throw Object.assign(new Error(`The answer is larger than the ${job.maxResponseBytes}-byte response limit`), {
      name: 'ResponseTooLarge',
      code: 'ResponseTooLarge',
    });
  }
  return { seq: job.seq, ok: true, answer, rows: result.rows.length, saved };
}

function describe(error: unknown): WorkerError {
  const e = error as Partial<WorkerError> & { cause?: unknown };
  const out: WorkerError = {
    name: String(e?.name ?? 'Error'),
    code: typeof e?.code === 'string' ? e.code : 'Internal',
    message: String(e?.message ?? error),
  };
  if (typeof e?.detail === 'string') out.detail = e.detail;
  if (e?.position) out.position = e.position;
  if (out.code === 'SAVE_FAILED') {
    out.logDetail = out.message;
    out.message = 'The change could not be saved to the graph file, so it was undone; nothing changed.';
  }
  return out;
}

port.on('message', (job: WorkerJob) => {
  runJob(job).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ seq: job.seq, ok: false, error: describe(error) } satisfies WorkerReply),
  );
});

const loaded = load();
loaded.then(
  () => port.postMessage({ type: 'ready', version } satisfies WorkerEvent),
  (error: unknown) =>
    port.postMessage({ type: 'load-failed', message: (error as Error).message ?? String(error) } satisfies WorkerEvent),
);
