import { describe, expect, it } from 'vitest';
import { GoldError, scoreArticle, scoreCorpus } from './score.js';
import { normaliseForScoring } from './normalise.js';
import { formatScoreReport, summaryLine } from './format.js';
import type { GoldDocument, PredictionDocument } from './types.js';

const gold: GoldDocument = {
  id: 'g',
  entities: [
    { name: 'Sergei Lavrov', type: 'Person', aliases: ['Lavrov'] },
    { name: 'United States', type: 'Place', aliases: ['U.S.', 'US'] },
    { name: 'Moscow', type: 'Place', aliases: [] },
    { name: 'Kremlin', type: 'Organization', aliases: ['the Kremlin'] },
    { name: 'NATO', type: 'Organization', aliases: [] },
    { name: 'G-20 summit', type: 'Event', aliases: [] },
  ],
  relations: [
    { type: 'STATED', source: 'Sergei Lavrov', target: null },
    { type: 'STATED', source: 'Sergei Lavrov', target: null, optional: true },
    { type: 'DEMANDED', source: ['Moscow', 'Kremlin'], target: 'NATO' },
    { type: 'REJECTED', source: 'NATO', target: 'Moscow' },
    { type: 'ATTENDS', source: 'United States', target: 'G-20 summit', optional: true },
  ],
};

describe('normaliseForScoring', () => {
  it('drops case, accents, punctuation and a leading "the"', () => {
    expect(normaliseForScoring('the U.S.')).toBe('us');
    expect(normaliseForScoring('G-20')).toBe('g20');
    expect(normaliseForScoring('Agnès  Callamard')).toBe('agnes callamard');
    expect(normaliseForScoring('Theresa May')).toBe('theresa may');
  });
});

describe('scoreArticle', () => {
  it('matches entities by type and any name or alias, one to one', () => {
    const pred: PredictionDocument = {
      entities: [
        { id: 'e1', name: 'Lavrov', type: 'Person', aliases: [] },
        { id: 'e2', name: 'US', type: 'Place', aliases: [] },
        { id: 'e3', name: 'the U.S.', type: 'Place', aliases: [] }, // second match for one gold: spurious
        { id: 'e4', name: 'Moscow', type: 'Organization', aliases: [] }, // wrong type
        { id: 'e5', name: 'Russia', type: 'Place', aliases: [], implied: true }, // implied: not scored
        { id: 'e6', name: 'Reuters', type: 'Newspaper', aliases: [] }, // other type: ignored
      ],
      relations: [],
    };
    const s = scoreArticle(gold, pred);
    expect(s.entities).toMatchObject({ tp: 2, fp: 2, fn: 4 });
    expect(s.spuriousEntities.map((e) => e.name).sort()).toEqual(['Moscow', 'the U.S.']);
  });

  it('matches relations through ids, alternatives, null targets and optional gold', () => {
    const pred: PredictionDocument = {
      entities: [
        { id: 'a', name: 'Sergei Lavrov', type: 'Person', aliases: ['Lavrov'] },
        { id: 'b', name: 'the Kremlin', type: 'Organization', aliases: [] },
        { id: 'c', name: 'NATO', type: 'Organization', aliases: [] },
        { id: 'd', name: 'US', type: 'Place', aliases: [] },
      ],
      relations: [
        { type: 'STATED', source: 'a', target: 'd' }, // gold target null: not checked
        { type: 'STATED', source: 'a', target: 'd' }, // duplicate triple: counted once
        { type: 'DEMANDED', source: 'b', target: 'c' }, // Kremlin is a listed alternative
        { type: 'REJECTED', source: 'c', target: 'Kremlin' }, // wrong target (a name, not an id)
        { type: 'ATTENDS', source: 'd', target: 'G-20 summit' }, // optional gold: neither TP nor FP
        { type: 'HAS_ROLE', source: 'a', target: 'd' }, // unscored type: ignored
      ],
    };
    const s = scoreArticle(gold, pred);
    expect(s.relations).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.ignored).toBe(1);
    expect(s.relationsByType['REJECTED']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.missedRelations).toEqual([{ type: 'REJECTED', source: 'NATO', target: 'Moscow' }]);
  });

  it('scores a missing prediction as empty output and refuses malformed gold', () => {
    expect(scoreArticle(gold, undefined).relations).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 3,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(() =>
      scoreArticle({ id: 'bad', entities: [{ name: 'X', type: 'Thing' }], relations: [] }, undefined),
    ).toThrow(GoldError);
  });
});

describe('scoreCorpus', () => {
  it('micro-averages counts over articles and formats a report', () => {
    const perfect: PredictionDocument = {
      entities: gold.entities.map((e, i) => ({ id: `e${i}`, name: e.name, type: e.type, aliases: e.aliases ?? [] })),
      relations: [
        { type: 'STATED', source: 'e0', target: null },
        { type: 'DEMANDED', source: 'e2', target: 'e4' },
        { type: 'REJECTED', source: 'e4', target: 'e2' },
      ],
    };
    const other: GoldDocument = { id: 'h', entities: [{ name: 'Bali', type: 'Place' }], relations: [] };
    const report = scoreCorpus([other, gold], new Map([['g', perfect]]));
    expect(report.articles.map((a) => [a.id, a.prediction])).toEqual([
      ['g', 'ok'],
      ['h', 'missing'],
    ]);
    expect(report.entities).toMatchObject({ tp: 6, fp: 0, fn: 1 });
    expect(report.relations).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(summaryLine(report)).toBe(
      'relations F1 1.000 entities F1 0.923 (P/R relations 1.000/1.000 entities 1.000/0.857)',
    );
    expect(formatScoreReport(report)).toContain('Missing predictions (scored as empty output): h');
  });
});
