/** Extracts the repository's seed articles for the quality and scorer-parity tests. */
import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, readInputs, toAnnotationOutput, type AnnotationOutput } from '../../src/extract/index.js';
import { readGoldFolder, type GoldDocument } from '../../src/eval/index.js';

export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
export const SEEDS = join(ROOT, 'seeds');
export const GOLD = join(ROOT, 'tests', 'fixtures', 'gold');
// Real path: the referee runs its main only when argv[1] is its own (resolved) file URL.
const REFEREE_PATH = join(ROOT, '..', 'shared', 'tools', 'score-extraction.mjs');
export const REFEREE = existsSync(REFEREE_PATH) ? realpathSync(REFEREE_PATH) : REFEREE_PATH;

/** The blind-annotated Wikinews articles (tests/fixtures/wikinews-gum, texts and gold side by side). */
export const WIKINEWS_GUM = ['studied', 'untouched'].map((d) => join(ROOT, 'tests', 'fixtures', 'wikinews-gum', d));

export async function extractSeeds(): Promise<Map<string, AnnotationOutput>> {
  return extractFolders([SEEDS]);
}

/** Every article in the folders (their .txt files; gold files are not articles), extracted. */
export async function extractFolders(folders: string[]): Promise<Map<string, AnnotationOutput>> {
  const out = new Map<string, AnnotationOutput>();
  for await (const o of readInputs(folders)) {
    if (!o.ok) throw o.error;
    out.set(o.article.id, toAnnotationOutput(extractArticle(o.article)));
  }
  return out;
}

export async function seedGold(): Promise<GoldDocument[]> {
  return readGoldFolder(GOLD);
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}
