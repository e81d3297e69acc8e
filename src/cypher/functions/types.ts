/** The function registry's shape: functions keyed by lower-case (qualified) name. */
import type { QueryGraph } from '../entities.js';
import type { CypherValue } from '../values.js';

export interface FunctionContext {
  qg: QueryGraph;
  now: Date;
  /** The running query's time budget (see ../budget.ts); absent outside a query. */
  tick?(work?: number): void;
}

export interface CypherFunction {
  /** Fewest and most arguments (max Infinity for variadic). */
  min: number;
  max: number;
  call(args: CypherValue[], ctx: FunctionContext): CypherValue;
}

export type FunctionTable = Record<string, CypherFunction>;

export function fn(min: number, max: number, call: CypherFunction['call']): CypherFunction {
  return { min, max, call };
}

/** A one-argument function that maps null to null. */
export function unary(call: (v: Exclude<CypherValue, null>, ctx: FunctionContext) => CypherValue): CypherFunction {
  return fn(1, 1, ([v], ctx) => (v === null || v === undefined ? null : call(v, ctx)));
}
