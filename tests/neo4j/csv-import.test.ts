/**
 * The neo4j-admin CSV export, loaded into the local Neo4j with LOAD CSV (served over HTTP from
 * this test): every node and relationship arrives, text with quotes, commas and newlines and
 * string arrays intact. Runs when a Neo4j answers (see gate.ts); the structure of the files is
 * tested without one in src/export/neo4j-csv.test.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/neo4j-csv.js';
import type { GraphFragment } from '../../src/graph/schema.js';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import { connectForTest, lockNeo4j, neo4jGate, shouldRun, unlockNeo4j } from './gate.js';

const gate = await neo4jGate();

const TEXT = 'An invented report, with "quotes",\ncommas and a second line.';
const fragment: GraphFragment = {
  nodes: [
    { id: 'article:csv-1', labels: ['Article'], properties: { id: 'article:csv-1', title: 'Invented', text: TEXT } },
    {
      id: 'person:csv-ann',
      labels: ['Person'],
      properties: { id: 'person:csv-ann', name: 'Ann Example', aliases: ['Ann', 'A. Example'], type: 'Person' },
    },
    { id: 'place:csv-town', labels: ['Place'], properties: { id: 'place:csv-town', name: 'Town', aliases: [] } },
  ],
  edges: [
    {
      id: 'stated:csv-1',
      type: 'STATED',
      source: 'person:csv-ann',
      target: 'place:csv-town',
      properties: { id: 'stated:csv-1', evidence: 'Ann Example said so, twice.', confidence: 0.75, start: 3n },
    },
    {
      id: 'mentions:csv-1',
      type: 'MENTIONS',
      source: 'article:csv-1',
      target: 'person:csv-ann',
      properties: { id: 'mentions:csv-1', count: 2n },
    },
  ],
};

describe.runIf(shouldRun(gate))('neo4j-admin CSV export loaded with LOAD CSV', () => {
  let store: Neo4jStore;
  let base: string;
  let close: () => Promise<void>;
  const files = new Map(toNeo4jCsv(fragment).map((f) => [f.name, f.content]));
  const write = (cypher: string, params: Record<string, string> = {}) =>
    store.query(cypher, { readOnly: false, params, timeoutMs: 20_000 });

  beforeAll(async () => {
    await lockNeo4j();
    store = await connectForTest();
    const server = createServer((req, res) => {
      const body = files.get((req.url ?? '').slice(1));
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
    await write('MATCH (n:NgCsvTest) DETACH DELETE n');
  });

  afterAll(async () => {
    await write('MATCH (n:NgCsvTest) DETACH DELETE n').catch(() => undefined);
    await store?.close();
    await close?.();
    unlockNeo4j();
  });

  it('loads every node and relationship with text and arrays intact', async () => {
    await write(
      `LOAD CSV WITH HEADERS FROM $url AS row
       CREATE (:NgCsvTest {id: row['id:ID'], labels: split(row[':LABEL'], ';'), name: row['name:string'],
         text: row['text:string'], aliases: split(coalesce(row['aliases:string[]'], ''), ';')})`,
      { url: base + 'nodes.csv' },
    );
    await write(
      `LOAD CSV WITH HEADERS FROM $url AS row
       MATCH (a:NgCsvTest {id: row[':START_ID']}), (b:NgCsvTest {id: row[':END_ID']})
       CREATE (a)-[:NG_CSV {type: row[':TYPE'], id: row.id, evidence: row['evidence:string'],
         confidence: toFloat(row['confidence:double']), count: toInteger(row['count:long'])}]->(b)`,
      { url: base + 'relationships.csv' },
    );
    const nodes = await store.query(
      'MATCH (n:NgCsvTest) RETURN n.id AS id, n.labels AS labels, n.text AS text, n.aliases AS aliases ORDER BY id',
    );
    expect(nodes.rows.map((r) => r[0])).toEqual(fragment.nodes.map((n) => n.id).sort());
    const article = nodes.rows.find((r) => r[0] === 'article:csv-1')!;
    expect(article[1]).toEqual(['Article']);
    expect(article[2]).toBe(TEXT);
    const ann = nodes.rows.find((r) => r[0] === 'person:csv-ann')!;
    expect(ann[3]).toEqual(['Ann', 'A. Example']);
    const rels = await store.query(
      'MATCH (a:NgCsvTest)-[r:NG_CSV]->(b:NgCsvTest) RETURN r.id, r.type, a.id, b.id, r.evidence, r.confidence, r.count ORDER BY r.id',
    );
    expect(rels.rows).toEqual([
      ['mentions:csv-1', 'MENTIONS', 'article:csv-1', 'person:csv-ann', null, null, 2n],
      ['stated:csv-1', 'STATED', 'person:csv-ann', 'place:csv-town', 'Ann Example said so, twice.', 0.75, null],
    ]);
  });
});
