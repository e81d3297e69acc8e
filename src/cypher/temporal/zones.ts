/**
 * Time zones: fixed offsets (+01:00, Z) and named IANA zones (Europe/Stockholm), resolved with the
 * ICU data Node ships (Intl), including historic local mean time such as +00:53:28.
 */
import { NANOS_PER_DAY, NANOS_PER_SECOND, epochDayOf, floorDiv, pad2 } from './calendar.js';
import { temporalArgumentError } from './errors.js';

export type Zone =
  { readonly kind: 'offset'; readonly seconds: number } | { readonly kind: 'named'; readonly id: string };

export const UTC: Zone = { kind: 'offset', seconds: 0 };

const MAX_OFFSET = 18 * 3600;
const OFFSET_RE = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?$/;

/** Parses `Z`, `+01`, `+0100`, `+01:00`, `+01:00:30`; null when the text is not an offset. */
export function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const m = OFFSET_RE.exec(text);
  if (!m) return null;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  if (Number(m[3] ?? 0) > 59 || Number(m[4] ?? 0) > 59 || seconds > MAX_OFFSET) {
    throw temporalArgumentError(`Invalid time zone offset '${text}'`);
  }
  return m[1] === '-' ? -seconds : seconds;
}

export function parseZone(text: string): Zone {
  const offset = parseOffset(text.trim());
  if (offset !== null) return { kind: 'offset', seconds: offset };
  const id = text.trim();
  formatterFor(id); // validates
  return { kind: 'named', id };
}

export function formatOffset(seconds: number): string {
  if (seconds === 0) return 'Z';
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor(abs / 60) % 60;
  const s = abs % 60;
  return `${seconds < 0 ? '-' : '+'}${pad2(h)}:${pad2(m)}${s ? ':' + pad2(s) : ''}`;
}

export function zoneName(zone: Zone): string {
  return zone.kind === 'named' ? zone.id : formatOffset(zone.seconds);
}

export function sameZone(a: Zone, b: Zone): boolean {
  return a.kind === 'named' ? b.kind === 'named' && a.id === b.id : b.kind === 'offset' && a.seconds === b.seconds;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(id: string): Intl.DateTimeFormat {
  let f = formatters.get(id);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: id,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw temporalArgumentError(`Unknown time zone '${id}'`);
    }
    formatters.set(id, f);
  }
  return f;
}

/** JS Dates reach ±8.64e15 ms; beyond that the zone's offset at the edge is used. */
const MAX_EPOCH_SECOND = 8.64e12 - 86_400;

/** Zones change offset at most once in a quarter hour, so an offset shared by both ends of one holds throughout. */
const BUCKET_SECONDS = 900;
const MAX_CACHED_BUCKETS = 100_000;
/** Per zone: bucket number → its offset, or null when the offset changes inside the bucket. */
const bucketOffsets = new Map<string, Map<number, number | null>>();

/** The offset in seconds of a zone at an instant (seconds since the epoch, UTC). */
export function offsetAtInstant(zone: Zone, epochSecond: number): number {
  if (zone.kind === 'offset') return zone.seconds;
  const t = Math.max(-MAX_EPOCH_SECOND, Math.min(MAX_EPOCH_SECOND, Math.floor(epochSecond)));
  let buckets = bucketOffsets.get(zone.id);
  if (!buckets || buckets.size > MAX_CACHED_BUCKETS) {
    buckets = new Map();
    bucketOffsets.set(zone.id, buckets);
  }
  const bucket = Math.floor(t / BUCKET_SECONDS);
  let cached = buckets.get(bucket);
  if (cached === undefined) {
    const start = exactOffset(zone.id, bucket * BUCKET_SECONDS);
    cached = start === exactOffset(zone.id, bucket * BUCKET_SECONDS + BUCKET_SECONDS - 1) ? start : null;
    buckets.set(bucket, cached);
  }
  return cached ?? exactOffset(zone.id, t);
}

function exactOffset(id: string, t: number): number {
  const parts = formatterFor(id).formatToParts(new Date(t * 1000));
  const field = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = era === 'BC' || era === 'B' ? 1 - field('year') : field('year');
  const localSeconds =
    epochDayOf(year, field('month'), field('day')) * 86_400 +
    field('hour') * 3600 +
    field('minute') * 60 +
    field('second');
  return localSeconds - t;
}

/**
 * Resolves a local date-time in a zone the way java.time does: in an overlap the preferred offset
 * (when valid) or else the earlier one wins; in a gap the local time moves forward by the gap's length.
 */
export function resolveLocal(
  zone: Zone,
  epochDay: number,
  nanoOfDay: number,
  preferredOffset?: number,
): { epochDay: number; nanoOfDay: number; offset: number } {
  if (zone.kind === 'offset') return { epochDay, nanoOfDay, offset: zone.seconds };
  const local = epochDay * 86_400 + Math.floor(nanoOfDay / NANOS_PER_SECOND);
  const before = offsetAtInstant(zone, local - 86_400 * 1.5);
  const after = offsetAtInstant(zone, local + 86_400 * 1.5);
  const valid = [before, after].filter((o) => offsetAtInstant(zone, local - o) === o);
  if (preferredOffset !== undefined && valid.includes(preferredOffset))
    return { epochDay, nanoOfDay, offset: preferredOffset };
  if (valid.length > 0) return { epochDay, nanoOfDay, offset: valid[0]! };
  // A gap: shift forward by its length and take the later offset.
  const shifted = nanoOfDay + (after - before) * NANOS_PER_SECOND;
  const carry = floorDiv(shifted, NANOS_PER_DAY);
  return { epochDay: epochDay + carry, nanoOfDay: shifted - carry * NANOS_PER_DAY, offset: after };
}
