/**
 * `<kind>.truncate(unit, value[, map])`: cut a value down to a unit (millennium … microsecond),
 * then override fields from the map; a timezone in the map replaces the zone, keeping local time.
 */
import type { CypherMap } from '../values.js';
import {
  NANOS_PER_DAY,
  dateOfEpochDay,
  epochDayOf,
  floorDiv,
  quarterOf,
  weekFields,
  weekYearStart,
  dayOfWeek,
} from './calendar.js';
import { baseKey, fromMap } from './construct.js';
import type { InstantKind } from './construct.js';
import { temporalArgumentError } from './errors.js';
import { DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue, hasDate, hasTime, zonedOfLocal } from './types.js';
import type { Instantish } from './types.js';
import { UTC } from './zones.js';
import type { Zone } from './zones.js';

const DATE_UNITS = ['millennium', 'century', 'decade', 'year', 'weekyear', 'quarter', 'month', 'week', 'day'] as const;
const TIME_UNITS: Record<string, number> = {
  hour: 3_600_000_000_000,
  minute: 60_000_000_000,
  second: 1_000_000_000,
  millisecond: 1_000_000,
  microsecond: 1000,
};

function truncateDate(epochDay: number, unit: string): number {
  const { year, month } = dateOfEpochDay(epochDay);
  switch (unit) {
    case 'millennium':
      return epochDayOf(floorDiv(year, 1000) * 1000, 1, 1);
    case 'century':
      return epochDayOf(floorDiv(year, 100) * 100, 1, 1);
    case 'decade':
      return epochDayOf(floorDiv(year, 10) * 10, 1, 1);
    case 'year':
      return epochDayOf(year, 1, 1);
    case 'weekyear':
      return weekYearStart(weekFields(epochDay).weekYear);
    case 'quarter':
      return epochDayOf(year, (quarterOf(month) - 1) * 3 + 1, 1);
    case 'month':
      return epochDayOf(year, month, 1);
    case 'week':
      return epochDay - (dayOfWeek(epochDay) - 1);
    default:
      return epochDay;
  }
}

export function truncateTemporal(
  kind: InstantKind,
  unitText: string,
  value: Instantish,
  map: CypherMap | undefined,
  now: Date,
): Instantish {
  const unit = unitText.toLowerCase();
  const isDateUnit = (DATE_UNITS as readonly string[]).includes(unit);
  if (!isDateUnit && TIME_UNITS[unit] === undefined)
    throw temporalArgumentError(`Unknown truncation unit '${unitText}'`);
  if (kind === 'date' && !isDateUnit) throw temporalArgumentError(`A date cannot be truncated to ${unitText}`);
  if ((kind === 'localtime' || kind === 'time') && isDateUnit && unit !== 'day') {
    throw temporalArgumentError(`A time cannot be truncated to ${unitText}`);
  }
  const epochDay = hasDate(value) ? value.epochDay : undefined;
  if (epochDay === undefined && (kind === 'date' || kind === 'localdatetime' || kind === 'datetime')) {
    throw temporalArgumentError(`Cannot truncate a ${value.kind} to a ${kind}`);
  }
  const nanoOfDay = hasTime(value) ? value.nanoOfDay : 0;
  const truncatedNanos = isDateUnit ? 0 : nanoOfDay - (nanoOfDay % TIME_UNITS[unit]!);
  const truncatedDay = epochDay === undefined ? 0 : isDateUnit ? truncateDate(epochDay, unit) : epochDay;
  const zone: Zone | undefined =
    value.kind === 'datetime'
      ? value.zone
      : value.kind === 'time'
        ? { kind: 'offset', seconds: value.offset }
        : undefined;
  const offset = value.kind === 'datetime' || value.kind === 'time' ? value.offset : 0;
  const truncated = build(kind, truncatedDay, truncatedNanos % NANOS_PER_DAY, zone, offset);
  if (!map || map.size === 0) return truncated;
  return fromMap(kind, new Map([[baseKey(kind), truncated], ...map]), now, 'replace');
}

function build(
  kind: InstantKind,
  epochDay: number,
  nanoOfDay: number,
  zone: Zone | undefined,
  offset: number,
): Instantish {
  switch (kind) {
    case 'date':
      return new DateValue(epochDay);
    case 'localtime':
      return new LocalTimeValue(nanoOfDay);
    case 'time':
      return new TimeValue(nanoOfDay, offset);
    case 'localdatetime':
      return new LocalDateTimeValue(epochDay, nanoOfDay);
    case 'datetime':
      return zonedOfLocal(epochDay, nanoOfDay, zone ?? UTC);
  }
}
