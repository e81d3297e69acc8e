/**
 * A small graph for the browser tests, built through the real graph builder and memory store:
 * two ordinary articles and one hostile one whose names and sentences carry HTML and script.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleExtraction, ExtractedEntity, ExtractedRelation } from '../../src/extract/types.js';
import { fragmentFromExtraction } from '../../src/graph/build.js';
import type { RelationType } from '../../src/graph/schema.js';

/** Anything that runs sets window.__pwned; the tests assert it stays undefined. */
export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Mallory<script>window.__pwned=2</script>';
export const HOSTILE_SENTENCE =
  'Mallory wrote <script>window.__pwned=3</script> and <img src=x onerror="window.__pwned=4;alert(4)"> to the council.';

interface EntitySpec {
  name: string;
  type: ExtractedEntity['type'];
  aliases?: string[];
  roles?: string[];
}

interface RelationSpec {
  type: RelationType;
  source: string;
  target: string | null;
  sentence: string;
  date: string | null;
  content?: string;
}

function article(
  id: string,
  title: string,
  published: string,
  text: string,
  entities: EntitySpec[],
  relations: RelationSpec[],
): ArticleExtraction {
  const local = new Map(entities.map((e, i) => [e.name, `e${i + 1}`]));
  const key = (e: EntitySpec): string =>
    `${e.type.toLowerCase()}:${
      e.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'x'
    }`;
  return {
    id,
    title,
    source: 'fixture',
    url: null,
    published,
    text,
    entities: entities.map((e, i) => {
      const at = text.indexOf(e.aliases?.find((a) => text.includes(a)) ?? e.name);
      return {
        id: `e${i + 1}`,
        key: key(e),
        name: e.name,
        type: e.type,
        aliases: e.aliases ?? [],
        mentions: at >= 0 ? [{ start: at, end: at + e.name.length, text: text.slice(at, at + e.name.length) }] : [],
        ...(e.roles ? { attributes: { roles: e.roles } } : {}),
      };
    }),
    relations: relations.map((r): ExtractedRelation => {
      const start = text.indexOf(r.sentence);
      if (start < 0) throw new Error(`fixture sentence not in text: ${r.sentence}`);
      return {
        type: r.type,
        source: local.get(r.source) as string,
        target: r.target === null ? null : (local.get(r.target) as string),
        evidence: r.sentence,
        start,
        end: start + r.sentence.length,
        date: r.date,
        confidence: 0.9,
        ...(r.content ? { content: r.content } : {}),
      };
    }),
    warnings: [],
  };
}

const S1 = 'Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to negotiate with the West.';
const S2 = 'Lavrov rejected claims that Russia had walked away from the talks.';
const S3 = 'President Volodymyr Zelenskyy demanded that Russian troops leave Ukraine.';
const S4 = 'Both men attended the G20 summit in Bali.';
const S5 = 'The G20 summit was held in Bali, Indonesia.';
const TEXT1 = `Leaders gathered in Indonesia this week. ${S1} ${S2} ${S3} ${S4} ${S5} Officials expect more meetings next month.`;

const T1 = 'The European Union called on Russia to respect the grain deal.';
const T2 = 'Sergei Lavrov said the deal had been broken by the other side.';
const TEXT2 = `Grain shipments resumed on Monday. ${T1} ${T2} Ships left Odesa in the afternoon.`;

const TEXT3 = `A letter reached the council on Wednesday. ${HOSTILE_SENTENCE} Nobody replied.`;

export const FIXTURE_ARTICLES: ArticleExtraction[] = [
  article(
    'g20-talks',
    'Lavrov says Russia is ready to negotiate',
    '2022-11-15',
    TEXT1,
    [
      { name: 'Sergei Lavrov', type: 'Person', aliases: ['Lavrov'], roles: ['Foreign Minister'] },
      { name: 'Volodymyr Zelenskyy', type: 'Person', aliases: ['Zelenskyy'], roles: ['President'] },
      { name: 'Russia', type: 'Place', aliases: ['Moscow'] },
      { name: 'Ukraine', type: 'Place' },
      { name: 'the West', type: 'Organization' },
      { name: 'G20 summit', type: 'Event', aliases: ['G20'] },
      { name: 'Bali', type: 'Place' },
    ],
    [
      {
        type: 'STATED',
        source: 'Sergei Lavrov',
        target: 'the West',
        sentence: S1,
        date: '2022-11-15',
        content: 'ready to negotiate',
      },
      {
        type: 'REJECTED',
        source: 'Sergei Lavrov',
        target: null,
        sentence: S2,
        date: '2022-11-15',
        content: 'claims Russia walked away',
      },
      {
        type: 'DEMANDED',
        source: 'Volodymyr Zelenskyy',
        target: 'Russia',
        sentence: S3,
        date: '2022-11-15',
        content: 'troops leave Ukraine',
      },
      { type: 'ATTENDS', source: 'Sergei Lavrov', target: 'G20 summit', sentence: S4, date: '2022-11-15' },
      { type: 'ATTENDS', source: 'Volodymyr Zelenskyy', target: 'G20 summit', sentence: S4, date: '2022-11-15' },
      { type: 'HELD_IN', source: 'G20 summit', target: 'Bali', sentence: S5, date: null },
    ],
  ),
  article(
    'grain-deal',
    'EU presses Russia on grain deal',
    '2023-07-20',
    TEXT2,
    [
      { name: 'European Union', type: 'Organization', aliases: ['EU'] },
      { name: 'Russia', type: 'Place' },
      { name: 'Sergei Lavrov', type: 'Person', aliases: ['Lavrov'] },
      { name: 'Odesa', type: 'Place' },
    ],
    [
      {
        type: 'DEMANDED',
        source: 'European Union',
        target: 'Russia',
        sentence: T1,
        date: '2023-07-20',
        content: 'respect the grain deal',
      },
      {
        type: 'STATED',
        source: 'Sergei Lavrov',
        target: null,
        sentence: T2,
        date: '2023-07-20',
        content: 'the deal was broken',
      },
    ],
  ),
  article(
    'hostile-letter',
    '<script>window.__pwned=5</script>Letter',
    '2023-08-01',
    TEXT3,
    [
      { name: HOSTILE_NAME, type: 'Person' },
      { name: 'the council', type: 'Organization' },
    ],
    [
      {
        type: 'STATED',
        source: HOSTILE_NAME,
        target: 'the council',
        sentence: HOSTILE_SENTENCE,
        date: '2023-08-01',
        content: '<b>bold</b> claim',
      },
    ],
  ),
];

/** Build the fixture graph into `dir`/graph.json with the real memory store; returns the file. */
export async function buildFixtureGraph(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const { MemoryStore } = await import('../../src/store/memory/index.js');
  const store = new MemoryStore();
  for (const x of FIXTURE_ARTICLES) await store.merge(fragmentFromExtraction(x));
  const file = join(dir, 'graph.json');
  await store.save(file);
  return file;
}
