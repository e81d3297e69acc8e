/** Reading a gold folder and a prediction folder from disk (the I/O edge of scoring). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoldDocument, PredictionDocument } from './types.js';
import { GoldError, validateGold } from './score.js';

export async function readGoldFolder(dir: string): Promise<GoldDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  } catch {
    throw new GoldError(`gold folder not found: ${dir}`);
  }
  if (names.length === 0) throw new GoldError(`no *.gold.json files in ${dir}`);
  const docs: GoldDocument[] = [];
  for (const f of names) {
    let doc: GoldDocument;
    try {
      doc = JSON.parse(await readFile(join(dir, f), 'utf8')) as GoldDocument;
    } catch (err) {
      throw new GoldError(`cannot read ${f}: ${(err as Error).message}`);
    }
    doc.id = f.slice(0, -'.gold.json'.length);
    validateGold(doc);
    docs.push(doc);
  }
  return docs;
}

/** Predictions NAME.json for the given ids; unreadable or absent files are left out (empty output). */
export async function readPredictionFolder(dir: string, ids: string[]): Promise<Map<string, PredictionDocument>> {
  const out = new Map<string, PredictionDocument>();
  for (const id of ids) {
    try {
      const doc = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as unknown;
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) out.set(id, doc as PredictionDocument);
    } catch {
      // absent or unreadable: scored as empty output
    }
  }
  return out;
}
