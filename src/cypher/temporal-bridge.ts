/**
 * The seam to src/cypher/temporal (written separately): the engine calls temporal functions,
 * properties, comparison and arithmetic only through `temporal` here.
 */
import * as temporalModule from './temporal/index.js';
import type { CypherValue, TemporalValue } from './values.js';

export interface TemporalModule {
  temporalFunctions: Record<string, (args: CypherValue[], ctx: { now: Date }) => CypherValue>;
  isTemporal(v: unknown): v is TemporalValue;
  temporalProperty(v: TemporalValue, key: string): CypherValue | undefined;
  compareTemporal(a: TemporalValue, b: TemporalValue): number | null;
  temporalEquals(a: TemporalValue, b: TemporalValue): boolean;
  addTemporal(a: CypherValue, b: CypherValue): CypherValue;
  subtractTemporal(a: CypherValue, b: CypherValue): CypherValue;
  multiplyDuration(d: CypherValue, n: CypherValue): CypherValue;
  divideDuration(d: CypherValue, n: CypherValue): CypherValue;
}

/** Typed against the agreed contract, so a change on either side shows up at compile time. */
export const temporal: TemporalModule | null = temporalModule;

const TEMPORAL_KINDS = new Set(['date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration']);

export function isTemporalValue(v: unknown): v is TemporalValue {
  if (temporal) return temporal.isTemporal(v);
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Map) &&
    TEMPORAL_KINDS.has((v as { kind?: string }).kind ?? '')
  );
}
