/** List functions (and size/isEmpty/coalesce, which also take strings or anything). */
import { checkBudget } from '../budget.js';
import { runtimeError, typeError } from '../errors.js';
import { describeType } from '../eval/operators.js';
import type { CypherValue } from '../values.js';
import { fn, unary, type FunctionTable } from './types.js';

function list(name: string, v: CypherValue): CypherValue[] {
  if (!Array.isArray(v)) throw typeError(`${name}() expects a list, got ${describeType(v)}`);
  return v;
}

function int(name: string, v: CypherValue): bigint {
  if (typeof v !== 'bigint') throw typeError(`${name}() expects integers, got ${describeType(v)}`);
  return v;
}

export const listFunctions: FunctionTable = {
  size: unary((v) => {
    if (typeof v === 'string') return BigInt(v.length);
    if (Array.isArray(v)) return BigInt(v.length);
    throw typeError(`size() expects a string or list, got ${describeType(v)}`);
  }),
  isempty: unary((v) => {
    if (typeof v === 'string') return v.length === 0;
    if (Array.isArray(v)) return v.length === 0;
    if (v instanceof Map) return v.size === 0;
    throw typeError(`isEmpty() expects a string, list or map, got ${describeType(v)}`);
  }),
  head: unary((v) => list('head', v)[0] ?? null),
  last: unary((v) => {
    const l = list('last', v);
    return l.length ? l[l.length - 1]! : null;
  }),
  tail: unary((v) => list('tail', v).slice(1)),
  coalesce: fn(1, Infinity, (args) => args.find((a) => a !== null) ?? null),
  range: fn(2, 3, (args, ctx) => {
    const [start, end, step] = [
      int('range', args[0]!),
      int('range', args[1]!),
      args[2] === undefined ? 1n : int('range', args[2]),
    ];
    if (step !== 0n && (end - start) / step + 1n > 10_000_000n) {
      throw runtimeError('ArgumentError', 'NumberOutOfRange', 'range() would be longer than 10,000,000 items');
    }
    const out: bigint[] = [];
    for (const i of rangeValues(args)) {
      checkBudget(ctx);
      out.push(i);
    }
    return out;
  }),
};

/** range(start, end[, step]) as a lazy sequence (UNWIND range(…) streams it without building the list). */
export function* rangeValues([a, b, s]: CypherValue[]): Generator<bigint> {
  const start = int('range', a!);
  const end = int('range', b!);
  const step = s === undefined ? 1n : int('range', s);
  if (step === 0n) throw runtimeError('ArgumentError', 'NumberOutOfRange', 'range() step must not be zero');
  if (step > 0n) for (let i = start; i <= end; i += step) yield i;
  else for (let i = start; i >= end; i += step) yield i;
}
