import { describe, expect, it } from 'vitest';
import { parseSentence } from './analyse.js';
import type { WordSpan } from './types.js';

function spans(sentence: string, at: number): WordSpan[] {
  let start = at;
  return sentence.split(' ').map((text) => {
    const w = { text, start, end: start + text.length };
    start = w.end + 1;
    return w;
  });
}

describe('parseSentence', () => {
  it('gives a repeated sentence the same analysis at its own offsets', () => {
    const sentence = 'The Fed said on Tuesday it would raise rates .';
    const first = parseSentence(spans(sentence, 0));
    const again = parseSentence(spans(sentence, 100));
    expect(again.tokens.map((t) => t.start)).toEqual(first.tokens.map((t) => t.start + 100));
    expect(again.tokens.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(
      first.tokens.map(({ start: _s, end: _e, ...rest }) => rest),
    );
    expect(first.tokens.find((t) => t.text === 'said')).toMatchObject({ upos: 'VERB', deprel: 'root', head: -1 });
  });
});
