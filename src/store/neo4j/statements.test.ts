import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../graph/schema.js';
import { StoreError } from '../types.js';
import { constraintStatements, edgeStatements, nodeStatements, schemaName } from './statements.js';

const PAYLOAD = "x'}) DETACH DELETE n //";
const node = (id: string, label: string, name = id): GraphNode => ({ id, labels: [label], properties: { id, name } });

describe('write statements', () => {
  it('refuses labels and types that are not plain identifiers', () => {
    expect(schemaName('Person', 'label')).toBe('Person');
    expect(() => schemaName('Person`) DELETE', 'label')).toThrow(StoreError);
    expect(() => nodeStatements([node('a', 'Bad Label')], 10)).toThrow(/only letters, digits and _/);
  });

  it('batches nodes per label with constant text and every value in parameters', () => {
    const nodes = [
      node('p1', 'Person', PAYLOAD),
      node('p2', 'Person'),
      node('p3', 'Person'),
      node('o1', 'Organization'),
    ];
    const statements = nodeStatements(nodes, 2);
    expect(statements.map((s) => s.rows)).toEqual([2, 1, 1]);
    expect(new Set(statements.slice(0, 2).map((s) => s.text)).size).toBe(1);
    expect(statements[0]!.text).toBe(
      'UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n = row.properties RETURN row.id AS id, elementId(n) AS eid',
    );
    for (const s of statements) expect(s.text).not.toContain('DETACH');
    const rows = statements[0]!.params.rows as { properties: { name: string } }[];
    expect(rows[0]!.properties.name).toBe(PAYLOAD);
  });

  it('batches relationships per type, finding both ends by element id, with the id as a property', () => {
    const elementIds = new Map([
      ['p', '4:x:1'],
      ['e', '4:x:2'],
      ['o', '4:x:3'],
    ]);
    const edges: GraphEdge[] = [
      { id: 'a1', type: 'ATTENDS', source: 'p', target: 'e', properties: { evidence: PAYLOAD } },
      { id: 's1', type: 'STATED', source: 'o', target: 'e', properties: {} },
      { id: 'a2', type: 'ATTENDS', source: 'o', target: 'e', properties: {} },
    ];
    const statements = edgeStatements(edges, (id) => elementIds.get(id)!, 100);
    expect(statements.map((s) => s.rows)).toEqual([2, 1]);
    expect(statements[0]!.text).toContain('MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b');
    expect(statements[0]!.text).toContain('MERGE (a)-[r:ATTENDS {id: row.id}]->(b)');
    const rows = statements[0]!.params.rows as { a: string; b: string; properties: Record<string, unknown> }[];
    expect(rows.map((r) => [r.a, r.b])).toEqual([
      ['4:x:1', '4:x:2'],
      ['4:x:3', '4:x:2'],
    ]);
    expect(rows[0]!.properties).toEqual({ evidence: PAYLOAD, id: 'a1' });
  });

  it('creates one uniqueness constraint per label and type', () => {
    expect(constraintStatements(['Person'], ['STATED'])).toEqual([
      'CREATE CONSTRAINT newsgraph_Person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT newsgraph_STATED_id IF NOT EXISTS FOR ()-[r:STATED]-() REQUIRE r.id IS UNIQUE',
      'CREATE INDEX newsgraph_STATED_article IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.article)',
    ]);
  });
});
