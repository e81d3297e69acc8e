import { describe, expect, it } from 'vitest';
import { CypherError } from '../errors.js';
import { parseCypher } from '../index.js';

function syntaxError(query: string): CypherError {
  try {
    parseCypher(query);
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error(`expected a syntax error for ${query}`);
}

describe('parseCypher', () => {
  it('gives every node source offsets', () => {
    const q = 'MATCH (n:Person {name: $name})-[r:KNOWS*1..2]->(m)\nRETURN n.name AS name';
    const ast = parseCypher(q);
    const [match, ret] = ast.parts[0]!.clauses;
    expect(match!.type).toBe('Match');
    if (match!.type !== 'Match' || ret!.type !== 'Return') throw new Error('shape');
    const part = match.patterns[0]!;
    expect(q.slice(part.start, part.end)).toBe('(n:Person {name: $name})-[r:KNOWS*1..2]->(m)');
    expect(part.rels[0]).toMatchObject({
      variable: 'r',
      types: ['KNOWS'],
      direction: 'out',
      range: { min: 1, max: 2 },
    });
    const item = ret.projection.items[0]!;
    expect(q.slice(item.expr.start, item.expr.end)).toBe('n.name');
    expect(item.alias).toBe('name');
  });

  it('parses operator precedence as openCypher does', () => {
    const ast = parseCypher('RETURN 1 + 2 * 3 ^ 2 AS x, NOT a = b AS y, a < b <= c AS z');
    const ret = ast.parts[0]!.clauses[0]!;
    if (ret.type !== 'Return') throw new Error('shape');
    const [x, y, z] = ret.projection.items.map((i) => i.expr);
    expect(x).toMatchObject({
      type: 'Binary',
      op: '+',
      right: { type: 'Binary', op: '*', right: { type: 'Binary', op: '^' } },
    });
    expect(y).toMatchObject({ type: 'Unary', op: 'NOT', operand: { type: 'Comparison', ops: ['='] } });
    expect(z).toMatchObject({ type: 'Comparison', ops: ['<', '<='] });
  });

  it('tells comprehensions, pattern comprehensions and list literals apart', () => {
    const ret = parseCypher('RETURN [x IN l WHERE x > 1 | x * 2], [(a)-->(b) | b.name], [(1), 2]').parts[0]!
      .clauses[0]!;
    if (ret.type !== 'Return') throw new Error('shape');
    expect(ret.projection.items.map((i) => i.expr.type)).toEqual(['ListComprehension', 'PatternComprehension', 'List']);
  });

  it('reports line, column and a caret for syntax errors', () => {
    const q = 'MATCH (n)\nRETURN n.name +';
    const err = syntaxError(q);
    expect(err.code).toBe('SyntaxError');
    expect(err.phase).toBe('compile');
    expect(err.position).toMatchObject({ line: 2, column: 16 });
    expect(err.format(q)).toBe(
      `SyntaxError: ${err.message} (line 2, column 16)\n  RETURN n.name +\n                 ^`,
    );
    expect(err.toJSON()).toMatchObject({ code: 'SyntaxError', phase: 'compile', position: { line: 2, column: 16 } });
  });

  it('rejects integer literals beyond 64 bits but accepts the minimum', () => {
    expect(syntaxError('RETURN 9223372036854775808').detail).toBe('IntegerOverflow');
    expect(() => parseCypher('RETURN -9223372036854775808')).not.toThrow();
  });

  it('names the missing piece in the message', () => {
    expect(syntaxError('MATCH (n RETURN n').message).toMatch(/expected '\)'/);
    expect(syntaxError('MATCH (n)-[:R..2]->(m) RETURN m').detail).toBe('InvalidRelationshipPattern');
  });
});
