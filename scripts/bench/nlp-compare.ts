/**
 * Why the pipeline uses neither tagger at run time (npx tsx scripts/bench/nlp-compare.ts):
 * on the annotated dev corpus it measures the speed of wink-nlp (readDoc, full pipeline) and
 * compromise (nlp + people/places/organizations), and the entity F1 of compromise's named
 * entities against the gold (our scorer), next to this project's extractArticle.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle, parseArticleFile, toAnnotationOutput, type ArticleInput } from '../../src/extract/index.js';
import { readGoldFolder, scoreCorpus, type PredictionDocument } from '../../src/eval/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const devDir = join(root, '..', 'shared', 'corpus', 'dev');

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

function compromiseEntities(a: ArticleInput): PredictionDocument {
  const doc = nlp(a.text);
  const ents: { id: string; name: string; type: string; aliases: string[] }[] = [];
  const seen = new Set<string>();
  const add = (list: string[], type: string): void => {
    for (const raw of list) {
      const name = raw
        .replace(/['’]s$/, '')
        .replace(/[.,;:]+$/, '')
        .trim();
      const key = `${type}|${name.toLowerCase()}`;
      if (!name || seen.has(key)) continue;
      seen.add(key);
      ents.push({ id: `e${ents.length + 1}`, name, type, aliases: [] });
    }
  };
  add(doc.people().out('array') as string[], 'Person');
  add(doc.places().out('array') as string[], 'Place');
  add(doc.organizations().out('array') as string[], 'Organization');
  return { entities: ents, relations: [] };
}

async function main(): Promise<number> {
  if (!existsSync(devDir)) {
    process.stderr.write(`nlp-compare: the dev corpus is not at ${devDir}\n`);
    return 2;
  }
  const articles = readdirSync(devDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseArticleFile(f, readFileSync(join(devDir, f))));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const gold = await readGoldFolder(devDir);
  const wink = winkNLP(model);

  // Warm-up once each, then time a second pass.
  articles.forEach((a) => wink.readDoc(a.text));
  articles.forEach((a) => nlp(a.text));
  articles.forEach((a) => extractArticle(a));

  const w = timed(() => articles.map((a) => wink.readDoc(a.text).tokens().length()));
  const c = timed(() => new Map(articles.map((a) => [a.id, compromiseEntities(a)])));
  const ours = timed(
    () => new Map<string, PredictionDocument>(articles.map((a) => [a.id, toAnnotationOutput(extractArticle(a))])),
  );
  const rate = (ms: number): string => `${(bytes / 1e6 / (ms / 1000)).toFixed(3)} MB/s`;
  const cf = scoreCorpus(gold, c.value).entities;
  const of = scoreCorpus(gold, ours.value).entities;
  process.stdout.write(`dev corpus: ${articles.length} articles, ${bytes.toLocaleString('en')} bytes\n`);
  process.stdout.write(
    `wink-nlp readDoc (tokens, sentences, POS; no person/org/place NER): ${w.ms.toFixed(0)} ms = ${rate(w.ms)}, ${w.value.reduce((n, x) => n + x, 0)} tokens\n`,
  );
  process.stdout.write(
    `compromise nlp + people/places/organizations: ${c.ms.toFixed(0)} ms = ${rate(c.ms)}; entity P/R/F1 ${cf.precision.toFixed(3)}/${cf.recall.toFixed(3)}/${cf.f1.toFixed(3)}\n`,
  );
  process.stdout.write(
    `newsgraph extractArticle (entities and relations): ${ours.ms.toFixed(0)} ms = ${rate(ours.ms)}; entity P/R/F1 ${of.precision.toFixed(3)}/${of.recall.toFixed(3)}/${of.f1.toFixed(3)}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`nlp-compare: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
