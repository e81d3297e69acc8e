import { describe, expect, it } from 'vitest';
import { executeCypher } from '../index.js';
import { errorOf, graphWith, run } from '../test-helpers.js';
import type { PlanNode } from '../values.js';

const g = graphWith(`CREATE (a:Person {name: 'Ann'}), (b:Person {name: 'Bo'}), (c:Place {name: 'Oslo'}),
  (a)-[:KNOWS]->(b), (b)-[:KNOWS]->(a), (a)-[:VISITED]->(c), (b)-[:VISITED]->(c)`);

/** The chain of operator names from the root down the first children. */
const chain = (n: PlanNode): string[] => [n.operator, ...(n.children[0] ? chain(n.children[0]) : [])];

describe('EXPLAIN', () => {
  it('returns the plan with estimates and runs nothing', () => {
    const before = g.order;
    const r = executeCypher(g, "EXPLAIN MATCH (p:Person {name: 'Ann'})-->(x) CREATE (x)-[:SEEN]->(:Note) RETURN x");
    expect(r.rows).toEqual([]);
    expect(r.plan!.mode).toBe('explain');
    expect(chain(r.plan!.root)).toEqual(['Projection', 'Create', 'Match']);
    const match = r.plan!.root.children[0]!.children[0]!;
    expect(match.details).toContain('index eq Person.name');
    expect(match.estimatedRows).toBeGreaterThan(0);
    expect(match.rows).toBeUndefined();
    expect(g.order).toBe(before);
  });

  it('is allowed on a read-only run even for an updating query, which PROFILE is not', () => {
    expect(executeCypher(g, 'EXPLAIN CREATE (n)', { readOnly: true }).plan!.mode).toBe('explain');
    expect(errorOf(() => executeCypher(g, 'PROFILE CREATE (n)', { readOnly: true })).code).toBe('ReadOnly');
  });

  it('keeps error positions pointing into the query as written', () => {
    expect(errorOf(() => executeCypher(g, 'EXPLAIN MATCH (n) RETURN m')).position?.offset).toBe(25);
  });
});

describe('PROFILE', () => {
  it('gives actual rows and self time per operator beside the result', () => {
    const r = executeCypher(g, 'PROFILE MATCH (p:Person)-[:KNOWS]->(q) WITH q ORDER BY q.name LIMIT 1 RETURN q.name');
    expect(r.rows).toEqual([['Ann']]);
    const root = r.plan!.root;
    expect(chain(root)).toEqual(['Projection', 'Projection', 'Match']);
    expect(root.rows).toBe(1);
    expect(root.children[0]!.details).toContain('top 1 by q.name (bounded heap)');
    expect(root.children[0]!.children[0]!.rows).toBe(2);
    const times = (n: PlanNode): number[] => [n.timeMs!, ...n.children.flatMap(times)];
    for (const t of times(root)) expect(t).toBeGreaterThanOrEqual(0);
    expect(r.plan!.totalMs).toBeGreaterThanOrEqual(times(root).reduce((a, b) => a + b, 0) - 0.01);
  });

  it('shows a MATCH folded into the aggregation, with what it visited', () => {
    const byType = executeCypher(g, 'PROFILE MATCH ()-[r]->() RETURN type(r), count(*)').plan!.root.children[0]!;
    expect(byType.details).toMatch(/relationship scan \(all types\) folded/);
    expect(byType.rows).toBe(4);
    const degrees = executeCypher(g, 'PROFILE MATCH (p:Person)-[r]->() RETURN p.name, count(r)').plan!.root;
    expect(degrees.children[0]!.details).toMatch(/degrees \(out\) from graphology/);
    expect(degrees.rows).toBe(2);
    const counted = executeCypher(g, 'PROFILE MATCH (p:Person) RETURN count(*)').plan!.root.children[0]!;
    expect(counted.details).toMatch(/count store :Person/);
  });

  it('puts UNION parts and subqueries under their operator', () => {
    const r = executeCypher(g, 'PROFILE MATCH (p:Person) RETURN p.name AS n UNION MATCH (c:Place) RETURN c.name AS n');
    expect(r.plan!.root.operator).toBe('Union');
    expect(r.plan!.root.rows).toBe(3);
    expect(r.plan!.root.children.map((c) => c.rows)).toEqual([2, 1]);
    const sub = executeCypher(
      g,
      'PROFILE MATCH (p:Person) CALL (p) { MATCH (p)-->(x) RETURN count(x) AS k } RETURN p, k',
    );
    const call = sub.plan!.root.children[0]!;
    expect(call.operator).toBe('SubqueryCall');
    expect(call.children.map((c) => c.operator)).toEqual(['Match', 'Aggregation']);
  });

  it('answers exactly as without PROFILE', () => {
    const q = 'MATCH (p)-[r]-(x) RETURN p.name AS n, count(r) AS d ORDER BY d DESC, n';
    expect(executeCypher(g, `PROFILE ${q}`).rows).toEqual(run(g, q));
  });
});
