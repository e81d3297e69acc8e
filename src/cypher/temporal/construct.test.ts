import { describe, expect, it } from 'vitest';
import { call, map, str } from './test-helpers.js';

describe('temporal construction from maps', () => {
  it.each([
    [{ year: 1816, week: 1 }, '1816-01-01'],
    [{ year: 1817, week: 1 }, '1816-12-30'],
    [{ year: 1818, week: 53 }, '1818-12-28'],
    [{ year: 1819, week: 1 }, '1819-01-04'],
    [{ dayOfWeek: 2, year: 1817, week: 1 }, '1816-12-31'],
    [{ year: 1984, month: 10 }, '1984-10-01'],
    [{ year: 1984, ordinalDay: 202 }, '1984-07-20'],
    [{ year: 1984, quarter: 3, dayOfQuarter: 45 }, '1984-08-14'],
    [{ year: 1984, quarter: 3 }, '1984-07-01'],
  ])('date(%o) = %s', (fields, expected) => {
    expect(str(call('date', map(fields)))).toBe(expected);
  });

  it('selects from a base date, overriding fields in the form they are given', () => {
    const base = call('date', '1984-11-11');
    expect(str(call('date', map({ date: base, year: 28 })))).toBe('0028-11-11');
    expect(str(call('date', map({ date: base, week: 1 })))).toBe('1984-01-08');
    expect(str(call('date', map({ date: base, ordinalDay: 28 })))).toBe('1984-01-28');
    expect(str(call('date', map({ date: base, quarter: 3 })))).toBe('1984-08-11');
    expect(str(call('date', map({ date: call('date', '1816-12-31'), week: 2 })))).toBe('1817-01-07');
  });

  it('combines sub-second fields and keeps the base fraction when only coarser fields change', () => {
    expect(
      str(
        call(
          'localtime',
          map({ hour: 12, minute: 31, second: 14, nanosecond: 789, millisecond: 123, microsecond: 456 }),
        ),
      ),
    ).toBe('12:31:14.123456789');
    expect(str(call('localtime', map({ hour: 12 })))).toBe('12:00');
    const base = call('localtime', map({ hour: 12, minute: 31, second: 14, nanosecond: 645876123 }));
    expect(str(call('localtime', map({ time: base, second: 42 })))).toBe('12:31:42.645876123');
  });

  it('builds zoned values with offsets, second-precision offsets and named zones', () => {
    expect(str(call('time', map({ hour: 12, timezone: '+01:00' })))).toBe('12:00+01:00');
    expect(str(call('time', map({ hour: 12, minute: 34, second: 56, timezone: '+02:05:00' })))).toBe('12:34:56+02:05');
    expect(str(call('time', map({ hour: 12, minute: 34, second: 56, timezone: '-02:05:07' })))).toBe(
      '12:34:56-02:05:07',
    );
    expect(str(call('datetime', map({ year: 1984, month: 10, day: 11 })))).toBe('1984-10-11T00:00Z');
    expect(str(call('datetime', map({ year: 1984, ordinalDay: 202, hour: 12, timezone: 'Europe/Stockholm' })))).toBe(
      '1984-07-20T12:00+02:00[Europe/Stockholm]',
    );
    expect(str(call('datetime', map({ year: 1984, timezone: 'Europe/Stockholm' })))).toBe(
      '1984-01-01T00:00+01:00[Europe/Stockholm]',
    );
  });

  it('converts a zoned source into a new timezone, but attaches a zone to a local one', () => {
    const stockholm = call('datetime', map({ year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm' }));
    const local = call(
      'localdatetime',
      map({ year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, millisecond: 645 }),
    );
    expect(str(call('datetime', map({ datetime: stockholm, timezone: '+05:00' })))).toBe('1984-10-11T16:00+05:00');
    expect(str(call('datetime', map({ datetime: local, timezone: '+05:00' })))).toBe('1984-03-07T12:31:14.645+05:00');
    expect(str(call('datetime', map({ date: local, time: stockholm, day: 28, second: 42 })))).toBe(
      '1984-03-28T12:00:42+02:00[Europe/Stockholm]',
    );
    expect(
      str(call('datetime', map({ date: local, time: stockholm, day: 28, second: 42, timezone: 'Pacific/Honolulu' }))),
    ).toBe('1984-03-28T00:00:42-10:00[Pacific/Honolulu]');
    const t = call('time', map({ hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00' }));
    expect(str(call('time', map({ time: t, second: 42, timezone: '+05:00' })))).toBe('16:31:42.645876+05:00');
    expect(str(call('localtime', t))).toBe('12:31:14.645876');
    expect(str(call('date', stockholm))).toBe('1984-10-11');
  });

  it('builds from epoch values and the clock', () => {
    expect(str(call('datetime.fromepoch', 416779n, 999999999n))).toBe('1970-01-05T19:46:19.999999999Z');
    expect(str(call('datetime.fromepochmillis', 237821673987n))).toBe('1977-07-15T13:34:33.987Z');
    expect(str(call('date'))).toBe('2026-11-28');
    expect(str(call('localtime'))).toBe('10:15:30.123');
    expect(str(call('datetime.statement', 'Europe/Stockholm'))).toBe('2026-11-28T11:15:30.123+01:00[Europe/Stockholm]');
    expect(str(call('datetime', map({ timezone: '+05:00' })))).toBe('2026-11-28T15:15:30.123+05:00');
  });

  it('propagates null and rejects bad input with typed errors', () => {
    expect(call('date', null)).toBeNull();
    expect(() => call('date', map({ month: 2 }))).toThrow(expect.objectContaining({ code: 'ArgumentError' }));
    expect(() => call('date', map({ year: 2015, month: 2, day: 30 }))).toThrow(/DayOfMonth/);
    expect(() => call('date', map({ year: 2015, colour: 2 }))).toThrow(/No such field/);
    expect(() => call('date', 42n)).toThrow(expect.objectContaining({ code: 'TypeError' }));
    expect(() => call('datetime', map({ year: 2015, timezone: 'Mars/Olympus' }))).toThrow(/Unknown time zone/);
    expect(() => call('date', call('localtime', '12:00'))).toThrow(expect.objectContaining({ code: 'TypeError' }));
  });
});
