/**
 * A deterministic sample of the openCypher TCK's read scenarios (tests/tck/features) for the
 * differential run: scenarios that build a small graph with CREATE, run one read-only query
 * without parameters and expect a result table. Both engines run the same setup and query; the
 * TCK's expected table is not consulted here (the TCK runner does that), only agreement.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUpdatingQuery } from '../../../src/cypher/index.js';
import { loadCases } from '../../tck/runner/cases.js';
import type { TckCase } from '../../tck/runner/cases.js';

const FEATURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../tck/features');

/** Feature folders the sample draws from: the read side of the language. */
const AREAS = [
  'clauses/match',
  'clauses/match-where',
  'clauses/optional-match',
  'clauses/return',
  'clauses/return-orderby',
  'clauses/return-skip-limit',
  'clauses/with',
  'clauses/with-where',
  'clauses/with-orderBy',
  'clauses/unwind',
  'clauses/union',
  'expressions/aggregation',
  'expressions/list',
  'expressions/string',
  'expressions/conditional',
  'expressions/map',
  'expressions/null',
  'expressions/path',
  'expressions/pattern',
  'expressions/quantifier',
  'useCases/triadicSelection',
];

export interface TckDiffCase {
  id: string;
  setup: string[];
  query: string;
  ordered: boolean;
}

function toDiffCase(c: TckCase): TckDiffCase | undefined {
  const setup: string[] = [];
  let query: string | undefined;
  let ordered = false;
  let expectsTable = false;
  for (const step of c.steps) {
    const text = step.text.trim();
    if (text === 'an empty graph' || text === 'any graph' || text === 'no side effects') continue;
    if (text === 'having executed:' && step.docString !== undefined) setup.push(step.docString);
    else if (text === 'executing query:' && step.docString !== undefined && query === undefined) query = step.docString;
    else if (text === 'the result should be empty') expectsTable = true;
    else if (text.startsWith('the result should be')) {
      expectsTable = true;
      ordered = text.startsWith('the result should be, in order');
    } else return undefined; // parameters, named graphs, procedures, errors, side-effect tables
  }
  if (query === undefined || !expectsTable) return undefined;
  try {
    if (isUpdatingQuery(query)) return undefined;
  } catch {
    // Our parser rejects it: still a fair differential case (Neo4j may accept it).
  }
  return { id: c.id, setup, query, ordered };
}

/** About `limit` eligible cases spread evenly over the chosen areas, in a stable order. */
export function tckSample(limit = 80): TckDiffCase[] {
  const cases = loadCases(join(FEATURES))
    .filter((c) => AREAS.includes(c.area))
    .map(toDiffCase)
    .filter((c): c is TckDiffCase => c !== undefined);
  const step = Math.max(1, Math.ceil(cases.length / limit));
  return cases.filter((_, i) => i % step === 0);
}
