import { describe, expect, it } from 'vitest';
import { epochDayOf } from './calendar.js';
import { formatOffset, offsetAtInstant, parseOffset, parseZone, resolveLocal } from './zones.js';
import { call, map, str } from './test-helpers.js';

const stockholm = parseZone('Europe/Stockholm');
const hours = (h: number, m = 0) => (h * 60 + m) * 60 * 1_000_000_000;

describe('time zones', () => {
  it('parses and prints offsets', () => {
    expect(parseOffset('Z')).toBe(0);
    expect(parseOffset('+01')).toBe(3600);
    expect(parseOffset('-0130')).toBe(-5400);
    expect(parseOffset('+02:05:59')).toBe(7559);
    expect(parseOffset('Europe/Paris')).toBeNull();
    expect(() => parseOffset('+19:00')).toThrow(/Invalid time zone offset/);
    expect([0, 3600, -5400, 7559].map(formatOffset)).toEqual(['Z', '+01:00', '-01:30', '+02:05:59']);
  });

  it('finds historic and seasonal offsets of named zones', () => {
    expect(offsetAtInstant(stockholm, Date.UTC(1984, 6, 20) / 1000)).toBe(7200);
    expect(offsetAtInstant(stockholm, Date.UTC(1984, 0, 20) / 1000)).toBe(3600);
    expect(offsetAtInstant(stockholm, Date.UTC(1818, 6, 21) / 1000)).toBe(3208); // local mean time +00:53:28
    expect(offsetAtInstant(parseZone('Australia/Eucla'), Date.UTC(2015, 6, 21) / 1000)).toBe(31500);
  });

  it('moves a local time in a spring-forward gap forward, and takes the earlier offset in an overlap', () => {
    const gapDay = epochDayOf(2017, 3, 26);
    expect(resolveLocal(stockholm, gapDay, hours(2, 30))).toEqual({
      epochDay: gapDay,
      nanoOfDay: hours(3, 30),
      offset: 7200,
    });
    const overlapDay = epochDayOf(2017, 10, 29);
    expect(resolveLocal(stockholm, overlapDay, hours(2, 30)).offset).toBe(7200);
    expect(resolveLocal(stockholm, overlapDay, hours(2, 30), 3600).offset).toBe(3600);
    expect(
      str(call('datetime', map({ year: 2017, month: 3, day: 26, hour: 2, minute: 30, timezone: 'Europe/Stockholm' }))),
    ).toBe('2017-03-26T03:30+02:00[Europe/Stockholm]');
    expect(str(call('datetime', '2017-10-29T02:30+01:00[Europe/Stockholm]'))).toBe(
      '2017-10-29T02:30+01:00[Europe/Stockholm]',
    );
  });

  it('rejects unknown zone names', () => {
    expect(() => parseZone('Atlantis/Capital')).toThrow(expect.objectContaining({ code: 'ArgumentError' }));
  });
});
