/**
 * Ordering and equality. Values of the same kind compare; different kinds and durations are
 * incomparable (null). Times and date-times order by instant; equal instants in different zones
 * order by offset, so equality also demands the same zone.
 */
import { NANOS_PER_SECOND } from './calendar.js';
import { sameZone } from './zones.js';
import type { AnyTemporal } from './types.js';

function sign(n: number | bigint): number {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

export function compareTemporal(a: AnyTemporal, b: AnyTemporal): number | null {
  if (a.kind === 'date' && b.kind === 'date') return sign(a.epochDay - b.epochDay);
  if (a.kind === 'localtime' && b.kind === 'localtime') return sign(a.nanoOfDay - b.nanoOfDay);
  if (a.kind === 'time' && b.kind === 'time') {
    const utc = a.nanoOfDay - a.offset * NANOS_PER_SECOND - (b.nanoOfDay - b.offset * NANOS_PER_SECOND);
    return sign(utc) || sign(a.offset - b.offset);
  }
  if (a.kind === 'localdatetime' && b.kind === 'localdatetime') {
    return sign(a.epochDay - b.epochDay) || sign(a.nanoOfDay - b.nanoOfDay);
  }
  if (a.kind === 'datetime' && b.kind === 'datetime')
    return sign(a.epochNanos() - b.epochNanos()) || sign(a.offset - b.offset);
  return null;
}

export function temporalEquals(a: AnyTemporal, b: AnyTemporal): boolean {
  if (a.kind === 'duration' || b.kind === 'duration') {
    return (
      a.kind === 'duration' &&
      b.kind === 'duration' &&
      a.months === b.months &&
      a.days === b.days &&
      a.nanos === b.nanos
    );
  }
  if (compareTemporal(a, b) !== 0) return false;
  return a.kind !== 'datetime' || b.kind !== 'datetime' || sameZone(a.zone, b.zone);
}
