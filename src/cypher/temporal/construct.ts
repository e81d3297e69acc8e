/**
 * Building temporal values from maps: fields ({year, month, day, hour, …, timezone}), other
 * temporals to select from ({date: d, time: t, datetime: dt}) overridden field by field, and the
 * week ({year, week, dayOfWeek}), ordinal ({year, ordinalDay}) and quarter forms.
 */
import type { CypherMap, CypherValue } from '../values.js';
import {
  NANOS_PER_DAY,
  NANOS_PER_SECOND,
  dateOfEpochDay,
  dayOfQuarter,
  daysInMonth,
  daysInYear,
  epochDayOf,
  quarterOf,
  timeFields,
  weekFields,
  weekYearStart,
  weeksInWeekYear,
} from './calendar.js';
import { temporalArgumentError, temporalTypeError } from './errors.js';
import { MAX_YEAR, MIN_YEAR, checkRange } from './parse.js';
import {
  BIG_NANOS_PER_SECOND,
  DateValue,
  LocalDateTimeValue,
  LocalTimeValue,
  TimeValue,
  hasDate,
  hasTime,
  isTemporal,
  zonedOfInstant,
  zonedOfLocal,
} from './types.js';
import type { AnyTemporal, Instantish } from './types.js';
import { UTC, offsetAtInstant, parseZone } from './zones.js';
import type { Zone } from './zones.js';

export type InstantKind = 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime';

/** Whether a map's timezone converts a zoned source (selection) or replaces its zone (truncation). */
export type ZoneMode = 'convert' | 'replace';

const DATE_KEYS = ['year', 'month', 'day', 'week', 'dayofweek', 'ordinalday', 'quarter', 'dayofquarter'];
const TIME_KEYS = ['hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'];
const KNOWN_KEYS = new Set([
  ...DATE_KEYS,
  ...TIME_KEYS,
  'timezone',
  'date',
  'time',
  'datetime',
  'epochseconds',
  'epochmillis',
]);

/** The map's entries keyed by lower-case name; unknown keys are rejected. */
function fieldsOf(map: CypherMap): Map<string, CypherValue> {
  const fields = new Map<string, CypherValue>();
  for (const [key, value] of map) {
    const k = key.toLowerCase();
    if (!KNOWN_KEYS.has(k)) throw temporalArgumentError(`No such field: ${key}`);
    if (value !== null) fields.set(k, value);
  }
  return fields;
}

function intField(fields: Map<string, CypherValue>, key: string): number | undefined {
  const v = fields.get(key);
  if (v === undefined) return undefined;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw temporalTypeError(`The field ${key} must be an integer, got ${String(v)}`);
}

function temporalField(fields: Map<string, CypherValue>, key: string): AnyTemporal | undefined {
  const v = fields.get(key);
  if (v === undefined) return undefined;
  if (!isTemporal(v) || v.kind === 'duration') throw temporalTypeError(`The field ${key} must be a temporal value`);
  return v;
}

interface TimeSource {
  readonly nanoOfDay: number;
  /** Present when the source carries a zone (TIME or DATETIME). */
  readonly zone?: Zone;
  readonly offset?: number;
}

function timeSourceOf(v: AnyTemporal): TimeSource | undefined {
  if (v.kind === 'time')
    return { nanoOfDay: v.nanoOfDay, zone: { kind: 'offset', seconds: v.offset }, offset: v.offset };
  if (v.kind === 'datetime') return { nanoOfDay: v.nanoOfDay, zone: v.zone, offset: v.offset };
  if (v.kind === 'localtime' || v.kind === 'localdatetime') return { nanoOfDay: v.nanoOfDay };
  return undefined;
}

/** The date part: calendar, week, ordinal or quarter form, each field defaulting to the base date's. */
function buildDate(fields: Map<string, CypherValue>, base: number | undefined): number {
  const year = intField(fields, 'year');
  const week = intField(fields, 'week');
  const dayOfWeekField = intField(fields, 'dayofweek');
  const ordinal = intField(fields, 'ordinalday');
  const quarter = intField(fields, 'quarter');
  const dayOfQuarterField = intField(fields, 'dayofquarter');
  if (base === undefined && year === undefined) throw temporalArgumentError('A date needs at least a year');
  if (year !== undefined) checkRange('Year', year, MIN_YEAR, MAX_YEAR);
  if (week !== undefined || dayOfWeekField !== undefined) {
    const b = base === undefined ? undefined : weekFields(base);
    const weekYear = year ?? b!.weekYear;
    const w = checkRange('WeekOfWeekBasedYear', week ?? b?.week ?? 1, 1, weeksInWeekYear(weekYear));
    const d = checkRange('DayOfWeek', dayOfWeekField ?? b?.dayOfWeek ?? 1, 1, 7);
    return weekYearStart(weekYear) + (w - 1) * 7 + (d - 1);
  }
  const b = base === undefined ? undefined : dateOfEpochDay(base);
  const y = year ?? b!.year;
  if (ordinal !== undefined) {
    return epochDayOf(y, 1, 1) + checkRange('DayOfYear', ordinal, 1, daysInYear(y)) - 1;
  }
  if (quarter !== undefined || dayOfQuarterField !== undefined) {
    const q = checkRange('QuarterOfYear', quarter ?? (b ? quarterOf(b.month) : 1), 1, 4);
    const firstDay = epochDayOf(y, (q - 1) * 3 + 1, 1);
    const length = epochDayOf(q === 4 ? y + 1 : y, q === 4 ? 1 : q * 3 + 1, 1) - firstDay;
    const dq = checkRange(
      'DayOfQuarter',
      dayOfQuarterField ?? (base !== undefined ? dayOfQuarter(base) : 1),
      1,
      length,
    );
    return firstDay + dq - 1;
  }
  const month = checkRange('MonthOfYear', intField(fields, 'month') ?? b?.month ?? 1, 1, 12);
  const day = checkRange('DayOfMonth', intField(fields, 'day') ?? b?.day ?? 1, 1, daysInMonth(y, month));
  return epochDayOf(y, month, day);
}

/** The time part; sub-second fields are milli, micro-within-milli and nano-within-micro parts. */
function buildTime(fields: Map<string, CypherValue>, base: number | undefined): number {
  const b = timeFields(base ?? 0);
  const hour = checkRange('HourOfDay', intField(fields, 'hour') ?? b.hour, 0, 23);
  const minute = checkRange('MinuteOfHour', intField(fields, 'minute') ?? b.minute, 0, 59);
  const second = checkRange('SecondOfMinute', intField(fields, 'second') ?? b.second, 0, 59);
  const ms = intField(fields, 'millisecond');
  const us = intField(fields, 'microsecond');
  const ns = intField(fields, 'nanosecond');
  let nano = b.nanosecond;
  if (ms !== undefined || us !== undefined || ns !== undefined) {
    const baseMs = Math.floor(b.nanosecond / 1_000_000);
    const baseUs = Math.floor(b.nanosecond / 1000) % 1000;
    const baseNs = b.nanosecond % 1000;
    nano =
      checkRange('MilliOfSecond', ms ?? baseMs, 0, 999) * 1_000_000 +
      checkRange('MicroOfSecond', us ?? baseUs, 0, ms === undefined ? 999_999 : 999) * 1000 +
      checkRange('NanoOfSecond', ns ?? baseNs, 0, ms === undefined && us === undefined ? 999_999_999 : 999);
    if (nano >= NANOS_PER_SECOND) throw temporalArgumentError('Sub-second fields add up to a second or more');
  }
  return ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + nano;
}

function hasAny(fields: Map<string, CypherValue>, keys: readonly string[]): boolean {
  return keys.some((k) => fields.has(k));
}

function zoneField(fields: Map<string, CypherValue>): Zone | undefined {
  const v = fields.get('timezone');
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw temporalTypeError('The field timezone must be a string');
  return parseZone(v);
}

/** "Now" in a zone, as the kind asked for. */
export function nowValue(kind: InstantKind, now: Date, zone: Zone = UTC): Instantish {
  const instant = BigInt(now.getTime()) * 1_000_000n;
  return convertKind(zonedOfInstant(instant, zone), kind);
}

/** Projects a value onto another kind (date(datetime), localtime(time), datetime(localdatetime), …). */
export function convertKind(v: AnyTemporal, kind: InstantKind): Instantish {
  return fromMap(kind, new Map([[baseKey(kind), v]]), new Date(0), 'convert');
}

/** The map key under which a value of `kind` is selected from: date, time or datetime. */
export function baseKey(kind: InstantKind): 'date' | 'time' | 'datetime' {
  if (kind === 'date') return 'date';
  return kind === 'localtime' || kind === 'time' ? 'time' : 'datetime';
}

export function fromMap(kind: InstantKind, map: CypherMap, now: Date, mode: ZoneMode): Instantish {
  const fields = fieldsOf(map);
  const zone = zoneField(fields);
  if (fields.size === (zone ? 1 : 0)) return nowValue(kind, now, zone);
  if (fields.has('epochseconds') || fields.has('epochmillis')) return fromEpochFields(kind, fields, zone);

  const datetimeSource = temporalField(fields, 'datetime');
  const dateSource = temporalField(fields, 'date') ?? datetimeSource;
  const timeSource = temporalField(fields, 'time') ?? datetimeSource;
  const baseDate = dateSource && hasDate(dateSource) ? dateSource.epochDay : undefined;
  if (dateSource && baseDate === undefined) throw temporalTypeError(`Cannot select a date from a ${dateSource.kind}`);
  const source = timeSource ? timeSourceOf(timeSource) : undefined;

  const needsDate = kind === 'date' || kind === 'localdatetime' || kind === 'datetime';
  const needsTime = kind !== 'date';
  if (!needsTime && hasAny(fields, TIME_KEYS)) throw temporalArgumentError('A date has no time fields');
  if (!needsDate && hasAny(fields, DATE_KEYS)) throw temporalArgumentError(`A ${kind} has no date fields`);
  if (needsDate && timeSource && !hasDate(timeSource) && baseDate === undefined && !hasAny(fields, DATE_KEYS)) {
    throw temporalArgumentError(`A ${kind} needs a date`);
  }

  const epochDay = needsDate ? buildDate(fields, baseDate) : 0;
  const nanoOfDay = needsTime ? buildTime(fields, source?.nanoOfDay) : 0;

  switch (kind) {
    case 'date':
      return new DateValue(epochDay);
    case 'localtime':
      return new LocalTimeValue(nanoOfDay);
    case 'localdatetime':
      return new LocalDateTimeValue(epochDay, nanoOfDay);
    case 'time': {
      const sourceOffset = source?.zone ? offsetOfTimeZone(source, now) : undefined;
      const targetOffset = zone
        ? zone.kind === 'offset'
          ? zone.seconds
          : offsetAtInstant(zone, now.getTime() / 1000)
        : undefined;
      if (sourceOffset !== undefined && targetOffset !== undefined && mode === 'convert') {
        const shifted = nanoOfDay + (targetOffset - sourceOffset) * NANOS_PER_SECOND;
        return new TimeValue(((shifted % NANOS_PER_DAY) + NANOS_PER_DAY) % NANOS_PER_DAY, targetOffset);
      }
      return new TimeValue(nanoOfDay, targetOffset ?? sourceOffset ?? 0);
    }
    case 'datetime': {
      if (source?.zone && zone && mode === 'convert') {
        const local = zonedOfLocal(epochDay, nanoOfDay, source.zone);
        return zonedOfInstant(local.epochNanos(), zone);
      }
      return zonedOfLocal(epochDay, nanoOfDay, zone ?? source?.zone ?? UTC);
    }
  }
}

function offsetOfTimeZone(source: TimeSource, now: Date): number {
  if (source.offset !== undefined) return source.offset;
  return source.zone ? offsetAtInstant(source.zone, now.getTime() / 1000) : 0;
}

function fromEpochFields(kind: InstantKind, fields: Map<string, CypherValue>, zone: Zone | undefined): Instantish {
  const seconds = fields.get('epochseconds');
  const millis = fields.get('epochmillis');
  const nanos = intField(fields, 'nanosecond') ?? 0;
  let instant: bigint;
  if (seconds !== undefined) instant = toBigInt(seconds, 'epochSeconds') * BIG_NANOS_PER_SECOND + BigInt(nanos);
  else instant = toBigInt(millis!, 'epochMillis') * 1_000_000n + BigInt(nanos);
  return convertKind(zonedOfInstant(instant, zone ?? UTC), kind);
}

export function toBigInt(v: CypherValue, name: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw temporalTypeError(`${name} must be an integer`);
}

/** The kinds that can be selected from: date needs a date, times need a time. */
export function selectable(v: AnyTemporal, kind: InstantKind): boolean {
  if (v.kind === 'duration') return false;
  if (kind === 'date') return hasDate(v);
  if (kind === 'localtime' || kind === 'time') return hasTime(v);
  return true;
}
