import { describe, expect, it } from 'vitest';
import { createPropertyGraph } from '../../graph/property-graph.js';
import { executeCypher } from '../index.js';
import { errorOf } from '../test-helpers.js';

const compileErrorOf = (query: string) => errorOf(() => executeCypher(createPropertyGraph(), query));

describe('semantic analysis', () => {
  it.each([
    ['MATCH (a) RETURN b', 'UndefinedVariable'],
    ['MATCH (n) WHERE (n)-->(m) RETURN n', 'UndefinedVariable'],
    ['MATCH (r) MATCH ()-[r]-() RETURN r', 'VariableTypeConflict'],
    ['MATCH p = ()-[p]-() RETURN p', 'VariableAlreadyBound'],
    ['MATCH (a) CREATE (a:Label) RETURN a', 'VariableAlreadyBound'],
    ['CREATE ()-[:A|B]->()', 'NoSingleRelationshipType'],
    ['CREATE ()-[:R]-()', 'RequiresDirectedRelationship'],
    ['CREATE ()-[:R*2]->()', 'CreatingVarLength'],
    ['MATCH (n) WHERE count(n) > 1 RETURN n', 'InvalidAggregation'],
    ['RETURN count(count(1))', 'NestedAggregation'],
    ['MATCH (n) RETURN n.x, n.y + count(*)', 'AmbiguousAggregationExpression'],
    ['MATCH (n) WITH n.x RETURN 1', 'NoExpressionAlias'],
    ['RETURN 1 AS a, 2 AS a', 'ColumnNameConflict'],
    ['RETURN 1 AS a UNION RETURN 2 AS b', 'DifferentColumnsInUnion'],
    ['MATCH (n) RETURN n LIMIT -1', 'NegativeIntegerArgument'],
    ['MATCH (n) RETURN n SKIP n.x', 'NonConstantExpression'],
    ['RETURN NOT 1', 'InvalidArgumentType'],
    ['RETURN nosuch(1)', 'UnknownFunction'],
    ['RETURN abs(1, 2)', 'InvalidNumberOfArguments'],
    ['MATCH (n $props) RETURN n', 'InvalidParameterUse'],
    ['MATCH () RETURN *', 'NoVariablesInScope'],
    ['RETURN 1 MATCH (n) RETURN n', 'InvalidClauseComposition'],
  ])('%s → %s', (query, detail) => {
    const err = compileErrorOf(query);
    expect(err.code).toBe('SyntaxError');
    expect(err.phase).toBe('compile');
    expect(err.detail).toBe(detail);
  });

  it('suggests the function or keyword that was probably meant', () => {
    expect(compileErrorOf("RETURN toUppr('a')").message).toBe("Unknown function 'toUppr' (did you mean toUpper?)");
    expect(compileErrorOf('MATCH (n) RETRUN n').message).toMatch(/did you mean RETURN\?/);
  });

  it('points at the offending variable', () => {
    const q = 'MATCH (a)\nRETURN a, missing';
    const err = compileErrorOf(q);
    expect(err.position).toEqual({ offset: 20, line: 2, column: 11 });
    expect(err.format(q)).toContain('\n  RETURN a, missing\n            ^');
  });

  it('accepts what is valid: WHERE after WITH reading earlier variables, ORDER BY projected aliases', () => {
    const g = createPropertyGraph();
    executeCypher(g, "CREATE ({name: 'a', v: 2}), ({name: 'b', v: 1})");
    expect(executeCypher(g, 'MATCH (n) WITH n.name AS name WHERE n.v > 1 RETURN name').rows).toEqual([['a']]);
    expect(executeCypher(g, 'MATCH (n) RETURN n.name AS name, count(*) AS c ORDER BY name DESC').rows).toEqual([
      ['b', 1n],
      ['a', 1n],
    ]);
  });
});
