/**
 * Training the name typer (../names.ts): an averaged perceptron over the features of name spans
 * in parsed sentences, examples shuffled with a fixed seed: the same input gives the same bytes.
 */
import { seededRandom, shuffleInPlace } from '../hash.js';
import { NAME_CLASSES, nameFeatureKeys, type NameClass, type NameModel } from '../names.js';
import type { ParsedSentence } from '../types.js';
import { AveragedTable } from '../weights.js';

export interface NameExample {
  sentence: ParsedSentence;
  /** Token span of the name, both ends inclusive. */
  first: number;
  last: number;
  type: NameClass;
}

export interface NameTrainOptions {
  seed: number;
  epochs: number;
  bits: number;
  /** Slots updated fewer times, and weights smaller, are dropped when packing. */
  minUpdates: number;
  minWeight: number;
  common: ReadonlySet<string>;
  provenance: string;
}

export const DEFAULT_NAME_TRAIN_OPTIONS: Omit<NameTrainOptions, 'common' | 'provenance'> = {
  seed: 20261207,
  epochs: 12,
  bits: 18,
  minUpdates: 1,
  minWeight: 0.05,
};

export function trainNameModel(
  examples: readonly NameExample[],
  options: Partial<NameTrainOptions> & Pick<NameTrainOptions, 'common'>,
): NameModel {
  const opts = { ...DEFAULT_NAME_TRAIN_OPTIONS, provenance: '', ...options };
  const table = new AveragedTable(opts.bits, NAME_CLASSES.length);
  const data = examples.map((e) => ({
    keys: nameFeatureKeys(e.sentence, e.first, e.last, opts.common),
    gold: NAME_CLASSES.indexOf(e.type),
  }));
  const random = seededRandom(opts.seed);
  const scores = new Float64Array(NAME_CLASSES.length);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const { keys, gold } of shuffleInPlace(data, random)) {
      table.score(keys, keys.length, scores);
      let guess = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
      if (guess !== gold) {
        table.update(keys, keys.length, gold, 1);
        table.update(keys, keys.length, guess, -1);
      }
      table.tick();
    }
  }
  return { table: table.pack(opts.minUpdates, opts.minWeight), common: opts.common, provenance: opts.provenance };
}
