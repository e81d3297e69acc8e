import { describe, expect, it } from 'vitest';
import type { TemporalValue } from '../values.js';
import {
  addTemporal,
  compareTemporal,
  divideDuration,
  multiplyDuration,
  subtractTemporal,
  temporalEquals,
  temporalProperty,
} from './index.js';
import { call, map, str } from './test-helpers.js';

const durations: Record<string, number>[] = [
  { years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2 },
  { months: 1, days: -14, hours: 16, minutes: -12, seconds: 70 },
  { years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3 },
];

describe('temporal arithmetic', () => {
  it.each([
    ['date', '1984-10-11', ['1997-03-25', '1972-04-27'], ['1984-10-28', '1984-09-25'], ['1997-10-11', '1971-10-12']],
    [
      'localdatetime',
      '1984-10-11T12:31:14.000000001',
      ['1997-03-26T04:44:24.000000003', '1972-04-26T20:18:03.999999999'],
      ['1984-10-29T04:20:24.000000001', '1984-09-24T20:42:04.000000001'],
      ['1997-10-11T22:29:27.500000004', '1971-10-12T02:33:00.499999998'],
    ],
    [
      'time',
      '12:31:14.000000001+01:00',
      ['04:44:24.000000003+01:00', '20:18:03.999999999+01:00'],
      ['04:20:24.000000001+01:00', '20:42:04.000000001+01:00'],
      ['22:29:27.500000004+01:00', '02:33:00.499999998+01:00'],
    ],
  ])('%s %s ± durations', (kind, text, ...expected) => {
    const x = call(kind, text);
    durations.forEach((fields, i) => {
      const d = call('duration', map(fields));
      expect([str(addTemporal(x, d)), str(subtractTemporal(x, d))]).toEqual(expected[i]);
    });
    expect(str(addTemporal(call('duration', map(durations[0]!)), x))).toBe(expected[0]![0]);
  });

  it('adds, subtracts, multiplies and divides durations', () => {
    const [a, b, c] = durations.map((fields) =>
      call('duration', map({ ...fields, ...(fields.nanoseconds === 2 ? { nanoseconds: 1 } : {}) })),
    );
    expect(str(addTemporal(a!, b!))).toBe('P12Y6MT32H2M20.000000001S');
    expect(str(subtractTemporal(a!, c!))).toBe('P-6M-15DT-17H-45M-3.500000002S');
    expect(str(subtractTemporal(b!, a!))).toBe('P-12Y-4M-28DT-24M-0.000000001S');
    expect(str(subtractTemporal(a!, a!))).toBe('PT0S');
    expect(str(multiplyDuration(a!, 2n))).toBe('P24Y10M28DT32H26M20.000000002S');
    expect(str(multiplyDuration(a!, 0.5))).toBe('P6Y2M22DT13H21M8S');
    expect(str(divideDuration(a!, 0.5))).toBe('P24Y10M28DT32H26M20.000000002S');
    expect(str(divideDuration(a!, 2n))).toBe('P6Y2M22DT13H21M8S');
  });

  it('rejects what cannot be combined', () => {
    const date = call('date', '2015-01-01');
    expect(() => addTemporal(date, date)).toThrow(expect.objectContaining({ code: 'TypeError' }));
    expect(() => subtractTemporal(call('duration', 'P1D'), date)).toThrow(
      expect.objectContaining({ code: 'TypeError' }),
    );
    expect(() => addTemporal(date, 1n)).toThrow(expect.objectContaining({ code: 'TypeError' }));
    expect(() => multiplyDuration(date, 2n)).toThrow(expect.objectContaining({ code: 'TypeError' }));
    expect(() => divideDuration(call('duration', 'P1D'), 0n)).toThrow(
      expect.objectContaining({ code: 'ArgumentError' }),
    );
    expect(addTemporal(date, null)).toBeNull();
  });
});

describe('durations between instants', () => {
  it.each([
    ["date('1984-10-11')", "date('2015-06-24')", 'P30Y8M13D'],
    ["date('1984-10-11')", "localdatetime('2016-07-21T21:45:22.142')", 'P31Y9M10DT21H45M22.142S'],
    ["date('1984-10-11')", "datetime('2015-07-21T21:40:32.142+0100')", 'P30Y9M10DT21H40M32.142S'],
    ["date('1984-10-11')", "time('16:30+0100')", 'PT16H30M'],
    ["localtime('14:30')", "date('2015-06-24')", 'PT-14H-30M'],
    ["time('14:30')", "datetime('2015-07-21T21:40:32.142+0100')", 'PT6H10M32.142S'],
    ["time('14:30')", "time('16:30+0100')", 'PT1H'],
    ["localdatetime('2015-07-21T21:40:32.142')", "date('2015-06-24')", 'P-27DT-21H-40M-32.142S'],
    ["localdatetime('2015-07-21T21:40:32.142')", "datetime('2015-07-21T21:40:32.142+0100')", 'PT0S'],
    ["datetime('2014-07-21T21:40:36.143+0200')", "date('2015-06-24')", 'P11M2DT2H19M23.857S'],
    ["datetime('2014-07-21T21:40:36.143+0200')", "datetime('2015-07-21T21:40:32.142+0100')", 'P1YT59M55.999S'],
    ["datetime('2014-07-21T21:40:36.143+0200')", "time('16:30+0100')", 'PT-4H-10M-36.143S'],
    [
      "datetime('2017-10-28T23:00+02:00[Europe/Stockholm]')",
      "datetime('2017-10-29T04:00+01:00[Europe/Stockholm]')",
      'PT6H',
    ],
    ["date('-999999999-01-01')", "date('+999999999-12-31')", 'P1999999998Y11M30D'],
  ])('between(%s, %s) = %s', (a, b, expected) => {
    expect(str(call('duration.between', evaluate(a), evaluate(b)))).toBe(expected);
  });

  it('measures in months, days or seconds only', () => {
    const a = evaluate("datetime('2014-07-21T21:40:36.143+0200')");
    const b = evaluate("localdatetime('2016-07-21T21:45:22.142')");
    expect(str(call('duration.inmonths', a, b))).toBe('P2Y');
    expect(str(call('duration.indays', a, b))).toBe('P731D');
    expect(str(call('duration.inseconds', a, b))).toBe('PT17544H4M45.999S');
    expect(
      str(
        call(
          'duration.inmonths',
          evaluate("datetime('2018-07-21T21:40:36.143+0500')"),
          evaluate("datetime('1984-07-21T22:40:36.143+0200')"),
        ),
      ),
    ).toBe('P-33Y-11M');
    expect(str(call('duration.indays', evaluate("date('1984-10-11')"), evaluate("localtime('16:30')")))).toBe('PT0S');
    expect(
      str(
        call(
          'duration.inseconds',
          evaluate("localdatetime('-999999999-01-01')"),
          evaluate("localdatetime('+999999999-12-31T23:59:59')"),
        ),
      ),
    ).toBe('PT17531639991215H59M59S');
    expect(
      str(call('duration.inseconds', evaluate("localtime('12:44:54.7')"), evaluate("localtime('12:34:55.3')"))),
    ).toBe('PT-9M-59.4S');
    expect(call('duration.between', null, null)).toBeNull();
  });

  it('places a time on the other value’s day and zone around daylight saving changes', () => {
    const midnight = call('datetime', map({ year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm' }));
    expect(str(call('duration.inseconds', midnight, call('localtime', map({ hour: 4 }))))).toBe('PT5H');
    expect(str(call('duration.inseconds', midnight, call('date', map({ year: 2017, month: 10, day: 30 }))))).toBe(
      'PT25H',
    );
  });
});

describe('components, comparison and equality', () => {
  it('reads date, time and zone components', () => {
    const d = call(
      'datetime',
      map({
        year: 1984,
        month: 11,
        day: 11,
        hour: 12,
        minute: 31,
        second: 14,
        nanosecond: 645876123,
        timezone: 'Europe/Stockholm',
      }),
    ) as TemporalValue;
    const read = (keys: string[]) => keys.map((k) => temporalProperty(d, k));
    expect(
      read(['year', 'quarter', 'month', 'week', 'weekYear', 'day', 'ordinalDay', 'weekDay', 'dayOfQuarter']),
    ).toEqual([1984n, 4n, 11n, 45n, 1984n, 11n, 316n, 7n, 42n]);
    expect(read(['hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'])).toEqual([
      12n,
      31n,
      14n,
      645n,
      645876n,
      645876123n,
    ]);
    expect(read(['timezone', 'offset', 'offsetMinutes', 'offsetSeconds', 'epochSeconds', 'epochMillis'])).toEqual([
      'Europe/Stockholm',
      '+01:00',
      60n,
      3600n,
      469020674n,
      469020674645n,
    ]);
    const jan1 = call('date', '1984-01-01') as TemporalValue;
    expect(['weekYear', 'week', 'weekDay'].map((k) => temporalProperty(jan1, k))).toEqual([1983n, 52n, 7n]);
    expect(temporalProperty(jan1, 'hour')).toBeUndefined();
  });

  it('reads duration components, whole and within the larger unit', () => {
    const d = call(
      'duration',
      map({ years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111 }),
    ) as TemporalValue;
    const keys = [
      'years',
      'quarters',
      'months',
      'weeks',
      'days',
      'hours',
      'minutes',
      'seconds',
      'milliseconds',
      'microseconds',
      'nanoseconds',
      'quartersOfYear',
      'monthsOfQuarter',
      'monthsOfYear',
      'daysOfWeek',
      'minutesOfHour',
      'secondsOfMinute',
      'millisecondsOfSecond',
      'microsecondsOfSecond',
      'nanosecondsOfSecond',
    ];
    expect(keys.map((k) => temporalProperty(d, k))).toEqual([
      1n,
      5n,
      16n,
      1n,
      10n,
      1n,
      61n,
      3661n,
      3661111n,
      3661111111n,
      3661111111111n,
      1n,
      1n,
      4n,
      3n,
      1n,
      1n,
      111n,
      111111n,
      111111111n,
    ]);
    const negative = call(
      'duration.between',
      evaluate("localdatetime('2018-01-02T10:00:00.1')"),
      evaluate("localdatetime('2018-01-01T10:00:00.2')"),
    ) as TemporalValue;
    expect([temporalProperty(negative, 'seconds'), temporalProperty(negative, 'nanosecondsOfSecond')]).toEqual([
      -86400n,
      100000000n,
    ]);
  });

  it('orders values of one kind and refuses to order across kinds or durations', () => {
    const t = (s: string) => call('time', s) as TemporalValue;
    expect(compareTemporal(t('10:00+01:00'), t('09:35:14.645876123+00:00'))).toBe(-1);
    expect(
      compareTemporal(call('date', '1980-12-24') as TemporalValue, call('date', '1984-10-11') as TemporalValue),
    ).toBe(-1);
    expect(
      compareTemporal(
        call('date', '1984-10-11') as TemporalValue,
        call('localdatetime', '1984-10-11') as TemporalValue,
      ),
    ).toBeNull();
    expect(
      compareTemporal(call('duration', 'P1D') as TemporalValue, call('duration', 'P2D') as TemporalValue),
    ).toBeNull();
  });

  it('treats durations as equal when their months, days and seconds agree', () => {
    const x = call(
      'duration',
      map({ years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70 }),
    ) as TemporalValue;
    expect(
      temporalEquals(
        x,
        call('duration', map({ years: 12, months: 5, days: 14, hours: 16, minutes: 13, seconds: 10 })) as TemporalValue,
      ),
    ).toBe(true);
    expect(
      temporalEquals(
        x,
        call('duration', map({ years: 12, months: 5, days: 13, hours: 40, minutes: 13, seconds: 10 })) as TemporalValue,
      ),
    ).toBe(false);
    expect(temporalEquals(x, call('date', '1984-10-11') as TemporalValue)).toBe(false);
    const d = call('datetime', '1984-10-11T12:31:14.645876123+01:00') as TemporalValue;
    expect(temporalEquals(d, call('datetime', d.toString()) as TemporalValue)).toBe(true);
  });
});

/** Evaluates the tiny `fn('text')` expressions the cases above are written in. */
function evaluate(expr: string) {
  const m = /^(\w+)\('(.*)'\)$/.exec(expr);
  if (!m) throw new Error(`cannot evaluate ${expr}`);
  return call(m[1]!, m[2]!);
}
