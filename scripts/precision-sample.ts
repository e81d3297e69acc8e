/**
 * Blind precision sample (issue 9, "How we measure"): draws a reproducible random sample of
 * political stories from the bulk corpus, extracts each one and writes a judging sheet that
 * lists every scored relation with its evidence beside the story text, for judging by hand.
 *
 *   npx tsx scripts/precision-sample.ts --seed N [--count 40] [--out FILE] [--bulk FILE]
 *
 * "Political" is a fixed, general rule, not tuned on any sample: the headline has one of
 * POLITICAL_WORDS as a whole word (any case) or the first paragraph has two different ones, the
 * story is not tagged with a COMMERCIAL_TOPICS code (earnings, acquisitions) and its text has at
 * least MIN_WORDS words. The sample is a seeded
 * shuffle (mulberry32) of the stories that pass, so the same seed on the same file gives the
 * same stories. Relations are listed once per (type, source, target) in a story, as the scorer
 * counts them, with every distinct evidence sentence.
 *
 * The bulk corpus is research-only: the sheet goes to /tmp (or --out), never into the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, type ArticleExtraction } from '../src/extract/index.js';
import { SCORED_RELATIONS } from '../src/graph/schema.js';

const POLITICAL_WORDS = [
  'minister',
  'ministers',
  'government',
  'president',
  'talks',
  'summit',
  'parliament',
  'parliamentary',
  'congress',
  'senate',
  'election',
  'elections',
  'party',
  'opposition',
  'sanctions',
  'embassy',
  'ambassador',
  'diplomat',
  'diplomats',
  'cabinet',
  'chancellor',
  'treaty',
];
const MIN_WORDS = 60;

interface BulkRecord {
  id: string;
  title: string;
  date: string;
  text: string;
  topics?: string[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMMERCIAL_TOPICS = ['earn', 'acq'];
const politicalPattern = new RegExp(`\\b(?:${POLITICAL_WORDS.join('|')})\\b`, 'gi');

const politicalWords = (s: string): Set<string> =>
  new Set([...s.matchAll(politicalPattern)].map((m) => m[0].toLowerCase()));

function isPolitical(r: BulkRecord): boolean {
  const lead = r.text.split('\n\n')[0] ?? '';
  return (
    !(r.topics ?? []).some((t) => COMMERCIAL_TOPICS.includes(t)) &&
    r.text.split(/\s+/).length >= MIN_WORDS &&
    (politicalWords(r.title).size > 0 || politicalWords(lead).size >= 2)
  );
}

/** mulberry32: a small, well-known 32-bit seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `count` items of a seeded Fisher–Yates shuffle. */
function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const pool = [...items];
  const random = mulberry32(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** The scored relations of one story as `TYPE(source -> target)` lines, one per distinct triple. */
function relationLines(x: ArticleExtraction, story: number): string[] {
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  const label = (id: string | null): string => {
    const e = id === null ? undefined : entities.get(id);
    return e ? `${e.name} [${e.type}]` : String(id);
  };
  const triples = new Map<string, { evidence: Set<string>; triggers: Set<string> }>();
  for (const r of x.relations) {
    if (!(SCORED_RELATIONS as readonly string[]).includes(r.type)) continue;
    const key = `${r.type}(${label(r.source)} -> ${label(r.target)})`;
    const entry = triples.get(key) ?? { evidence: new Set(), triggers: new Set() };
    entry.evidence.add(r.evidence.replace(/\s+/g, ' '));
    if (r.trigger) entry.triggers.add(r.trigger);
    triples.set(key, entry);
  }
  return [...triples].map(
    ([key, { evidence, triggers }], i) =>
      `- [ ] S${story}.${i + 1} ${key} — trigger: ${[...triggers].join(', ') || '?'}\n` +
      [...evidence].map((e) => `  > ${e}`).join('\n'),
  );
}

function storySection(r: BulkRecord, story: number): { text: string; relations: number } {
  let lines: string[];
  try {
    lines = relationLines(extractArticle({ id: r.id, title: r.title, text: r.text, date: r.date }), story);
  } catch (error) {
    lines = [`- extraction failed: ${(error as Error).message}`];
  }
  const relations = lines.filter((l) => l.startsWith('- [ ]')).length;
  const text = [
    `## S${story} ${r.id} (${r.date}): ${r.title}`,
    '',
    `### Relations (${relations})`,
    '',
    ...(lines.length ? lines : ['(none)']),
    '',
    '### Text',
    '',
    r.text,
    '',
  ].join('\n');
  return { text, relations };
}

function option(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: string[]): number {
  const seed = Number(option(args, '--seed'));
  const count = Number(option(args, '--count') ?? 40);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
    process.stderr.write(
      'usage: npx tsx scripts/precision-sample.ts --seed N [--count 40] [--out FILE] [--bulk FILE]\n',
    );
    return 2;
  }
  const bulk = resolve(option(args, '--bulk') ?? join(root, '..', 'shared', 'corpus', 'bulk', 'reuters21578.jsonl'));
  const out = resolve(option(args, '--out') ?? `/tmp/precision-sample-${seed}.md`);
  if (!relative(root, out).startsWith('..')) {
    process.stderr.write(`precision-sample: ${out} is inside the repository; the bulk corpus must not go there\n`);
    return 2;
  }
  let records: BulkRecord[];
  try {
    records = readFileSync(bulk, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as BulkRecord);
  } catch (error) {
    process.stderr.write(`precision-sample: cannot read ${bulk}: ${(error as Error).message}\n`);
    return 2;
  }
  const political = records.filter(isPolitical);
  const stories = sample(political, count, seed).map((r, i) => storySection(r, i + 1));
  const total = stories.reduce((n, s) => n + s.relations, 0);
  const header = [
    `# Precision sample: seed ${seed}, ${stories.length} of ${political.length} political stories in ${bulk}`,
    '',
    `${total} relations (distinct type/source/target per story). Mark each: right, wrong or debatable.`,
    '',
  ];
  writeFileSync(out, [...header, ...stories.map((s) => s.text)].join('\n'));
  process.stdout.write(`${out}: ${stories.length} stories, ${total} relations\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
