import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokens.js';
import { knownNameTokens } from './known.js';

function marked(text: string): string[] {
  const tokens = tokenize(text);
  const known = knownNameTokens(tokens);
  return tokens.filter((_, i) => known[i]).map((t) => t.text);
}

describe('names a gazetteer knows, marked before tagging', () => {
  it('marks countries and whole multiword names', () => {
    expect(marked('Italy came down on Switzerland.')).toEqual(['Italy', 'Switzerland']);
    expect(marked('The United Nations on Friday called on Pakistan to act.')).toEqual([
      'United',
      'Nations',
      'Pakistan',
    ]);
  });
  it('marks states and territories that no longer exist, as older news names them', () => {
    expect(marked('The treaty covers the Netherlands Antilles and Zaire.')).toEqual([
      'Netherlands',
      'Antilles',
      'Zaire',
    ]);
  });
  it('leaves ordinary capitalised words and unknown names alone', () => {
    expect(marked('Current Foreign Minister Tarrek Vozhani said so.')).toEqual([]);
  });
  it('marks a capitalised first word no dictionary has before another capitalised word', () => {
    expect(marked('Oskar Lind, who chaired the meeting, said so.')).toEqual(['Oskar']);
    // An English word, a demonym, an adjective's ending or a lone first word is left to the tagger.
    expect(marked('Senator Lind said so.')).toEqual([]);
    expect(marked('Kenyan Minister Lind said so.')).toEqual([]);
    expect(marked('Congressional Democrats said so.')).toEqual([]);
    expect(marked('Lind said so.')).toEqual([]);
  });
  it('marks nothing in a shouted headline', () => {
    expect(marked('ITALY REJECTS SWISS PLAN')).toEqual([]);
  });
});

describe('acronyms', () => {
  it('marks acronyms in capitals, not clock or screen words', () => {
    expect(marked('A WHO spokeswoman in Geneva said the U.N. would act at 9 PM on TV.')).toEqual([
      'WHO',
      'Geneva',
      'U.N.',
    ]);
  });
});
