/** Small helpers for the engine's tests. */
import { createPropertyGraph, type PropertyGraph } from '../graph/property-graph.js';
import { CypherError } from './errors.js';
import { executeCypher, type ExecuteOptions } from './index.js';
import type { CypherValue } from './values.js';

export function graphWith(...setup: string[]): PropertyGraph {
  const g = createPropertyGraph();
  for (const q of setup) executeCypher(g, q);
  return g;
}

/** Rows as arrays; nodes as their `name` property (or labels), for readable assertions. */
export function run(g: PropertyGraph, query: string, options?: ExecuteOptions): CypherValue[][] {
  return executeCypher(g, query, options).rows;
}

export function single(query: string, params?: Record<string, CypherValue>): CypherValue {
  return executeCypher(createPropertyGraph(), query, params ? { params } : {}).rows[0]![0]!;
}

export function errorOf(fn: () => unknown): CypherError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error('expected a CypherError');
}
