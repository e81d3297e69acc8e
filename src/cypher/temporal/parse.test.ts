import { describe, expect, it } from 'vitest';
import { temporalEquals, temporalFromString } from './index.js';
import { call, map, str } from './test-helpers.js';

describe('temporal parsing from strings', () => {
  it.each([
    ['2015-07-21', '2015-07-21'],
    ['20150721', '2015-07-21'],
    ['2015-07', '2015-07-01'],
    ['201507', '2015-07-01'],
    ['2015-W30-2', '2015-07-21'],
    ['2015W302', '2015-07-21'],
    ['2015-W30', '2015-07-20'],
    ['2015-202', '2015-07-21'],
    ['2015202', '2015-07-21'],
    ['2015', '2015-01-01'],
    ['-999999999-01-01', '-999999999-01-01'],
    ['+999999999-12-31', '+999999999-12-31'],
    ['0028-11-11', '0028-11-11'],
  ])('date(%s) = %s', (text, expected) => {
    expect(str(call('date', text))).toBe(expected);
  });

  it.each([
    ['21:40:32.142+0100', '21:40:32.142+01:00'],
    ['214032.142Z', '21:40:32.142Z'],
    ['214032-0100', '21:40:32-01:00'],
    ['21:40-01:30', '21:40-01:30'],
    ['2140-00:00', '21:40Z'],
    ['2140-02', '21:40-02:00'],
    ['22+18:00', '22:00+18:00'],
  ])('time(%s) = %s', (text, expected) => {
    expect(str(call('time', text))).toBe(expected);
  });

  it('parses local times and date-times in basic and extended form', () => {
    expect(str(call('localtime', '214032.142'))).toBe('21:40:32.142');
    expect(str(call('localtime', '21'))).toBe('21:00');
    expect(str(call('localdatetime', '2015-W30-2T214032.142'))).toBe('2015-07-21T21:40:32.142');
    expect(str(call('localdatetime', '2015T214032'))).toBe('2015-01-01T21:40:32');
    expect(str(call('localdatetime', '2015202T21'))).toBe('2015-07-21T21:00');
  });

  it.each([
    ['2015-07-21T21:40:32.142+02:00[Europe/Stockholm]', '2015-07-21T21:40:32.142+02:00[Europe/Stockholm]'],
    ['2015-07-21T21:40:32.142+0845[Australia/Eucla]', '2015-07-21T21:40:32.142+08:45[Australia/Eucla]'],
    ['2015-07-21T21:40:32.142-04[America/New_York]', '2015-07-21T21:40:32.142-04:00[America/New_York]'],
    ['2015-07-21T21:40:32.142[Europe/London]', '2015-07-21T21:40:32.142+01:00[Europe/London]'],
    ['1818-07-21T21:40:32.142[Europe/Stockholm]', '1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]'],
    ['2015-W30T2140-02', '2015-07-20T21:40-02:00'],
  ])('datetime(%s) = %s', (text, expected) => {
    expect(str(call('datetime', text))).toBe(expected);
  });

  it.each([
    ['P14DT16H12M', 'P14DT16H12M'],
    ['P5M1.5D', 'P5M1DT12H'],
    ['P0.75M', 'P22DT19H51M49.5S'],
    ['PT0.75M', 'PT45S'],
    ['P2.5W', 'P17DT12H'],
    ['P12Y5M14DT16H12M70S', 'P12Y5M14DT16H13M10S'],
    ['P2012-02-02T14:37:21.545', 'P2012Y2M2DT14H37M21.545S'],
    ['PT-1M-0.001S', 'PT-1M-0.001S'],
    ['P12Y5M-14DT16H', 'P12Y5M-14DT16H'],
  ])('duration(%s) = %s', (text, expected) => {
    expect(str(call('duration', text))).toBe(expected);
  });

  it('rejects malformed text with an ArgumentError naming the text', () => {
    for (const [fn, text] of [
      ['date', '2015-13-01'],
      ['date', '2015/07/21'],
      ['localtime', '25:00'],
      ['time', '12:00+19:00'],
      ['duration', 'P'],
      ['duration', 'PT'],
      ['duration', '1Y'],
    ] as const) {
      expect(() => call(fn, text), `${fn}('${text}')`).toThrow(expect.objectContaining({ code: 'ArgumentError' }));
    }
  });
});

describe('temporalFromString', () => {
  it('round-trips every kind through its string form', () => {
    const values = [
      call('date', '-0044-03-15'),
      call('localtime', '12:31:14.645876123'),
      call('time', '12:31:14.645+01:00'),
      call('localdatetime', '+12345-01-01T00:00'),
      call('datetime', map({ year: 2017, month: 10, day: 29, hour: 2, minute: 30, timezone: 'Europe/Stockholm' })),
      call('duration', 'P12Y5M-14DT-16H-0.5S'),
    ];
    for (const v of values) {
      if (v === null || typeof v !== 'object' || !('kind' in v)) throw new Error('not temporal');
      const kind = v.kind as 'date';
      const back = temporalFromString(kind, v.toString());
      expect(back.toString()).toBe(v.toString());
      expect(temporalEquals(back, v as never)).toBe(true);
    }
  });
});
