/**
 * npm run bench:syntax [-- --stories N] [--runs R]
 * One core: model load time, tokens/s for tagging and for tagging + parsing on the first N
 * Reuters bulk stories (../shared/corpus/bulk, read in place), split and tokenised by
 * src/extract/segment as the extractor does; medians of R runs, each on a model read afresh (its
 * caches empty); peak RSS.
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/extract/segment/sentences.js';
import { tokenize } from '../../src/extract/segment/tokens.js';
import { udWords } from '../../src/extract/segment/words.js';
import {
  defaultModelPath,
  loadSyntaxModel,
  parseSentence,
  tagSentence,
  type SyntaxModel,
  type WordSpan,
} from '../../src/nlp/index.js';
import { readModelFile } from '../../src/nlp/model.js';
import { findShared } from '../syntax-paths.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const STORIES = opt('--stories', 2000);
const RUNS = opt('--runs', 5);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
const model = loadSyntaxModel();
const loadMs = performance.now() - loadStart;
const rssAfterLoad = process.memoryUsage().rss;

const file = findShared('corpus', 'bulk', 'reuters21578.jsonl');
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, STORIES)
  .map((line) => (JSON.parse(line) as { text: string }).text);
const sentences: WordSpan[][] = [];
for (const text of texts)
  for (const s of splitSentences(text)) sentences.push(udWords(text, tokenize(text, s.start, s.end)));
const tokens = sentences.reduce((n, s) => n + s.length, 0);

function rate(work: (s: WordSpan[]) => unknown): number {
  const c = process.cpuUsage();
  for (const s of sentences) work(s);
  const used = process.cpuUsage(c);
  return tokens / ((used.user + used.system) / 1e6);
}
// One warm-up pass so the JIT has compiled the hot loops.
rate((s) => parseSentence(s, model));
// Every pass on a model read afresh: the caches kept per model (a repeated sentence's analysis,
// a form's tagger scores) start empty, as for new stories, not full from the pass before.
const fresh = (): SyntaxModel => readModelFile(defaultModelPath());
const tagRates: number[] = [];
const parseRates: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const forTags = fresh();
  tagRates.push(rate((s) => tagSentence(s, forTags)));
  const forParse = fresh();
  parseRates.push(rate((s) => parseSentence(s, forParse)));
}
const say = (line: string): void => void process.stdout.write(line + '\n');
say(
  `${texts.length} Reuters stories, ${sentences.length} sentences, ${tokens} tokens; median of ${RUNS} runs, CPU time, one thread`,
);
say(`model load: ${loadMs.toFixed(0)} ms, +${((rssAfterLoad - rssBefore) / 1e6).toFixed(0)} MB RSS`);
say(`tagging:           ${Math.round(median(tagRates)).toLocaleString('en')} tokens/s`);
say(`tagging + parsing: ${Math.round(median(parseRates)).toLocaleString('en')} tokens/s`);
say(
  `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
