/** WITH and RETURN: projection, aggregation, DISTINCT, ORDER BY, SKIP and LIMIT. */
import type { Expr, Projection } from '../ast.js';
import { equivalenceKey } from '../equality.js';
import { runtimeError } from '../errors.js';
import type { Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { CountStar, makeAccumulator } from '../functions/index.js';
import type { Accumulator } from '../functions/aggregates.js';
import { compareForOrder } from '../ordering.js';
import { aggregateCalls, containsAggregate, sameExpression } from '../semantic/walk.js';
import type { CypherValue } from '../values.js';
import type { ExecContext } from './context.js';

const NO_ARGS: CypherValue[] = [];

export interface Column {
  name: string;
  expr: Expr | null;
}

/** Output columns: `*` expands to the row's variables (sorted), then the listed items. */
export function projectionColumns(p: Projection, sample: Row | undefined, scope: string[]): Column[] {
  const cols: Column[] = [];
  if (p.star) {
    const names = sample ? [...sample.keys()] : scope;
    for (const name of [...names].sort()) cols.push({ name, expr: null });
  }
  for (const item of p.items) cols.push({ name: item.alias ?? item.text, expr: item.expr });
  return cols;
}

interface Projected {
  out: Row;
  /** The scope ORDER BY sees: the source row with the projected columns over it. */
  scope: Row;
  aggregates: Map<Expr, CypherValue> | null;
}

function evalColumn(col: Column, row: Row, ctx: ExecContext): CypherValue {
  return col.expr ? evaluate(col.expr, row, ctx) : row.get(col.name)!;
}

function scopeOf(source: Row, out: Row): Row {
  const scope = new Map(source);
  for (const [k, v] of out) scope.set(k, v);
  return scope;
}

export function project(
  p: Projection,
  input: Iterable<Row>,
  ctx: ExecContext,
  scope: string[],
  where: Expr | null = null,
): { columns: Column[]; rows: Iterable<Row> } {
  const aggregating = p.items.some((i) => containsAggregate(i.expr));
  let columns: Column[] | null = aggregating || !p.star ? projectionColumns(p, undefined, scope) : null;

  function* plain(): Generator<Projected> {
    for (const row of input) {
      if (!columns) columns = projectionColumns(p, row, scope);
      const out = new Map<string, CypherValue>();
      for (const c of columns) out.set(c.name, evalColumn(c, row, ctx));
      yield { out, scope: p.orderBy.length || where ? scopeOf(row, out) : out, aggregates: null };
    }
  }

  let projected: Iterable<Projected> = aggregating ? aggregate(p, columns!, input, ctx) : plain();
  if (p.distinct) projected = distinct(projected, ctx);
  if (p.orderBy.length) projected = sortRows(p, projected, ctx);
  const skip = bound(p.skip, 'SKIP', ctx);
  const limit = bound(p.limit, 'LIMIT', ctx);
  let rows = window(projected, skip, limit);
  if (where) rows = filterScope(rows, where, ctx);
  // Columns are known once the first row is seen when projecting `*` without aggregation.
  const result = [
    ...(function* () {
      for (const r of rows) yield r.out;
    })(),
  ];
  ctx.checkRows(result.length);
  return { columns: columns ?? projectionColumns(p, undefined, scope), rows: result };
}

/** Group rows by the non-aggregate columns and fold each group's aggregate calls. */
function* aggregate(p: Projection, columns: Column[], input: Iterable<Row>, ctx: ExecContext): Generator<Projected> {
  const keyCols = columns.filter((c) => !c.expr || !containsAggregate(c.expr));
  const calls = [
    ...columns.flatMap((c) => (c.expr ? aggregateCalls(c.expr) : [])),
    ...p.orderBy.flatMap((o) => aggregateCalls(o.expr)),
  ];
  interface Group {
    row: Row;
    keys: CypherValue[];
    accs: Accumulator[];
  }
  const groups = new Map<string, Group>();
  const newAccs = (): Accumulator[] =>
    calls.map((c) =>
      c.type === 'CountStar'
        ? new CountStar()
        : makeAccumulator(
            (c as Extract<Expr, { type: 'Call' }>).name,
            (c as Extract<Expr, { type: 'Call' }>).distinct,
            ctx,
          ),
    );
  const single = keyCols.length === 1;
  // Accumulators read their arguments during add() and keep none of the arrays: reuse them.
  const scratch = calls.map((c) => (c.type === 'Call' ? new Array<CypherValue>(c.args.length) : NO_ARGS));
  for (const row of input) {
    let id: string;
    let keys: CypherValue[] | null = null;
    if (single) {
      const key = evalColumn(keyCols[0]!, row, ctx);
      id = equivalenceKey(key);
      if (!groups.has(id)) keys = [key];
    } else {
      keys = keyCols.map((c) => evalColumn(c, row, ctx));
      id = keys.map(equivalenceKey).join('\u0003');
    }
    let group = groups.get(id);
    if (!group) {
      // The matcher may hand over one live row object (see matchPatterns): keep a copy.
      groups.set(id, (group = { row: new Map(row), keys: keys!, accs: newAccs() }));
      ctx.checkRows(groups.size);
    }
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i]!;
      const args = scratch[i]!;
      if (c.type === 'Call') for (let a = 0; a < c.args.length; a++) args[a] = evaluate(c.args[a]!, row, ctx);
      group.accs[i]!.add(args);
    }
  }
  // With no grouping keys, an empty input still yields one row (count(*) = 0).
  if (groups.size === 0 && keyCols.length === 0) groups.set('', { row: new Map(), keys: [], accs: newAccs() });
  for (const group of groups.values()) {
    const values = new Map<Expr, CypherValue>();
    calls.forEach((c, i) => values.set(c, group.accs[i]!.result()));
    const out = new Map<string, CypherValue>();
    let k = 0;
    for (const c of columns) {
      if (!c.expr || !containsAggregate(c.expr)) out.set(c.name, group.keys[k++]!);
      else
        out.set(
          c.name,
          ctx.withAggregates(values, () => evaluate(c.expr!, group.row, ctx)),
        );
    }
    yield { out, scope: scopeOf(group.row, out), aggregates: values };
  }
}

function* distinct(rows: Iterable<Projected>, ctx: ExecContext): Generator<Projected> {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = [...r.out.values()].map(equivalenceKey).join('\u0003');
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.checkRows(seen.size);
    yield r;
  }
}

function sortRows(p: Projection, rows: Iterable<Projected>, ctx: ExecContext): Projected[] {
  const keyed: { r: Projected; keys: CypherValue[] }[] = [];
  for (const r of rows) {
    const keys = p.orderBy.map((o) => {
      // ORDER BY an expression that is a projected item reads that column.
      const item = p.items.find((i) => sameExpression(i.expr, o.expr));
      if (item && r.out.has(item.alias ?? item.text)) return r.out.get(item.alias ?? item.text)!;
      return ctx.withAggregates(r.aggregates, () => evaluate(o.expr, r.scope, ctx));
    });
    keyed.push({ r, keys });
    ctx.checkRows(keyed.length);
  }
  keyed.sort((a, b) => {
    for (let i = 0; i < p.orderBy.length; i++) {
      const c = compareForOrder(a.keys[i]!, b.keys[i]!);
      if (c !== 0) return p.orderBy[i]!.descending ? -c : c;
    }
    return 0;
  });
  return keyed.map((k) => k.r);
}

function bound(e: Expr | null, what: string, ctx: ExecContext): number | null {
  if (!e) return null;
  const v = evaluate(e, new Map(), ctx);
  if (typeof v !== 'bigint') {
    throw runtimeError(
      'ArgumentError',
      'InvalidArgumentType',
      `${what} needs a non-negative integer, got ${v === null ? 'null' : typeof v === 'number' ? 'a float' : typeof v}`,
    );
  }
  if (v < 0n)
    throw runtimeError('ArgumentError', 'NegativeIntegerArgument', `${what} needs a non-negative integer, got ${v}`);
  return Number(v);
}

function* window(rows: Iterable<Projected>, skip: number | null, limit: number | null): Generator<Projected> {
  if (limit === 0) return;
  let i = 0;
  let n = 0;
  for (const r of rows) {
    if (skip !== null && i++ < skip) continue;
    yield r;
    if (limit !== null && ++n >= limit) return;
  }
}

function* filterScope(rows: Iterable<Projected>, where: Expr, ctx: ExecContext): Generator<Projected> {
  for (const r of rows) if (ctx.withAggregates(null, () => evaluate(where, r.scope, ctx)) === true) yield r;
}
