/**
 * GUM's named mentions as name-typer examples: the proper-noun-headed mentions of each sentence
 * (src/eval/gum.ts namedSpans), their GUM type mapped to a typer class, the sentence parsed by our
 * own tagger and parser from the gold words (the typer sees at run time what the parser predicts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namedSpans, readGumSentences } from '../../src/eval/gum.js';
import { parseSentence } from '../../src/nlp/index.js';
import type { NameClass } from '../../src/nlp/names.js';
import type { NameExample } from '../../src/nlp/train/names.js';
import type { Split } from '../../src/nlp/train/treebank.js';

const CLASS_OF_GUM_TYPE: Record<string, NameClass> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
};

export function classOfGumType(type: string): NameClass {
  return CLASS_OF_GUM_TYPE[type] ?? 'Other';
}

export function gumDocumentNames(treebank: string, split: Split): string[] {
  return readFileSync(join(treebank, 'gum', `files.${split}`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Named-mention examples of some GUM documents (document names as in files.{train,dev,test}). */
export function gumNameExamples(treebank: string, documents: readonly string[]): NameExample[] {
  const out: NameExample[] = [];
  for (const name of documents) {
    const path = join(treebank, 'gum', 'sources', `${name}.conllu`);
    for (const { sentence, spans } of readGumSentences(readFileSync(path, 'utf8'), path)) {
      const named = namedSpans(sentence, spans);
      if (named.length === 0) continue;
      const parsed = parseSentence(sentence.words.map((w) => ({ text: w.form, start: w.start, end: w.end })));
      for (const s of named) out.push({ sentence: parsed, first: s.first, last: s.last, type: classOfGumType(s.type) });
    }
  }
  return out;
}
