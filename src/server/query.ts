/**
 * POST /api/query: validates the body, refuses updating clauses on a read-only server, runs the
 * query with a time and row limit, and turns the answer (or the error) into JSON.
 */
import type { CypherValue } from '../cypher/values.js';
import { jsonToCypher, toQueryAnswer } from '../export/view/query-answer.js';
import type { QueryAnswer } from '../export/view/types.js';
import type { GraphStore } from '../store/types.js';
import { HttpError } from './http.js';
import { findUpdatingClause } from './write-guard.js';

export interface QueryLimits {
  allowWrites: boolean;
  timeoutMs: number;
  maxRows: number;
  maxQueryLength: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  allowWrites: false,
  timeoutMs: 5000,
  maxRows: 5000,
  maxQueryLength: 20_000,
};

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

export async function runQuery(store: GraphStore, request: QueryRequest, limits: QueryLimits): Promise<QueryAnswer> {
  if (!limits.allowWrites) {
    const clause = findUpdatingClause(request.query);
    if (clause) {
      throw new HttpError(
        403,
        'WRITE_REFUSED',
        `${clause.keyword} changes the graph; this server is read-only (start it with --allow-writes).`,
        {
          line: clause.line,
          column: clause.column,
          offset: clause.offset,
        },
      );
    }
  }
  const result = await withDeadline(
    store.query(request.query, {
      params: request.params,
      readOnly: !limits.allowWrites,
      timeoutMs: limits.timeoutMs,
      // One more than the limit, so a result that reaches it can be reported as cut short.
      maxRows: limits.maxRows + 1,
    }),
    limits.timeoutMs,
  );
  return toQueryAnswer(result, limits.maxRows);
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

/** A store or engine error as the API's JSON error; null when it is not one a user caused. */
export function queryErrorToHttp(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (!(error instanceof Error)) return null;
  const e = error as Error & { code?: unknown; position?: { line?: number; column?: number; offset?: number } };
  if (e.name === 'CypherError' && typeof e.code === 'string') {
    const status = e.code === 'ReadOnly' ? 403 : 400;
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
    return new HttpError(status, e.code, e.message);
  }
  return null;
}
