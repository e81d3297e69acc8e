/**
 * The questions a reader asks of the graph built from seeds/ (issue #3's competency questions),
 * answered by the in-memory Cypher engine. Expected answers come from reading the seed article
 * (seeds/russia-wants-to-negotiate-with-west.txt), not from the program's output.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, readInputs } from '../../src/extract/index.js';
import { fragmentFromExtraction } from '../../src/graph/index.js';
import type { GraphFragment } from '../../src/graph/schema.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import type { CypherValue } from '../../src/cypher/values.js';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const SEED = 'article:russia-wants-to-negotiate-with-west';

let store: MemoryStore;
let snapshot: GraphFragment;

async function rows(query: string, params: Record<string, CypherValue> = {}): Promise<Record<string, CypherValue>[]> {
  const result = await store.query(query, { params });
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]!])));
}

beforeAll(async () => {
  store = await MemoryStore.open();
  // readInputs, as `newsgraph build seeds` does: it also reads each article's NAME.meta.json.
  for await (const outcome of readInputs([SEEDS])) {
    if (!outcome.ok) throw outcome.error;
    await store.merge(fragmentFromExtraction(extractArticle(outcome.article)));
  }
  snapshot = await store.snapshot();
});

describe('questions about the seed article', () => {
  it('who attends the G-20 summit: Biden and Putin', async () => {
    const found = await rows(
      `MATCH (p)-[:ATTENDS]->(e:Event) WHERE e.name CONTAINS 'G-20' OR e.name CONTAINS 'G20'
       RETURN DISTINCT p.name AS name ORDER BY name`,
    );
    expect(found.map((r) => r.name)).toEqual(['Joe Biden', 'Vladimir Putin']);
  });

  it('which actors rejected whose demands: NATO and the U.S. rejected Moscow’s', async () => {
    const found = await rows(
      `MATCH (a)-[r:REJECTED]->(b) WHERE r.article = $article RETURN a.name AS who, b.name AS whose`,
      { article: SEED },
    );
    expect(new Set(found.map((r) => r.who))).toEqual(new Set(['NATO', 'United States']));
    for (const r of found) expect(['Moscow', 'Russia', 'Kremlin']).toContain(r.whose);
  });

  it('who stated what on which date, ordered by date', async () => {
    const found = await rows(
      `MATCH (s)-[r:STATED]->() WHERE r.article = $article AND r.date IS NOT NULL
       RETURN s.name AS speaker, r.date AS date, r.evidence AS evidence ORDER BY date, speaker`,
      { article: SEED },
    );
    const dates = found.map((r) => r.date as string);
    expect(dates).toEqual([...dates].sort());
    const said = found.map((r) => `${r.speaker} ${r.date}`);
    expect(said).toContain('Sergei Lavrov 2022-10-30');
    expect(said).toContain('Dmitry Peskov 2022-10-30');
    for (const r of found) expect(snapshot.nodes.find((n) => n.id === SEED)?.properties.text).toContain(r.evidence);
  });

  it("each person's roles: Lavrov is Russia's Foreign Minister, Biden the U.S. President", async () => {
    const found = await rows(
      `MATCH (p:Person)-[h:HAS_ROLE]->(o) WHERE p.name IN ['Sergei Lavrov', 'Joe Biden']
       RETURN p.name AS person, h.role AS role, o.name AS of`,
    );
    const roles = found.map((r) => `${r.person}: ${String(r.role).toLowerCase()} of ${r.of}`);
    expect(roles).toContain('Sergei Lavrov: foreign minister of Russia');
    expect(roles).toContain('Joe Biden: president of United States');
  });

  it('the shortest path between Joe Biden and Sergei Lavrov', async () => {
    const found = await rows(
      `MATCH p = shortestPath((a:Person {name: 'Joe Biden'})-[*..6]-(b:Person {name: 'Sergei Lavrov'}))
       RETURN [n IN nodes(p) | n.id] AS ids, length(p) AS hops`,
    );
    expect(found).toHaveLength(1);
    const ids = found[0]!.ids as string[];
    expect(ids[0]).toBe('person:joe-biden');
    expect(ids.at(-1)).toBe('person:sergei-lavrov');
    // Both are in the same article, so two hops through it (or a shorter way) must exist.
    expect(found[0]!.hops).toBeLessThanOrEqual(2n);
  });
});

describe('questions about the whole seed graph', () => {
  it('the number of entities per type matches the stored nodes', async () => {
    const found = await rows(`MATCH (n) RETURN n.type AS type, count(*) AS n ORDER BY type`);
    const expected = new Map<string, number>();
    for (const node of snapshot.nodes) {
      const type = node.properties.type;
      if (typeof type === 'string') expected.set(type, (expected.get(type) ?? 0) + 1);
    }
    const counted = new Map(found.filter((r) => r.type !== null).map((r) => [r.type as string, Number(r.n)]));
    expect(counted).toEqual(expected);
    expect([...counted.keys()].sort()).toEqual(['Event', 'Organization', 'Person', 'Place']);
  });

  it('the relations whose evidence contains a word', async () => {
    const found = await rows(
      `MATCH (a)-[r]->(b) WHERE r.evidence CONTAINS $word RETURN type(r) AS type, a.name AS from, r.evidence AS evidence`,
      { word: 'Bali' },
    );
    const expected = snapshot.edges.filter((e) => String(e.properties.evidence ?? '').includes('Bali'));
    expect(found).toHaveLength(expected.length);
    expect(found.some((r) => r.type === 'ATTENDS' && r.from === 'Joe Biden')).toBe(true);
    for (const r of found) expect(r.evidence).toContain('Bali');
  });
});
