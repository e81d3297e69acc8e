import { describe, expect, it } from 'vitest';
import { dateOfAct, datelineDate } from './dates.js';

describe('dateOfAct', () => {
  it('gives the year from the publication date', () => {
    expect(dateOfAct('Lavrov said on Oct. 30 that talks are possible.', 7, 'said', '2022-10-31')).toBe('2022-10-30');
  });
  it('moves a bare weekday back a week when the verb is past and chrono looks ahead', () => {
    // 2022-10-30 is a Sunday; "Monday" closest is 2022-10-31, in the future of the report.
    expect(dateOfAct('Peskov said on Monday that talks were possible.', 7, 'said', '2022-10-30')).toBe('2022-10-24');
  });
  it('reads a weekday before the report as past unless the act is announced ahead', () => {
    // 2020-01-11 is a Saturday: "On Tuesday" with a present participle is the 7th, not the 14th.
    expect(
      dateOfAct('On Tuesday, Mitsotakis speaking to the council called it void.', 23, 'speaking to', '2020-01-11'),
    ).toBe('2020-01-07');
    expect(dateOfAct('Biden will attend the summit on Tuesday.', 6, 'attend', '2020-01-11')).toBe('2020-01-14');
  });
  it('moves a bare month back a year for past acts', () => {
    expect(dateOfAct('The summit was held in March.', 14, 'held', '2022-10-30')).toBe('2022-03');
    expect(dateOfAct('The alliance demanded it in December.', 13, 'demanded', '2022-10-30')).toBe('2021-12');
  });
  it('keeps only what is certain and gives nothing without a year or a reference', () => {
    expect(dateOfAct('In July 1997, the alliance announced its plan.', 25, 'announced', null)).toBe('1997-07');
    expect(dateOfAct('He said on Oct. 30 that talks are possible.', 3, 'said', null)).toBeNull();
    expect(dateOfAct('He said so.', 3, 'said', '2022-10-30')).toBeNull();
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
