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
import { foldAggregation, GroupTable, MatchSource, type Group, type Groups } from './fold.js';

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
  const byColumn = orderColumns(p, columns);
  // ORDER BY and WHERE may read the incoming variables beside the projected ones.
  const needsScope = where !== null || byColumn.some((c) => c === null);

  function* plain(): Generator<Projected> {
    for (const row of input) {
      if (!columns) columns = projectionColumns(p, row, scope);
      const out = new Map<string, CypherValue>();
      for (const c of columns) out.set(c.name, evalColumn(c, row, ctx));
      yield { out, scope: needsScope ? scopeOf(row, out) : out, aggregates: null };
    }
  }

  const skip = bound(p.skip, 'SKIP', ctx);
  const limit = bound(p.limit, 'LIMIT', ctx);
  const keep = limit === null ? null : (skip ?? 0) + limit;
  let projected: Iterable<Projected> = aggregating
    ? aggregate(p, columns!, input, ctx, needsScope, byColumn, p.distinct || where ? null : keep)
    : plain();
  if (p.distinct) projected = distinct(projected, ctx);
  if (p.orderBy.length) projected = sortRows(p, projected, ctx, byColumn, keep);
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
function* aggregate(
  p: Projection,
  columns: Column[],
  input: Iterable<Row>,
  ctx: ExecContext,
  needsScope: boolean,
  byColumn: (string | null)[],
  keep: number | null,
): Generator<Projected> {
  const keyCols = columns.filter((c) => !c.expr || !containsAggregate(c.expr));
  const calls = [
    ...columns.flatMap((c) => (c.expr ? aggregateCalls(c.expr) : [])),
    ...p.orderBy.flatMap((o) => aggregateCalls(o.expr)),
  ];
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
  const foldStart = performance.now();
  const folded = input instanceof MatchSource ? foldAggregation(input, { keys: keyCols, calls, newAccs }) : null;
  const op = input instanceof MatchSource ? input.operator : undefined;
  if (folded) ctx.profile?.plans.push(folded.description);
  if (folded && op) {
    // The MATCH's work happened here: its operator gets the time and what was visited.
    const cut = op.details.lastIndexOf('; ');
    op.details = `${cut >= 0 ? op.details.slice(0, cut) : op.details}; ${folded.description}`;
    op.rows += folded.visited;
    op.inclusiveMs += performance.now() - foldStart;
  }
  let groups: Groups = folded?.groups ?? groupRows(keyCols, calls, newAccs, input, ctx);
  // With no grouping keys, an empty input still yields one row (count(*) = 0).
  if (groups.size === 0 && keyCols.length === 0) {
    const one = new GroupTable(ctx);
    one.add({ row: new Map(), keys: [], accs: newAccs() });
    groups = one;
  }
  // A column that is just an aggregate call reads its accumulator; others are evaluated around the aggregates.
  const bare = columns.map((c) => (c.expr && calls.includes(c.expr) ? calls.indexOf(c.expr) : -1));
  const evaluated = columns.some((c, i) => c.expr && containsAggregate(c.expr) && bare[i] === -1);
  const keepAggregates = evaluated || p.orderBy.some((o) => containsAggregate(o.expr));
  for (const group of topGroups(p, columns, bare, groups, byColumn, keep)) {
    const results = group.accs.map((a) => a.result());
    let values: Map<Expr, CypherValue> | null = null;
    if (keepAggregates) {
      values = new Map<Expr, CypherValue>();
      calls.forEach((c, i) => values!.set(c, results[i]!));
    }
    const out = new Map<string, CypherValue>();
    let k = 0;
    columns.forEach((c, i) => {
      if (!c.expr || !containsAggregate(c.expr)) out.set(c.name, group.keys[k++]!);
      else if (bare[i]! >= 0) out.set(c.name, results[bare[i]!]!);
      else
        out.set(
          c.name,
          ctx.withAggregates(values, () => evaluate(c.expr!, groups.rowOf(group), ctx)),
        );
    });
    yield { out, scope: needsScope ? scopeOf(groups.rowOf(group), out) : out, aggregates: values };
  }
}

/**
 * ORDER BY … LIMIT over the groups themselves when every sort key is a grouping key or a bare
 * aggregate: only the `keep` best groups are turned into rows (the sort after keeps their order).
 */
function topGroups(
  p: Projection,
  columns: Column[],
  bare: number[],
  groups: Groups,
  byColumn: (string | null)[],
  keep: number | null,
): Group[] {
  const all = (): Group[] => Array.from({ length: groups.size }, (_, i) => groups.group(i));
  if (keep === null || keep >= groups.size) return all();
  const keyIndex = new Map<string, number>();
  columns.filter((c) => !c.expr || !containsAggregate(c.expr)).forEach((c, i) => keyIndex.set(c.name, i));
  const readers: ((i: number) => CypherValue)[] = [];
  for (const name of byColumn) {
    const i = columns.findIndex((c) => c.name === name);
    if (name === null || i < 0) return all();
    const k = keyIndex.get(name);
    if (k !== undefined) readers.push((g) => groups.keyOf(g, k));
    else if (bare[i]! >= 0) readers.push((g) => groups.rankOf(g, bare[i]!));
    else return all();
  }
  /** A group by its index (first-seen order, which breaks ties) and its sort keys. */
  interface Ranked {
    keys: CypherValue[];
    seq: number;
  }
  const heap = new BoundedHeap<Ranked>(keep, (a, b) => {
    for (let i = 0; i < readers.length; i++) {
      const c = compareForOrder(a.keys[i]!, b.keys[i]!);
      if (c !== 0) return p.orderBy[i]!.descending ? -c : c;
    }
    return a.seq - b.seq;
  });
  // Most groups lose against the kept ones: test them in a reused object, copy only those kept.
  const probe: Ranked = { keys: new Array<CypherValue>(readers.length), seq: 0 };
  for (let seq = 0; seq < groups.size; seq++) {
    probe.seq = seq;
    for (let i = 0; i < readers.length; i++) probe.keys[i] = readers[i]!(seq);
    if (heap.accepts(probe)) heap.offer({ keys: [...probe.keys], seq });
  }
  return heap.drain().map((r) => groups.group(r.seq));
}

function groupRows(
  keyCols: Column[],
  calls: Expr[],
  newAccs: () => Accumulator[],
  input: Iterable<Row>,
  ctx: ExecContext,
): GroupTable {
  const groups = new GroupTable(ctx);
  // Accumulators read their arguments during add() and keep none of the arrays: reuse them.
  const scratch = calls.map((c) => (c.type === 'Call' ? new Array<CypherValue>(c.args.length) : NO_ARGS));
  const keys = new Array<CypherValue>(keyCols.length);
  for (const row of input) {
    for (let i = 0; i < keyCols.length; i++) keys[i] = evalColumn(keyCols[i]!, row, ctx);
    let group = groups.get(keys);
    // The matcher may hand over one live row object (see matchPatterns): keep a copy.
    if (!group) groups.add((group = { row: new Map(row), keys: [...keys], accs: newAccs() }));
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i]!;
      const args = scratch[i]!;
      if (c.type === 'Call') for (let a = 0; a < c.args.length; a++) args[a] = evaluate(c.args[a]!, row, ctx);
      group.accs[i]!.add(args);
    }
  }
  return groups;
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

/** Where ORDER BY reads each key: a projected column's name, or null to evaluate it over the scope. */
function orderColumns(p: Projection, columns: Column[] | null): (string | null)[] {
  return p.orderBy.map((o) => {
    const item = p.items.find((i) => sameExpression(i.expr, o.expr));
    if (item) return item.alias ?? item.text;
    if (o.expr.type === 'Variable' && columns?.some((c) => c.name === (o.expr as { name: string }).name))
      return o.expr.name;
    return null;
  });
}

/**
 * ORDER BY; with a LIMIT (`keep` = SKIP + LIMIT rows) a bounded heap keeps only the best `keep`
 * rows (top-k). Ties keep input order, as the stable sort does.
 */
function sortRows(
  p: Projection,
  rows: Iterable<Projected>,
  ctx: ExecContext,
  byColumn: (string | null)[],
  keep: number | null,
): Projected[] {
  interface Keyed {
    r: Projected;
    keys: CypherValue[];
    seq: number;
  }
  const compare = (a: Keyed, b: Keyed): number => {
    for (let i = 0; i < p.orderBy.length; i++) {
      const c = compareForOrder(a.keys[i]!, b.keys[i]!);
      if (c !== 0) return p.orderBy[i]!.descending ? -c : c;
    }
    return a.seq - b.seq;
  };
  const heap = keep === null ? null : new BoundedHeap<Keyed>(keep, compare);
  const keyed: Keyed[] = [];
  let seq = 0;
  for (const r of rows) {
    const keys = p.orderBy.map((o, i) => {
      const column = byColumn[i];
      if (column != null && r.out.has(column)) return r.out.get(column)!;
      return ctx.withAggregates(r.aggregates, () => evaluate(o.expr, r.scope, ctx));
    });
    const k = { r, keys, seq: seq++ };
    if (heap) heap.offer(k);
    else {
      keyed.push(k);
      ctx.checkRows(keyed.length);
    }
  }
  const sorted = heap ? heap.drain() : keyed.sort(compare);
  return sorted.map((k) => k.r);
}

/** The `capacity` smallest items under `compare`: a max-heap whose root is the worst kept item. */
export class BoundedHeap<T> {
  private readonly items: T[] = [];
  constructor(
    private readonly capacity: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { items, compare } = this;
    if (this.capacity === 0) return;
    if (items.length < this.capacity) {
      items.push(item);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (compare(items[i]!, items[parent]!) <= 0) break;
        [items[i], items[parent]] = [items[parent]!, items[i]!];
        i = parent;
      }
      return;
    }
    if (compare(item, items[0]!) >= 0) return;
    items[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < items.length && compare(items[l]!, items[worst]!) > 0) worst = l;
      if (r < items.length && compare(items[r]!, items[worst]!) > 0) worst = r;
      if (worst === i) break;
      [items[i], items[worst]] = [items[worst]!, items[i]!];
      i = worst;
    }
  }

  /** Would `item` be kept (the heap is not full, or it beats the worst kept)? */
  accepts(item: T): boolean {
    return this.items.length < this.capacity || (this.capacity > 0 && this.compare(item, this.items[0]!) < 0);
  }

  /** The kept items, best first. */
  drain(): T[] {
    return this.items.splice(0).sort(this.compare);
  }
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
