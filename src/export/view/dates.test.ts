import { describe, expect, it } from 'vitest';
import { binEnd, binStart, dayToIso, isoDay, timelineUnit, trustedDate } from './dates.js';

describe('trustedDate', () => {
  it('keeps a relation date near its publication and replaces a far one by the publication date', () => {
    expect(trustedDate('2021-03-01', '2021-03-20')).toBe('2021-03-01');
    expect(trustedDate('2021-06', '2021-03-20')).toBe('2021-06-01');
    expect(trustedDate('2045-04-30', '2021-03-20')).toBe('2021-03-20');
    expect(trustedDate('1444-01', '2021-03-20')).toBe('2021-03-20');
    expect(trustedDate(null, '2021-03-20')).toBe('2021-03-20');
  });

  it('without a publication date keeps only plausible years', () => {
    expect(trustedDate('1999-12-31', null)).toBe('1999-12-31');
    expect(trustedDate('1444-01', null)).toBeNull();
    expect(trustedDate('not a date', null)).toBeNull();
    expect(trustedDate(null, null)).toBeNull();
  });
});

describe('timeline bins', () => {
  it('starts weeks on Monday and months on the first', () => {
    const wednesday = isoDay('2021-03-17')!;
    expect(dayToIso(binStart(wednesday, 'week'))).toBe('2021-03-15');
    expect(dayToIso(binEnd(binStart(wednesday, 'week'), 'week'))).toBe('2021-03-22');
    expect(dayToIso(binStart(wednesday, 'month'))).toBe('2021-03-01');
    expect(dayToIso(binEnd(binStart(wednesday, 'month'), 'month'))).toBe('2021-04-01');
  });

  it('uses weeks up to a year and a half, months beyond', () => {
    expect(timelineUnit(isoDay('2021-01-01')!, isoDay('2021-12-31')!)).toBe('week');
    expect(timelineUnit(isoDay('2020-01-01')!, isoDay('2022-12-31')!)).toBe('month');
  });
});
