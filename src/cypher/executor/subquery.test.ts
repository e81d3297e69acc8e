import { describe, expect, it } from 'vitest';
import { executeCypher, parseCypher } from '../index.js';
import { errorOf, graphWith, run } from '../test-helpers.js';

const NUMBERS = 'UNWIND range(1, 3) AS i CREATE (:N {i: i})';

describe('parsing subquery clauses', () => {
  it('records FOREACH, CALL { } and COLLECT { } with their source spans', () => {
    const q =
      'MATCH (n) FOREACH (x IN [1] | SET n.x = x) CALL (n) { RETURN 1 AS one } RETURN COLLECT { RETURN 2 } AS two';
    const [, each, call, ret] = parseCypher(q).parts[0]!.clauses;
    expect(q.slice(each!.start, each!.end)).toBe('FOREACH (x IN [1] | SET n.x = x)');
    expect(each).toMatchObject({ type: 'Foreach', variable: 'x', clauses: [{ type: 'Set' }] });
    expect(q.slice(call!.start, call!.end)).toBe('CALL (n) { RETURN 1 AS one }');
    expect(call).toMatchObject({ type: 'Subquery', optional: false, imports: ['n'] });
    if (ret!.type !== 'Return') throw new Error('shape');
    const collect = ret.projection.items[0]!.expr;
    expect(collect.type).toBe('Collect');
    expect(q.slice(collect.start, collect.end)).toBe('COLLECT { RETURN 2 }');
    expect(parseCypher('OPTIONAL CALL (*) { RETURN 1 AS a } RETURN a').parts[0]!.clauses[0]).toMatchObject({
      optional: true,
      imports: '*',
    });
  });

  it('rejects malformed FOREACH and CALL … IN TRANSACTIONS with positions', () => {
    const e = errorOf(() => parseCypher('FOREACH (x IN [1] CREATE ())'));
    expect(e).toMatchObject({ code: 'SyntaxError', position: { column: 19 } });
    expect(errorOf(() => parseCypher('FOREACH (x IN [1] | )')).message).toMatch(/updating clause/);
    expect(errorOf(() => parseCypher('CALL { CREATE () } IN TRANSACTIONS OF 10')).position?.column).toBe(41);
    expect(parseCypher('CALL { CREATE () } IN TRANSACTIONS OF 10 ROWS').parts[0]!.clauses[0]).toMatchObject({
      inTransactions: true,
      batchRows: { value: 10n },
    });
  });
});

describe('FOREACH', () => {
  it('runs its updating clauses per element and keeps the outer rows', () => {
    const g = graphWith(NUMBERS);
    expect(
      run(
        g,
        'MATCH (n:N) FOREACH (x IN [1, 2] | SET n.total = coalesce(n.total, 0) + x * n.i) RETURN n.i, n.total ORDER BY n.i',
      ),
    ).toEqual([
      [1n, 3n],
      [2n, 6n],
      [3n, 9n],
    ]);
    run(g, "FOREACH (a IN ['x', 'y'] | FOREACH (b IN [1, 2] | CREATE (:Pair {a: a, b: b})))");
    expect(run(g, 'MATCH (p:Pair) RETURN p.a + p.b AS k ORDER BY k')).toEqual([['x1'], ['x2'], ['y1'], ['y2']]);
    expect(run(g, 'WITH null AS none FOREACH (x IN none | CREATE (:Never)) RETURN 1')).toEqual([[1n]]);
    expect(run(g, 'MATCH (n:Never) RETURN count(n)')).toEqual([[0n]]);
  });

  it('keeps its variables inside and only allows updating clauses', () => {
    const g = graphWith(NUMBERS);
    expect(errorOf(() => executeCypher(g, 'FOREACH (x IN [1] | CREATE (m:M)) RETURN m')).detail).toBe(
      'UndefinedVariable',
    );
    expect(errorOf(() => executeCypher(g, 'FOREACH (x IN [1] | MATCH (n) SET n.x = x)')).detail).toBe(
      'InvalidClauseComposition',
    );
    expect(errorOf(() => executeCypher(g, 'WITH 1 AS x FOREACH (x IN [1] | CREATE ())')).detail).toBe(
      'VariableAlreadyBound',
    );
    expect(errorOf(() => executeCypher(g, "FOREACH (x IN 'abc' | CREATE ())")).detail).toBe('InvalidArgumentType');
    const e = errorOf(() => executeCypher(g, 'FOREACH (x IN $v | CREATE ())', { params: { v: 5n } }));
    expect(e).toMatchObject({ code: 'TypeError', phase: 'runtime' });
    expect(run(g, 'MATCH (n) RETURN count(n)')).toEqual([[3n]]);
    expect(errorOf(() => executeCypher(g, 'FOREACH (x IN [1] | CREATE ())', { readOnly: true })).code).toBe('ReadOnly');
  });
});

describe('CALL { } subqueries', () => {
  const g = graphWith(NUMBERS);

  it('runs once per outer row, importing with WITH or a scope clause', () => {
    const q =
      'MATCH (n:N) CALL { WITH n MATCH (m:N) WHERE m.i > n.i RETURN count(m) AS above } RETURN n.i, above ORDER BY n.i';
    expect(run(g, q)).toEqual([
      [1n, 2n],
      [2n, 1n],
      [3n, 0n],
    ]);
    expect(run(g, 'UNWIND [1, 2] AS a CALL (a) { RETURN a * 10 AS b } RETURN a, b')).toEqual([
      [1n, 10n],
      [2n, 20n],
    ]);
    expect(run(g, 'WITH 1 AS a, 2 AS b CALL (*) { RETURN a + b AS c } RETURN c')).toEqual([[3n]]);
  });

  it('sees no outer variables it did not import', () => {
    // Without an import, (n) inside is a fresh variable matching every node.
    expect(run(g, 'MATCH (n:N {i: 1}) CALL { MATCH (n:N) RETURN count(n) AS c } RETURN c')).toEqual([[3n]]);
    expect(errorOf(() => executeCypher(g, 'WITH 1 AS a CALL { RETURN a AS b } RETURN b')).detail).toBe(
      'UndefinedVariable',
    );
    expect(errorOf(() => executeCypher(g, 'WITH 1 AS a, 2 AS b CALL (a) { RETURN b AS c } RETURN c')).detail).toBe(
      'UndefinedVariable',
    );
  });

  it('drops outer rows without subquery rows, unless OPTIONAL CALL pads them with null', () => {
    const inner = 'MATCH (n:N {i: a}) WHERE a > 1 RETURN n.i * 2 AS twice';
    expect(run(g, `UNWIND [1, 2, 3] AS a CALL (a) { ${inner} } RETURN a, twice`)).toEqual([
      [2n, 4n],
      [3n, 6n],
    ]);
    expect(run(g, `UNWIND [1, 2, 3] AS a OPTIONAL CALL (a) { ${inner} } RETURN a, twice`)).toEqual([
      [1n, null],
      [2n, 4n],
      [3n, 6n],
    ]);
    // RETURN * inside: the padded columns are the ones the analysis found.
    const star =
      'UNWIND [1, 5] AS a OPTIONAL CALL (a) { MATCH (n:N {i: a}) WITH n.i AS i, n RETURN * } RETURN a, i, n.i';
    expect(run(g, star)).toEqual([
      [1n, 1n, 1n],
      [5n, null, null],
    ]);
  });

  it('combines UNION parts per row, each importing on its own', () => {
    const q = 'UNWIND [1, 2] AS a CALL { WITH a RETURN a AS x UNION RETURN 1 AS x } RETURN a, x ORDER BY a, x';
    expect(run(g, q)).toEqual([
      [1n, 1n],
      [2n, 1n],
      [2n, 2n],
    ]);
    const all = 'UNWIND [1, 2] AS a CALL { WITH a RETURN a AS x UNION ALL RETURN 1 AS x } RETURN count(*)';
    expect(run(g, all)).toEqual([[4n]]);
  });

  it('runs unit subqueries for their writes, keeping each outer row once', () => {
    const w = graphWith(NUMBERS);
    const r = executeCypher(
      w,
      'MATCH (n:N) CALL { WITH n CREATE (:Copy {i: n.i}) CREATE (:Copy {i: -n.i}) } RETURN count(*) AS rows',
    );
    expect(r.rows).toEqual([[3n]]);
    expect(r.stats?.nodesCreated).toBe(6);
    // Neo4j's batched form runs as one transaction on the in-memory graph.
    const batched = executeCypher(w, 'MATCH (c:Copy) CALL { WITH c DETACH DELETE c } IN TRANSACTIONS OF 2 ROWS');
    expect(batched.stats?.nodesDeleted).toBe(6);
    expect(
      errorOf(() => executeCypher(w, 'MATCH (c) CALL { WITH c DELETE c } IN TRANSACTIONS OF -1 ROWS')).detail,
    ).toBe('NegativeIntegerArgument');
    // The writes of every row are done before later clauses read.
    expect(run(w, 'UNWIND [1, 2] AS x CALL { CREATE (:Tick) } MATCH (t:Tick) RETURN count(*)')).toEqual([[4n]]);
  });

  it('reports scoping errors at compile time with positions', () => {
    const e = errorOf(() => executeCypher(g, 'WITH 1 AS a CALL { WITH a RETURN a } RETURN a'));
    expect(e).toMatchObject({ code: 'SyntaxError', detail: 'VariableAlreadyBound', position: { column: 34 } });
    expect(errorOf(() => executeCypher(g, 'WITH 1 AS a CALL { WITH a AS b RETURN b } RETURN b')).message).toMatch(
      /importing WITH/,
    );
    expect(
      errorOf(() => executeCypher(g, 'WITH 1 AS a CALL { WITH a WHERE a > 0 RETURN 2 AS b } RETURN b')).message,
    ).toMatch(/no WHERE/);
    expect(errorOf(() => executeCypher(g, 'CALL { MATCH (n) } RETURN 1')).detail).toBe('InvalidClauseComposition');
    expect(errorOf(() => executeCypher(g, 'CALL { RETURN 1 AS x }')).message).toMatch(/cannot end with a CALL/);
    expect(errorOf(() => executeCypher(g, 'CALL { RETURN 1 } RETURN 2')).detail).toBe('NoExpressionAlias');
    expect(errorOf(() => executeCypher(g, 'MATCH (n) CALL db.labels() YIELD label')).message).toMatch(
      /cannot end with a CALL/,
    );
    expect(errorOf(() => executeCypher(g, 'CALL { CREATE () } RETURN 1', { readOnly: true })).code).toBe('ReadOnly');
    expect(errorOf(() => executeCypher(g, 'MATCH (n) WHERE EXISTS { CALL { CREATE () } } RETURN n')).detail).toBe(
      'InvalidClauseComposition',
    );
  });
});

describe('COLLECT { } subqueries', () => {
  const g = graphWith(NUMBERS);

  it('collects the one returned column per outer row, seeing outer variables', () => {
    const q =
      'MATCH (n:N) RETURN n.i, COLLECT { MATCH (m:N) WHERE m.i < n.i RETURN m.i ORDER BY m.i DESC } AS below ORDER BY n.i';
    expect(run(g, q)).toEqual([
      [1n, []],
      [2n, [1n]],
      [3n, [2n, 1n]],
    ]);
    expect(run(g, 'RETURN COLLECT { UNWIND [1, 1, 2] AS x RETURN x UNION UNWIND [2, 3] AS x RETURN x } AS xs')).toEqual(
      [[[1n, 2n, 3n]]],
    );
    expect(run(g, 'MATCH (n:N) WHERE size(COLLECT { MATCH (m:N) WHERE m.i > n.i RETURN m }) = 1 RETURN n.i')).toEqual([
      [2n],
    ]);
  });

  it('must return exactly one column and must not write', () => {
    expect(errorOf(() => executeCypher(g, 'RETURN COLLECT { RETURN 1 AS a, 2 AS b } AS c')).detail).toBe(
      'InvalidClauseComposition',
    );
    expect(errorOf(() => executeCypher(g, 'RETURN COLLECT { MATCH (n) } AS c')).detail).toBe(
      'InvalidClauseComposition',
    );
    expect(errorOf(() => executeCypher(g, 'RETURN COLLECT { CREATE (n) RETURN n } AS c')).detail).toBe(
      'InvalidClauseComposition',
    );
  });
});
