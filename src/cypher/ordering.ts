/**
 * Comparability (the `<` family: null when the operands cannot be compared) and orderability
 * (ORDER BY, min/max: a total order across all types).
 */
import { isTemporalValue, temporal } from './temporal-bridge.js';
import type { CypherValue, TemporalValue } from './values.js';

/** Global sort order of types for ORDER BY (openCypher 9, "Orderability"). */
const TYPE_RANK: Record<string, number> = {
  map: 0,
  node: 1,
  relationship: 2,
  list: 3,
  path: 4,
  datetime: 5,
  localdatetime: 6,
  date: 7,
  time: 8,
  localtime: 9,
  duration: 10,
  string: 11,
  boolean: 12,
  number: 13,
  null: 15,
};

export function kindOf(v: CypherValue): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'bigint':
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    default:
      if (Array.isArray(v)) return 'list';
      if (v instanceof Map) return 'map';
      return (v as { kind: string }).kind;
  }
}

function compareNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compare for the `<` family. Returns null when incomparable (different types, nodes, maps…)
 * and NaN when a NaN is involved (every comparison is then false).
 */
export function compareValues(a: CypherValue, b: CypherValue): number | null {
  if (a === null || b === null) return null;
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'number' && kb === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    return compareNumbers(a as bigint | number, b as bigint | number);
  }
  if (ka !== kb) return null;
  switch (ka) {
    case 'string':
      return a < b ? -1 : a > b ? 1 : 0;
    case 'boolean':
      return a === b ? 0 : a ? 1 : -1;
    case 'list': {
      const la = a as CypherValue[];
      const lb = b as CypherValue[];
      for (let i = 0; i < Math.min(la.length, lb.length); i++) {
        const c = compareValues(la[i]!, lb[i]!);
        if (c === null || Number.isNaN(c)) return c;
        if (c !== 0) return c;
      }
      return la.length - lb.length;
    }
    default:
      if (isTemporalValue(a) && isTemporalValue(b) && temporal) return temporal.compareTemporal(a, b);
      return null;
  }
}

/** ORDER BY's total order: type rank first, then the value within its type; null sorts last. */
export function compareForOrder(a: CypherValue, b: CypherValue): number {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka !== kb) return TYPE_RANK[ka]! - TYPE_RANK[kb]!;
  switch (ka) {
    case 'null':
      return 0;
    case 'number': {
      const na = Number.isNaN(a);
      const nb = Number.isNaN(b);
      if (na || nb) return na === nb ? 0 : na ? 1 : -1;
      return compareNumbers(a as bigint | number, b as bigint | number);
    }
    case 'string':
    case 'boolean':
      return compareValues(a, b)!;
    case 'list': {
      const la = a as CypherValue[];
      const lb = b as CypherValue[];
      for (let i = 0; i < Math.min(la.length, lb.length); i++) {
        const c = compareForOrder(la[i]!, lb[i]!);
        if (c !== 0) return c;
      }
      return la.length - lb.length;
    }
    case 'map': {
      const ma = a as Map<string, CypherValue>;
      const mb = b as Map<string, CypherValue>;
      const keysA = [...ma.keys()].sort();
      const keysB = [...mb.keys()].sort();
      const c = compareForOrder(keysA, keysB);
      if (c !== 0) return c;
      for (const k of keysA) {
        const d = compareForOrder(ma.get(k)!, mb.get(k)!);
        if (d !== 0) return d;
      }
      return 0;
    }
    case 'node':
    case 'relationship':
      return compareIds((a as { id: string }).id, (b as { id: string }).id);
    case 'path': {
      const pa = a as { nodes: readonly { id: string }[]; relationships: readonly { id: string }[] };
      const pb = b as typeof pa;
      for (let i = 0; i < Math.min(pa.nodes.length, pb.nodes.length); i++) {
        const c = compareIds(pa.nodes[i]!.id, pb.nodes[i]!.id);
        if (c !== 0) return c;
      }
      return pa.nodes.length - pb.nodes.length;
    }
    default: {
      const c = temporal ? temporal.compareTemporal(a as TemporalValue, b as TemporalValue) : null;
      if (c !== null) return c;
      const sa = String(a);
      const sb = String(b);
      return sa < sb ? -1 : sa > sb ? 1 : 0;
    }
  }
}

function compareIds(a: string, b: string): number {
  if (a.length !== b.length && /^\D*\d+$/.test(a) && /^\D*\d+$/.test(b)) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
