import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

describe('cleanText', () => {
  it('removes a repeated body and repeated sentences, and says so', () => {
    const p1 = 'Lavrov said on Oct. 30 that Russia is ready for negotiations with the West.';
    const p2 = 'Peskov said that such negotiations would mean discussing the draft agreements.';
    const raw = `${p1}\n${p2}\n\n${p2}\nA new paragraph follows. ${p1}`;
    const { text, warnings } = cleanText(raw);
    expect(text).toBe(`${p1}\n${p2}\nA new paragraph follows.`);
    expect(warnings).toContain('removed 1 repeated paragraph');
    expect(warnings).toContain('removed 1 repeated sentence');
  });

  it('collapses whitespace and notes a sentence cut off mid-way', () => {
    const { text, warnings } = cleanText(
      '  NATO\t and   the U.S.  rejected the plan. \n\nBack then, NATO and the U.S. rejected\n',
    );
    expect(text).toBe('NATO and the U.S. rejected the plan.\nBack then, NATO and the U.S. rejected');
    expect(warnings.some((w) => w.startsWith('truncated sentence'))).toBe(true);
  });

  it('keeps short sentences that legitimately repeat', () => {
    expect(cleanText('He said no.\nThey asked again. He said no.').text).toBe(
      'He said no.\nThey asked again. He said no.',
    );
  });
});
