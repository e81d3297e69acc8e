/**
 * The seam to src/cypher/temporal (written separately). It is loaded once, if present, so the
 * engine works (without temporal support) before and regardless of that module.
 */
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

const specifier = './temporal/index.js';

async function load(): Promise<TemporalModule | null> {
  try {
    return (await import(specifier)) as TemporalModule;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes('temporal')) return null;
    throw err;
  }
}

export const temporal: TemporalModule | null = await load();

const TEMPORAL_KINDS = new Set(['date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration']);

export function isTemporalValue(v: unknown): v is TemporalValue {
  if (temporal) return temporal.isTemporal(v);
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && TEMPORAL_KINDS.has((v as { kind?: string }).kind ?? '');
}
