/** The Cypher temporal functions, keyed by lower-case qualified name. */
import type { CypherMap, CypherValue } from '../values.js';
import { durationBetween } from './arithmetic.js';
import type { BetweenUnit } from './arithmetic.js';
import { convertKind, fromMap, nowValue, selectable, toBigInt } from './construct.js';
import type { InstantKind } from './construct.js';
import { durationFromComponents, parseDuration, rational } from './duration.js';
import type { DurationComponents } from './duration.js';
import { temporalArgumentError, temporalTypeError } from './errors.js';
import { parseDate, parseDateTime, parseLocalTime, parseTimeWithZone } from './parse.js';
import { truncateTemporal } from './truncate.js';
import {
  BIG_NANOS_PER_SECOND,
  DateValue,
  LocalDateTimeValue,
  LocalTimeValue,
  TimeValue,
  isTemporal,
  zonedOfInstant,
  zonedOfLocal,
} from './types.js';
import type { Instantish } from './types.js';
import { UTC, offsetAtInstant, parseZone } from './zones.js';

export type TemporalFunction = (args: CypherValue[], ctx: { now: Date }) => CypherValue;

const KINDS: readonly InstantKind[] = ['date', 'localtime', 'time', 'localdatetime', 'datetime'];

function arity(name: string, args: CypherValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    throw temporalArgumentError(
      `${name}() takes ${min === max ? min : `${min} to ${max}`} arguments, got ${args.length}`,
    );
  }
}

export function fromString(kind: InstantKind, text: string, now: Date): Instantish {
  switch (kind) {
    case 'date':
      return new DateValue(parseDate(text));
    case 'localtime':
      return new LocalTimeValue(parseLocalTime(text));
    case 'time': {
      const t = parseTimeWithZone(text, 'Time');
      const offset = t.offset ?? (t.zone ? offsetAtInstant(t.zone, now.getTime() / 1000) : 0);
      return new TimeValue(t.nanoOfDay, offset);
    }
    case 'localdatetime': {
      const t = parseDateTime(text, 'LocalDateTime');
      return new LocalDateTimeValue(t.epochDay, t.nanoOfDay);
    }
    case 'datetime': {
      const t = parseDateTime(text, 'DateTime');
      const zone = t.zone ?? (t.offset !== undefined ? { kind: 'offset' as const, seconds: t.offset } : UTC);
      return zonedOfLocal(t.epochDay, t.nanoOfDay, zone, t.offset);
    }
  }
}

function isMap(v: CypherValue): v is CypherMap {
  return v instanceof Map;
}

function constructor(kind: InstantKind): TemporalFunction {
  return (args, { now }) => {
    arity(kind, args, 0, 1);
    const arg = args[0];
    if (arg === undefined) return nowValue(kind, now);
    if (arg === null) return null;
    if (typeof arg === 'string') return fromString(kind, arg, now);
    if (isMap(arg)) return fromMap(kind, arg, now, 'convert');
    if (isTemporal(arg) && selectable(arg, kind)) return convertKind(arg, kind);
    throw temporalTypeError(`${kind}() cannot be built from ${describe(arg)}`);
  };
}

/** date.statement(), datetime.realtime('Europe/Berlin'), …: the current moment, optionally in a zone. */
function clock(kind: InstantKind): TemporalFunction {
  return (args, { now }) => {
    arity(`${kind}.clock`, args, 0, 1);
    const zone = args[0];
    if (zone === null) return null;
    if (zone === undefined) return nowValue(kind, now);
    if (typeof zone !== 'string') throw temporalTypeError('The time zone must be a string');
    return nowValue(kind, now, parseZone(zone));
  };
}

function truncator(kind: InstantKind): TemporalFunction {
  return (args, { now }) => {
    arity(`${kind}.truncate`, args, 2, 3);
    const [unit, value, map] = args;
    if (value === null || unit === null) return null;
    if (typeof unit !== 'string') throw temporalTypeError('The truncation unit must be a string');
    if (!isTemporal(value) || value.kind === 'duration') throw temporalTypeError(`Cannot truncate ${describe(value!)}`);
    if (map !== undefined && map !== null && !isMap(map)) throw temporalTypeError('The fields to set must be a map');
    return truncateTemporal(kind, unit, value, map ?? undefined, now);
  };
}

const DURATION_KEYS: Record<string, keyof DurationComponents> = {
  years: 'years',
  quarters: 'quarters',
  months: 'months',
  weeks: 'weeks',
  days: 'days',
  hours: 'hours',
  minutes: 'minutes',
  seconds: 'seconds',
  milliseconds: 'milliseconds',
  microseconds: 'microseconds',
  nanoseconds: 'nanoseconds',
};

const duration: TemporalFunction = (args) => {
  arity('duration', args, 1, 1);
  const arg = args[0]!;
  if (arg === null) return null;
  if (typeof arg === 'string') return parseDuration(arg);
  if (isMap(arg)) {
    const components: DurationComponents = {};
    for (const [key, value] of arg) {
      const field = DURATION_KEYS[key.toLowerCase()];
      if (!field) throw temporalArgumentError(`No such duration field: ${key}`);
      if (value === null) continue;
      if (typeof value !== 'bigint' && typeof value !== 'number')
        throw temporalTypeError(`The duration field ${key} must be a number`);
      components[field] = rational(value);
    }
    return durationFromComponents(components);
  }
  if (isTemporal(arg) && arg.kind === 'duration') return arg;
  throw temporalTypeError(`duration() cannot be built from ${describe(arg)}`);
};

function between(name: string, unit: BetweenUnit): TemporalFunction {
  return (args) => {
    arity(name, args, 2, 2);
    const [a, b] = args;
    if (a === null || b === null) return null;
    const instant = (v: CypherValue | undefined): Instantish => {
      if (v === undefined || !isTemporal(v) || v.kind === 'duration')
        throw temporalTypeError(`${name}() needs two temporal instants`);
      return v;
    };
    return durationBetween(instant(a), instant(b), unit);
  };
}

const fromEpoch: TemporalFunction = (args) => {
  arity('datetime.fromepoch', args, 2, 2);
  const [seconds, nanos] = args;
  if (seconds === null || nanos === null) return null;
  return zonedOfInstant(toBigInt(seconds!, 'seconds') * BIG_NANOS_PER_SECOND + toBigInt(nanos!, 'nanoseconds'));
};

const fromEpochMillis: TemporalFunction = (args) => {
  arity('datetime.fromepochmillis', args, 1, 1);
  const millis = args[0]!;
  if (millis === null) return null;
  return zonedOfInstant(toBigInt(millis, 'milliseconds') * 1_000_000n);
};

function describe(v: CypherValue): string {
  if (v === null) return 'null';
  if (isTemporal(v)) return `a ${v.kind}`;
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Map) return 'a map';
  return `a ${typeof v === 'bigint' ? 'integer' : typeof v === 'number' ? 'float' : typeof v}`;
}

function buildRegistry(): Record<string, TemporalFunction> {
  const registry: Record<string, TemporalFunction> = {
    duration,
    'duration.between': between('duration.between', 'all'),
    'duration.inmonths': between('duration.inMonths', 'months'),
    'duration.indays': between('duration.inDays', 'days'),
    'duration.inseconds': between('duration.inSeconds', 'seconds'),
    'datetime.fromepoch': fromEpoch,
    'datetime.fromepochmillis': fromEpochMillis,
  };
  for (const kind of KINDS) {
    registry[kind] = constructor(kind);
    registry[`${kind}.truncate`] = truncator(kind);
    for (const clockName of ['statement', 'transaction', 'realtime']) registry[`${kind}.${clockName}`] = clock(kind);
  }
  return registry;
}

export const temporalFunctions: Record<string, TemporalFunction> = buildRegistry();
