/** The function registry, keyed by lower-case (qualified) name; temporal functions come from src/cypher/temporal. */
import { temporal } from '../temporal-bridge.js';
import { AGGREGATES } from './aggregates.js';
import { conversionFunctions } from './convert.js';
import { graphFunctions } from './graph.js';
import { listFunctions } from './lists.js';
import { mathFunctions } from './math.js';
import { stringFunctions } from './strings.js';
import { fn, type CypherFunction, type FunctionTable } from './types.js';

const SCALARS: FunctionTable = {
  ...graphFunctions,
  ...conversionFunctions,
  ...stringFunctions,
  ...mathFunctions,
  ...listFunctions,
};

const temporalTable: FunctionTable = {};
if (temporal) {
  for (const [name, impl] of Object.entries(temporal.temporalFunctions)) {
    temporalTable[name.toLowerCase()] = fn(0, Infinity, (args, ctx) => impl(args, { now: ctx.now }));
  }
}

export function lookupFunction(name: string): CypherFunction | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(SCALARS, key)
    ? SCALARS[key]
    : Object.hasOwn(temporalTable, key)
      ? temporalTable[key]
      : undefined;
}

/** How the documentation spells the mixed-case names (the registry keys are lower-case). */
const DISPLAY_NAMES = new Map(
  [
    'elementId',
    'startNode',
    'endNode',
    'toString',
    'toInteger',
    'toFloat',
    'toBoolean',
    'toStringOrNull',
    'toIntegerOrNull',
    'toFloatOrNull',
    'toBooleanOrNull',
    'toLower',
    'toUpper',
    'isEmpty',
    'isNaN',
    'percentileCont',
    'percentileDisc',
    'stDev',
    'stDevP',
    'randomUUID',
    'valueType',
  ].map((n) => [n.toLowerCase(), n]),
);

/** Every known function name, as documented (for suggestions). */
export function functionNames(): string[] {
  return [...Object.keys(SCALARS), ...Object.keys(AGGREGATES), ...Object.keys(temporalTable)].map(
    (n) => DISPLAY_NAMES.get(n) ?? n,
  );
}

/** Arity bounds for compile-time checks, scalars and aggregates alike. */
export function functionArity(name: string): { min: number; max: number } | undefined {
  const key = name.toLowerCase();
  if (Object.hasOwn(AGGREGATES, key)) return AGGREGATES[key];
  return lookupFunction(key);
}

export { isAggregateName, makeAccumulator, CountStar } from './aggregates.js';
export type { FunctionContext } from './types.js';
