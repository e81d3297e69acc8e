/**
 * npm run eval:coref — coreference of newsgraph's extraction (names, pronouns, definite
 * descriptions) against GUM's gold chains: MUC, B³, CEAFe and their mean (CoNLL F1), on the
 * person/organization/place/event chains of GUM's news test documents and of the whole test split.
 *
 *   npm run eval:coref [-- --split test|dev] [-- --json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/index.js';
import { scoreCoreference, type Chain, type CorefScores } from '../src/eval/coref.js';
import { goldChains, readGumDocument } from '../src/eval/gum.js';
import { findShared } from './syntax-paths.js';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'test';
const json = args.includes('--json');
const TYPES = new Set(['person', 'organization', 'place', 'event']);

const gum = findShared('treebank', 'gum');
const names = readFileSync(join(gum, `files.${split}`), 'utf8')
  .split('\n')
  .filter(Boolean);

interface Run {
  gold: Chain[];
  predicted: Chain[];
}

/**
 * Offsets of the cleaned text in the original: cleaning only drops repeated paragraphs and
 * sentences and folds white space, so each cleaned stretch is found again further on.
 */
function offsetMap(cleaned: string, original: string): Int32Array {
  const map = new Int32Array(cleaned.length + 1).fill(-1);
  let o = 0;
  for (let c = 0; c < cleaned.length; c++) {
    if (cleaned[c] !== original[o]) {
      const probe = cleaned.slice(c, c + 24);
      const found = original.indexOf(probe, o);
      if (found < 0) continue;
      o = found;
    }
    map[c] = o++;
  }
  map[cleaned.length] = o;
  return map;
}

function runDocument(name: string): Run {
  const doc = readGumDocument(readFileSync(join(gum, 'sources', `${name}.conllu`), 'utf8'), name);
  const x = extractArticle({ id: name, text: doc.text }, { parseAll: true });
  const map = offsetMap(x.text, doc.text);
  const end = (offset: number): string => String(map[offset - 1]! + 1);
  const predicted = x.entities.map((e) => [
    ...e.mentions.map((m) => end(m.end)),
    ...(x.references ?? []).filter((r) => r.entity === e.id).map((r) => end(r.end)),
  ]);
  const key = (c: string[]): string[] => [...new Set(c)].map((k) => `${name}:${k}`);
  return {
    gold: goldChains(doc, TYPES).map(key),
    predicted: predicted.map(key).filter((c) => c.length > 1),
  };
}

function score(runs: Run[]): CorefScores {
  return scoreCoreference(
    runs.flatMap((r) => r.gold),
    runs.flatMap((r) => r.predicted),
  );
}

const runs = new Map(names.map((n) => [n, runDocument(n)]));
const news = [...runs].filter(([n]) => n.startsWith('GUM_news_')).map(([, r]) => r);
const all = [...runs.values()];
const pct = (x: number): string => (100 * x).toFixed(1);
const line = (label: string, s: CorefScores, docs: number): string =>
  `${label.padEnd(28)} ${String(docs).padStart(4)}  MUC ${pct(s.muc.f1)}  B3 ${pct(s.bcubed.f1)}  CEAFe ${pct(s.ceafe.f1)}  CoNLL ${pct(s.conll)}`;
const newsScore = score(news);
const allScore = score(all);
process.stdout.write(`GUM ${split}: person/organization/place/event chains (singletons left out), F1 in percent\n`);
process.stdout.write(line(`news (${split})`, newsScore, news.length) + '\n');
process.stdout.write(line(`all genres (${split})`, allScore, all.length) + '\n');
if (json) {
  const summary = (s: CorefScores) => ({
    muc: +pct(s.muc.f1),
    bcubed: +pct(s.bcubed.f1),
    ceafe: +pct(s.ceafe.f1),
    conll: +pct(s.conll),
  });
  process.stdout.write(JSON.stringify({ split, news: summary(newsScore), all: summary(allScore) }) + '\n');
}
