/**
 * Driver and server failures as StoreErrors whose one-line message says what to do. Pure: the
 * caller passes the error and where it was talking to.
 */
import { StoreError } from '../types.js';

export interface ErrorContext {
  uri: string;
  user?: string;
  /** What the store was doing, for the message ("run the query", "merge the fragment"). */
  action?: string;
  timeoutMs?: number;
}

interface DriverErrorShape {
  code?: unknown;
  message?: unknown;
}

const START_HINT = 'start it with `npm run neo4j:start` or set NEO4J_URI';

export function toStoreError(error: unknown, ctx: ErrorContext): StoreError {
  if (error instanceof StoreError) return error;
  const { code, message } = describe(error);
  const firstLine = message.split('\n')[0]!.trim();
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|connect ENOENT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH/.test(message)
  ) {
    return new StoreError(`Cannot reach Neo4j at ${ctx.uri} — ${START_HINT}`, 'UNAVAILABLE', { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    const who = ctx.user ? `user "${ctx.user}"` : 'the configured user';
    if (
      code === 'Neo.ClientError.Security.Unauthorized' ||
      code === 'Neo.ClientError.Security.AuthenticationRateLimit'
    ) {
      return new StoreError(
        `Neo4j at ${ctx.uri} refused the credentials of ${who} — set NEO4J_USER and NEO4J_PASSWORD`,
        'AUTH',
        { cause: error },
      );
    }
    return new StoreError(`Neo4j at ${ctx.uri} denied access to ${who}: ${firstLine}`, 'AUTH', { cause: error });
  }
  if (/Unknown scheme|Illegal URI|Invalid URL|Unsupported URI scheme/i.test(message)) {
    return new StoreError(
      `"${ctx.uri}" is not a Neo4j address — use bolt://host:7687 or neo4j://host:7687 in NEO4J_URI`,
      'UNAVAILABLE',
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Statement.NotAllowed') {
    return new StoreError(
      'this query changes the graph (CREATE, MERGE, SET, DELETE or REMOVE) and the store is read-only here; ' +
        'run it with --write to save the change',
      'WRITE_REFUSED',
      { cause: error },
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    const limit = ctx.timeoutMs !== undefined ? ` of ${ctx.timeoutMs} ms` : '';
    return new StoreError(`The query ran past its time limit${limit} and was stopped`, 'QUERY', { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(`Neo4j at ${ctx.uri}: ${firstLine} — set NEO4J_DATABASE or use "neo4j"`, 'OTHER', {
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new StoreError(`Neo4j rejected the query: ${message.trim()}`, 'QUERY', { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Schema.')) {
    return new StoreError(`Neo4j refused the write: ${firstLine}`, 'OTHER', { cause: error });
  }
  const doing = ctx.action ? ` while trying to ${ctx.action}` : '';
  return new StoreError(`Neo4j failed${doing}: ${firstLine || code || 'unknown error'}`, 'OTHER', { cause: error });
}

function describe(error: unknown): { code: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const e = error as DriverErrorShape;
    return {
      code: typeof e.code === 'string' ? e.code : '',
      message: typeof e.message === 'string' ? e.message : String(error),
    };
  }
  return { code: '', message: String(error) };
}
