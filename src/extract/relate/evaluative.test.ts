import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';

function rejections(text: string): string[] {
  const x = extractArticle({ id: 't', title: 'T', text, date: '2020-01-11' });
  const name = (id: string | null): string => (id === null ? 'null' : x.entities.find((e) => e.id === id)!.name);
  return x.relations.filter((r) => r.type === 'REJECTED').map((r) => `${name(r.source)} -> ${name(r.target)}`);
}

describe('evaluative rejections', () => {
  it('reads a validity judgement reported with "that" as a rejection of the parties', () => {
    expect(rejections('Anna Berg said that the fishing treaty between Ecuador and Bolivia is illegal.')).toEqual([
      'Anna Berg -> Ecuador',
    ]);
  });

  it('finds the parties of "the agreement" in an earlier sentence', () => {
    const text =
      'Peru said the fishing agreement between Ecuador and Bolivia was signed in May.\nOn Tuesday, Peruvian President Luis Vargas called the agreement "null and void".';
    expect(rejections(text)).toEqual(['Luis Vargas -> Ecuador']);
  });

  it('needs someone who judges, a predicative use and no negation', () => {
    expect(rejections('The fund diversion, which was illegal under the ban, was reported by Anna Berg.')).toEqual([]);
    expect(rejections('Aid to Ecuador would have been illegal at the time.')).toEqual([]);
    expect(rejections('Anna Berg said that the treaty is not illegal.')).toEqual([]);
    expect(rejections('Anna Berg said illegal immigrants from Ecuador were detained.')).toEqual([]);
  });
});
