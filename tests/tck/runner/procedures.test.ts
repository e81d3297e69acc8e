import { describe, expect, it } from 'vitest';
import { parseProcedureStep, procedureRecords } from './procedures.js';

describe('procedure declarations', () => {
  const table = [
    ['name', 'id', 'city'],
    ["'Stefan'", '1', "'Berlin'"],
    ["'Stefan'", '2', "'München'"],
    ['null', '1.0', "'Nowhere'"],
  ];
  const p = parseProcedureStep(
    'there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?) :',
    table,
  )!;

  it('reads the signature and the table', () => {
    expect(p.name).toBe('test.my.proc');
    expect(p.inputs).toEqual([
      { name: 'name', type: 'STRING?' },
      { name: 'id', type: 'INTEGER?' },
    ]);
    expect(p.outputs).toEqual([{ name: 'city', type: 'STRING?' }]);
    expect(p.rows).toHaveLength(3);
  });

  it('yields the outputs of rows whose inputs equal the arguments, type-exact', () => {
    expect(procedureRecords(p, ['Stefan', 2n])).toEqual([{ city: 'München' }]);
    expect(procedureRecords(p, [null, 1.0])).toEqual([{ city: 'Nowhere' }]);
    expect(procedureRecords(p, [null, 1n])).toEqual([]);
  });

  it('reads void procedures and rejects tables that do not match the signature', () => {
    const v = parseProcedureStep('there exists a procedure test.doNothing() :: ():', [[]])!;
    expect(v).toMatchObject({ inputs: [], outputs: [], rows: [] });
    expect(() => parseProcedureStep('there exists a procedure a.b(x :: INTEGER?) :: ():', [['y']])).toThrow(
      /do not match/,
    );
    expect(parseProcedureStep('an empty graph', [])).toBeNull();
  });
});
