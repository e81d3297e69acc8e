/**
 * Training the syntax model from treebank sentences: tag dictionary, averaged-perceptron tagger,
 * jackknifed tags for the parser's training data, dynamic-oracle parser, lemma tables; then
 * pruning and int16 quantisation. Deterministic for a given seed and input.
 */
import type { TreebankSentence } from '../conllu.js';
import { seededRandom, shuffleInPlace } from '../hash.js';
import { learnLemmas } from '../lemmatiser.js';
import type { SyntaxModel } from '../model.js';
import { isProjective, parserInput, trainOnSentence, type GoldTree } from '../parser.js';
import { MAX_TAGGER_FEATURES, tagForms, taggerFeatures, wordAtoms, type TaggerModel } from '../tagger.js';
import { AveragedTable, type PackedTable } from '../weights.js';

export interface TrainOptions {
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  /** Jackknife folds for the parser's predicted tags (1 = train the parser on the final tagger's own output). */
  folds: number;
  taggerBits: number;
  transitionBits: number;
  labelBits: number;
  /** Weights and slots below these are dropped when packing. */
  minUpdates: number;
  minWeight: number;
  provenance: string;
  log: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 20261206,
  taggerEpochs: 8,
  parserEpochs: 15,
  folds: 5,
  taggerBits: 20,
  transitionBits: 23,
  labelBits: 20,
  minUpdates: 2,
  minWeight: 0.25,
  provenance: '',
  log: () => {},
};

export const tagClassOf = (w: { upos: string; xpos: string }): string => `${w.upos}\t${w.xpos}`;

export function buildDictionary(
  sentences: readonly TreebankSentence[],
  classIndex: Map<string, number>,
): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences)
    for (const w of s.words) {
      let c = counts.get(w.form);
      if (!c) counts.set(w.form, (c = new Map()));
      const k = classIndex.get(tagClassOf(w))!;
      c.set(k, (c.get(k) ?? 0) + 1);
    }
  const dictionary = new Map<string, number>();
  for (const form of [...counts.keys()].sort()) {
    const c = counts.get(form)!;
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [k, v] of [...c].sort((a, b) => a[0] - b[0])) {
      total += v;
      if (v > bestCount) {
        best = k;
        bestCount = v;
      }
    }
    if (total >= 20 && bestCount / total >= 0.97) dictionary.set(form, best);
  }
  return dictionary;
}

interface TaggedSentence {
  forms: string[];
  gold: Int32Array;
}

export function trainTagger(
  data: readonly TaggedSentence[],
  classes: string[],
  dictionary: Map<string, number>,
  opts: TrainOptions,
): TaggerModel {
  const C = classes.length;
  const table = new AveragedTable(opts.taggerBits, C);
  const random = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(C);
  const atoms = data.map((s) => wordAtoms(s.forms));
  for (let epoch = 0; epoch < opts.taggerEpochs; epoch++) {
    shuffleInPlace(order, random);
    for (const si of order) {
      const s = data[si]!;
      const a = atoms[si]!;
      let p1 = C;
      let p2 = C + 1;
      for (let i = 0; i < s.forms.length; i++) {
        const known = dictionary.get(s.forms[i]!);
        let guess: number;
        if (known !== undefined) guess = known;
        else {
          const count = taggerFeatures(a, i, p1, p2, feats);
          table.score(feats, count, scores);
          guess = 0;
          for (let c = 1; c < C; c++) if (scores[c]! > scores[guess]!) guess = c;
          const gold = s.gold[i]!;
          if (guess !== gold) {
            table.update(feats, count, gold, 1);
            table.update(feats, count, guess, -1);
          }
          table.tick();
        }
        p2 = p1;
        p1 = guess;
      }
    }
  }
  return { classes, dictionary, table: table.pack(opts.minUpdates, opts.minWeight) };
}

function trainParser(
  trees: GoldTree[],
  labelCount: number,
  opts: TrainOptions,
): { transitions: PackedTable; labels: PackedTable } {
  const transitions = new AveragedTable(opts.transitionBits, 3);
  const labels = new AveragedTable(opts.labelBits, labelCount);
  const random = seededRandom(opts.seed + 1);
  const order = trees.map((_, i) => i);
  for (let epoch = 0; epoch < opts.parserEpochs; epoch++) {
    const started = Date.now();
    shuffleInPlace(order, random);
    for (const i of order) trainOnSentence(transitions, labels, labelCount, trees[i]!, epoch > 0, random);
    opts.log(`  parser epoch ${epoch + 1}/${opts.parserEpochs}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return { transitions: transitions.pack(opts.minUpdates, opts.minWeight), labels: labels.pack(1, opts.minWeight) };
}

export function trainSyntaxModel(train: readonly TreebankSentence[], options: Partial<TrainOptions> = {}): SyntaxModel {
  const opts = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const classes = [...new Set(train.flatMap((s) => s.words.map(tagClassOf)))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const labelCounts = new Map<string, number>();
  for (const s of train) for (const w of s.words) labelCounts.set(w.deprel, (labelCounts.get(w.deprel) ?? 0) + 1);
  // Most frequent labels first: the first 32 get their own bit in the parser's label-set features.
  const labels = [...labelCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const dictionary = buildDictionary(train, classIndex);
  const data: TaggedSentence[] = train.map((s) => ({
    forms: s.words.map((w) => w.form),
    gold: Int32Array.from(s.words.map((w) => classIndex.get(tagClassOf(w))!)),
  }));
  let started = Date.now();
  const tagger = trainTagger(data, classes, dictionary, opts);
  opts.log(`tagger: ${((Date.now() - started) / 1000).toFixed(1)} s, ${tagger.table.slots.length} feature slots`);

  // Jackknifing: each fold is tagged by a tagger that never saw it, as new text will be.
  started = Date.now();
  const predicted: Int32Array[] = new Array(train.length);
  if (opts.folds <= 1) data.forEach((s, i) => (predicted[i] = tagForms(tagger, s.forms)));
  else
    for (let fold = 0; fold < opts.folds; fold++) {
      const rest = data.filter((_, i) => i % opts.folds !== fold);
      const foldTagger = trainTagger(
        rest,
        classes,
        buildDictionary(
          train.filter((_, i) => i % opts.folds !== fold),
          classIndex,
        ),
        opts,
      );
      data.forEach((s, i) => {
        if (i % opts.folds === fold) predicted[i] = tagForms(foldTagger, s.forms);
      });
    }
  let right = 0;
  let total = 0;
  data.forEach((s, i) => s.gold.forEach((g, k) => ((total += 1), (right += g === predicted[i]![k] ? 1 : 0))));
  opts.log(
    `jackknifed tags (${opts.folds} folds): ${((100 * right) / total).toFixed(2)} % correct, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const trees: GoldTree[] = [];
  train.forEach((s, i) => {
    const heads = s.words.map((w) => w.head);
    if (!isProjective(heads)) return;
    trees.push({
      input: parserInput(data[i]!.forms, predicted[i]!, classes.length),
      heads: Int32Array.from([-1, ...heads.map((h) => h + 1)]),
      labels: Int32Array.from([-1, ...s.words.map((w) => labelIndex.get(w.deprel)!)]),
    });
  });
  opts.log(`parser: ${trees.length} projective sentences of ${train.length}`);
  started = Date.now();
  const parser = trainParser(trees, labels.length, opts);
  opts.log(
    `parser: ${((Date.now() - started) / 1000).toFixed(1)} s, ${parser.transitions.slots.length} transition slots, ${parser.labels.slots.length} label slots`,
  );
  const lemmas = learnLemmas(train.flatMap((s) => s.words));
  const upos = classes.map((c) => c.split('\t')[0]!);
  const xpos = classes.map((c) => c.split('\t')[1]!);
  return {
    tagger,
    lemmas,
    labels,
    transitions: parser.transitions,
    labelTable: parser.labels,
    upos,
    xpos,
    provenance: opts.provenance,
  };
}
