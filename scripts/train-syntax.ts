/**
 * npm run train:syntax [-- --out FILE] [--slice N] [--epochs-parser N] [--epochs-tagger N] [--folds K]
 * Trains the tagger, lemmatiser and parser on EWT + GUM train (../shared/treebank), prints dev
 * accuracies and writes the compressed model (default src/nlp/model/en-ud.bin.br).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeModel, encodeModel } from '../src/nlp/model.js';
import { evaluate } from '../src/nlp/train/evaluate.js';
import { trainSyntaxModel, type TrainOptions } from '../src/nlp/train/train.js';
import { readSplit } from '../src/nlp/train/treebank.js';
import { findShared, projectRoot } from './syntax-paths.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const num = (name: string): number | undefined => (opt(name) === undefined ? undefined : Number(opt(name)));

const PROVENANCE =
  'Trained by newsgraph (npm run train:syntax) on UD English EWT train (Silveira et al. 2014, CC BY-SA 4.0) ' +
  'and the CC BY genres of GUM train (Zeldes 2017, CC BY). A derived work: keep this attribution.';

const treebank = findShared('treebank');
const out = opt('--out') ?? join(projectRoot, 'src', 'nlp', 'model', 'en-ud.bin.br');
const slice = num('--slice');
const started = Date.now();
let train = [...readSplit(treebank, 'ewt', 'train'), ...readSplit(treebank, 'gum', 'train')];
if (slice !== undefined) train = train.slice(0, slice);
const options: Partial<TrainOptions> = {
  provenance: PROVENANCE,
  log: (line) => process.stdout.write(line + '\n'),
};
if (num('--epochs-parser') !== undefined) options.parserEpochs = num('--epochs-parser')!;
if (num('--epochs-tagger') !== undefined) options.taggerEpochs = num('--epochs-tagger')!;
if (num('--folds') !== undefined) options.folds = num('--folds')!;
if (slice !== undefined) Object.assign(options, { taggerBits: 14, transitionBits: 16, labelBits: 14 });
process.stdout.write(`training on ${train.length} sentences, ${train.reduce((n, s) => n + s.words.length, 0)} words\n`);
const model = trainSyntaxModel(train, options);
const bytes = encodeModel(model);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
process.stdout.write(
  `wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB; trained in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
if (slice === undefined) {
  const reloaded = decodeModel(bytes, out);
  for (const corpus of ['ewt', 'gum'] as const) {
    const s = evaluate(reloaded, readSplit(treebank, corpus, 'dev'));
    process.stdout.write(
      `${corpus} dev (${s.words} words): UPOS ${s.upos} XPOS ${s.xpos} lemma ${s.lemma} UAS ${s.uas} LAS ${s.las}\n`,
    );
  }
}
