import { describe, expect, it } from 'vitest';
import { FeatureTemplates, hashString, templatesOf } from './hash.js';

function keys(ids: number[], atoms: number[][]): number[] {
  const longest = Math.max(...atoms.map((a) => a.length));
  const templates = new FeatureTemplates(
    ids,
    atoms.map((a, k) => a.map((_, j) => k * longest + j)),
  );
  const vector = new Int32Array(ids.length * longest);
  atoms.forEach((a, k) => a.forEach((x, j) => (vector[k * longest + j] = x)));
  const out = new Uint32Array(ids.length);
  expect(templates.hash(vector, out)).toBe(ids.length);
  return [...out];
}

describe('feature hashing', () => {
  it('gives the keys the shipped model was trained with', () => {
    // Values of the former feat1..feat4(id, atoms…), which trained the model: its slots depend on them.
    expect(hashString('the')).toBe(3020861980);
    expect(hashString('Reuters')).toBe(3753124923);
    expect(
      keys(
        [0, 1, 3, 18, 117],
        [[1], [hashString('the')], [hashString('said'), 42], [0x7f7f7f7f, 5, hashString('Reuters')], [1, 2, 3, 4]],
      ),
    ).toEqual([2393283403, 721437028, 1615849117, 317765843, 2912548245]);
  });

  it('reads templates written as atom names', () => {
    const named = templatesOf([3], ['w p'], ['p', 'w']);
    const out = new Uint32Array(1);
    named.hash(Int32Array.from([42, hashString('said')]), out);
    expect(out[0]).toBe(1615849117);
    expect(() => templatesOf([1], ['w x'], ['w'])).toThrow(/unknown atom x/);
  });
});
