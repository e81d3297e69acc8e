/**
 * POST /api/query: validates the body, refuses updating clauses on a read-only server (checked on
 * the parsed query), runs the query with its limits — in the worker pool for a graph file
 * (isolation/pool.ts), in process for Neo4j — and turns the answer (or the error) into JSON.
 */
import type { CypherValue } from '../cypher/values.js';
import { jsonToCypher, toQueryAnswer } from '../export/view/query-answer.js';
import type { GraphStore } from '../store/types.js';
import { MemoryStore } from '../store/memory/index.js';
import { HttpError } from './http.js';
import type { QueryPool } from './isolation/pool.js';
import { QueryFailure, QueueFullError } from './isolation/pool.js';
import { findUpdatingClause } from './write-guard.js';

export interface QueryLimits {
  allowWrites: boolean;
  timeoutMs: number;
  maxRows: number;
  maxQueryLength: number;
  /** Largest response body: a query answer, the graph view or an export. */
  maxResponseBytes: number;
  /** Heap a query may use on top of the graph (worker pool only). */
  maxMemoryMb: number;
  /** Query workers, and queries that may wait for one (worker pool only). */
  threads: number;
  maxQueued: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  allowWrites: false,
  timeoutMs: 5000,
  maxRows: 5000,
  maxQueryLength: 20_000,
  maxResponseBytes: 256 << 20,
  maxMemoryMb: 1024,
  threads: 2,
  maxQueued: 8,
};

/** A query's answer as the JSON text to send. */
export interface QueryOutcome {
  json: string;
  rows: number;
  /** True when the query changed the graph (and the change was saved). */
  wrote: boolean;
}

/** Runs a checked query request. */
export interface QueryRunner {
  run(request: QueryRequest, limits: QueryLimits): Promise<QueryOutcome>;
  close(): Promise<void>;
}

export interface QueryRequest {
  query: string;
  params: Record<string, CypherValue>;
}

export function parseQueryRequest(body: unknown, limits: QueryLimits): QueryRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'BAD_REQUEST', 'Send {"query": "...", "params": {...}}.');
  }
  const { query, params } = body as { query?: unknown; params?: unknown };
  if (typeof query !== 'string' || query.trim() === '')
    throw new HttpError(400, 'BAD_REQUEST', '"query" must be a non-empty string.');
  if (query.length > limits.maxQueryLength) {
    throw new HttpError(400, 'QUERY_TOO_LONG', `The query is longer than ${limits.maxQueryLength} characters.`);
  }
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new HttpError(400, 'BAD_REQUEST', '"params" must be an object of parameter names to values.');
  }
  const converted: Record<string, CypherValue> = {};
  for (const [key, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    try {
      converted[key] = jsonToCypher(value);
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', `Parameter "${key.slice(0, 80)}" has an unsupported value.`);
    }
  }
  return { query, params: converted };
}

/** Refuse an updating query on a read-only server, pointing at the clause. */
export function checkReadOnly(request: QueryRequest, limits: QueryLimits): void {
  if (limits.allowWrites) return;
  const clause = findUpdatingClause(request.query);
  if (!clause) return;
  throw new HttpError(
    403,
    'WRITE_REFUSED',
    `${clause.keyword} changes the graph; this server is read-only (start it with --allow-writes).`,
    { line: clause.line, column: clause.column, offset: clause.offset },
  );
}

/** Queries run in the worker pool, isolated from the server (a graph file). */
export function poolRunner(pool: QueryPool): QueryRunner {
  return {
    async run(request, limits) {
      const answer = await pool.run({
        query: request.query,
        params: request.params,
        // Reads run side by side even on a writable server; only updating queries wait for each other.
        write: limits.allowWrites && findUpdatingClause(request.query) !== null,
        timeoutMs: limits.timeoutMs,
        // One more than the limit, so a result that reaches it can be reported as cut short.
        maxRows: limits.maxRows + 1,
        output: 'answer',
        maxResponseBytes: limits.maxResponseBytes,
      });
      return { json: answer.answer!, rows: answer.rows, wrote: answer.saved !== null };
    },
    close: () => pool.close(),
  };
}

/** Queries run in this process, against a store that isolates them itself (Neo4j) or in tests. */
export function storeRunner(store: GraphStore): QueryRunner {
  return {
    async run(request, limits) {
      const options = {
        params: request.params,
        readOnly: !limits.allowWrites,
        timeoutMs: limits.timeoutMs,
        maxRows: limits.maxRows + 1,
      };
      let wrote = false;
      let result;
      if (limits.allowWrites && store instanceof MemoryStore) {
        const outcome = await withDeadline(store.queryAndSave(request.query, options), limits.timeoutMs);
        result = outcome.result;
        wrote = outcome.saved !== null;
      } else {
        result = await withDeadline(store.query(request.query, options), limits.timeoutMs);
        wrote = limits.allowWrites;
      }
      const json = JSON.stringify(toQueryAnswer(result, limits.maxRows));
      if (Buffer.byteLength(json) > limits.maxResponseBytes) throw responseTooLarge(limits.maxResponseBytes);
      return { json, rows: result.rows.length, wrote };
    },
    close: async () => {},
  };
}

export function responseTooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    'ResponseTooLarge',
    `The answer is larger than this server's ${limit}-byte response limit; add a LIMIT or return fewer properties.`,
  );
}

/** The store gets the time limit too; this is the backstop for a store that ignores it. */
async function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new HttpError(400, 'Timeout', `The query ran longer than the ${timeoutMs} ms limit and was stopped.`)),
      timeoutMs + 250,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const FAILURE_STATUS: Record<string, number> = { ResponseTooLarge: 413, SAVE_FAILED: 503, Unavailable: 503 };

/** A store or engine error as the API's JSON error; null when it is not one a user caused. */
export function queryErrorToHttp(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof QueueFullError) {
    return new HttpError(503, 'Busy', error.message, {}, { 'retry-after': String(error.retryAfterSeconds) });
  }
  if (error instanceof QueryFailure) {
    const status = FAILURE_STATUS[error.code];
    return status === undefined ? null : new HttpError(status, error.code, error.message);
  }
  if (!(error instanceof Error)) return null;
  const e = error as Error & { code?: unknown; position?: { line?: number; column?: number; offset?: number } };
  if (e.name === 'CypherError' && typeof e.code === 'string') {
    const status = e.code === 'ReadOnly' ? 403 : e.code === 'MemoryLimit' ? 413 : 400;
    const pos = e.position;
    return new HttpError(
      status,
      e.code,
      e.message,
      pos ? { line: pos.line, column: pos.column, offset: pos.offset } : {},
    );
  }
  if (e.name === 'StoreError' && typeof e.code === 'string') {
    const status = e.code === 'WRITE_REFUSED' ? 403 : e.code === 'QUERY' ? 400 : 503;
    // Store messages may name files on the server: the client gets the gist, the log the rest.
    const message =
      e.code === 'SAVE_FAILED'
        ? 'The change could not be saved to the graph file, so it was undone; nothing changed.'
        : e.message;
    return new HttpError(status, e.code, message);
  }
  return null;
}
