/**
 * npm run eval:names [-- --model FILE] [--json]
 * Name typer accuracy and per-class P/R/F1 on the named mentions of GUM dev and test, features
 * from our own parse of the gold words, beside a baseline that gives every name the class most
 * frequent in GUM train, and beside the recogniser's rules typing the name from its own words
 * (src/extract/recognise/names.ts typeOfName, gazetteers included; Unknown counts as Other).
 */
import { typeOfName } from '../src/extract/recognise/names.js';
import { tokenize } from '../src/extract/segment/tokens.js';
import { typeNameSpan, loadNameModel, NAME_CLASSES, type NameClass } from '../src/nlp/names.js';
import type { NameExample } from '../src/nlp/train/names.js';
import { gumDocumentNames, gumNameExamples } from './lib/gum-names.js';
import { findShared } from './syntax-paths.js';

const args = process.argv.slice(2);
const modelFile = args.includes('--model') ? args[args.indexOf('--model') + 1] : undefined;
const json = args.includes('--json');
const treebank = findShared('treebank');
const model = loadNameModel(modelFile);
const say = (line: string): void => void process.stdout.write(line + '\n');

interface Report {
  mentions: number;
  accuracy: number;
  baseline: number;
  rules: number;
  perClass: Record<NameClass, { p: number; r: number; f1: number; gold: number }>;
}

function ruleType(e: NameExample): NameClass {
  const t = e.sentence.tokens;
  const surface = t
    .slice(e.first, e.last + 1)
    .map((w, k) => (k > 0 && w.start > t[e.first + k - 1]!.end ? ' ' : '') + w.text)
    .join('');
  const type = typeOfName(surface, tokenize(surface)).type;
  return type === 'Unknown' ? 'Other' : type;
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

function report(examples: readonly NameExample[], majority: NameClass): Report {
  let correct = 0;
  let baseline = 0;
  let rules = 0;
  const tp = new Map<NameClass, number>();
  const predicted = new Map<NameClass, number>();
  const gold = new Map<NameClass, number>();
  const bump = (m: Map<NameClass, number>, c: NameClass): void => void m.set(c, (m.get(c) ?? 0) + 1);
  for (const e of examples) {
    const guess = typeNameSpan(e.sentence, e.first, e.last, model).best;
    bump(predicted, guess);
    bump(gold, e.type);
    if (guess === e.type) {
      correct++;
      bump(tp, guess);
    }
    if (e.type === majority) baseline++;
    if (ruleType(e) === e.type) rules++;
  }
  const perClass = {} as Report['perClass'];
  for (const c of NAME_CLASSES) {
    const p = pct(tp.get(c) ?? 0, predicted.get(c) ?? 0);
    const r = pct(tp.get(c) ?? 0, gold.get(c) ?? 0);
    perClass[c] = { p, r, f1: p + r === 0 ? 0 : Math.round((20 * p * r) / (p + r)) / 10, gold: gold.get(c) ?? 0 };
  }
  return {
    mentions: examples.length,
    accuracy: pct(correct, examples.length),
    baseline: pct(baseline, examples.length),
    rules: pct(rules, examples.length),
    perClass,
  };
}

const trainCounts = new Map<NameClass, number>();
for (const e of gumNameExamples(treebank, gumDocumentNames(treebank, 'train')))
  trainCounts.set(e.type, (trainCounts.get(e.type) ?? 0) + 1);
const majority = [...trainCounts].sort((a, b) => b[1] - a[1])[0]![0];

const results: Record<string, Report> = {};
for (const split of ['dev', 'test'] as const) {
  const r = report(gumNameExamples(treebank, gumDocumentNames(treebank, split)), majority);
  results[split] = r;
  say(
    `GUM ${split}: ${r.mentions} named mentions, typer ${r.accuracy}%, majority class ${majority} ${r.baseline}%, ` +
      `rules from the name's words ${r.rules}%`,
  );
  say('  class          gold      P      R     F1');
  for (const c of NAME_CLASSES) {
    const s = r.perClass[c];
    say(
      `  ${c.padEnd(13)}${String(s.gold).padStart(5)}${[s.p, s.r, s.f1].map((v) => v.toFixed(1).padStart(7)).join('')}`,
    );
  }
}
if (json) say(JSON.stringify(results));
