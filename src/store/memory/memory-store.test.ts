import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeGraphStore, snapshotHash } from '../../../tests/store/contract.js';
import { kremlinArticle, lavrovArticle } from '../../../tests/store/fixtures.js';
import { fragmentFromExtraction } from '../../graph/build.js';
import { MemoryStore } from './memory-store.js';

describeGraphStore('memory', () => MemoryStore.open());

describe('MemoryStore files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves atomically and reopens the same graph', async () => {
    const store = await MemoryStore.open(join(dir, 'graph.json'));
    expect(store.graph.order).toBe(0);
    await store.merge(fragmentFromExtraction(lavrovArticle()));
    await store.merge(fragmentFromExtraction(kremlinArticle()));
    expect(store.dirty).toBe(true);
    await store.save();
    expect(store.dirty).toBe(false);
    expect(readdirSync(dir)).toEqual(['graph.json']); // no temp file left behind
    const reopened = await MemoryStore.open(dir); // a directory means its graph.json
    expect(snapshotHash(await reopened.snapshot())).toBe(snapshotHash(await store.snapshot()));
    expect(await reopened.stats()).toEqual(await store.stats());
    // merging again after a reload still recognises everything
    const again = await reopened.merge(fragmentFromExtraction(kremlinArticle()));
    expect(again).toEqual({ nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 });
  });

  it('reports a corrupt file as a BAD_GRAPH_FILE StoreError and leaves it alone', async () => {
    const file = join(dir, 'corrupt.json');
    writeFileSync(file, '{"format":"newsgraph-graph","version":1,"nodes":[{"id":');
    await expect(MemoryStore.open(file)).rejects.toMatchObject({ name: 'StoreError', code: 'BAD_GRAPH_FILE' });
    await expect(MemoryStore.open(file)).rejects.toThrow(/corrupt\.json is not a usable graph file \(not valid JSON/);
    expect(readFileSync(file, 'utf8')).toContain('"nodes"');
  });

  it('saves the result of a write query', async () => {
    const file = join(dir, 'write.json');
    const store = await MemoryStore.open(file);
    await store.merge(fragmentFromExtraction(lavrovArticle()));
    await store.query("MATCH (p:Person {name: 'Joe Biden'}) SET p.born = 1942", { readOnly: false });
    expect(store.dirty).toBe(true);
    await store.save();
    const reopened = await MemoryStore.open(file);
    const result = await reopened.query("MATCH (p:Person {name: 'Joe Biden'}) RETURN p.born");
    expect(result.rows).toEqual([[1942n]]);
  });

  it('keeps temporal and float values through save and reload, usable by Cypher', async () => {
    const file = join(dir, 'temporal.json');
    const store = await MemoryStore.open(file);
    await store.query("CREATE (:Event {id: 'event:x', on: date('2022-10-30'), score: 2.0, n: 2})", { readOnly: false });
    await store.save();
    const reopened = await MemoryStore.open(file);
    const result = await reopened.query(
      "MATCH (e:Event {id: 'event:x'}) RETURN e.on.year AS year, e.on + duration('P1D') AS next, e.score AS score, e.n AS n",
    );
    expect(result.rows[0]![0]).toBe(2022n);
    expect(String(result.rows[0]![1])).toBe('2022-10-31');
    expect(result.rows[0]!.slice(2)).toEqual([2, 2n]);
  });
});

describe('MemoryStore.queryAndSave', () => {
  it('saves a change, and undoes one it cannot save', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-save-'));
    try {
      const file = join(dir, 'graph.json');
      const store = new MemoryStore(undefined, file);
      const first = await store.queryAndSave("CREATE (:Person {name: 'Ada'})", { readOnly: false });
      expect(first.saved).toBe(file);
      expect(readFileSync(file, 'utf8')).toContain('Ada');
      // Where the file's directory should be, a file: nothing can be written there.
      const broken = new MemoryStore(store.graph, join(dir, 'graph.json', 'graph.json'));
      await expect(
        broken.queryAndSave("MATCH (p:Person) SET p.name = 'Bo' CREATE (:Place {name: 'Rome'})", { readOnly: false }),
      ).rejects.toMatchObject({ name: 'StoreError', code: 'SAVE_FAILED' });
      const rows = (await broken.query('MATCH (n) RETURN labels(n)[0] AS l, n.name AS name')).rows;
      expect(rows).toEqual([['Person', 'Ada']]);
      expect(broken.dirty).toBe(false);
      const read = await store.queryAndSave('MATCH (n) RETURN count(n) AS n', { readOnly: false });
      expect(read.saved).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
