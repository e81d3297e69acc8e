/**
 * The six temporal value types. Dates are epoch days, times nanoseconds of the day, zoned values
 * keep their local fields plus offset (and named zone); durations are months, days and nanoseconds,
 * the way Cypher (and Neo4j) keep them apart because months and days have no fixed length.
 * toString gives Neo4j's ISO form.
 */
import type { TemporalValue } from '../values.js';
import { NANOS_PER_DAY, NANOS_PER_SECOND, floorDiv, formatDate, formatTime } from './calendar.js';
import { UTC, formatOffset, offsetAtInstant, resolveLocal } from './zones.js';
import type { Zone } from './zones.js';

export class DateValue implements TemporalValue {
  readonly kind = 'date' as const;
  constructor(readonly epochDay: number) {}
  toString(): string {
    return formatDate(this.epochDay);
  }
}

export class LocalTimeValue implements TemporalValue {
  readonly kind = 'localtime' as const;
  constructor(readonly nanoOfDay: number) {}
  toString(): string {
    return formatTime(this.nanoOfDay);
  }
}

export class TimeValue implements TemporalValue {
  readonly kind = 'time' as const;
  /** `offset` in seconds east of UTC. */
  constructor(
    readonly nanoOfDay: number,
    readonly offset: number,
  ) {}
  toString(): string {
    return formatTime(this.nanoOfDay) + formatOffset(this.offset);
  }
}

export class LocalDateTimeValue implements TemporalValue {
  readonly kind = 'localdatetime' as const;
  constructor(
    readonly epochDay: number,
    readonly nanoOfDay: number,
  ) {}
  toString(): string {
    return `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}`;
  }
}

export class DateTimeValue implements TemporalValue {
  readonly kind = 'datetime' as const;
  /** Local date and time in `zone`, whose offset at that moment is `offset` seconds. */
  constructor(
    readonly epochDay: number,
    readonly nanoOfDay: number,
    readonly offset: number,
    readonly zone: Zone,
  ) {}
  toString(): string {
    const zoneSuffix = this.zone.kind === 'named' ? `[${this.zone.id}]` : '';
    return `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}${formatOffset(this.offset)}${zoneSuffix}`;
  }
  /** Nanoseconds since 1970-01-01T00:00Z. */
  epochNanos(): bigint {
    return (
      BigInt(this.epochDay) * BIG_NANOS_PER_DAY + BigInt(this.nanoOfDay) - BigInt(this.offset) * BIG_NANOS_PER_SECOND
    );
  }
}

export class DurationValue implements TemporalValue {
  readonly kind = 'duration' as const;
  constructor(
    readonly months: number,
    readonly days: number,
    readonly nanos: bigint,
  ) {}
  toString(): string {
    return formatDuration(this.months, this.days, this.nanos);
  }
}

export type AnyTemporal = DateValue | LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue | DurationValue;
export type Instantish = DateValue | LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue;

export const BIG_NANOS_PER_SECOND = BigInt(NANOS_PER_SECOND);
export const BIG_NANOS_PER_DAY = BigInt(NANOS_PER_DAY);

export function isTemporal(v: unknown): v is AnyTemporal {
  return (
    v instanceof DateValue ||
    v instanceof LocalTimeValue ||
    v instanceof TimeValue ||
    v instanceof LocalDateTimeValue ||
    v instanceof DateTimeValue ||
    v instanceof DurationValue
  );
}

export function hasDate(v: AnyTemporal): v is DateValue | LocalDateTimeValue | DateTimeValue {
  return v.kind === 'date' || v.kind === 'localdatetime' || v.kind === 'datetime';
}

export function hasTime(v: AnyTemporal): v is LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue {
  return v.kind === 'localtime' || v.kind === 'time' || v.kind === 'localdatetime' || v.kind === 'datetime';
}

/** A zoned date-time from local fields, resolving gaps and overlaps as java.time does. */
export function zonedOfLocal(epochDay: number, nanoOfDay: number, zone: Zone, preferredOffset?: number): DateTimeValue {
  const r = resolveLocal(zone, epochDay, nanoOfDay, preferredOffset);
  return new DateTimeValue(r.epochDay, r.nanoOfDay, r.offset, zone);
}

/** A zoned date-time at an instant (nanoseconds since the epoch) seen in `zone`. */
export function zonedOfInstant(epochNanos: bigint, zone: Zone = UTC): DateTimeValue {
  const epochSecond = Number(floorDivBig(epochNanos, BIG_NANOS_PER_SECOND));
  const offset = offsetAtInstant(zone, epochSecond);
  const local = epochNanos + BigInt(offset) * BIG_NANOS_PER_SECOND;
  const epochDay = floorDivBig(local, BIG_NANOS_PER_DAY);
  return new DateTimeValue(Number(epochDay), Number(local - epochDay * BIG_NANOS_PER_DAY), offset, zone);
}

export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function normalizeNanoOfDay(nanos: number): { carryDays: number; nanoOfDay: number } {
  const carryDays = floorDiv(nanos, NANOS_PER_DAY);
  return { carryDays, nanoOfDay: nanos - carryDays * NANOS_PER_DAY };
}

function formatDuration(months: number, days: number, nanos: bigint): string {
  if (months === 0 && days === 0 && nanos === 0n) return 'PT0S';
  const years = Math.trunc(months / 12);
  const restMonths = months % 12;
  let out = 'P';
  if (years !== 0) out += `${years}Y`;
  if (restMonths !== 0) out += `${restMonths}M`;
  if (days !== 0) out += `${days}D`;
  if (nanos !== 0n) {
    out += 'T';
    const hours = nanos / 3_600_000_000_000n;
    const minutes = (nanos % 3_600_000_000_000n) / 60_000_000_000n;
    const secondsNanos = nanos % 60_000_000_000n;
    if (hours !== 0n) out += `${hours}H`;
    if (minutes !== 0n) out += `${minutes}M`;
    if (secondsNanos !== 0n) out += `${formatSeconds(secondsNanos)}S`;
  }
  return out;
}

function formatSeconds(nanos: bigint): string {
  const negative = nanos < 0n;
  const abs = negative ? -nanos : nanos;
  const whole = abs / BIG_NANOS_PER_SECOND;
  const fraction = abs % BIG_NANOS_PER_SECOND;
  const digits = fraction === 0n ? '' : '.' + fraction.toString().padStart(9, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${digits}`;
}
