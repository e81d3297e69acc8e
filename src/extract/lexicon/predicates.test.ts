import { describe, expect, it } from 'vitest';
import { inflect, mayTrigger, takesUpProposal } from './predicates.js';

describe('inflect', () => {
  it('doubles the final consonant of one stressed syllable, and gives words of several both spellings', () => {
    expect(inflect('stop')).toEqual(expect.arrayContaining(['stops', 'stopped', 'stopping']));
    // "rebut" is stressed on its end ("rebutted"), "visit" is not ("visited"): both forms are made.
    expect(inflect('rebut')).toEqual(expect.arrayContaining(['rebutted', 'rebutting']));
    expect(inflect('visit')).toEqual(expect.arrayContaining(['visited', 'visiting']));
    expect(inflect('veto')).toEqual(expect.arrayContaining(['vetoes', 'vetoed']));
    expect(inflect('urge')).toEqual(expect.arrayContaining(['urges', 'urged', 'urging']));
  });
  it('makes the inflected trigger words worth parsing', () => {
    expect(['rebutted', 'vetoes', 'disputed', 'refuted'].every(mayTrigger)).toBe(true);
    expect(mayTrigger('rebate')).toBe(false);
  });
  it('tells a proposal taken up ("the proposal", "such an arrangement") from one only made', () => {
    const words = (text: string): string[] => text.toLowerCase().split(' ');
    expect(takesUpProposal(words('Lund rejected the proposal'))).toBe(true);
    expect(takesUpProposal(words('Lund dismissed such an arrangement'))).toBe(true);
    expect(takesUpProposal(words('Lund called the new plans unworkable'))).toBe(true);
    expect(takesUpProposal(words('Kestan proposed a plan for talks'))).toBe(false);
  });
});
