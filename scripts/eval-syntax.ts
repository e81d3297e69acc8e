/**
 * npm run eval:syntax [-- --split test|dev] [--json] [--model FILE]
 * Tagger, lemmatiser and parser accuracy on EWT and GUM (gold tokenisation, the parser fed by
 * our own predicted tags), then on raw text through the extractor's sentence splitter,
 * tokeniser and UD word refinement (token and sentence F1, aligned UPOS/UAS/LAS F1).
 * With --json the last line is {"ewt": {"upos","xpos","uas","las"}, "gum": {…}} in percent.
 */
import { splitSentences } from '../src/extract/segment/sentences.js';
import { tokenize } from '../src/extract/segment/tokens.js';
import { udWords } from '../src/extract/segment/words.js';
import { loadSyntaxModel, parseSentence } from '../src/nlp/index.js';
import { evaluate, type Scores } from '../src/nlp/train/evaluate.js';
import { scoreRawText } from '../src/nlp/train/rawtext.js';
import { readDocuments, type Split } from '../src/nlp/train/treebank.js';
import { findShared } from './syntax-paths.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = (opt('--split') ?? 'test') as Split;
const json = args.includes('--json');
const treebank = findShared('treebank');
const model = loadSyntaxModel(opt('--model'));
const summary: Record<string, Pick<Scores, 'upos' | 'xpos' | 'uas' | 'las'>> = {};
const say = (line: string): void => void process.stdout.write(line + '\n');

say(`${split} split, gold tokenisation, predicted tags (percent of all words, punctuation included)`);
say('corpus  words   UPOS   XPOS  lemma    UAS    LAS');
for (const corpus of ['ewt', 'gum'] as const) {
  const docs = readDocuments(treebank, corpus, split);
  const s = evaluate(
    model,
    docs.flatMap((d) => d.sentences),
  );
  summary[corpus] = { upos: s.upos, xpos: s.xpos, uas: s.uas, las: s.las };
  say(
    `${corpus.padEnd(6)} ${String(s.words).padStart(6)} ${[s.upos, s.xpos, s.lemma, s.uas, s.las].map((v) => v.toFixed(2).padStart(6)).join(' ')}`,
  );
}
say('');
say(`${split} split, raw text through src/extract/segment (F1: words and sentences matched by character span)`);
say('corpus  tokens  sentences   UPOS    UAS    LAS');
for (const corpus of ['ewt', 'gum'] as const) {
  const r = scoreRawText(readDocuments(treebank, corpus, split), {
    sentences: (text) => splitSentences(text),
    words: (text, s) => udWords(text, tokenize(text, s.start, s.end)),
    parse: (words) => parseSentence(words, model),
  });
  say(
    `${corpus.padEnd(6)} ${r.tokenF1.toFixed(2).padStart(7)} ${r.sentenceF1.toFixed(2).padStart(10)} ${[r.upos, r.uas, r.las].map((v) => v.toFixed(2).padStart(6)).join(' ')}`,
  );
}
if (json) say(JSON.stringify(summary));
