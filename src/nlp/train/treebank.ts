/** Reading the shared treebanks (EWT and GUM) by their standard split lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type TreebankSentence } from '../conllu.js';

export type Corpus = 'ewt' | 'gum';
export type Split = 'train' | 'dev' | 'test';

/** One document: its sentences in order (raw-text evaluation works per document). */
export interface TreebankDocument {
  name: string;
  sentences: TreebankSentence[];
}

export function readDocuments(treebankDir: string, corpus: Corpus, split: Split): TreebankDocument[] {
  const dir = join(treebankDir, corpus);
  const names = readFileSync(join(dir, `files.${split}`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return names.map((name) => {
    const path = corpus === 'ewt' ? join(dir, 'sources', name) : join(dir, 'sources', `${name}.conllu`);
    return { name, sentences: parseConllu(readFileSync(path, 'utf8'), path) };
  });
}

export function readSplit(treebankDir: string, corpus: Corpus, split: Split): TreebankSentence[] {
  return readDocuments(treebankDir, corpus, split).flatMap((d) => d.sentences);
}
