/**
 * Same answers on both stores: the read queries of differential/queries.ts and a sample of the
 * openCypher TCK's read scenarios run on the in-memory engine (MemoryStore.query) and on Neo4j
 * over the same graph, compared as multisets of rows (as sequences when the query's ORDER BY is
 * total). The news graph is built with the project's pipeline from seeds/ (+ ../shared/corpus/dev).
 *
 * Every difference is a bug in one of the two engines, unless it is listed in KNOWN_DIFFERENCES
 * with the reason. A listed query that starts to agree fails too, so the list stays true.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResult } from '../../src/cypher/values.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/types.js';
import { loadCorpus } from './corpus.js';
import { compareResults } from './differential/canonical.js';
import { DIFF_QUERIES } from './differential/queries.js';
import { tckSample } from './differential/tck-sample.js';
import { connectForTest, lockNeo4j, neo4jGate, shouldRun, unlockNeo4j } from './gate.js';

/**
 * Query name or TCK case id → why the engines differ there. Each entry says which side deviates
 * from openCypher/Neo4j behaviour and whether it is a bug to fix (reported to the lead) or a
 * documented Neo4j behaviour we deliberately do not copy.
 */
export const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {};

type Outcome = { ok: true; result: QueryResult } | { ok: false; error: string };

async function attempt(store: GraphStore, cypher: string, params?: Record<string, unknown>): Promise<Outcome> {
  try {
    const result = await store.query(cypher, { params: (params ?? {}) as never, timeoutMs: 20_000 });
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

/** Null when both engines agree (both fail counts as agreeing), else what differs. */
function difference(memory: Outcome, neo4j: Outcome, ordered: boolean): string | null {
  if (!memory.ok && !neo4j.ok) return null;
  if (!memory.ok) return `memory engine failed: ${memory.error}`;
  if (!neo4j.ok) return `Neo4j failed: ${neo4j.error}`;
  return compareResults(memory.result, neo4j.result, ordered);
}

function expectAgreement(key: string, diff: string | null): void {
  const known = KNOWN_DIFFERENCES[key];
  if (known === undefined) {
    expect(diff, `${key}: ${diff}`).toBeNull();
  } else {
    expect(diff, `${key} is in KNOWN_DIFFERENCES (${known}) but both engines now agree: remove it`).not.toBeNull();
  }
}

const gate = await neo4jGate();

// One database for every Neo4j test file: hold it while this file runs.
if (shouldRun(gate)) {
  beforeAll(() => lockNeo4j());
  afterAll(() => unlockNeo4j());
}

describe.runIf(shouldRun(gate))('differential: memory engine vs Neo4j on the news graph', () => {
  let neo4j: Neo4jStore;
  const memory = new MemoryStore();
  const nonEmpty = new Set<string>();

  beforeAll(async () => {
    neo4j = await connectForTest();
    await neo4j.query('MATCH (n) DETACH DELETE n', { readOnly: false });
    const corpus = loadCorpus();
    for (const fragment of corpus.fragments) {
      await memory.merge(fragment);
      await neo4j.merge(fragment);
    }
  });

  afterAll(async () => {
    await neo4j?.close();
  });

  it('both stores hold the same graph', async () => {
    const stats = await neo4j.stats();
    expect(stats).toEqual(await memory.stats());
    expect(stats.nodes).toBeGreaterThan(0);
  });

  it('has at least 60 queries with unique names', () => {
    expect(DIFF_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DIFF_QUERIES.map((q) => q.name)).size).toBe(DIFF_QUERIES.length);
  });

  for (const q of DIFF_QUERIES) {
    it(q.name, async () => {
      const [m, n] = [await attempt(memory, q.cypher, q.params), await attempt(neo4j, q.cypher, q.params)];
      if (n.ok && n.result.rows.length > 0) nonEmpty.add(q.name);
      expectAgreement(q.name, difference(m, n, q.ordered ?? false));
    });
  }

  it('most queries have something to compare (the graph is not trivially empty for them)', () => {
    expect(nonEmpty.size).toBeGreaterThanOrEqual(Math.floor(DIFF_QUERIES.length * 0.8));
  });
});

describe.runIf(shouldRun(gate))('differential: memory engine vs Neo4j on TCK read scenarios', () => {
  let neo4j: Neo4jStore;

  beforeAll(async () => {
    neo4j = await connectForTest();
  });

  afterAll(async () => {
    await neo4j?.query('MATCH (n) DETACH DELETE n', { readOnly: false });
    await neo4j?.close();
  });

  for (const c of tckSample()) {
    it(c.id, async () => {
      await neo4j.query('MATCH (n) DETACH DELETE n', { readOnly: false });
      const memory = new MemoryStore();
      for (const setup of c.setup) {
        await memory.query(setup, { readOnly: false });
        await neo4j.query(setup, { readOnly: false });
      }
      const [m, n] = [await attempt(memory, c.query), await attempt(neo4j, c.query)];
      expectAgreement(c.id, difference(m, n, c.ordered));
    });
  }
});
