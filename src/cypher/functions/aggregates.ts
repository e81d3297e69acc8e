/** Aggregating functions: an accumulator per group, fed one row's arguments at a time. */
import type { QueryBudget } from '../budget.js';
import { equivalenceKey } from '../equality.js';
import { runtimeError, typeError } from '../errors.js';
import { add, checkedInt, describeType, divide } from '../eval/operators.js';
import { compareForOrder } from '../ordering.js';
import { isTemporalValue } from '../temporal-bridge.js';
import type { CypherValue } from '../values.js';

export interface Accumulator {
  add(args: CypherValue[]): void;
  result(): CypherValue;
}

/** Count `n` rows at once into count(*), or into count(x) when x is known non-null in every one. */
export function addCounted(acc: Accumulator, n: number): void {
  if (acc instanceof CountStar || acc instanceof Count) acc.addMany(n);
  else throw new Error('addCounted: not a count');
}

/**
 * Feed an accumulator of one argument a column of floats, in order: the same as add([v]) for each
 * value (avg sums them in a tight loop, in the same order, so the result is bit for bit the same).
 */
export function addFloats(acc: Accumulator, values: Float64Array): void {
  if (acc instanceof Avg) {
    acc.addFloats(values);
    return;
  }
  const args: CypherValue[] = [0];
  for (let i = 0; i < values.length; i++) {
    args[0] = values[i]!;
    acc.add(args);
  }
}

export const AGGREGATES: Record<
  string,
  { min: number; max: number; make: (budget: QueryBudget | undefined) => Accumulator }
> = {
  count: { min: 1, max: 1, make: () => new Count() },
  collect: { min: 1, max: 1, make: (budget) => new Collect(budget) },
  sum: { min: 1, max: 1, make: () => new Sum() },
  avg: { min: 1, max: 1, make: () => new Avg() },
  min: { min: 1, max: 1, make: () => new Extreme(-1) },
  max: { min: 1, max: 1, make: () => new Extreme(1) },
  percentilecont: { min: 2, max: 2, make: () => new Percentile(true) },
  percentiledisc: { min: 2, max: 2, make: () => new Percentile(false) },
  stdev: { min: 1, max: 1, make: () => new StdDev(true) },
  stdevp: { min: 1, max: 1, make: () => new StdDev(false) },
};

export function isAggregateName(name: string): boolean {
  return Object.hasOwn(AGGREGATES, name.toLowerCase());
}

/** An accumulator for a call, DISTINCT applied to the first argument; `budget` caps what collect() holds. */
export function makeAccumulator(name: string, distinct: boolean, budget?: QueryBudget): Accumulator {
  const inner = AGGREGATES[name.toLowerCase()]!.make(budget);
  if (!distinct) return inner;
  const seen = new Set<string>();
  return {
    add(args) {
      const v = args[0]!;
      if (v === null) return;
      const k = equivalenceKey(v);
      if (seen.has(k)) return;
      seen.add(k);
      inner.add(args);
    },
    result: () => inner.result(),
  };
}

/** count(*); counts as a number (exact to 2^53, far beyond any row limit) and answers an INTEGER. */
export class CountStar implements Accumulator {
  private n = 0;
  add(): void {
    this.n++;
  }
  /** Count k rows at once (a count answered from the store's degrees). */
  addMany(k: number): void {
    this.n += k;
  }
  result(): CypherValue {
    return BigInt(this.n);
  }
}

class Count implements Accumulator {
  private n = 0;
  add([v]: CypherValue[]): void {
    if (v !== null) this.n++;
  }
  addMany(k: number): void {
    this.n += k;
  }
  result(): CypherValue {
    return BigInt(this.n);
  }
}

class Collect implements Accumulator {
  private readonly items: CypherValue[] = [];
  constructor(private readonly budget: QueryBudget | undefined) {}
  add([v]: CypherValue[]): void {
    if (v === null) return;
    this.budget?.checkCollected(this.items.length + 1);
    this.items.push(v!);
  }
  result(): CypherValue {
    return this.items;
  }
}

function numeric(name: string, v: CypherValue): bigint | number {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  throw typeError(`${name}() expects numbers, got ${describeType(v)}`);
}

class Sum implements Accumulator {
  private total: CypherValue = 0n;
  add([v]: CypherValue[]): void {
    if (v === null) return;
    if (typeof v === 'object' && isTemporalValue(v)) {
      this.total = this.total === 0n ? v! : add(this.total, v!);
      return;
    }
    const x = numeric('sum', v!);
    if (typeof x === 'bigint' && typeof this.total === 'bigint') this.total = checkedInt(this.total + x);
    else this.total = Number(this.total) + Number(x);
  }
  result(): CypherValue {
    return this.total;
  }
}

class Avg implements Accumulator {
  private total = 0;
  private n = 0;
  private durationTotal: CypherValue = null;
  add([v]: CypherValue[]): void {
    if (v === null) return;
    this.n++;
    if (typeof v === 'object' && isTemporalValue(v)) {
      this.durationTotal = this.durationTotal === null ? v! : add(this.durationTotal, v!);
      return;
    }
    this.total += Number(numeric('avg', v!));
  }
  addFloats(values: Float64Array): void {
    let total = this.total;
    for (let i = 0; i < values.length; i++) total += values[i]!;
    this.total = total;
    this.n += values.length;
  }
  result(): CypherValue {
    if (this.n === 0) return null;
    if (this.durationTotal !== null) return divide(this.durationTotal, BigInt(this.n));
    return this.total / this.n;
  }
}

class Extreme implements Accumulator {
  private best: CypherValue = null;
  constructor(private readonly sign: 1 | -1) {}
  add([v]: CypherValue[]): void {
    if (v === null) return;
    if (this.best === null || compareForOrder(v!, this.best) * this.sign > 0) this.best = v!;
  }
  result(): CypherValue {
    return this.best;
  }
}

class Percentile implements Accumulator {
  private readonly values: number[] = [];
  private readonly ints: boolean[] = [];
  private p: number | null = null;
  constructor(private readonly continuous: boolean) {}
  add([v, p]: CypherValue[]): void {
    const name = this.continuous ? 'percentileCont' : 'percentileDisc';
    if (this.p === null && p !== null && p !== undefined) {
      const x = Number(numeric(name, p));
      if (!(x >= 0 && x <= 1))
        throw runtimeError(
          'ArgumentError',
          'NumberOutOfRange',
          `${name}() percentile must be between 0.0 and 1.0, got ${x}`,
        );
      this.p = x;
    }
    if (v === null) return;
    const x = numeric(name, v!);
    this.values.push(Number(x));
    this.ints.push(typeof x === 'bigint');
  }
  result(): CypherValue {
    if (this.values.length === 0 || this.p === null) return null;
    const order = this.values.map((_, i) => i).sort((a, b) => this.values[a]! - this.values[b]!);
    const sorted = order.map((i) => this.values[i]!);
    const n = sorted.length;
    if (this.continuous) {
      const pos = this.p * (n - 1);
      const lo = Math.floor(pos);
      const hi = Math.ceil(pos);
      return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
    }
    const idx = Math.max(0, Math.ceil(this.p * n) - 1);
    const original = order[Math.min(idx, n - 1)]!;
    return this.ints[original] ? BigInt(this.values[original]!) : this.values[original]!;
  }
}

class StdDev implements Accumulator {
  private readonly values: number[] = [];
  constructor(private readonly sample: boolean) {}
  add([v]: CypherValue[]): void {
    if (v !== null) this.values.push(Number(numeric(this.sample ? 'stDev' : 'stDevP', v!)));
  }
  result(): CypherValue {
    const n = this.values.length;
    if (n === 0 || (this.sample && n === 1)) return 0.0;
    const mean = this.values.reduce((a, b) => a + b, 0) / n;
    const ss = this.values.reduce((a, b) => a + (b - mean) ** 2, 0);
    return Math.sqrt(ss / (this.sample ? n - 1 : n));
  }
}
