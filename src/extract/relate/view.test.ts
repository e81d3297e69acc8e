import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.js';
import { tokenize } from '../segment/tokens.js';
import { paragraphQuoteMasks } from './view.js';

/** Quote masks of one paragraph, as the words inside quotation marks, sentence by sentence. */
function quotedWords(paragraph: string): string[][] {
  const tokens = splitSentences(paragraph).map((s) => tokenize(paragraph, s.start, s.end));
  return paragraphQuoteMasks(tokens).map((mask, i) =>
    tokens[i]!.filter((t, k) => mask[k] && t.kind === 'word').map((t) => t.text),
  );
}

describe('paragraphQuoteMasks', () => {
  it('marks a closed quotation across sentences', () => {
    expect(quotedWords('The mayor said: "We will rebuild. Nobody leaves." The council agreed.')).toEqual([
      ['We', 'will', 'rebuild'],
      ['Nobody', 'leaves'],
      [],
    ]);
  });
  it('does not let a stray opening quote hide the rest of the paragraph', () => {
    expect(quotedWords('The mayor called the plan "a disgrace and left. The council rejected the budget.')).toEqual([
      [],
      [],
    ]);
    expect(quotedWords('He spoke. "We will rebuild, the mayor said. The council rejected the budget.')[2]).toEqual([]);
  });
  it('keeps a quotation that opens the paragraph open to its end (continued quotes)', () => {
    expect(quotedWords('"We will rebuild. Nobody leaves.')).toEqual([
      ['We', 'will', 'rebuild'],
      ['Nobody', 'leaves'],
    ]);
  });
});
