/** Shorthands for the temporal unit tests: call a temporal function, build Cypher maps. */
import type { CypherMap, CypherValue } from '../values.js';
import { temporalFunctions } from './functions.js';

export const NOW = new Date('2026-11-28T10:15:30.123Z');

export function call(name: string, ...args: CypherValue[]): CypherValue {
  const fn = temporalFunctions[name];
  if (!fn) throw new Error(`no temporal function ${name}`);
  return fn(args, { now: NOW });
}

/** A Cypher map; whole JS numbers become INTEGERs, others FLOATs. */
export function map(entries: Record<string, CypherValue | number | undefined>): CypherMap {
  return new Map(
    Object.entries(entries).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : (v as CypherValue),
    ]),
  );
}

export function str(v: CypherValue): string {
  return String(v);
}
