/**
 * What the main thread and a query worker say to each other, and how Cypher values cross the
 * thread boundary: structured clone keeps bigints, Maps and plain objects, but not the classes of
 * temporal values, so those travel as {$temporal, value} and are rebuilt on arrival.
 */
import type { CypherValue, QueryResult, TemporalValue } from '../../cypher/values.js';
import { temporalFromString } from '../../cypher/temporal/index.js';

/** One query for a worker. */
export interface WorkerJob {
  seq: number;
  /** The graph version the job must see; a worker holding an older one reloads graph.json first. */
  version: number;
  query: string;
  params: Record<string, CypherValue>;
  write: boolean;
  timeoutMs: number;
  maxRows: number;
  /** 'answer': the API's JSON text (at most maxResponseBytes); 'result': the rows, for the CLI. */
  output: 'answer' | 'result';
  maxResponseBytes: number;
}

export interface WorkerError {
  name: string;
  code: string;
  message: string;
  detail?: string;
  position?: { offset: number; line: number; column: number };
  /** For the server's log only (may name files); never sent to a client. */
  logDetail?: string;
}

export type WorkerReply =
  | { seq: number; ok: true; answer?: string; result?: QueryResult; rows: number; saved: string | null }
  | { seq: number; ok: false; error: WorkerError };

export type WorkerEvent =
  | { type: 'ready'; version: number }
  | { type: 'load-failed'; message: string }
  /** A write finished running and is being saved: the hard time limit no longer applies to it. */
  | { type: 'saving'; seq: number };

export interface WorkerSetup {
  graphFile: string;
  version: number;
}

interface WireTemporal {
  $temporal: TemporalValue['kind'];
  value: string;
}

export function toWire(v: CypherValue): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toWire);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, toWire(x)]));
  if (v.kind === 'node' || v.kind === 'relationship') return { ...v, properties: toWire(new Map(v.properties)) };
  if (v.kind === 'path') return { ...v, nodes: v.nodes.map(toWire), relationships: v.relationships.map(toWire) };
  return { $temporal: v.kind, value: String(v) } satisfies WireTemporal;
}

export function fromWire(v: unknown): CypherValue {
  if (v === null || typeof v !== 'object') return v as CypherValue;
  if (Array.isArray(v)) return v.map(fromWire);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k as string, fromWire(x)]));
  const o = v as Record<string, unknown>;
  if (typeof o.$temporal === 'string') return temporalFromString(o.$temporal as TemporalValue['kind'], String(o.value));
  if (o.kind === 'node' || o.kind === 'relationship')
    return { ...o, properties: fromWire(o.properties) } as unknown as CypherValue;
  if (o.kind === 'path') {
    return {
      ...o,
      nodes: (o.nodes as unknown[]).map(fromWire),
      relationships: (o.relationships as unknown[]).map(fromWire),
    } as unknown as CypherValue;
  }
  return v as CypherValue;
}

export function resultToWire(result: QueryResult): QueryResult {
  return { ...result, rows: result.rows.map((row) => row.map(toWire) as CypherValue[]) };
}

export function resultFromWire(result: QueryResult): QueryResult {
  return { ...result, rows: result.rows.map((row) => row.map(fromWire)) };
}
