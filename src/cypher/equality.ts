/**
 * Equality (the `=` operator, three-valued) and equivalence (DISTINCT, grouping keys, where
 * null ≡ null and NaN ≡ NaN). 1 = 1.0 in both.
 */
import { isTemporalValue, temporal } from './temporal-bridge.js';
import type { CypherValue } from './values.js';

function isEntity(v: object): v is { kind: 'node' | 'relationship'; id: string } {
  const k = (v as { kind?: unknown }).kind;
  return k === 'node' || k === 'relationship';
}

/** Cypher `a = b`: true, false or null (unknown). */
export function cypherEquals(a: CypherValue, b: CypherValue): boolean | null {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'bigint' || ta === 'number') && (tb === 'bigint' || tb === 'number')) {
    return a == b;
  }
  if (ta !== tb) return false;
  if (ta !== 'object') return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const eq = cypherEquals(a[i]!, b[i]!);
      if (eq === false) return false;
      if (eq === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    let unknown = false;
    for (const [k, v] of a) {
      if (!b.has(k)) return false;
      const eq = cypherEquals(v, b.get(k)!);
      if (eq === false) return false;
      if (eq === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (Array.isArray(b) || b instanceof Map) return false;
  const oa = a as object;
  const ob = b as object;
  if (isEntity(oa)) return isEntity(ob) && oa.kind === ob.kind && oa.id === ob.id;
  if ((oa as { kind?: string }).kind === 'path') {
    if ((ob as { kind?: string }).kind !== 'path') return false;
    return equivalenceKey(a) === equivalenceKey(b);
  }
  if (isTemporalValue(a) && isTemporalValue(b)) {
    if (temporal) return temporal.temporalEquals(a, b);
    return a.kind === b.kind && a.toString() === b.toString();
  }
  return false;
}

function numberKey(v: bigint | number): string {
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 63) return 'n' + BigInt(v).toString();
  return 'n' + String(v);
}

/** A string that is equal for equivalent values (for DISTINCT, grouping and index keys). */
export function equivalenceKey(v: CypherValue): string {
  if (v === null) return '~';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'bigint':
    case 'number':
      return numberKey(v);
    case 'string':
      return 's' + v;
    default:
      break;
  }
  if (Array.isArray(v)) return '[' + v.map(equivalenceKey).join('\u0001') + ']';
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return '{' + keys.map((k) => k + '\u0002' + equivalenceKey(v.get(k)!)).join('\u0001') + '}';
  }
  const o = v as unknown as { kind: string; id?: string };
  if (o.kind === 'node') return 'N' + o.id;
  if (o.kind === 'relationship') return 'R' + o.id;
  if (o.kind === 'path') {
    const p = v as { nodes: readonly { id: string }[]; relationships: readonly { id: string }[] };
    return 'P' + p.nodes.map((n) => n.id).join(',') + '|' + p.relationships.map((r) => r.id).join(',');
  }
  return 't' + o.kind + (v as { toString(): string }).toString();
}
