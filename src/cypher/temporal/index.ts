/**
 * Cypher's temporal types (DATE, LOCAL TIME, TIME, LOCAL DATETIME, DATETIME, DURATION) and their
 * functions and operators, for the engine. Values implement TemporalValue from ../values.ts.
 */
import type { CypherValue, TemporalValue } from '../values.js';
import { plusDuration, sumDurations } from './arithmetic.js';
import { compareTemporal as compareValues, temporalEquals as equalValues } from './compare.js';
import { parseDuration, rational, scaleDuration } from './duration.js';
import { fromString } from './functions.js';
import { temporalTypeError } from './errors.js';
import { temporalProperty as propertyOf } from './properties.js';
import { isTemporal as isTemporalValue } from './types.js';
import type { AnyTemporal, DurationValue } from './types.js';

export { temporalFunctions } from './functions.js';
export type { TemporalFunction } from './functions.js';
export { DateValue, LocalTimeValue, TimeValue, LocalDateTimeValue, DateTimeValue, DurationValue } from './types.js';

/**
 * Rebuilds a temporal value from its kind and string form (as toString() wrote it, or as
 * neo4j-driver prints its temporal types), e.g. for stores and codecs. Throws ArgumentError.
 */
export function temporalFromString(kind: TemporalValue['kind'], text: string): TemporalValue {
  return kind === 'duration' ? parseDuration(text) : fromString(kind, text, new Date());
}

export function isTemporal(v: unknown): v is TemporalValue {
  return isTemporalValue(v);
}

export function temporalProperty(v: TemporalValue, key: string): CypherValue | undefined {
  return isTemporalValue(v) ? propertyOf(v, key) : undefined;
}

export function compareTemporal(a: TemporalValue, b: TemporalValue): number | null {
  return isTemporalValue(a) && isTemporalValue(b) ? compareValues(a, b) : null;
}

export function temporalEquals(a: TemporalValue, b: TemporalValue): boolean {
  return isTemporalValue(a) && isTemporalValue(b) && equalValues(a, b);
}

function asDuration(v: CypherValue): DurationValue | undefined {
  return isTemporalValue(v) && v.kind === 'duration' ? v : undefined;
}

function kindOf(v: CypherValue): string {
  if (v === null) return 'null';
  if (isTemporalValue(v)) return v.kind;
  if (Array.isArray(v)) return 'list';
  if (v instanceof Map) return 'map';
  return typeof v === 'bigint' ? 'integer' : typeof v === 'number' ? 'float' : typeof v;
}

function combine(a: CypherValue, b: CypherValue, sign: 1 | -1): CypherValue {
  if (a === null || b === null) return null;
  const da = asDuration(a);
  const db = asDuration(b);
  if (da && db) return sumDurations(da, db, sign);
  if (db && isTemporalValue(a)) return plusDuration(a as Exclude<AnyTemporal, DurationValue>, db, sign);
  if (da && sign === 1 && isTemporalValue(b)) return plusDuration(b as Exclude<AnyTemporal, DurationValue>, da, 1);
  throw temporalTypeError(
    `Cannot ${sign === 1 ? 'add' : 'subtract'} a ${kindOf(b)} ${sign === 1 ? 'to' : 'from'} a ${kindOf(a)}`,
  );
}

/** a + b where one side is temporal: instant + duration, duration + instant, duration + duration. */
export function addTemporal(a: CypherValue, b: CypherValue): CypherValue {
  return combine(a, b, 1);
}

/** a - b: instant - duration or duration - duration. */
export function subtractTemporal(a: CypherValue, b: CypherValue): CypherValue {
  return combine(a, b, -1);
}

function scale(d: CypherValue, n: CypherValue, divide: boolean): CypherValue {
  if (d === null || n === null) return null;
  const duration = asDuration(d);
  if (!duration || (typeof n !== 'bigint' && typeof n !== 'number')) {
    throw temporalTypeError(`Cannot ${divide ? 'divide' : 'multiply'} a ${kindOf(d)} by a ${kindOf(n)}`);
  }
  return scaleDuration(duration, rational(n), divide);
}

export function multiplyDuration(d: CypherValue, n: CypherValue): CypherValue {
  return scale(d, n, false);
}

export function divideDuration(d: CypherValue, n: CypherValue): CypherValue {
  return scale(d, n, true);
}
