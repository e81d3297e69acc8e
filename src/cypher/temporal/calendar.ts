/**
 * Proleptic Gregorian calendar arithmetic on epoch days (days since 1970-01-01), the ISO-8601
 * week date and the quarter fields. Pure functions; years may be far from today (±999,999,999).
 */

export const NANOS_PER_SECOND = 1_000_000_000;
export const NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND;

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export function floorMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

export function isLeapYear(year: number): boolean {
  return floorMod(year, 4) === 0 && (floorMod(year, 100) !== 0 || floorMod(year, 400) === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days from 1970-01-01 (the civil-from-days algorithm of H. Hinnant, exact for all safe years). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function dateOfEpochDay(epochDay: number): YearMonthDay {
  const z = epochDay + 719_468;
  const era = floorDiv(z, 146_097);
  const doe = z - era * 146_097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36_524) - floorDiv(doe, 146_096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** ISO day of week, Monday = 1 … Sunday = 7. */
export function dayOfWeek(epochDay: number): number {
  return floorMod(epochDay + 3, 7) + 1;
}

export function ordinalDay(epochDay: number): number {
  const { year } = dateOfEpochDay(epochDay);
  return epochDay - epochDayOf(year, 1, 1) + 1;
}

/** The Monday that starts ISO week 1 of a week-based year (the week holding January 4th). */
export function weekYearStart(weekYear: number): number {
  const jan4 = epochDayOf(weekYear, 1, 4);
  return jan4 - (dayOfWeek(jan4) - 1);
}

export function weeksInWeekYear(weekYear: number): number {
  return (weekYearStart(weekYear + 1) - weekYearStart(weekYear)) / 7;
}

export function weekFields(epochDay: number): { weekYear: number; week: number; dayOfWeek: number } {
  const { year } = dateOfEpochDay(epochDay);
  let weekYear = year;
  if (epochDay < weekYearStart(year)) weekYear = year - 1;
  else if (epochDay >= weekYearStart(year + 1)) weekYear = year + 1;
  const week = floorDiv(epochDay - weekYearStart(weekYear), 7) + 1;
  return { weekYear, week, dayOfWeek: dayOfWeek(epochDay) };
}

export function quarterOf(month: number): number {
  return floorDiv(month - 1, 3) + 1;
}

export function dayOfQuarter(epochDay: number): number {
  const { year, month } = dateOfEpochDay(epochDay);
  const firstMonth = (quarterOf(month) - 1) * 3 + 1;
  return epochDay - epochDayOf(year, firstMonth, 1) + 1;
}

/** Adds months the way java.time does: the day of month is clamped to the target month's length. */
export function plusMonths(epochDay: number, months: number): number {
  if (months === 0) return epochDay;
  const { year, month, day } = dateOfEpochDay(epochDay);
  const total = year * 12 + (month - 1) + months;
  const newYear = floorDiv(total, 12);
  const newMonth = floorMod(total, 12) + 1;
  return epochDayOf(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Whole months from one date to another, truncated toward zero (java.time LocalDate.until MONTHS). */
export function monthsUntil(fromEpochDay: number, toEpochDay: number): number {
  const a = dateOfEpochDay(fromEpochDay);
  const b = dateOfEpochDay(toEpochDay);
  const packed1 = (a.year * 12 + a.month - 1) * 32 + a.day;
  const packed2 = (b.year * 12 + b.month - 1) * 32 + b.day;
  return Math.trunc((packed2 - packed1) / 32);
}

export function formatYear(year: number): string {
  const abs = Math.abs(year);
  if (abs < 1000) return (year < 0 ? '-' : '') + String(abs).padStart(4, '0');
  if (year > 9999) return '+' + String(year);
  return String(year);
}

export function formatDate(epochDay: number): string {
  const { year, month, day } = dateOfEpochDay(epochDay);
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** HH:MM[:SS[.fff|.ffffff|.fffffffff]] as java.time prints a LocalTime. */
export function formatTime(nanoOfDay: number): string {
  const totalSeconds = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  const nano = nanoOfDay - totalSeconds * NANOS_PER_SECOND;
  const hour = Math.floor(totalSeconds / 3600);
  const minute = Math.floor(totalSeconds / 60) % 60;
  const second = totalSeconds % 60;
  let out = `${pad2(hour)}:${pad2(minute)}`;
  if (second > 0 || nano > 0) out += `:${pad2(second)}`;
  if (nano > 0) {
    const digits = String(nano).padStart(9, '0');
    out += '.' + (nano % 1_000_000 === 0 ? digits.slice(0, 3) : nano % 1000 === 0 ? digits.slice(0, 6) : digits);
  }
  return out;
}

export function timeFields(nanoOfDay: number): { hour: number; minute: number; second: number; nanosecond: number } {
  const totalSeconds = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  return {
    hour: Math.floor(totalSeconds / 3600),
    minute: Math.floor(totalSeconds / 60) % 60,
    second: totalSeconds % 60,
    nanosecond: nanoOfDay - totalSeconds * NANOS_PER_SECOND,
  };
}
