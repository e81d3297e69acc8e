/**
 * Temporal arithmetic: instant ± duration (months first, then days, then the exact time part,
 * as java.time and Neo4j do), duration ± duration, and durations between two instants.
 */
import { monthsUntil, plusMonths } from './calendar.js';
import { addDurations, durationOf, ZERO } from './duration.js';
import {
  BIG_NANOS_PER_DAY,
  DateValue,
  LocalDateTimeValue,
  LocalTimeValue,
  TimeValue,
  zonedOfInstant,
  zonedOfLocal,
} from './types.js';
import type { Instantish, DurationValue } from './types.js';
import { resolveLocal } from './zones.js';
import type { Zone } from './zones.js';

const BIG_DAY = BIG_NANOS_PER_DAY;

function nanoOfDayPlus(nanoOfDay: number, nanos: bigint): number {
  const shifted = (BigInt(nanoOfDay) + (nanos % BIG_DAY) + BIG_DAY) % BIG_DAY;
  return Number(shifted);
}

/** `value + sign * duration`. */
export function plusDuration(value: Instantish, d: DurationValue, sign: 1 | -1): Instantish {
  const months = sign * d.months;
  const days = sign * d.days;
  const nanos = BigInt(sign) * d.nanos;
  switch (value.kind) {
    case 'date':
      return new DateValue(plusMonths(value.epochDay, months) + days + Number(nanos / BIG_DAY));
    case 'localtime':
      return new LocalTimeValue(nanoOfDayPlus(value.nanoOfDay, nanos));
    case 'time':
      return new TimeValue(nanoOfDayPlus(value.nanoOfDay, nanos), value.offset);
    case 'localdatetime': {
      const day = plusMonths(value.epochDay, months) + days;
      const total = BigInt(day) * BIG_DAY + BigInt(value.nanoOfDay) + nanos;
      const epochDay = floorDivBigToNumber(total, BIG_DAY);
      return new LocalDateTimeValue(epochDay, Number(total - BigInt(epochDay) * BIG_DAY));
    }
    case 'datetime': {
      const shifted = zonedOfLocal(
        plusMonths(value.epochDay, months) + days,
        value.nanoOfDay,
        value.zone,
        value.offset,
      );
      return nanos === 0n ? shifted : zonedOfInstant(shifted.epochNanos() + nanos, value.zone);
    }
  }
}

function floorDivBigToNumber(a: bigint, b: bigint): number {
  const q = a / b;
  return Number(a % b !== 0n && a < 0n ? q - 1n : q);
}

export function sumDurations(a: DurationValue, b: DurationValue, sign: 1 | -1): DurationValue {
  return addDurations(a, b, sign);
}

/** A point on the time line as `between` needs it: optional date, time of day, optional zone. */
interface Point {
  epochDay: number | undefined;
  nanoOfDay: number;
  zone: Zone | undefined;
}

function pointOf(v: Instantish): Point {
  switch (v.kind) {
    case 'date':
      return { epochDay: v.epochDay, nanoOfDay: 0, zone: undefined };
    case 'localtime':
      return { epochDay: undefined, nanoOfDay: v.nanoOfDay, zone: undefined };
    case 'time':
      return { epochDay: undefined, nanoOfDay: v.nanoOfDay, zone: { kind: 'offset', seconds: v.offset } };
    case 'localdatetime':
      return { epochDay: v.epochDay, nanoOfDay: v.nanoOfDay, zone: undefined };
    case 'datetime':
      return { epochDay: v.epochDay, nanoOfDay: v.nanoOfDay, zone: v.zone };
  }
}

/** Nanoseconds since the epoch; a point without a zone counts as UTC (both sides agree on that). */
function instantOf(epochDay: number, nanoOfDay: number, zone: Zone | undefined): bigint {
  if (!zone) return BigInt(epochDay) * BIG_DAY + BigInt(nanoOfDay);
  const r = resolveLocal(zone, epochDay, nanoOfDay);
  return BigInt(r.epochDay) * BIG_DAY + BigInt(r.nanoOfDay) - BigInt(r.offset) * 1_000_000_000n;
}

/** Local fields of an instant seen in a zone (or as-is without one). */
function localOf(instant: bigint, zone: Zone | undefined): { epochDay: number; nanoOfDay: number } {
  if (!zone) {
    const epochDay = floorDivBigToNumber(instant, BIG_DAY);
    return { epochDay, nanoOfDay: Number(instant - BigInt(epochDay) * BIG_DAY) };
  }
  const z = zonedOfInstant(instant, zone);
  return { epochDay: z.epochDay, nanoOfDay: z.nanoOfDay };
}

/** java.time LocalDateTime.until for MONTHS or DAYS: whole units, the time of day breaking ties. */
function dateUnitsUntil(
  from: { epochDay: number; nanoOfDay: number },
  to: { epochDay: number; nanoOfDay: number },
  unit: 'months' | 'days',
): number {
  let endDay = to.epochDay;
  if (endDay > from.epochDay && to.nanoOfDay < from.nanoOfDay) endDay -= 1;
  else if (endDay < from.epochDay && to.nanoOfDay > from.nanoOfDay) endDay += 1;
  return unit === 'months' ? monthsUntil(from.epochDay, endDay) : endDay - from.epochDay;
}

export type BetweenUnit = 'all' | 'months' | 'days' | 'seconds';

const int = (v: bigint | number) => ({ n: BigInt(v), d: 1n });

/** duration.between / inMonths / inDays / inSeconds. */
export function durationBetween(a: Instantish, b: Instantish, unit: BetweenUnit): DurationValue {
  const from = pointOf(a);
  const to = pointOf(b);
  const zone = from.zone ?? to.zone;
  const fromZone = from.zone ?? zone;
  const toZone = to.zone ?? zone;
  if (from.epochDay === undefined || to.epochDay === undefined) {
    if (unit === 'months' || unit === 'days') return durationOf(ZERO, ZERO, ZERO);
    const day = from.epochDay ?? to.epochDay ?? 0;
    const nanos =
      instantOf(to.epochDay ?? day, to.nanoOfDay, toZone) - instantOf(from.epochDay ?? day, from.nanoOfDay, fromZone);
    return durationOf(ZERO, ZERO, int(nanos));
  }
  const fromInstant = instantOf(from.epochDay, from.nanoOfDay, fromZone);
  const toInstant = instantOf(to.epochDay, to.nanoOfDay, toZone);
  if (unit === 'seconds') return durationOf(ZERO, ZERO, int(toInstant - fromInstant));
  const fromLocal = localOf(fromInstant, fromZone);
  const toLocal = localOf(toInstant, fromZone);
  if (unit === 'days') return durationOf(ZERO, int(dateUnitsUntil(fromLocal, toLocal, 'days')), ZERO);
  const months = dateUnitsUntil(fromLocal, toLocal, 'months');
  if (unit === 'months') return durationOf(int(months), ZERO, ZERO);
  const afterMonths = { epochDay: plusMonths(fromLocal.epochDay, months), nanoOfDay: fromLocal.nanoOfDay };
  const days = dateUnitsUntil(afterMonths, toLocal, 'days');
  const afterDays = instantOf(afterMonths.epochDay + days, afterMonths.nanoOfDay, fromZone);
  return durationOf(int(months), int(days), int(toInstant - afterDays));
}
