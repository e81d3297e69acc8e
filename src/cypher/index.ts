/**
 * The Cypher engine over the in-memory property graph:
 * parse (lexer → parser → AST) → semantic checks → execute (planner, pattern matching, clauses).
 */
import type { PropertyGraph } from '../graph/property-graph.js';
import type { Query } from './ast.js';
import { CypherError } from './errors.js';
import { ExecContext } from './executor/context.js';
import type { MatchProfile } from './executor/match.js';
import { finishPlan, planOperators, splitPlanKeyword } from './executor/profile.js';
import { runQuery } from './executor/run.js';
import { parseQuery } from './parser/index.js';
import { createProcedureRegistry, type ProcedureRegistry } from './procedures/registry.js';
import { analyze } from './semantic/analyze.js';
import { firstUpdatingClause, isUpdating } from './semantic/updating.js';
import type { CypherValue, QueryResult } from './values.js';

export interface ExecuteOptions {
  params?: Record<string, CypherValue>;
  /** Refuse updating clauses with CypherError 'ReadOnly' before running anything. Default false here. */
  readOnly?: boolean;
  /** Default 30 000 ms; a runaway query throws CypherError 'Timeout'. */
  timeoutMs?: number;
  /** Default 1 000 000 rows held in memory (results, sort/grouping buffers); more throws 'RowLimit'. */
  maxRows?: number;
  /** The clock for temporal "current" functions and timestamp(). */
  now?: Date;
  /** Filled in with the start plan of each pattern matched (see planner.ts), for tests and EXPLAIN-like output. */
  profile?: MatchProfile;
  /** Procedures for CALL; default: the built-ins (db.labels, db.relationshipTypes, db.propertyKeys, dbms.*). */
  procedures?: ProcedureRegistry;
}

let builtins: ProcedureRegistry | null = null;
function defaultProcedures(): ProcedureRegistry {
  builtins ??= createProcedureRegistry();
  return builtins;
}

/** Parse a query into its AST (every node has start/end offsets). Throws CypherError 'SyntaxError'. */
export function parseCypher(query: string): Query {
  return parseQuery(query);
}

/** Does the query contain CREATE, MERGE, SET, DELETE or REMOVE (anywhere, subqueries included)? EXPLAIN runs nothing. */
export function isUpdatingQuery(query: string): boolean {
  const split = splitPlanKeyword(query);
  return split.mode !== 'explain' && isUpdating(parseQuery(split.query));
}

/** Where the first updating clause starts (source offset) and its keyword, or null for a read-only query. */
export function findUpdatingClause(query: Query): { keyword: string; offset: number } | null {
  const clause = firstUpdatingClause(query);
  if (!clause) return null;
  const keyword = clause.type === 'Delete' && clause.detach ? 'DETACH DELETE' : clause.type.toUpperCase();
  return { keyword, offset: clause.start };
}

export function executeCypher(graph: PropertyGraph, text: string, options: ExecuteOptions = {}): QueryResult {
  return executeCypherWithUndo(graph, text, options).result;
}

/**
 * Like executeCypher, and `undo()` reverts what the query changed in the graph — for a caller
 * that must persist the change and cannot (all or nothing). Valid until the graph changes again.
 */
export function executeCypherWithUndo(
  graph: PropertyGraph,
  text: string,
  options: ExecuteOptions = {},
): { result: QueryResult; undo: () => void } {
  let ctx: ExecContext | null = null;
  // EXPLAIN/PROFILE are blanked out, so positions in errors still point into the text as written.
  const { mode, query } = splitPlanKeyword(text);
  try {
    const ast = parseQuery(query);
    const params = normalizeParams(options.params ?? {});
    const procedures = options.procedures ?? defaultProcedures();
    const analysis = analyze(ast, query, params, procedures);
    const updating = isUpdating(ast);
    if (options.readOnly && updating && mode !== 'explain') {
      throw new CypherError(
        'ReadOnly',
        'compile',
        'This query would change the graph, but it runs read-only (writes are not allowed here)',
      );
    }
    const timeoutMs = options.timeoutMs ?? 30_000;
    const limits = { deadline: Date.now() + timeoutMs, timeoutMs, maxRows: options.maxRows ?? 1_000_000 };
    ctx = new ExecContext(graph, params, options.now ?? new Date(), limits, options.profile, procedures);
    ctx.subqueryColumns = analysis.subqueryColumns;
    const plan = mode ? planOperators(ast, query, graph) : null;
    if (mode === 'explain')
      return { result: { columns: [], rows: [], plan: { mode, root: finishPlan(plan!.root, false) } }, undo: () => {} };
    if (plan) ctx.operators = plan.byClause;
    const start = performance.now();
    const result = runQuery(ast, ctx);
    if (ctx.writer.wrote || updating) result.stats = ctx.writer.stats;
    if (plan) {
      const totalMs = performance.now() - start;
      if (plan.union) plan.union.inclusiveMs = totalMs;
      plan.root.rows = plan.union ? result.rows.length : plan.root.rows;
      result.plan = { mode: 'profile', root: finishPlan(plan.root, true), totalMs: Math.round(totalMs * 1000) / 1000 };
    }
    const writer = ctx.writer;
    return { result, undo: () => writer.rollback() };
  } catch (err) {
    ctx?.writer.rollback();
    throw toCypherError(err, ctx ? 'runtime' : 'compile');
  }
}

/** Parameters may arrive as plain JSON (objects, undefined); the engine wants Maps and nulls. */
function normalizeParams(params: Record<string, CypherValue>): Record<string, CypherValue> {
  const out: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(params)) out[k] = normalizeValue(v);
  return out;
}

function normalizeValue(v: unknown): CypherValue {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map(normalizeValue);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [String(k), normalizeValue(x)]));
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && !('kind' in v)) {
    return new Map(Object.entries(v).map(([k, x]) => [k, normalizeValue(x)]));
  }
  if (v instanceof Date) return v.toISOString();
  return v as CypherValue;
}

/** Errors from inside the engine reach users as CypherErrors, never as raw JavaScript errors. */
function toCypherError(err: unknown, phase: 'compile' | 'runtime'): CypherError {
  if (err instanceof CypherError) return err;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new CypherError('SemanticError', phase, 'The query is nested too deeply to evaluate', { detail: 'TooDeep' });
  }
  if (err instanceof RangeError && /Invalid array length|Invalid string length|Maximum BigInt/i.test(err.message)) {
    return new CypherError('RowLimit', 'runtime', `The query builds a value too large to hold (${err.message})`);
  }
  const e = err as { code?: unknown; message?: unknown };
  if (
    typeof e?.code === 'string' &&
    ['TypeError', 'ArgumentError', 'ArithmeticError', 'SyntaxError', 'SemanticError'].includes(e.code)
  ) {
    return new CypherError(e.code as 'TypeError', 'runtime', String(e.message), {
      detail: (err as { detail?: string }).detail ?? '',
    });
  }
  return new CypherError(
    'SemanticError',
    'runtime',
    `Internal error while running the query: ${String(e?.message ?? err)}`,
    { detail: 'InternalError' },
  );
}

export { CypherError } from './errors.js';
export { createProcedureRegistry, parseProcedureType, procedureSignature } from './procedures/registry.js';
export type {
  Procedure,
  ProcedureContext,
  ProcedureField,
  ProcedureRegistry,
  ProcedureType,
} from './procedures/registry.js';
export type { CypherErrorCode, CypherErrorPhase, SourcePosition } from './errors.js';
export { resetIndexes } from './indexes.js';
export type { Query } from './ast.js';
