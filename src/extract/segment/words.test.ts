import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';
import { udWords } from './words.js';

const words = (text: string): string[] => udWords(text, tokenize(text)).map((w) => w.text);

describe('udWords (UD English tokenisation from the extractor tokens)', () => {
  it('splits contractions as UD does', () => {
    expect(words("They don't know, can't say and won't wait.")).toEqual([
      'They',
      'do',
      "n't",
      'know',
      ',',
      'ca',
      "n't",
      'say',
      'and',
      'wo',
      "n't",
      'wait',
      '.',
    ]);
    expect(words("We're sure they'll say it's the union's fault, I'd think.")).toEqual([
      'We',
      "'re",
      'sure',
      'they',
      "'ll",
      'say',
      'it',
      "'s",
      'the',
      'union',
      "'s",
      'fault',
      ',',
      'I',
      "'d",
      'think',
      '.',
    ]);
    expect(words('They cannot and are not gonna stop.')).toEqual([
      'They',
      'can',
      'not',
      'and',
      'are',
      'not',
      'gon',
      'na',
      'stop',
      '.',
    ]);
  });

  it('splits hyphens into their own tokens, keeps names with apostrophes whole', () => {
    expect(words('The NATO-led Secretary-General signed a 10-year deal with O’Brien.')).toEqual([
      'The',
      'NATO',
      '-',
      'led',
      'Secretary',
      '-',
      'General',
      'signed',
      'a',
      '10',
      '-',
      'year',
      'deal',
      'with',
      'O’Brien',
      '.',
    ]);
  });

  it('keeps a domain name whole, as UD does', () => {
    expect(words('Gawker.com and www.tarn-news.co.uk said so.')).toEqual([
      'Gawker.com',
      'and',
      'www.tarn-news.co.uk',
      'said',
      'so',
      '.',
    ]);
  });
  it('keeps ellipses, decades and abbreviations whole', () => {
    expect(words('In the 1990s... Mr. Smith left the U.S. on Oct. 3.')).toEqual([
      'In',
      'the',
      '1990s',
      '...',
      'Mr.',
      'Smith',
      'left',
      'the',
      'U.S.',
      'on',
      'Oct.',
      '3',
      '.',
    ]);
  });

  it('splits only the fused forms it lists, not a word that names an object property', () => {
    expect(words('The constructor said it cannot pay.')).toEqual([
      'The',
      'constructor',
      'said',
      'it',
      'can',
      'not',
      'pay',
      '.',
    ]);
  });

  it('keeps offsets into the text', () => {
    const text = "  Officials didn't re-open talks.";
    for (const w of udWords(text, tokenize(text))) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
