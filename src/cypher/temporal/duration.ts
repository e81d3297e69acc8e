/**
 * Building durations from components that may be fractional (`{months: 0.75}`, `'P2.5W'`):
 * a fraction of a month spills into days and seconds at the average month length (30.436875 days),
 * a fraction of a day into seconds. Arithmetic is exact on rationals, truncated to nanoseconds.
 */
import { DurationValue } from './types.js';
import { temporalArgumentError } from './errors.js';

/** An exact rational n/d with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };

export function rational(v: bigint | number | string): Rational {
  if (typeof v === 'bigint') return { n: v, d: 1n };
  const text = typeof v === 'number' ? numberToDecimal(v) : v;
  const m = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw temporalArgumentError(`Invalid number '${text}' in a duration`);
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exponent = Number(m[4] ?? 0) - (m[3] ?? '').length;
  let n = BigInt(digits === '' ? '0' : digits);
  let d = 1n;
  if (exponent >= 0) n *= 10n ** BigInt(exponent);
  else d = 10n ** BigInt(-exponent);
  return { n: m[1] === '-' ? -n : n, d };
}

function numberToDecimal(v: number): string {
  if (!Number.isFinite(v)) throw temporalArgumentError(`A duration component cannot be ${v}`);
  return String(v);
}

export function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function mul(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw temporalArgumentError('Division of a duration by zero');
  const sign = b.n < 0n ? -1n : 1n;
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
}

/** Truncated toward zero, like a Java long cast. */
export function trunc(a: Rational): bigint {
  return a.n / a.d;
}

const NANOS_PER_SECOND = 1_000_000_000n;
const NANOS_PER_DAY = 86_400n * NANOS_PER_SECOND;
/** 365.2425 days / 12 = 30.436875 days = 2,629,746 seconds. */
const NANOS_PER_AVERAGE_MONTH = 2_629_746n * NANOS_PER_SECOND;

/** A duration from possibly fractional months, days and nanoseconds. */
export function durationOf(months: Rational, days: Rational, nanos: Rational): DurationValue {
  const wholeMonths = trunc(months);
  const monthFractionNanos = mul(add(months, { n: -wholeMonths, d: 1n }), { n: NANOS_PER_AVERAGE_MONTH, d: 1n });
  const spilledDays = trunc(monthFractionNanos) / NANOS_PER_DAY;
  const monthRestNanos = add(monthFractionNanos, { n: -spilledDays * NANOS_PER_DAY, d: 1n });
  const wholeDays = trunc(days);
  const dayFractionNanos = mul(add(days, { n: -wholeDays, d: 1n }), { n: NANOS_PER_DAY, d: 1n });
  const totalNanos = trunc(add(add(nanos, dayFractionNanos), monthRestNanos));
  return checkedDuration(wholeMonths, wholeDays + spilledDays, totalNanos);
}

function checkedDuration(months: bigint, days: bigint, nanos: bigint): DurationValue {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (months > limit || months < -limit || days > limit || days < -limit) {
    throw temporalArgumentError('Duration out of range');
  }
  return new DurationValue(Number(months), Number(days), nanos);
}

export interface DurationComponents {
  years?: Rational;
  quarters?: Rational;
  months?: Rational;
  weeks?: Rational;
  days?: Rational;
  hours?: Rational;
  minutes?: Rational;
  seconds?: Rational;
  milliseconds?: Rational;
  microseconds?: Rational;
  nanoseconds?: Rational;
}

const int = (v: bigint): Rational => ({ n: v, d: 1n });

export function durationFromComponents(c: DurationComponents): DurationValue {
  const scaled = (r: Rational | undefined, factor: bigint): Rational => (r ? mul(r, int(factor)) : ZERO);
  const months = [scaled(c.years, 12n), scaled(c.quarters, 3n), scaled(c.months, 1n)].reduce(add);
  const days = [scaled(c.weeks, 7n), scaled(c.days, 1n)].reduce(add);
  const nanos = [
    scaled(c.hours, 3600n * NANOS_PER_SECOND),
    scaled(c.minutes, 60n * NANOS_PER_SECOND),
    scaled(c.seconds, NANOS_PER_SECOND),
    scaled(c.milliseconds, 1_000_000n),
    scaled(c.microseconds, 1000n),
    scaled(c.nanoseconds, 1n),
  ].reduce(add);
  return durationOf(months, days, nanos);
}

/** Multiplies (or divides) each of months, days and nanoseconds, spilling fractions downwards. */
export function scaleDuration(d: DurationValue, factor: Rational, divide: boolean): DurationValue {
  const op = (x: bigint): Rational => (divide ? div(int(x), factor) : mul(int(x), factor));
  return durationOf(op(BigInt(d.months)), op(BigInt(d.days)), op(d.nanos));
}

export function addDurations(a: DurationValue, b: DurationValue, sign: 1 | -1): DurationValue {
  const s = BigInt(sign);
  return checkedDuration(
    BigInt(a.months) + s * BigInt(b.months),
    BigInt(a.days) + s * BigInt(b.days),
    a.nanos + s * b.nanos,
  );
}

const DURATION_RE =
  /^P(?:([-+]?[\d.,]+)Y)?(?:([-+]?[\d.,]+)M)?(?:([-+]?[\d.,]+)W)?(?:([-+]?[\d.,]+)D)?(?:T(?:([-+]?[\d.,]+)H)?(?:([-+]?[\d.,]+)M)?(?:([-+]?[\d.,]+)S)?)?$/i;
const DURATION_DATE_FORM_RE = /^P([-+]?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:[.,]\d+)?)$/i;

/** ISO-8601 durations: `P1Y2M3W4DT5H6M7.5S` (each part optional, may be negative or fractional) and `P2012-02-02T14:37:21.545`. */
export function parseDuration(text: string): DurationValue {
  const trimmed = text.trim();
  const negate = trimmed.startsWith('-');
  const body = trimmed.replace(/^[-+]/, '');
  const alt = DURATION_DATE_FORM_RE.exec(body);
  let result: DurationValue | null = null;
  if (alt) {
    result = durationFromComponents({
      years: rational(alt[1]!),
      months: rational(alt[2]!),
      days: rational(alt[3]!),
      hours: rational(alt[4]!),
      minutes: rational(alt[5]!),
      seconds: rational(alt[6]!),
    });
  } else {
    const m = DURATION_RE.exec(body);
    if (m && body !== 'P' && !/T$/i.test(body)) {
      const part = (i: number): Rational | undefined => (m[i] === undefined ? undefined : rational(m[i]!));
      result = durationFromComponents({
        ...opt('years', part(1)),
        ...opt('months', part(2)),
        ...opt('weeks', part(3)),
        ...opt('days', part(4)),
        ...opt('hours', part(5)),
        ...opt('minutes', part(6)),
        ...opt('seconds', part(7)),
      });
    }
  }
  if (!result) throw temporalArgumentError(`Text cannot be parsed to a Duration: '${text}'`);
  return negate ? scaleDuration(result, int(-1n), false) : result;
}

function opt<K extends keyof DurationComponents>(key: K, value: Rational | undefined): DurationComponents {
  return value === undefined ? {} : { [key]: value };
}
