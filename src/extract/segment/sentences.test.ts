import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after titles, initials, months or U.S. before a name', () => {
    expect(split('Mr. Blair met George W. Bush on Oct. 30 in Washington. U.S. President Joe Biden spoke.')).toEqual([
      'Mr. Blair met George W. Bush on Oct. 30 in Washington.',
      'U.S. President Joe Biden spoke.',
    ]);
    expect(split('Peskov said it was sent to NATO and the U.S. President Biden did not reply.')).toEqual([
      'Peskov said it was sent to NATO and the U.S. President Biden did not reply.',
    ]);
  });

  it('splits after an abbreviation when an ordinary word starts the next sentence', () => {
    expect(split('The drafts were sent to NATO and the U.S. In the documents, Moscow demanded more.')).toEqual([
      'The drafts were sent to NATO and the U.S.',
      'In the documents, Moscow demanded more.',
    ]);
  });

  it('keeps closing quotes with their sentence and treats lines as paragraphs', () => {
    const t = '"We are ready," he said. "Are you?"\nNext paragraph';
    expect(split(t)).toEqual(['"We are ready," he said.', '"Are you?"', 'Next paragraph']);
    expect(splitSentences(t).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('tokenize', () => {
  it('splits possessives, keeps dotted abbreviations and name compounds apart', () => {
    const toks = tokenize("Putin's aide, the U.S. and NATO-led G-20 talks don't");
    expect(toks.map((t) => t.text)).toEqual([
      'Putin',
      "'s",
      'aide',
      ',',
      'the',
      'U.S.',
      'and',
      'NATO',
      '-',
      'led',
      'G-20',
      'talks',
      "don't",
    ]);
    expect(toks.find((t) => t.text === 'U.S.')!.norm).toBe('us');
  });
  it('gives offsets into the text', () => {
    const text = 'Say “Hello” to Zhang Qiyue.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
