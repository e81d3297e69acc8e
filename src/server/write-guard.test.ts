import { describe, expect, it } from 'vitest';
import { findUpdatingClause } from './write-guard.js';

describe('read-only check on the parsed query', () => {
  it('lets reads through whose names are keywords', () => {
    for (const query of [
      'WITH 1 AS set RETURN set',
      'WITH 1 AS create, 2 AS delete RETURN create + delete',
      "MATCH (n) WHERE n.set = 'CREATE' // DELETE\nRETURN n",
      'UNWIND [1, 2] AS merge RETURN merge',
      'RETURN {remove: 1, foreach: 2} AS m',
    ]) {
      expect(findUpdatingClause(query), query).toBeNull();
    }
  });

  it('finds updating clauses with their position, in subqueries too', () => {
    expect(findUpdatingClause('MATCH (n)\nDETACH DELETE n')).toMatchObject({
      keyword: 'DETACH DELETE',
      line: 2,
      column: 1,
    });
    expect(findUpdatingClause('MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n')).toMatchObject({ keyword: 'SET' });
    expect(findUpdatingClause('MATCH (n) FOREACH (x IN [1] | CREATE ())')).toMatchObject({ keyword: 'FOREACH' });
    expect(findUpdatingClause('WITH 1 AS set MERGE (a {v: set})')).toMatchObject({ keyword: 'MERGE', column: 15 });
  });

  it('leaves queries that do not parse to the engine', () => {
    expect(findUpdatingClause('CREATE (')).toBeNull();
  });
});
