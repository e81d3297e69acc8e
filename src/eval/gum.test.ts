import { describe, expect, it } from 'vitest';
import { goldChains, namedSpans, readBrackets, readGumDocument, readGumSentences } from './gum.js';

// A two-sentence document written for this test, in GUM's CoNLL-U layout.
const DOC = [
  '# newdoc id = test',
  '# newpar',
  '# sent_id = test-1',
  '# text = Anna Kovacs met the mayor.',
  '1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref-Anna_Kovacs',
  '2\tKovacs\tKovacs\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)',
  '3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_',
  '4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-person-new-snnnn-cf2-2-sgl',
  '5\tmayor\tmayor\tNOUN\tNN\t_\t3\tobj\t_\tEntity=2)|SpaceAfter=No',
  '6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
  '',
  '# sent_id = test-2',
  '# text = She left STS-1.',
  '1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref)',
  '2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tSTS-1\tSTS-1\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(3-event-new-nnnnn-cf3-1-sgl-STS-1)|SpaceAfter=No',
  '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

describe('GUM coreference reader', () => {
  it('reads openers, self-closes and closers, an identity ending in digits included', () => {
    expect(readBrackets('(4-object-giv:act-snsnn-cf1-1-coref)6)', (id) => id === '6')).toEqual({
      opens: [{ id: '4', type: 'object', single: true }],
      closes: ['6'],
    });
    expect(readBrackets('(3-event-new-nnnnn-cf3-1-sgl-STS-1)', () => false).opens[0]).toEqual({
      id: '3',
      type: 'event',
      single: true,
    });
    expect(readBrackets('3)2)', () => true).closes).toEqual(['3', '2']);
  });
  it('rebuilds the text and gives chains of two mentions or more, keyed by end offset', () => {
    const doc = readGumDocument(DOC, 'test.conllu');
    expect(doc.text).toBe('Anna Kovacs met the mayor. She left STS-1.');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual([
      'Anna Kovacs',
      'the mayor',
      'She',
      'STS-1',
    ]);
    expect(goldChains(doc, new Set(['person']))).toEqual([['11', '30']]);
  });
  it('gives the proper-noun-headed mentions as word spans, cut to their name', () => {
    const [first, second] = readGumSentences(DOC, 'test.conllu');
    expect(first!.spans.map((m) => [m.type, m.first, m.last])).toEqual([
      ['person', 0, 1],
      ['person', 3, 4],
    ]);
    expect(namedSpans(first!.sentence, first!.spans).map((m) => [m.first, m.last])).toEqual([[0, 1]]);
    expect(namedSpans(second!.sentence, second!.spans).map((m) => [m.type, m.first, m.last])).toEqual([
      ['event', 2, 2],
    ]);
  });
});
