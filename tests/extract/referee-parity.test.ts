/**
 * Our scorer must print the same numbers as the reference scorer (shared/tools/score-extraction.mjs)
 * on the same inputs. Runs when ../shared is beside the project; skipped otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCorpus, summaryLine, type PredictionDocument } from '../../src/eval/index.js';
import { extractSeeds, GOLD, REFEREE, seedGold } from './fixtures.js';

interface RefereeReport {
  entities: { tp: number; fp: number; fn: number; by_type: Record<string, { tp: number; fp: number; fn: number }> };
  relations: { tp: number; fp: number; fn: number; by_type: Record<string, { tp: number; fp: number; fn: number }> };
}

function referee(predDir: string): { json: RefereeReport; summary: string } {
  const json = JSON.parse(
    execFileSync(process.execPath, [REFEREE, '--gold', GOLD, '--pred', predDir, '--json'], { encoding: 'utf8' }),
  ) as RefereeReport;
  const text = execFileSync(process.execPath, [REFEREE, '--gold', GOLD, '--pred', predDir], { encoding: 'utf8' });
  return { json, summary: text.trim().split('\n').pop()! };
}

async function writePredictions(preds: Map<string, PredictionDocument>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ng-parity-'));
  for (const [id, p] of preds) await writeFile(join(dir, `${id}.json`), JSON.stringify(p));
  return dir;
}

describe.skipIf(!existsSync(REFEREE))('scorer parity with the reference scorer', () => {
  it('agrees on our extraction of the seed articles', async () => {
    const gold = await seedGold();
    const preds = await extractSeeds();
    const ours = scoreCorpus(gold, preds);
    const ref = referee(await writePredictions(preds));
    expect(summaryLine(ours)).toBe(ref.summary);
    for (const t of Object.keys(ref.json.relations.by_type)) {
      expect(ours.relations.byType[t], t).toMatchObject(ref.json.relations.by_type[t]!);
    }
    for (const t of Object.keys(ref.json.entities.by_type)) {
      expect(ours.entities.byType[t], t).toMatchObject(ref.json.entities.by_type[t]!);
    }
  });

  it('agrees on gold-as-prediction, on empty output and on a perturbed prediction', async () => {
    const gold = await seedGold();
    const asPrediction = new Map<string, PredictionDocument>(
      gold.map((g) => {
        const ids = new Map(g.entities.map((e, i) => [e.name, `e${i}`]));
        const first = (arg: string | string[] | null): string | null =>
          arg === null ? null : Array.isArray(arg) ? (ids.get(arg[0]!) ?? arg[0]!) : (ids.get(arg) ?? arg);
        return [
          g.id,
          {
            entities: g.entities.map((e, i) => ({ id: `e${i}`, name: e.name, type: e.type, aliases: e.aliases ?? [] })),
            // every other relation, with the last alternative of the source: exercises lists and optionals
            relations: g.relations
              .filter((_, i) => i % 2 === 0)
              .map((r) => ({
                type: r.type,
                source: Array.isArray(r.source) ? r.source[r.source.length - 1]! : first(r.source),
                target: first(r.target),
              })),
          },
        ];
      }),
    );
    for (const preds of [asPrediction, new Map<string, PredictionDocument>()]) {
      const ours = scoreCorpus(gold, preds);
      const ref = referee(await writePredictions(preds));
      expect(summaryLine(ours)).toBe(ref.summary);
    }
  });
});
