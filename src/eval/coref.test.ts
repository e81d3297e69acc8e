import { describe, expect, it } from 'vitest';
import { bcubed, ceafe, maxAssignment, muc, scoreCoreference } from './coref.js';

const gold = [['a', 'b', 'c', 'd']];
const split = [
  ['a', 'b'],
  ['c', 'd'],
];

describe('coreference scores', () => {
  it('MUC counts the links needed to rejoin a split chain (Vilain et al.)', () => {
    const s = muc(gold, split);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBe(1);
  });
  it('B³ averages per-mention overlap', () => {
    const s = bcubed(gold, split);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.precision).toBe(1);
  });
  it('CEAFe aligns chains one to one under φ4', () => {
    const s = ceafe(gold, split);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBeCloseTo(1 / 3);
  });
  it('scores a perfect response 1 and an empty one 0', () => {
    expect(scoreCoreference(gold, gold).conll).toBe(1);
    expect(scoreCoreference(gold, []).conll).toBe(0);
  });
  it('finds the optimal assignment, not the greedy one', () => {
    // Greedy takes 0.9 first (row 0 → col 0) and ends with 0.9 + 0.1; the optimum is 0.8 + 0.8.
    expect(
      maxAssignment([
        [0.9, 0.8],
        [0.8, 0.1],
      ]),
    ).toBeCloseTo(1.6);
    expect(maxAssignment([[0.5, 0.2, 0.7]])).toBeCloseTo(0.7);
  });
});
