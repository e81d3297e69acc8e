/**
 * Which date a relation is placed at on the timeline, and the timeline's bins.
 *
 * Dates of acts are read from any date in the evidence sentence, so some are not the act's date
 * at all (a bond maturing in 2045, an anniversary of 1444). The rule: a relation's own date is
 * trusted when it lies within TRUST_WINDOW_DAYS before or after its article's publication date;
 * otherwise the relation is placed at the publication date (reported then). A relation whose
 * article has no publication date keeps its own date only between 1900 and 2100, else it is
 * undated and stays off the timeline.
 */

export const TRUST_WINDOW_DAYS = 183;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date ("2022", "2022-11", "2022-11-15"; first day of the
 * period), or null when the text is not such a date. */
export function isoDay(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1'));
  return Number.isFinite(time) ? Math.floor(time / DAY_MS) : null;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date the timeline uses for a relation (ISO day), or null when it has none to trust. */
export function trustedDate(relationDate: string | null, publicationDate: string | null): string | null {
  const own = relationDate === null ? null : isoDay(relationDate);
  const published = publicationDate === null ? null : isoDay(publicationDate);
  if (published !== null) {
    if (own !== null && Math.abs(own - published) <= TRUST_WINDOW_DAYS) return dayToIso(own);
    return dayToIso(published);
  }
  if (own === null) return null;
  const year = new Date(own * DAY_MS).getUTCFullYear();
  return year >= 1900 && year <= 2100 ? dayToIso(own) : null;
}

export type TimelineUnit = 'week' | 'month';

/** Weeks when the dated relations span at most a year and a half, months beyond. */
export function timelineUnit(firstDay: number, lastDay: number): TimelineUnit {
  return lastDay - firstDay <= 548 ? 'week' : 'month';
}

/** The first day of the bin a day falls in (weeks start on Monday). */
export function binStart(day: number, unit: TimelineUnit): number {
  if (unit === 'week') return day - ((day + 3) % 7); // 1970-01-01 was a Thursday
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
}

/** The day after the bin that starts at `start`. */
export function binEnd(start: number, unit: TimelineUnit): number {
  if (unit === 'week') return start + 7;
  const d = new Date(start * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}
