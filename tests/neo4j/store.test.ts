/**
 * The Neo4j store against a real local Neo4j (npm run neo4j:start): idempotent merges that
 * agree with the memory store, values that come back in the value model, parameters that can
 * never become Cypher, atomic merges, read-only queries, limits and connection errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../src/cypher/values.js';
import type { CypherMap, NodeValue } from '../../src/cypher/values.js';
import type { GraphFragment } from '../../src/graph/schema.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import { StoreError } from '../../src/store/types.js';
import { describeGraphStore } from '../store/contract.js';
import { loadCorpus } from './corpus.js';
import { connectForTest, lockNeo4j, neo4jGate, shouldRun, unlockNeo4j } from './gate.js';

const gate = await neo4jGate();

// One database for every Neo4j test file: hold it while this file runs.
if (shouldRun(gate)) {
  beforeAll(() => lockNeo4j());
  afterAll(() => unlockNeo4j());
}

function byId<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const HOSTILE = `'}) DETACH DELETE n //`;

/** An article whose names and text carry quotes, backticks, braces and a Cypher payload. */
function hostileFragment(): GraphFragment {
  const article = 'article:hostile';
  const person = `person:${'x'.repeat(3)}`;
  const name = `O'Brien "\`Bobby\`" {Tables} ${HOSTILE}`;
  return {
    nodes: [
      {
        id: article,
        labels: ['Article'],
        properties: { id: article, title: `Title ${HOSTILE}`, text: `He said: ${HOSTILE} }{ \`x\`` },
      },
      {
        id: person,
        labels: ['Person'],
        properties: { id: person, name, aliases: [HOSTILE, '`'], type: 'Person', roles: [] },
      },
    ],
    edges: [
      {
        id: `stated:${HOSTILE}`,
        type: 'STATED',
        source: person,
        target: article,
        properties: { evidence: `"${HOSTILE}"`, start: 0n, end: 10n, article, confidence: 0.5 },
      },
    ],
  };
}

describe.runIf(shouldRun(gate))('Neo4jStore against a local Neo4j', () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await connectForTest();
    await store.query('MATCH (n) DETACH DELETE n', { readOnly: false });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('builds the corpus exactly as the memory store does, merge by merge', async () => {
    await store.clear();
    const corpus = loadCorpus();
    expect(corpus.fragments.length).toBeGreaterThan(0);
    const memory = new MemoryStore();
    // Two passes: the second re-builds every article, as `newsgraph build` run twice does.
    for (const pass of [1, 2]) {
      for (const fragment of corpus.fragments) {
        const expected = await memory.merge(fragment);
        expect({ pass, stats: await store.merge(fragment) }).toEqual({ pass, stats: expected });
      }
    }
    const stats = await store.stats();
    expect(stats).toEqual(await memory.stats());
    expect(stats.edges).toBeGreaterThan(50);
    const [ours, theirs] = [await store.snapshot(), await memory.snapshot()];
    expect(byId(ours.nodes)).toEqual(byId(theirs.nodes));
    expect(byId(ours.edges)).toEqual(byId(theirs.edges));
    const dup = await store.query('MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id');
    expect(dup.rows).toEqual([]);
  });

  it('re-merging the fragment it just merged changes nothing', async () => {
    const corpus = loadCorpus();
    for (const fragment of corpus.fragments.slice(0, 5)) {
      await store.merge(fragment);
      const before = await store.stats();
      expect(await store.merge(fragment)).toEqual({
        nodesCreated: 0,
        nodesUpdated: 0,
        edgesCreated: 0,
        edgesUpdated: 0,
      });
      expect(await store.stats()).toEqual(before);
    }
  });

  it('sees entities another connection stored between two merges', async () => {
    await store.clear();
    const corpus = loadCorpus();
    const [first, second] = [corpus.fragments[0]!, corpus.fragments[1]!];
    const other = await connectForTest();
    try {
      await store.merge(first); // fills this store's entity cache
      await other.merge(second); // behind that cache's back
      const memory = new MemoryStore();
      await memory.merge(first);
      await memory.merge(second);
      for (const fragment of corpus.fragments.slice(2, 6)) {
        expect(await store.merge(fragment)).toEqual(await memory.merge(fragment));
      }
      expect(await store.stats()).toEqual(await memory.stats());
    } finally {
      await other.close();
    }
  });

  it('keeps every article string as data: quotes, backticks, braces and Cypher payloads', async () => {
    await store.clear();
    const fragment = hostileFragment();
    await store.merge(fragment);
    await store.merge(fragment);
    const snap = await store.snapshot();
    expect(snap.nodes.length).toBe(2);
    expect(snap.edges.length).toBe(1);
    const person = snap.nodes.find((n) => n.labels.includes('Person'))!;
    expect(person.properties.name).toBe(fragment.nodes[1]!.properties.name);
    expect(person.properties.aliases).toEqual([HOSTILE, '`']);
    expect(snap.edges[0]!.id).toBe(`stated:${HOSTILE}`);
    expect(snap.edges[0]!.properties.evidence).toBe(`"${HOSTILE}"`);
    const found = await store.query('MATCH (p:Person) WHERE p.name CONTAINS $needle RETURN p.name AS name', {
      params: { needle: HOSTILE },
    });
    expect(found.rows).toEqual([[person.properties.name]]);
  });

  it('returns INTEGER as bigint, FLOAT as number, and graph values in the value model', async () => {
    await store.clear();
    await store.merge(hostileFragment());
    const r = await store.query(
      `MATCH p = (a:Person)-[r:STATED]->(b:Article)
       RETURN 1 AS i, 1.0 AS f, $big AS big, $f AS pf, {k: [1, 2.5, 'x']} AS m, a, r, p,
              date('2022-10-30') AS d, duration('P1Y2M') AS dur, localdatetime('2022-10-30T12:00') AS ldt, null AS nothing`,
      { params: { big: 9007199254740993n, f: 2 } },
    );
    expect(r.columns).toEqual(['i', 'f', 'big', 'pf', 'm', 'a', 'r', 'p', 'd', 'dur', 'ldt', 'nothing']);
    const [i, f, big, pf, m, a, rel, p, d, dur, ldt, nothing] = r.rows[0]!;
    expect(i).toBe(1n);
    expect(f).toBe(1);
    expect(typeof f).toBe('number');
    expect(big).toBe(9007199254740993n);
    expect(pf).toBe(2);
    expect(m).toBeInstanceOf(Map);
    expect((m as CypherMap).get('k')).toEqual([1n, 2.5, 'x']);
    expect(isNodeValue(a)).toBe(true);
    expect((a as NodeValue).labels).toEqual(['Person']);
    expect((a as NodeValue).properties.get('aliases')).toEqual([HOSTILE, '`']);
    expect(isRelationshipValue(rel)).toBe(true);
    if (isRelationshipValue(rel)) {
      expect(rel.startId).toBe((a as NodeValue).id);
      expect(rel.properties.get('start')).toBe(0n);
      expect(rel.properties.get('confidence')).toBe(0.5);
    }
    expect(isPathValue(p)).toBe(true);
    if (isPathValue(p)) expect(p.nodes.map((n) => n.labels[0])).toEqual(['Person', 'Article']);
    expect([(d as { kind: string }).kind, String(d)]).toEqual(['date', '2022-10-30']);
    expect([(dur as { kind: string }).kind, String(dur)]).toEqual(['duration', 'P1Y2M']);
    expect([(ldt as { kind: string }).kind, String(ldt)]).toEqual(['localdatetime', '2022-10-30T12:00']);
    expect(nothing).toBeNull();
    // Temporal values travel back as parameters and keep their type.
    const back = await store.query('RETURN $d AS d, $dur AS dur, $d + $dur AS later', { params: { d, dur } });
    expect(back.rows[0]!.map(String)).toEqual(['2022-10-30', 'P1Y2M', '2023-12-30']);
  });

  it('a failed merge leaves the previous graph intact', async () => {
    await store.clear();
    await store.merge(hostileFragment());
    const before = await store.snapshot();
    const bad: GraphFragment = {
      nodes: [
        {
          id: 'place:ok',
          labels: ['Place'],
          properties: { id: 'place:ok', name: 'Okville', aliases: [], type: 'Place' },
        },
        // Neo4j refuses lists of mixed types as property values: the batch after the first fails.
        {
          id: 'place:mixed',
          labels: ['Event'],
          properties: { id: 'place:mixed', name: 'Mixed', aliases: [], type: 'Event', bad: ['a', 1n] },
        },
      ],
      edges: [],
    };
    const error = await store.merge(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(await store.snapshot()).toEqual(before);
  });

  it('refuses updating queries when read-only, with a clear error and no change', async () => {
    await store.clear();
    const error = await store.query('CREATE (n:Person {id: "x"})').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('WRITE_REFUSED');
    // A write our own parser cannot see (inside a procedure call) is refused by Neo4j's READ session.
    const viaServer = await store
      .query('CALL { CREATE (n:Person {id: "y"}) RETURN n } RETURN n')
      .catch((e: unknown) => e);
    expect((viaServer as StoreError).code).toBe('WRITE_REFUSED');
    expect((await store.stats()).nodes).toBe(0);
    const written = await store.query('CREATE (n:Person {id: "z"}) RETURN n.id AS id', { readOnly: false });
    expect(written.rows).toEqual([['z']]);
    expect(written.stats?.nodesCreated).toBe(1);
  });

  it('stops runaway queries at the time limit and refuses results past the row limit', async () => {
    const slow = await store
      .query('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*)', { timeoutMs: 300 })
      .catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(StoreError);
    expect((slow as StoreError).message).toMatch(/time limit of 300 ms/);
    const many = await store.query('UNWIND range(1, 100000) AS x RETURN x', { maxRows: 10 }).catch((e: unknown) => e);
    expect((many as StoreError).message).toMatch(/more than 10 rows/);
    expect((await store.query('UNWIND range(1, 10) AS x RETURN x', { maxRows: 10 })).rows.length).toBe(10);
  });

  it('reports Cypher errors from Neo4j as QUERY errors with their position', async () => {
    const error = await store.query('MATCH (n RETURN n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('QUERY');
    expect((error as StoreError).message).toMatch(/line 1, column \d+/);
  });

  it('works over a neo4j:// routing URI too', async () => {
    const routed = await Neo4jStore.connect({ uri: store.uri.replace(/^bolt:/, 'neo4j:') });
    try {
      const r = await routed.query('RETURN 40 + 2 AS answer');
      expect(r.rows).toEqual([[42n]]);
    } finally {
      await routed.close();
    }
  });
});

describe.runIf(shouldRun(gate))('Neo4jStore', () => {
  describeGraphStore('neo4j', async () => {
    const store = await connectForTest();
    await store.clear();
    return store;
  });
});

describe('Neo4jStore connection errors', () => {
  it('says how to start Neo4j when nothing listens', async () => {
    const error = await Neo4jStore.connect({ uri: 'bolt://127.0.0.1:1', connectTimeoutMs: 2000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('UNAVAILABLE');
    expect((error as StoreError).message).toBe(
      'Cannot reach Neo4j at bolt://127.0.0.1:1 — start it with `npm run neo4j:start` or set NEO4J_URI',
    );
  });

  it('says what a Neo4j address looks like when the URI is not one', async () => {
    const error = await Neo4jStore.connect({ uri: 'http://127.0.0.1:7474' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/is not a Neo4j address — use bolt:\/\/host:7687/);
  });

  it.runIf(shouldRun(gate))('names a database that does not exist', async () => {
    const error = await Neo4jStore.connect({ database: 'nosuchdb' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/nosuchdb/);
  });
});
