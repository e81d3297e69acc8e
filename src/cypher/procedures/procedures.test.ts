import { describe, expect, it } from 'vitest';
import { executeCypher } from '../index.js';
import { errorOf, graphWith, run } from '../test-helpers.js';
import { createProcedureRegistry, parseProcedureType, type Procedure } from './registry.js';

const g = graphWith(
  "CREATE (:Person {name: 'Ann'})-[:STATED {at: 1}]->(:Event:Statement {text: 'x'}), (:Place {name: 'Kyiv'})",
);

const cities: Procedure = {
  name: 'test.cities',
  inputs: [
    { name: 'country', type: 'STRING' },
    { name: 'min', type: 'FLOAT' },
  ],
  outputs: [
    { name: 'city', type: 'STRING' },
    { name: 'population', type: 'INTEGER' },
  ],
  run: ([country, min]) =>
    [
      { country: 'UA', city: 'Kyiv', population: 2_900_000n },
      { country: 'UA', city: 'Lviv', population: 700_000n },
      { country: 'FR', city: 'Paris', population: 2_100_000n },
    ].filter((c) => c.country === country && Number(c.population) >= (min as number)),
};
const touched: string[] = [];
const logIt: Procedure = {
  name: 'test.log',
  inputs: [{ name: 'msg', type: 'ANY' }],
  outputs: [],
  run: ([m]) => (touched.push(String(m)), []),
};
const procedures = createProcedureRegistry([cities, logIt]);

describe('built-in procedures', () => {
  it('lists labels, relationship types and property keys, sorted', () => {
    expect(run(g, 'CALL db.labels()')).toEqual([['Event'], ['Person'], ['Place'], ['Statement']]);
    expect(run(g, 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType')).toEqual([['STATED']]);
    expect(executeCypher(g, 'CALL db.propertyKeys').columns).toEqual(['propertyKey']);
    expect(run(g, 'CALL db.propertyKeys')).toEqual([['at'], ['name'], ['text']]);
    expect(
      run(g, 'CALL db.labels() YIELD label AS x UNION CALL db.relationshipTypes() YIELD relationshipType AS x'),
    ).toHaveLength(5);
  });

  it('names the engine and lists the procedures with signatures', () => {
    expect(run(g, 'CALL dbms.components() YIELD name RETURN name')).toEqual([['newsgraph']]);
    const rows = run(g, "CALL dbms.procedures() YIELD name, signature WHERE name = 'db.labels' RETURN signature");
    expect(rows).toEqual([['db.labels() :: (label :: STRING?)']]);
  });
});

describe('CALL with registered procedures', () => {
  it('takes explicit arguments, coerces INTEGER to FLOAT and yields renamed fields', () => {
    const rows = run(g, "CALL test.cities('UA', 1000000) YIELD city AS c, population RETURN c, population", {
      procedures,
    });
    expect(rows).toEqual([['Kyiv', 2_900_000n]]);
  });

  it('reads standalone implicit arguments from parameters, columns in signature order', () => {
    const r = executeCypher(g, 'CALL test.cities', { procedures, params: { country: 'UA', min: 0 } });
    expect(r.columns).toEqual(['city', 'population']);
    expect(r.rows.map((row) => row[0])).toEqual(['Kyiv', 'Lviv']);
  });

  it('runs once per input row and filters with YIELD … WHERE', () => {
    const q = "UNWIND ['UA', 'FR'] AS cc CALL test.cities(cc, 0.0) YIELD city WHERE city <> 'Lviv' RETURN cc, city";
    expect(run(g, q, { procedures })).toEqual([
      ['UA', 'Kyiv'],
      ['FR', 'Paris'],
    ]);
  });

  it('keeps the rows through a void procedure and returns nothing standalone', () => {
    touched.length = 0;
    expect(run(g, "UNWIND [1, 2] AS i CALL test.log('row ' + i) RETURN i", { procedures })).toEqual([[1n], [2n]]);
    expect(touched).toEqual(['row 1', 'row 2']);
    expect(executeCypher(g, "CALL test.log('x')", { procedures })).toMatchObject({ columns: [], rows: [] });
  });

  it('reports compile-time errors with the TCK details and positions', () => {
    const cases: [string, string, string][] = [
      ['CALL test.nope()', 'ProcedureError', 'ProcedureNotFound'],
      ["CALL test.cities('UA')", 'SyntaxError', 'InvalidNumberOfArguments'],
      ['CALL test.cities(1, 2)', 'SyntaxError', 'InvalidArgumentType'],
      ['CALL test.cities YIELD city RETURN city', 'SyntaxError', 'InvalidArgumentPassingMode'],
      ["WITH 1 AS city CALL test.cities('UA', 1) YIELD city RETURN city", 'SyntaxError', 'VariableAlreadyBound'],
      ["CALL test.cities('UA', 1) YIELD * RETURN city", 'SyntaxError', 'UnexpectedSyntax'],
      ["CALL test.cities('UA', 1) YIELD town RETURN town", 'SyntaxError', 'UndefinedVariable'],
      ["MATCH (n) CALL test.cities('UA', count(n)) YIELD city RETURN city", 'SyntaxError', 'InvalidAggregation'],
      ["CALL test.cities('UA', 1) RETURN 1", 'SyntaxError', 'MissingYield'],
    ];
    for (const [q, code, detail] of cases) {
      const e = errorOf(() => executeCypher(g, q, { procedures }));
      expect({ q, code: e.code, detail: e.detail, phase: e.phase }).toEqual({ q, code, detail, phase: 'compile' });
    }
    const e = errorOf(() => executeCypher(g, "CALL test.cities('UA', 1) YIELD cty RETURN 1", { procedures }));
    expect(e.position?.column).toBe(33);
    expect(e.message).toContain('did you mean city?');
    expect(errorOf(() => executeCypher(g, 'CALL test.cities', { procedures, params: { country: 'UA' } })).code).toBe(
      'ParameterMissing',
    );
  });

  it('checks argument types at runtime when they cannot be known before', () => {
    const e = errorOf(() => executeCypher(g, 'CALL test.cities($c, 1)', { procedures, params: { c: 42n } }));
    expect(e).toMatchObject({ code: 'TypeError', detail: 'InvalidArgumentType', phase: 'runtime' });
  });

  it('turns procedure failures and wrongly typed outputs into ProcedureErrors', () => {
    const broken = createProcedureRegistry([
      {
        name: 'test.boom',
        inputs: [],
        outputs: [{ name: 'x', type: 'INTEGER' }],
        run: () => {
          throw new Error('disk on fire');
        },
      },
      { name: 'test.count', inputs: [], outputs: [{ name: 'n', type: 'INTEGER' }], run: () => [{ n: 3 }] },
      { name: 'test.liar', inputs: [], outputs: [{ name: 'n', type: 'INTEGER' }], run: () => [{ n: 'three' }] },
    ]);
    const e = errorOf(() => executeCypher(g, 'CALL test.boom()', { procedures: broken }));
    expect(e).toMatchObject({
      code: 'ProcedureError',
      phase: 'runtime',
      message: 'Procedure test.boom failed: disk on fire',
    });
    expect(run(g, 'CALL test.count() YIELD n RETURN n', { procedures: broken })).toEqual([[3n]]);
    expect(errorOf(() => executeCypher(g, 'CALL test.liar()', { procedures: broken })).message).toMatch(
      /not INTEGER for `n`/,
    );
  });

  it('registries without built-ins do not know db.labels', () => {
    const bare = createProcedureRegistry([], { builtins: false });
    expect(errorOf(() => executeCypher(g, 'CALL db.labels()', { procedures: bare })).detail).toBe('ProcedureNotFound');
    expect(parseProcedureType('LIST? OF INTEGER?')).toBe('LIST');
    expect(() => parseProcedureType('BLOB')).toThrow(/unknown procedure type/);
  });
});
