/** Turning TCK notation into engine values, for `And parameters are:` tables. */
import type { CypherValue } from '../../../src/cypher/values.js';
import { TckMap } from './notation.js';
import type { TckValue } from './notation.js';

export function fromTckValue(v: TckValue): CypherValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(fromTckValue);
  if (v instanceof TckMap) return new Map([...v.entries].map(([k, x]) => [k, fromTckValue(x)]));
  throw new Error(`a ${v.tck} cannot be a parameter value`);
}
