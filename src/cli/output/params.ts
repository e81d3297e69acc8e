/**
 * Query parameters from the command line (`--param k=v`) and from JSON files (`--params f.json`).
 * Values travel to the engine as parameters; they are never pasted into the query text.
 */
import type { CypherValue } from '../../cypher/values.js';
import { UsageError } from '../args.js';

/** `v` parses as a Cypher literal when it looks like a number, boolean or null; else it is a string. */
export function parseParamValue(text: string): CypherValue {
  if (/^-?\d+$/.test(text)) {
    const n = BigInt(text);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n;
    return text;
  }
  if (/^-?(\d+\.\d*|\.\d+|\d+(?=[eE]))([eE][+-]?\d+)?$/.test(text)) return Number(text);
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  return text;
}

export function parseParamFlag(flag: string): [string, CypherValue] {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw new UsageError(`--param needs NAME=VALUE, not "${flag}"`);
  const name = flag.slice(0, eq).replace(/^\$/, '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--param: "${name}" is not a parameter name`);
  return [name, parseParamValue(flag.slice(eq + 1))];
}

/** JSON → Cypher: whole numbers become INTEGER, others FLOAT, objects MAP. */
export function jsonToCypher(value: unknown): CypherValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(jsonToCypher);
  if (typeof value === 'object') {
    return new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonToCypher(v)]));
  }
  throw new UsageError(`parameters file holds an unsupported value (${typeof value})`);
}

export function paramsFromJsonText(text: string, origin: string): Record<string, CypherValue> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${origin} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new UsageError(`${origin} must hold a JSON object of parameters, e.g. {"name": "Putin"}`);
  }
  const out: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(doc)) out[k] = jsonToCypher(v);
  return out;
}
