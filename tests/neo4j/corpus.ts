/**
 * The graph both stores are compared on: the articles in seeds/ plus ../shared/corpus/dev when
 * present, read and extracted by the project's own pipeline (parseArticleFile → extractArticle →
 * fragmentFromExtraction). Texts are read from disk at test time; none is copied into the repo.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, parseArticleFile } from '../../src/extract/index.js';
import { fragmentFromExtraction } from '../../src/graph/build.js';
import type { GraphFragment } from '../../src/graph/schema.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const DEV_DIR = resolve(ROOT, '../shared/corpus/dev');

export interface Corpus {
  fragments: GraphFragment[];
  articles: string[];
}

export function articleFiles(options: { useDev?: boolean } = {}): string[] {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(dir, f))
      : [];
  const seeds = list(SEEDS_DIR);
  const seen = new Set(seeds.map((f) => basename(f)));
  // Some seeds are also in the dev corpus: each article once.
  const dev = options.useDev === false ? [] : list(DEV_DIR).filter((f) => !seen.has(basename(f)));
  return [...seeds, ...dev];
}

const cache = new Map<boolean, Corpus>();

/** One fragment per article, in file order (extracted once per test file). */
export function loadCorpus(options: { useDev?: boolean } = {}): Corpus {
  const useDev = options.useDev !== false;
  const cached = cache.get(useDev);
  if (cached) return cached;
  const corpus = extractCorpus(useDev);
  cache.set(useDev, corpus);
  return corpus;
}

function extractCorpus(useDev: boolean): Corpus {
  const fragments: GraphFragment[] = [];
  const articles: string[] = [];
  for (const file of articleFiles({ useDev })) {
    for (const input of parseArticleFile(basename(file), readFileSync(file))) {
      fragments.push(fragmentFromExtraction(extractArticle(input)));
      articles.push(input.id);
    }
  }
  return { fragments, articles };
}
