/** Runs a query's clauses as a pipeline of row streams; UNION combines single queries. */
import type { Clause, Query, SingleQuery } from '../ast.js';
import { snapshot } from '../entities.js';
import { equivalenceKey } from '../equality.js';
import { CypherError, runtimeError } from '../errors.js';
import type { Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { rangeValues } from '../functions/lists.js';
import { isUpdating } from '../semantic/updating.js';
import { containsAggregate } from '../semantic/walk.js';
import { patternVariables } from '../semantic/variables.js';
import type { CypherValue, QueryResult } from '../values.js';
import type { ExecContext } from './context.js';
import { callBindings, executeCall } from './call.js';
import { MatchSource } from './fold.js';
import { matchPatterns } from './match.js';
import { profiled } from './profile.js';
import { collectValues, executeForeach, executeSubquery } from './subquery.js';
import { project } from './projection.js';
import { executeCreate, executeDelete, executeMerge, executeRemove, executeSet } from './update.js';

interface Stream {
  rows: Iterable<Row>;
  scope: string[];
  columns: string[] | null;
}

function* optionalMatch(
  clause: Extract<Clause, { type: 'Match' }>,
  input: Iterable<Row>,
  ctx: ExecContext,
  vars: string[],
): Generator<Row> {
  for (const row of input) {
    let any = false;
    for (const m of matchPatterns(clause.patterns, row, clause.where, ctx, ctx.profile)) {
      any = true;
      yield m;
    }
    if (!any) {
      const out = new Map(row);
      for (const v of vars) if (!out.has(v)) out.set(v, null);
      yield out;
    }
  }
}

/** Does this clause fold each row before asking for the next, keeping no row it did not copy? */
function foldsRows(next: Clause | undefined): boolean {
  return (
    (next?.type === 'With' || next?.type === 'Return') && next.projection.items.some((i) => containsAggregate(i.expr))
  );
}

function* unwind(clause: Extract<Clause, { type: 'Unwind' }>, input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
  const e = clause.expr;
  const lazyRange =
    e.type === 'Call' && e.name.toLowerCase() === 'range' && (e.args.length === 2 || e.args.length === 3);
  for (const row of input) {
    if (lazyRange) {
      // UNWIND range(…) streams its numbers, so a LIMIT later on stops it early.
      for (const i of rangeValues(e.args.map((a) => evaluate(a, row, ctx)))) {
        ctx.tick();
        yield new Map(row).set(clause.variable, i);
      }
      continue;
    }
    const v = evaluate(clause.expr, row, ctx);
    if (v === null) continue;
    const items = Array.isArray(v) ? v : [v];
    for (const item of items) {
      ctx.tick();
      yield new Map(row).set(clause.variable, item);
    }
  }
}

/** Writes finish for every row before later clauses read (as the other updating clauses do). */
function* eagerly(rows: Iterable<Row>): Generator<Row> {
  const all = [...rows];
  yield* all;
}

function addScope(scope: string[], names: string[]): string[] {
  const out = [...scope];
  for (const n of names) if (!out.includes(n)) out.push(n);
  return out;
}

function runClause(clause: Clause, s: Stream, ctx: ExecContext, next?: Clause): Stream {
  switch (clause.type) {
    case 'Match': {
      const scope = addScope(s.scope, patternVariables(clause.patterns));
      const newVars = scope.filter((v) => !s.scope.includes(v));
      // Rows into an aggregation are folded at once, so the matcher need not copy each one.
      const op = ctx.operators?.get(clause);
      // A MatchSource, which an aggregation right after it may fold without iterating.
      const rows = clause.optional
        ? optionalMatch(clause, s.rows, ctx, newVars)
        : new MatchSource(clause, s.rows, ctx, foldsRows(next), op);
      return { rows, scope, columns: null };
    }
    case 'Unwind':
      return { rows: unwind(clause, s.rows, ctx), scope: addScope(s.scope, [clause.variable]), columns: null };
    case 'With': {
      const { columns, rows } = project(clause.projection, s.rows, ctx, s.scope, clause.where);
      return { rows, scope: columns.map((c) => c.name), columns: null };
    }
    case 'Return': {
      const { columns, rows } = project(clause.projection, s.rows, ctx, s.scope);
      const names = columns.map((c) => c.name);
      return { rows, scope: names, columns: names };
    }
    case 'Create':
      return {
        rows: executeCreate(clause, s.rows, ctx),
        scope: addScope(s.scope, patternVariables(clause.patterns)),
        columns: null,
      };
    case 'Merge':
      return {
        rows: executeMerge(clause, s.rows, ctx),
        scope: addScope(s.scope, patternVariables([clause.pattern])),
        columns: null,
      };
    case 'Set':
      return { rows: executeSet(clause, s.rows, ctx), scope: s.scope, columns: null };
    case 'Remove':
      return { rows: executeRemove(clause, s.rows, ctx), scope: s.scope, columns: null };
    case 'Delete':
      return { rows: executeDelete(clause, s.rows, ctx), scope: s.scope, columns: null };
    case 'Call': {
      const proc = ctx.procedures.get(clause.procedure);
      if (!proc)
        throw new CypherError('ProcedureError', 'runtime', `There is no procedure named ${clause.procedure}`, {
          detail: 'ProcedureNotFound',
        });
      const standalone = ctx.standaloneCalls.has(clause);
      const names = callBindings(clause, proc, standalone).map(([, v]) => v);
      return {
        rows: executeCall(clause, proc, standalone, s.rows, ctx),
        scope: addScope(s.scope, names),
        columns: standalone ? names : null,
      };
    }
    case 'Foreach':
      return { rows: eagerly(executeForeach(clause, eagerly(s.rows), ctx, runSingle)), scope: s.scope, columns: null };
    case 'Subquery': {
      const returned = ctx.subqueryColumns.get(clause) ?? [];
      // An updating subquery reads all its input before the first write, and writes all before
      // later clauses read (so a MATCH never sees the subquery's own writes mid-scan).
      const updating = isUpdating(clause.query);
      const rows = executeSubquery(clause, returned, updating ? eagerly(s.rows) : s.rows, ctx, runSingle);
      return { rows: updating ? eagerly(rows) : rows, scope: addScope(s.scope, returned), columns: null };
    }
  }
}

/** Run one single query from the given input rows; returns its columns and (materialised) rows. */
export function runSingle(
  q: SingleQuery,
  input: Row[],
  ctx: ExecContext,
  keepAll = false,
): { columns: string[]; rows: Row[] } {
  let s: Stream = { rows: input, scope: input[0] ? [...input[0].keys()] : [], columns: null };
  q.clauses.forEach((clause, i) => {
    const op = ctx.operators?.get(clause);
    if (!op) {
      s = runClause(clause, s, ctx, q.clauses[i + 1]);
      return;
    }
    // PROFILE: eager clauses (projections) do their work here, streaming ones when read.
    const start = performance.now();
    s = runClause(clause, s, ctx, q.clauses[i + 1]);
    op.inclusiveMs += performance.now() - start;
    if (!(s.rows instanceof MatchSource)) s = { ...s, rows: profiled(s.rows, op) };
  });
  const rows: Row[] = [];
  for (const r of s.rows) {
    ctx.tick();
    if (s.columns || keepAll) rows.push(r);
  }
  return { columns: s.columns ?? [], rows };
}

export function runQuery(query: Query, ctx: ExecContext): QueryResult {
  ctx.runSubquery = (sub, row, limit) => {
    let n = 0;
    for (const part of sub.parts) {
      n += runSingle(part, [new Map(row)], ctx, true).rows.length;
      if (n >= limit) break;
    }
    return n;
  };
  ctx.runCollect = (sub, row) => collectValues(sub, row, ctx, runSingle);
  for (const part of query.parts) {
    const only = part.clauses.length === 1 ? part.clauses[0]! : null;
    if (only?.type === 'Call') ctx.standaloneCalls.add(only);
  }
  const results = query.parts.map((part) => runSingle(part, [new Map()], ctx));
  const columns = results[0]!.columns;
  for (const r of results) {
    if (r.columns.join('\u0000') !== columns.join('\u0000')) {
      throw runtimeError(
        'SyntaxError',
        'DifferentColumnsInUnion',
        'All sub queries in a UNION must have the same column names',
      );
    }
  }
  let rows: CypherValue[][] = results.flatMap((r) => r.rows.map((row) => columns.map((c) => row.get(c) ?? null)));
  const distinct = query.unionAll.length > 0 && query.unionAll.some((all) => !all);
  if (distinct) {
    const seen = new Set<string>();
    rows = rows.filter((row) => {
      const key = row.map(equivalenceKey).join('\u0003');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  ctx.checkRows(rows.length);
  return { columns, rows: rows.map((row) => row.map(snapshot)) };
}
