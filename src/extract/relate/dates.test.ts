import { describe, expect, it } from 'vitest';
import { dateOfExpression, datelineDate } from './dates.js';

describe('dateOfExpression', () => {
  it('gives the year from the publication date', () => {
    expect(dateOfExpression('on Oct. 30', 'past', '2022-10-31')).toBe('2022-10-30');
  });
  it('moves a bare weekday back a week for a past act when chrono looks ahead', () => {
    // 2022-10-30 is a Sunday; "Monday" closest is 2022-10-31, in the future of the report.
    expect(dateOfExpression('on Monday', 'past', '2022-10-30')).toBe('2022-10-24');
    expect(dateOfExpression('on Tuesday', 'present', '2020-01-11')).toBe('2020-01-07');
  });
  it('keeps a future act ahead of the report', () => {
    expect(dateOfExpression('on Tuesday', 'future', '2020-01-11')).toBe('2020-01-14');
    expect(dateOfExpression('next week', 'future', '2020-01-11')?.startsWith('2020-01')).toBe(true);
  });
  it('moves a bare month back a year for past acts', () => {
    expect(dateOfExpression('in March', 'past', '2022-10-30')).toBe('2022-03');
    expect(dateOfExpression('in December', 'past', '2022-10-30')).toBe('2021-12');
  });
  it('keeps only what is certain and gives nothing without a year or a reference', () => {
    expect(dateOfExpression('In July 1997', 'past', null)).toBe('1997-07');
    expect(dateOfExpression('on Oct. 30', 'past', null)).toBeNull();
    expect(dateOfExpression('so', 'past', '2022-10-30')).toBeNull();
  });
  it('trusts a date far from the publication date only with its year written', () => {
    expect(dateOfExpression('in 1998', 'past', '2022-10-30')).toBe('1998');
  });
});

describe('datelineDate', () => {
  it('reads a dated dateline', () => {
    expect(datelineDate('Author:     AFP [ MONDAY, MARCH 4, 2019 9:02:11 AM ]\nPARIS: France said on Monday …')).toBe(
      '2019-03-04',
    );
    expect(datelineDate('LONDON, March 2 - British Finance Minister …')).toBeNull();
  });
});
