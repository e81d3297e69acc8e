/** Weakly typed names retyped by the trained name typer; the names are invented on purpose. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';

function typed(text: string): string[] {
  return extractArticle({ id: 't', title: 'T', text, date: '2021-05-12' })
    .entities.filter((e) => !e.implied)
    .map((e) => `${e.type}:${e.name}`);
}

describe('names retyped by the name typer', () => {
  it('reads a road and an arena of ordinary-looking words as places, not people', () => {
    expect(typed('Police closed Castlefrank Road after the crash. Anna Kovacs said the road would reopen.')).toEqual([
      'Place:Castlefrank Road',
      'Person:Anna Kovacs',
    ]);
    expect(typed('The final was played at Brannock Arena on Sunday.')).toEqual(['Place:Brannock Arena']);
  });

  it('keeps people people, and a surname said again with its person', () => {
    expect(typed('Tamsin Oduya visited Kestrel Lake on Monday. Oduya said the water was clean.')).toEqual([
      'Person:Tamsin Oduya',
      'Place:Kestrel Lake',
    ]);
  });
});
