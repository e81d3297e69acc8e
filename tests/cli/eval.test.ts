import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../src/eval/index.js';
import { ARTICLE_ONE, cli, STACK_LINE, tempDir } from './helpers.js';

const GOLD = {
  id: 'lavrov',
  source: 'newsgraph test fixture',
  published: null,
  entities: [
    { name: 'Sergei Lavrov', type: 'Person', aliases: [] },
    { name: 'Russia', type: 'Place', aliases: [] },
    { name: 'United States', type: 'Place', aliases: ['U.S.'] },
    { name: 'Joe Biden', type: 'Person', aliases: [] },
    { name: 'G-20 summit', type: 'Event', aliases: [] },
    { name: 'Bali', type: 'Place', aliases: [] },
    { name: 'White House', type: 'Organization', aliases: [] },
  ],
  relations: [
    {
      type: 'STATED',
      source: 'Sergei Lavrov',
      target: null,
      date: null,
      content: 'Russia is ready for negotiations with the United States',
      evidence:
        'Russian Foreign Minister Sergei Lavrov said on Monday that Russia is ready for negotiations with the United States.',
      optional: false,
    },
    {
      type: 'ATTENDS',
      source: 'Joe Biden',
      target: 'G-20 summit',
      date: null,
      content: '',
      evidence: 'U.S. President Joe Biden will attend the G-20 summit in Bali, the White House said.',
      optional: false,
    },
  ],
};

describe('newsgraph eval', () => {
  const { dir, cleanup } = tempDir('eval');
  beforeAll(() => {
    mkdirSync(join(dir, 'gold'));
    writeFileSync(join(dir, 'gold', 'lavrov.txt'), ARTICLE_ONE);
    writeFileSync(join(dir, 'gold', 'lavrov.gold.json'), JSON.stringify(GOLD));
    mkdirSync(join(dir, 'perfect'));
    const perfect = {
      entities: GOLD.entities.map((e, i) => ({ id: `e${i + 1}`, ...e })),
      relations: [
        { type: 'STATED', source: 'e1', target: null },
        { type: 'ATTENDS', source: 'e4', target: 'e5' },
      ],
    };
    writeFileSync(join(dir, 'perfect', 'lavrov.json'), JSON.stringify(perfect));
    mkdirSync(join(dir, 'empty'));
  });
  afterAll(cleanup);

  it('scores a perfect prediction folder at F1 1', async () => {
    const run = await cli(['eval', '--gold', 'gold', '--pred', 'perfect', '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ScoreReport;
    expect(report.entities).toMatchObject({ tp: 7, fp: 0, fn: 0, f1: 1 });
    expect(report.relations).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
  });

  it('reports a missing prediction and scores it as empty', async () => {
    const run = await cli(['eval', '--gold', 'gold', '--pred', 'empty', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no usable prediction for lavrov (missing)');
    const report = JSON.parse(run.stdout) as ScoreReport;
    expect(report.entities).toMatchObject({ tp: 0, fn: 7, f1: 0 });
    expect(report.relations).toMatchObject({ tp: 0, fn: 2, f1: 0 });
  });

  it('extracts the gold folder itself without --pred and prints a text report', async () => {
    const run = await cli(['eval', '--gold', 'gold'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/F1/i);
  });

  it('says what is wrong with a missing gold folder', async () => {
    const run = await cli(['eval', '--gold', 'nope'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('gold folder not found');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
