import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';
import { undoInitialismCapitals } from './casing.js';

const words = (text: string): string[] =>
  undoInitialismCapitals(tokenize(text)).map((t) => `${t.text}${t.cap ? '^' : ''}`);

describe('undoInitialismCapitals', () => {
  it('takes a function word or auxiliary capitalised after a dotted initialism back to lower case', () => {
    expect(words('the U.S. Did not accept it')).toEqual(['the', 'U.S.^', 'did', 'not', 'accept', 'it']);
    expect(words('U.S. And Kenyan banks')).toEqual(['U.S.^', 'and', 'Kenyan^', 'banks']);
  });
  it('keeps the capital of a word that may begin a name, of a weekday, and after other words', () => {
    expect(words('the U.S. House of Representatives')).toEqual(['the', 'U.S.^', 'House^', 'of', 'Representatives^']);
    expect(words('the U.S. Thursday said')).toEqual(['the', 'U.S.^', 'Thursday^', 'said']);
    expect(words('in Kenya The talks')).toEqual(['in', 'Kenya^', 'The^', 'talks']);
  });
});
