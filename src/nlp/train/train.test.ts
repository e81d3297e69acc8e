import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../conllu.js';
import { decodeModel, encodeModel } from '../model.js';
import { parseSentence } from '../analyse.js';
import { isProjective } from '../parser.js';
import { trainSyntaxModel, type TrainOptions } from './train.js';
import { readSplit } from './treebank.js';

const treebank = [
  process.env['NEWSGRAPH_TREEBANK'],
  resolve('..', 'shared', 'treebank'),
  resolve('..', '..', 'shared', 'treebank'),
].find((p): p is string => p !== undefined && existsSync(join(p, 'ewt', 'files.train')));

const tiny: Partial<TrainOptions> = {
  taggerEpochs: 2,
  parserEpochs: 2,
  folds: 2,
  taggerBits: 12,
  transitionBits: 14,
  labelBits: 12,
  seed: 7,
};

describe('training', () => {
  it.skipIf(!treebank)('gives the same model bytes twice from a tiny treebank slice', () => {
    const slice = readSplit(treebank!, 'ewt', 'train').slice(0, 80);
    const a = encodeModel(trainSyntaxModel(slice, tiny));
    const b = encodeModel(trainSyntaxModel(slice, tiny));
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
    const other = encodeModel(trainSyntaxModel(slice, { ...tiny, seed: 8 }));
    expect(other.equals(a)).toBe(false);
    const model = decodeModel(a, 'tiny');
    const parsed = parseSentence(
      slice[0]!.words.map((w) => ({ text: w.form, start: w.start, end: w.end })),
      model,
    );
    expect(parsed.tokens.filter((t) => t.head === -1)).toHaveLength(1);
  });

  it('reads CoNLL-U with multiword tokens and aligns words to the text', () => {
    const [s] = parseConllu(
      [
        '# text = They don’t agree.',
        '1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
        '2-3\tdon’t\t_\t_\t_\t_\t_\t_\t_\t_',
        '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
        '3\tn’t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
        '4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
        '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
        '',
      ].join('\n'),
    );
    expect(s!.words.map((w) => [w.form, w.start, w.end, w.head])).toEqual([
      ['They', 0, 4, 3],
      ['do', 5, 7, 3],
      ['n’t', 7, 10, 3],
      ['agree', 11, 16, -1],
      ['.', 16, 17, 3],
    ]);
  });

  it('tells projective trees from crossing ones', () => {
    expect(isProjective([1, -1, 1])).toBe(true);
    // arcs 0→2 and 1→3 cross
    expect(isProjective([2, 3, -1, 2])).toBe(false);
  });
});
