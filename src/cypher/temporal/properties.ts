/** Component access on temporal values: `d.year`, `t.offsetMinutes`, `dur.monthsOfYear`, … */
import type { CypherValue } from '../values.js';
import { dateOfEpochDay, dayOfQuarter, ordinalDay, quarterOf, timeFields, weekFields } from './calendar.js';
import { BIG_NANOS_PER_SECOND, floorDivBig, hasDate, hasTime } from './types.js';
import type { AnyTemporal, DurationValue } from './types.js';
import { formatOffset, zoneName } from './zones.js';

const big = (n: number): bigint => BigInt(n);

function dateProperty(epochDay: number, key: string): CypherValue | undefined {
  const { year, month, day } = dateOfEpochDay(epochDay);
  switch (key) {
    case 'year':
      return big(year);
    case 'quarter':
      return big(quarterOf(month));
    case 'month':
      return big(month);
    case 'week':
      return big(weekFields(epochDay).week);
    case 'weekyear':
      return big(weekFields(epochDay).weekYear);
    case 'day':
      return big(day);
    case 'ordinalday':
      return big(ordinalDay(epochDay));
    case 'weekday':
    case 'dayofweek':
      return big(weekFields(epochDay).dayOfWeek);
    case 'dayofquarter':
      return big(dayOfQuarter(epochDay));
    default:
      return undefined;
  }
}

function timeProperty(nanoOfDay: number, key: string): CypherValue | undefined {
  const t = timeFields(nanoOfDay);
  switch (key) {
    case 'hour':
      return big(t.hour);
    case 'minute':
      return big(t.minute);
    case 'second':
      return big(t.second);
    case 'millisecond':
      return big(Math.floor(t.nanosecond / 1_000_000));
    case 'microsecond':
      return big(Math.floor(t.nanosecond / 1000));
    case 'nanosecond':
      return big(t.nanosecond);
    default:
      return undefined;
  }
}

function zoneProperty(v: AnyTemporal, key: string): CypherValue | undefined {
  if (v.kind !== 'time' && v.kind !== 'datetime') return undefined;
  switch (key) {
    case 'timezone':
      return v.kind === 'datetime' ? zoneName(v.zone) : formatOffset(v.offset);
    case 'offset':
      return formatOffset(v.offset);
    case 'offsetminutes':
      return big(Math.trunc(v.offset / 60));
    case 'offsetseconds':
      return big(v.offset);
  }
  if (v.kind === 'datetime') {
    const nanos = v.epochNanos();
    if (key === 'epochseconds') return floorDivBig(nanos, BIG_NANOS_PER_SECOND);
    if (key === 'epochmillis') return floorDivBig(nanos, 1_000_000n);
  }
  return undefined;
}

function durationProperty(d: DurationValue, key: string): CypherValue | undefined {
  const months = big(d.months);
  const days = big(d.days);
  const seconds = floorDivBig(d.nanos, BIG_NANOS_PER_SECOND);
  const nanoOfSecond = d.nanos - seconds * BIG_NANOS_PER_SECOND;
  switch (key) {
    case 'years':
      return months / 12n;
    case 'quarters':
      return months / 3n;
    case 'months':
      return months;
    case 'weeks':
      return days / 7n;
    case 'days':
      return days;
    case 'hours':
      return seconds / 3600n;
    case 'minutes':
      return seconds / 60n;
    case 'seconds':
      return seconds;
    case 'milliseconds':
      return seconds * 1000n + nanoOfSecond / 1_000_000n;
    case 'microseconds':
      return seconds * 1_000_000n + nanoOfSecond / 1000n;
    case 'nanoseconds':
      return seconds * BIG_NANOS_PER_SECOND + nanoOfSecond;
    case 'quartersofyear':
      return (months / 3n) % 4n;
    case 'monthsofquarter':
      return months % 3n;
    case 'monthsofyear':
      return months % 12n;
    case 'daysofweek':
      return days % 7n;
    case 'minutesofhour':
      return (seconds / 60n) % 60n;
    case 'secondsofminute':
      return seconds % 60n;
    case 'millisecondsofsecond':
      return nanoOfSecond / 1_000_000n;
    case 'microsecondsofsecond':
      return nanoOfSecond / 1000n;
    case 'nanosecondsofsecond':
      return nanoOfSecond;
    default:
      return undefined;
  }
}

/** The named component, or undefined when the value has no such component. Keys are case-insensitive. */
export function temporalProperty(v: AnyTemporal, keyText: string): CypherValue | undefined {
  const key = keyText.toLowerCase();
  if (v.kind === 'duration') return durationProperty(v, key);
  return (
    (hasDate(v) ? dateProperty(v.epochDay, key) : undefined) ??
    (hasTime(v) ? timeProperty(v.nanoOfDay, key) : undefined) ??
    zoneProperty(v, key)
  );
}
