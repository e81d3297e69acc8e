/** Accuracy of the tagger, lemmatiser and parser on gold-tokenised treebank sentences. */
import type { TreebankSentence } from '../conllu.js';
import { parseSentence } from '../analyse.js';
import type { SyntaxModel } from '../model.js';

export interface Scores {
  words: number;
  /** Percentages, all words counted (punctuation included, as in the CoNLL 2018 shared task). */
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

const pct = (k: number, n: number): number => (n === 0 ? 0 : Math.round((10000 * k) / n) / 100);

export function evaluate(model: SyntaxModel, sentences: readonly TreebankSentence[]): Scores {
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  for (const s of sentences) {
    const parsed = parseSentence(
      s.words.map((w) => ({ text: w.form, start: w.start, end: w.end })),
      model,
    );
    s.words.forEach((g, i) => {
      const p = parsed.tokens[i]!;
      n++;
      if (p.upos === g.upos) upos++;
      if (p.xpos === g.xpos) xpos++;
      if (p.lemma === g.lemma) lemma++;
      if (p.head === g.head) {
        uas++;
        if (p.deprel === g.deprel) las++;
      }
    });
  }
  return { words: n, upos: pct(upos, n), xpos: pct(xpos, n), lemma: pct(lemma, n), uas: pct(uas, n), las: pct(las, n) };
}
