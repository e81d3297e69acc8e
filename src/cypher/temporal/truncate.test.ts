import { describe, expect, it } from 'vitest';
import { call, map, str } from './test-helpers.js';

const dt = () =>
  call(
    'datetime',
    map({
      year: 1984,
      month: 10,
      day: 11,
      hour: 12,
      minute: 31,
      second: 14,
      nanosecond: 645876123,
      timezone: '-01:00',
    }),
  );
const ldt = (day = 11, month = 10) =>
  call('localdatetime', map({ year: 1984, month, day, hour: 12, minute: 31, second: 14, nanosecond: 645876123 }));

describe('truncation', () => {
  it.each([
    ['millennium', '2017-10-11', '2000-01-01'],
    ['century', '1984-10-11', '1900-01-01'],
    ['decade', '1984-10-11', '1980-01-01'],
    ['year', '1984-10-11', '1984-01-01'],
    ['weekYear', '1984-02-01', '1984-01-02'],
    ['weekYear', '1984-01-01', '1983-01-03'],
    ['quarter', '1984-11-11', '1984-10-01'],
    ['month', '1984-10-11', '1984-10-01'],
    ['week', '1984-10-11', '1984-10-08'],
    ['day', '1984-10-11', '1984-10-11'],
  ])('date.truncate(%s, %s) = %s', (unit, date, expected) => {
    expect(str(call('date.truncate', unit, call('date', date)))).toBe(expected);
  });

  it('overrides fields after truncating, keeping local time when the zone is replaced', () => {
    expect(str(call('date.truncate', 'weekYear', call('date', '1984-02-01'), map({ day: 5 })))).toBe('1984-01-05');
    expect(str(call('date.truncate', 'week', call('date', '1984-10-11'), map({ dayOfWeek: 2 })))).toBe('1984-10-09');
    expect(str(call('datetime.truncate', 'hour', dt(), map({ timezone: 'Europe/Stockholm' })))).toBe(
      '1984-10-11T12:00+01:00[Europe/Stockholm]',
    );
    expect(str(call('datetime.truncate', 'day', dt(), map({ nanosecond: 2 })))).toBe(
      '1984-10-11T00:00:00.000000002-01:00',
    );
    expect(
      str(call('datetime.truncate', 'millennium', call('date', '2017-10-11'), map({ timezone: 'Europe/Stockholm' }))),
    ).toBe('2000-01-01T00:00+01:00[Europe/Stockholm]');
    expect(str(call('localdatetime.truncate', 'weekYear', ldt(1, 1), map({ day: 5 })))).toBe('1983-01-05T00:00');
    expect(str(call('localtime.truncate', 'millisecond', ldt(), map({ nanosecond: 2 })))).toBe('12:31:14.645000002');
    expect(str(call('localtime.truncate', 'microsecond', ldt()))).toBe('12:31:14.645876');
    expect(str(call('time.truncate', 'hour', dt(), map({ timezone: '+01:00' })))).toBe('12:00+01:00');
    expect(str(call('time.truncate', 'day', ldt()))).toBe('00:00Z');
    expect(str(call('time.truncate', 'minute', dt()))).toBe('12:31-01:00');
  });

  it('rejects units that do not fit the kind', () => {
    expect(() => call('date.truncate', 'hour', call('date', '1984-10-11'))).toThrow(
      expect.objectContaining({ code: 'ArgumentError' }),
    );
    expect(() => call('localtime.truncate', 'year', ldt())).toThrow(expect.objectContaining({ code: 'ArgumentError' }));
    expect(() => call('date.truncate', 'fortnight', call('date', '1984-10-11'))).toThrow(/Unknown truncation unit/);
    expect(() => call('datetime.truncate', 'day', call('localtime', '12:00'))).toThrow(
      expect.objectContaining({ code: 'ArgumentError' }),
    );
  });
});
