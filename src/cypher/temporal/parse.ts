/**
 * Parsing ISO-8601 temporal strings as Cypher accepts them: calendar (2015-07-21, 20150721,
 * 2015-07), week (2015-W30-2, 2015W302) and ordinal (2015-202) dates, times with optional
 * seconds and fraction in extended or basic form, offsets (Z, +01, +0100, +01:00) and [Zone/Name].
 */
import { NANOS_PER_SECOND, daysInMonth, daysInYear, epochDayOf, weekYearStart, weeksInWeekYear } from './calendar.js';
import { temporalArgumentError } from './errors.js';
import { parseOffset, parseZone } from './zones.js';
import type { Zone } from './zones.js';

const YEAR = '([+-]\\d{4,9}|\\d{4})';
const DATE_FORMS: readonly [RegExp, (m: RegExpExecArray) => number][] = [
  [new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})$`), (m) => calendarDay(m[1]!, m[2]!, m[3]!)],
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => calendarDay(m[1]!, m[2]!, m[3]!)],
  [new RegExp(`^${YEAR}-?W(\\d{2})(?:-?(\\d))?$`), (m) => weekDay(m[1]!, m[2]!, m[3] ?? '1')],
  [new RegExp(`^${YEAR}-(\\d{3})$`), (m) => ordinal(m[1]!, m[2]!)],
  [/^(\d{4})(\d{3})$/, (m) => ordinal(m[1]!, m[2]!)],
  [new RegExp(`^${YEAR}-(\\d{2})$`), (m) => calendarDay(m[1]!, m[2]!, '1')],
  [/^(\d{4})(\d{2})$/, (m) => calendarDay(m[1]!, m[2]!, '1')],
  [new RegExp(`^${YEAR}$`), (m) => calendarDay(m[1]!, '1', '1')],
];

function fail(kind: string, text: string): never {
  throw temporalArgumentError(`Text cannot be parsed to a ${kind}: '${text}'`);
}

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw temporalArgumentError(`Invalid value for ${name} (valid values ${min} - ${max}): ${value}`);
  }
  return value;
}

export const MIN_YEAR = -999_999_999;
export const MAX_YEAR = 999_999_999;

function calendarDay(y: string, mo: string, d: string): number {
  const year = checkRange('Year', Number(y), MIN_YEAR, MAX_YEAR);
  const month = checkRange('MonthOfYear', Number(mo), 1, 12);
  const day = checkRange('DayOfMonth', Number(d), 1, daysInMonth(year, month));
  return epochDayOf(year, month, day);
}

function weekDay(y: string, w: string, d: string): number {
  const weekYear = checkRange('Year', Number(y), MIN_YEAR, MAX_YEAR);
  const week = checkRange('WeekOfWeekBasedYear', Number(w), 1, weeksInWeekYear(weekYear));
  const day = checkRange('DayOfWeek', Number(d), 1, 7);
  return weekYearStart(weekYear) + (week - 1) * 7 + (day - 1);
}

function ordinal(y: string, d: string): number {
  const year = checkRange('Year', Number(y), MIN_YEAR, MAX_YEAR);
  const day = checkRange('DayOfYear', Number(d), 1, daysInYear(year));
  return epochDayOf(year, 1, 1) + day - 1;
}

export function parseDate(text: string, kind = 'Date'): number {
  const t = text.trim();
  for (const [re, build] of DATE_FORMS) {
    const m = re.exec(t);
    if (m) return build(m);
  }
  return fail(kind, text);
}

const TIME_RE = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?$/;

export function parseLocalTime(text: string, kind = 'LocalTime'): number {
  const m = TIME_RE.exec(text.trim());
  if (!m) return fail(kind, text);
  const hour = checkRange('HourOfDay', Number(m[1]), 0, 23);
  const minute = checkRange('MinuteOfHour', Number(m[2] ?? 0), 0, 59);
  const second = checkRange('SecondOfMinute', Number(m[3] ?? 0), 0, 59);
  const nano = Number((m[4] ?? '').padEnd(9, '0'));
  return ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + nano;
}

export interface ParsedTime {
  readonly nanoOfDay: number;
  /** Offset in seconds, when the text has one. */
  readonly offset?: number;
  /** Named zone, when the text has one in brackets. */
  readonly zone?: Zone;
}

/** A time with an optional offset and optional [Zone/Name]. */
export function parseTimeWithZone(text: string, kind: string): ParsedTime {
  let rest = text.trim();
  let zone: Zone | undefined;
  const bracket = /\[([^\]]+)\]$/.exec(rest);
  if (bracket) {
    zone = parseZone(bracket[1]!);
    rest = rest.slice(0, bracket.index);
  }
  const offsetStart = rest.search(/[+\-Zz]/);
  let offset: number | undefined;
  if (offsetStart >= 0) {
    const parsed = parseOffset(rest.slice(offsetStart));
    if (parsed === null) return fail(kind, text);
    offset = parsed;
    rest = rest.slice(0, offsetStart);
  }
  const nanoOfDay = parseLocalTime(rest, kind);
  return { nanoOfDay, ...(offset !== undefined ? { offset } : {}), ...(zone ? { zone } : {}) };
}

export interface ParsedDateTime extends ParsedTime {
  readonly epochDay: number;
}

/** A date, optionally followed by `T` and a time with optional offset and zone. */
export function parseDateTime(text: string, kind: string): ParsedDateTime {
  const t = text.trim();
  const tIndex = t.search(/[Tt]/);
  if (tIndex < 0) {
    const bracket = /\[([^\]]+)\]$/.exec(t);
    const datePart = bracket ? t.slice(0, bracket.index) : t;
    return { epochDay: parseDate(datePart, kind), nanoOfDay: 0, ...(bracket ? { zone: parseZone(bracket[1]!) } : {}) };
  }
  const epochDay = parseDate(t.slice(0, tIndex), kind);
  return { epochDay, ...parseTimeWithZone(t.slice(tIndex + 1), kind) };
}
