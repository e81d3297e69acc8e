/**
 * npm run train:names [-- --out FILE] [--epochs N] [--docs N]
 * Trains the name typer (src/nlp/names.ts) on the named mentions of GUM train, sentences parsed
 * by our own syntax model, and writes the compressed model (default src/nlp/model/names.bin.br).
 * Common words: lowercase forms seen 3 times or more in EWT + GUM train.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodeNameModel } from '../src/nlp/names.js';
import { trainNameModel } from '../src/nlp/train/names.js';
import { readSplit } from '../src/nlp/train/treebank.js';
import { gumDocumentNames, gumNameExamples } from './lib/gum-names.js';
import { findShared, projectRoot } from './syntax-paths.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const PROVENANCE =
  'Trained by newsgraph (npm run train:names) on the entity layer of the CC BY genres of GUM train ' +
  '(Zeldes 2017, "The GUM Corpus: Creating Multilayer Resources in the Classroom", CC BY); common words ' +
  'from UD English EWT train (Silveira et al. 2014, CC BY-SA 4.0). A derived work: keep this attribution.';

const treebank = findShared('treebank');
const out = opt('--out') ?? join(projectRoot, 'src', 'nlp', 'model', 'names.bin.br');
const started = Date.now();

function commonWords(): Set<string> {
  const counts = new Map<string, number>();
  for (const corpus of ['ewt', 'gum'] as const)
    for (const s of readSplit(treebank, corpus, 'train'))
      for (const w of s.words)
        if (/\p{Ll}/u.test(w.form) && w.form === w.form.toLowerCase())
          counts.set(w.form, (counts.get(w.form) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 3).map(([w]) => w));
}

let documents = gumDocumentNames(treebank, 'train');
if (opt('--docs') !== undefined) documents = documents.slice(0, Number(opt('--docs')));
const examples = gumNameExamples(treebank, documents);
const common = commonWords();
const epochs = opt('--epochs') === undefined ? {} : { epochs: Number(opt('--epochs')) };
const model = trainNameModel(examples, { common, provenance: PROVENANCE, ...epochs });
const bytes = encodeNameModel(model);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
process.stdout.write(
  `${examples.length} named mentions from ${documents.length} GUM train documents, ${common.size} common words\n` +
    `wrote ${out}: ${(bytes.length / 1e3).toFixed(0)} kB, ${model.table.vals.length} weights; ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
