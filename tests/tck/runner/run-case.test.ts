import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CypherError } from '../../../src/cypher/errors.js';
import type { PropertyGraph } from '../../../src/graph/property-graph.js';
import type { CypherValue, QueryResult } from '../../../src/cypher/values.js';
import { parseFeature } from './cases.js';
import { runCase } from './run-case.js';
import type { EngineOptions, ExecuteCypher } from './run-case.js';

const TCK_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A fake engine that knows a handful of queries by heart. */
function fakeEngine(handlers: Record<string, (g: PropertyGraph, o?: EngineOptions) => QueryResult>): ExecuteCypher {
  return (graph, query, options) => {
    const handler = handlers[query.trim()];
    if (!handler) throw new CypherError('SyntaxError', 'compile', `fake engine does not know: ${query}`);
    return handler(graph, options);
  };
}

const engine = fakeEngine({
  'CREATE (:A {name: 1})': (g) => {
    g.addNode(`n${g.order}`, { labels: ['A'], properties: { name: 1n } });
    return { columns: [], rows: [] };
  },
  'MATCH (n) RETURN n.name AS name': (g) => ({
    columns: ['name'],
    rows: g.mapNodes((_, a) => [a.properties.name ?? null]),
  }),
  'MATCH (n) RETURN n': (g) => ({
    columns: ['n'],
    rows: g.mapNodes((id, a) => [
      { kind: 'node', id, labels: a.labels, properties: new Map(Object.entries(a.properties)) },
    ]),
  }),
  'RETURN $p AS p': (_g, o) => ({ columns: ['p'], rows: [[o?.params?.p as CypherValue]] }),
  'RETURN x': () => {
    throw new CypherError('SyntaxError', 'compile', 'Variable `x` not defined', { detail: 'UndefinedVariable' });
  },
  'RETURN 1/0 AS r': () => {
    throw new CypherError('ArithmeticError', 'runtime', 'division by zero');
  },
  'RETURN crash': () => {
    throw new TypeError('cannot read properties of undefined');
  },
});

function feature(body: string): string {
  return `Feature: Fake1 - fake\n\n${body}`;
}

function run(body: string) {
  const cases = parseFeature(feature(body), 'clauses/fake/Fake1.feature');
  return cases.map((c) => runCase(c, { execute: engine, tckDir: TCK_DIR, timeoutMs: 1000 }));
}

describe('runCase', () => {
  it('runs setup, query, result and side effects', () => {
    const [ok] = run(`
  Scenario: [1] ok
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 1})
      """
    When executing query:
      """
      CREATE (:A {name: 1})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 1 |
      | +properties | 1 |
`);
    expect(ok).toMatchObject({ id: 'clauses/fake/Fake1 [1]', area: 'clauses/fake', status: 'passed' });
  });

  it('fails on wrong side effects and wrong values', () => {
    const outcomes = run(`
  Scenario: [1] effects wrong
    Given an empty graph
    When executing query:
      """
      CREATE (:A {name: 1})
      """
    Then the result should be empty
    And no side effects

  Scenario: [2] float expected, integer returned
    Given any graph
    And having executed:
      """
      CREATE (:A {name: 1})
      """
    When executing query:
      """
      MATCH (n) RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 1.0  |
    And no side effects
`);
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/\+nodes 1 \(expected 0\)/) });
    expect(outcomes[1]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/rows differ/) });
  });

  it('expands outlines into one case per Examples row and passes parameters', () => {
    const outcomes = run(`
  Scenario Outline: [2] params
    Given any graph
    And parameters are:
      | p | <value> |
    When executing query:
      """
      RETURN $p AS p
      """
    Then the result should be, in order:
      | p        |
      | <result> |
    And no side effects

    Examples:
      | value      | result    |
      | [1, 'a']   | [1, 'a']  |
      | {k: 2.5}   | {k: 2.5}  |
      | 1          | 2         |
`);
    expect(outcomes.map((o) => o.id)).toEqual([
      'clauses/fake/Fake1 [2]#1',
      'clauses/fake/Fake1 [2]#2',
      'clauses/fake/Fake1 [2]#3',
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'passed', 'failed']);
  });

  it('checks error type and phase, recording a detail mismatch without failing', () => {
    const outcomes = run(`
  Scenario: [1] compile-time error
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [2] wrong detail is recorded
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then a SyntaxError should be raised at compile time: VariableAlreadyBound

  Scenario: [3] wrong phase
    Given any graph
    When executing query:
      """
      RETURN 1/0 AS r
      """
    Then a ArithmeticError should be raised at compile time: DivisionByZero

  Scenario: [4] wrong type
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then a TypeError should be raised at any time: *

  Scenario: [5] engine crash is not an expected error
    Given any graph
    When executing query:
      """
      RETURN crash
      """
    Then a TypeError should be raised at any time: *

  Scenario: [6] no error at all
    Given any graph
    When executing query:
      """
      MATCH (n) RETURN n
      """
    Then a TypeError should be raised at runtime: *
`);
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'passed', 'failed', 'failed', 'failed', 'failed']);
    expect(outcomes[1]!.note).toMatch(/VariableAlreadyBound/);
    expect(outcomes[4]!.reason).toMatch(/engine crash: TypeError/);
    expect(outcomes[5]!.reason).toMatch(/succeeded with 0 rows/);
  });

  it('loads named graphs, runs control queries and skips @ignore', () => {
    const outcomes = run(`
  @ignore
  Scenario: [1] ignored
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then the result should be empty

  Scenario: [2] unknown step
    Given any graph
    When executing query:
      """
      MATCH (n) RETURN n
      """
    Then the moon should be blue
`);
    expect(outcomes[0]).toMatchObject({ status: 'skipped', reason: 'tagged @ignore upstream' });
    expect(outcomes[1]).toMatchObject({ status: 'failed', reason: 'unsupported step: the moon should be blue' });
  });

  it('fails clearly when the setup query fails', () => {
    const [outcome] = run(`
  Scenario: [1] broken setup
    Given the binary-tree-1 graph
    When executing query:
      """
      MATCH (n) RETURN n
      """
    Then the result should be empty
`);
    expect(outcome).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^graph binary-tree-1 failed: SyntaxError/),
    });
  });
});
