import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences.js';
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
  it('reads an abbreviation as the sentence splitter does: its stop stays on it and ends no sentence', () => {
    const t = 'Sens. Mara Velt and Ivo Brandt met Messrs. Orlo and Lind. Cpl. Dana Holm of Veltrax Inc. said so.';
    expect(split(t)).toEqual([
      'Sens. Mara Velt and Ivo Brandt met Messrs. Orlo and Lind.',
      'Cpl. Dana Holm of Veltrax Inc. said so.',
    ]);
    const words = tokenize(t).map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining(['Sens.', 'Messrs.', 'Cpl.', 'Inc.']));
    expect(words.filter((w) => w === '.')).toHaveLength(2);
  });
  it('splits a language or speech adjective off its name ("English-language", "French-speaking")', () => {
    expect(tokenize('the English-language daily').map((t) => t.text)).toEqual([
      'the',
      'English',
      '-',
      'language',
      'daily',
    ]);
    expect(tokenize('a French-speaking envoy').map((t) => t.text)).toEqual(['a', 'French', '-', 'speaking', 'envoy']);
  });
  it('keeps mojibake (UTF-8 read as Latin-1) inside its word, composed or with a combining mark', () => {
    expect(tokenize('Enrique Pe\u00c3\u00b1a Nieto').map((t) => t.text)).toEqual([
      'Enrique',
      'Pe\u00c3\u00b1a',
      'Nieto',
    ]);
    expect(tokenize('Enrique PeA\u0303\u00b1a Nieto').map((t) => t.text)).toEqual([
      'Enrique',
      'PeA\u0303\u00b1a',
      'Nieto',
    ]);
  });
  it('gives offsets into the text', () => {
    const text = 'Say “Hello” to Zhang Qiyue.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('over-long sentences', () => {
  const words = ['the', 'minister', 'said', 'council', 'would', 'meet', 'again'];
  const run = (chars: number) => {
    let s = '';
    for (let i = 0; s.length < chars; i++) s += words[i % words.length] + ' ';
    return s.trim();
  };

  it('cuts a run without punctuation into pieces of at most MAX_SENTENCE_CHARS, at spaces, losing nothing', () => {
    const text = `Headline words.\n${run(400_000)}`;
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(400);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text[p.start]).toMatch(/\S/);
      expect(text[p.end - 1]).toMatch(/\S/);
    }
    for (const [i, p] of pieces.slice(1).entries()) {
      expect(text.slice(pieces[i]!.end, p.start)).toMatch(/^\s+$/); // only the spaces between pieces go
    }
    expect(pieces.slice(1).every((p) => p.paragraph === 1)).toBe(true);
  });

  it('cuts a run without spaces hard, never inside a surrogate pair, and leaves normal sentences alone', () => {
    const text = 'x' + '𝐀'.repeat(1500); // 3,001 UTF-16 units: a plain cut at 1,000 would split a pair
    const pieces = splitSentences(text);
    expect(pieces.map((p) => p.end - p.start)).toEqual([999, 1000, 1000, 2]);
    for (const p of pieces.slice(1)) expect(text.codePointAt(p.start)).toBe(0x1d400);
    expect(split('He said so. She agreed.')).toEqual(['He said so.', 'She agreed.']);
  });
});
