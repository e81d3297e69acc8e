/**
 * Scoring a tokeniser + sentence splitter + parser against a treebank's raw text: each
 * document's `# text` lines are joined (a new paragraph starts a new line), the pipeline runs on
 * that text, and predicted words and sentences are matched to gold ones by character span.
 * Word-level scores are F1 over aligned words, as in the CoNLL 2018 shared task.
 */
import type { TreebankDocument } from './treebank.js';
import type { ParsedSentence, WordSpan } from '../types.js';

export interface RawPipeline {
  sentences(text: string): { start: number; end: number }[];
  words(text: string, sentence: { start: number; end: number }): WordSpan[];
  parse(words: WordSpan[]): ParsedSentence;
}

export interface RawScores {
  tokenF1: number;
  sentenceF1: number;
  upos: number;
  uas: number;
  las: number;
}

interface GoldWord {
  start: number;
  end: number;
  upos: string;
  /** Span key of the head ("root" for the root). */
  head: string;
  deprel: string;
}

const f1 = (correct: number, predicted: number, gold: number): number =>
  predicted + gold === 0 ? 0 : Math.round((20000 * correct) / (predicted + gold)) / 100;

export function documentText(doc: TreebankDocument): { text: string; words: GoldWord[]; sentences: string[] } {
  let text = '';
  const words: GoldWord[] = [];
  const sentences: string[] = [];
  doc.sentences.forEach((s, i) => {
    if (i > 0) text += s.newPar || s.newDoc ? '\n' : ' ';
    const base = text.length;
    text += s.text;
    sentences.push(`${base}:${base + s.text.length}`);
    const key = (k: number): string => {
      const w = s.words[k]!;
      return w.start < 0 ? `?${base}:${k}` : `${base + w.start}:${base + w.end}`;
    };
    s.words.forEach((w) => {
      if (w.start < 0) return;
      words.push({
        start: base + w.start,
        end: base + w.end,
        upos: w.upos,
        head: w.head < 0 ? 'root' : key(w.head),
        deprel: w.deprel,
      });
    });
  });
  return { text, words, sentences };
}

export function scoreRawText(docs: readonly TreebankDocument[], pipeline: RawPipeline): RawScores {
  let goldWords = 0;
  let predWords = 0;
  let tokenHits = 0;
  let goldSents = 0;
  let predSents = 0;
  let sentHits = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  for (const doc of docs) {
    const { text, words, sentences } = documentText(doc);
    const goldBySpan = new Map(words.map((w) => [`${w.start}:${w.end}`, w]));
    goldWords += doc.sentences.reduce((n, s) => n + s.words.length, 0);
    goldSents += sentences.length;
    const goldSentSet = new Set(sentences);
    for (const sentence of pipeline.sentences(text)) {
      predSents++;
      if (goldSentSet.has(`${sentence.start}:${sentence.end}`)) sentHits++;
      const ws = pipeline.words(text, sentence);
      predWords += ws.length;
      const parsed = pipeline.parse(ws);
      parsed.tokens.forEach((t) => {
        const gold = goldBySpan.get(`${t.start}:${t.end}`);
        if (!gold) return;
        tokenHits++;
        if (t.upos === gold.upos) upos++;
        const head = t.head < 0 ? 'root' : `${parsed.tokens[t.head]!.start}:${parsed.tokens[t.head]!.end}`;
        if (head === gold.head) {
          uas++;
          if (t.deprel === gold.deprel) las++;
        }
      });
    }
  }
  return {
    tokenF1: f1(tokenHits, predWords, goldWords),
    sentenceF1: f1(sentHits, predSents, goldSents),
    upos: f1(upos, predWords, goldWords),
    uas: f1(uas, predWords, goldWords),
    las: f1(las, predWords, goldWords),
  };
}
