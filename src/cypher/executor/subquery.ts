/** FOREACH, CALL { … } subqueries and COLLECT { … }: clauses run per outer row. */
import type { ClauseOf, Query, SingleQuery } from '../ast.js';
import { equivalenceKey } from '../equality.js';
import { typeError } from '../errors.js';
import type { Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { importedNames } from '../semantic/imports.js';
import type { CypherValue } from '../values.js';
import type { ExecContext } from './context.js';

/** Runs one single query from input rows (run.ts's runSingle, passed in to keep imports one-way). */
export type RunSingle = (
  q: SingleQuery,
  input: Row[],
  ctx: ExecContext,
  keepAll: boolean,
) => { columns: string[]; rows: Row[] };

/** FOREACH (x IN list | clauses): runs the clauses once per element; the outer row passes on unchanged. */
export function* executeForeach(
  clause: ClauseOf<'Foreach'>,
  input: Iterable<Row>,
  ctx: ExecContext,
  runSingle: RunSingle,
): Generator<Row> {
  const body: SingleQuery = { clauses: clause.clauses, start: clause.start, end: clause.end };
  for (const row of input) {
    const list = evaluate(clause.list, row, ctx);
    if (list !== null) {
      if (!Array.isArray(list))
        throw typeError(`FOREACH needs a list, not ${typeof list === 'object' ? 'a map or entity' : String(list)}`);
      for (const item of list) {
        ctx.tick();
        runSingle(body, [new Map(row).set(clause.variable, item)], ctx, false);
      }
    }
    yield row;
  }
}

/** The rows of a (possibly UNION) query for one starting row per part, deduplicated for UNION. */
function unionRows(
  query: Query,
  start: (part: SingleQuery) => Row,
  ctx: ExecContext,
  runSingle: RunSingle,
): { columns: string[]; rows: Row[] } {
  const results = query.parts.map((part) => runSingle(part, [start(part)], ctx, true));
  const columns = results[0]?.columns ?? [];
  const rows = results.flatMap((r) => r.rows);
  if (!query.unionAll.some((all) => !all)) return { columns, rows };
  const seen = new Set<string>();
  return {
    columns,
    rows: rows.filter((r) => {
      const key = columns.map((c) => equivalenceKey(r.get(c) ?? null)).join('\u0003');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

/**
 * CALL { … }: per outer row, the subquery's rows extend it (none: the row is dropped, unless
 * OPTIONAL CALL pads it with nulls). A unit subquery (no RETURN) runs for its writes and keeps the row.
 */
export function* executeSubquery(
  clause: ClauseOf<'Subquery'>,
  returned: string[],
  input: Iterable<Row>,
  ctx: ExecContext,
  runSingle: RunSingle,
): Generator<Row> {
  const unit = clause.query.parts.every((p) => p.clauses.at(-1)?.type !== 'Return');
  for (const row of input) {
    const outer = [...row.keys()];
    const start = (part: SingleQuery): Row => new Map(importedNames(clause, part, outer).map((n) => [n, row.get(n)!]));
    const { columns, rows } = unionRows(clause.query, start, ctx, runSingle);
    if (unit) {
      yield row;
      continue;
    }
    if (rows.length === 0 && clause.optional) {
      const out = new Map(row);
      for (const c of returned) out.set(c, null);
      yield out;
    }
    for (const sub of rows) {
      ctx.tick();
      const out = new Map(row);
      for (const c of columns) out.set(c, sub.get(c) ?? null);
      yield out;
    }
  }
}

/** COLLECT { … RETURN x }: the list of x, with the outer row's variables visible inside. */
export function collectValues(query: Query, row: Row, ctx: ExecContext, runSingle: RunSingle): CypherValue[] {
  const { columns, rows } = unionRows(query, () => new Map(row), ctx, runSingle);
  const column = columns[0];
  return column === undefined ? [] : rows.map((r) => r.get(column) ?? null);
}
