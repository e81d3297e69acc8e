/**
 * Conversion between newsgraph's value model (src/cypher/values.ts, src/graph/schema.ts) and
 * neo4j-driver's. The driver runs with `useBigInt`, so INTEGERs arrive as bigint; on the way out a
 * bigint travels as a Neo4j INTEGER and a JS number as a FLOAT, which keeps 1 and 1.0 apart on
 * both stores.
 */
import neo4j from 'neo4j-driver';
import type { Integer, Node, Path, Relationship } from 'neo4j-driver';
import type {
  CypherMap,
  CypherValue,
  NodeValue,
  PathValue,
  RelationshipValue,
  TemporalValue,
} from '../../cypher/values.js';
import type { GraphEdge, GraphNode, Properties, PropertyValue } from '../../graph/schema.js';
import { NANOS_PER_SECOND, dateOfEpochDay, epochDayOf, timeFields } from '../../cypher/temporal/calendar.js';
import {
  DateTimeValue,
  DateValue,
  DurationValue,
  LocalDateTimeValue,
  LocalTimeValue,
  TimeValue,
  zonedOfLocal,
} from '../../cypher/temporal/types.js';
import type { Zone } from '../../cypher/temporal/zones.js';
import { StoreError } from '../types.js';

/** What the driver accepts as a parameter value. */
export type DriverValue = null | boolean | string | number | Integer | DriverValue[] | { [key: string]: DriverValue };

/** A query parameter from the value model to the driver; graph values cannot be parameters. */
export function toDriverValue(value: CypherValue, path = '$'): DriverValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') {
    return value;
  }
  if (typeof value === 'bigint') return neo4j.int(value);
  if (Array.isArray(value)) return value.map((v, i) => toDriverValue(v, `${path}[${i}]`));
  if (value instanceof Map) {
    const out: { [key: string]: DriverValue } = {};
    for (const [k, v] of value) out[k] = toDriverValue(v, `${path}.${k}`);
    return out;
  }
  const temporal = toDriverTemporal(value);
  if (temporal !== undefined) return temporal;
  throw new StoreError(
    `Parameter ${path} is a ${value.kind}; only null, booleans, numbers, strings, lists, maps and temporals can be sent to Neo4j`,
    'QUERY',
  );
}

/** The engine's temporal values as the driver's temporal types. */
export function toDriverTemporal(value: unknown): DriverValue | undefined {
  const { Date: NeoDate, LocalTime, Time, LocalDateTime, DateTime, Duration } = neo4j.types;
  const day = (epochDay: number) => dateOfEpochDay(epochDay);
  const time = (nanoOfDay: number) => timeFields(nanoOfDay);
  let out: unknown;
  if (value instanceof DateValue) {
    const d = day(value.epochDay);
    out = new NeoDate(d.year, d.month, d.day);
  } else if (value instanceof LocalTimeValue) {
    const t = time(value.nanoOfDay);
    out = new LocalTime(t.hour, t.minute, t.second, t.nanosecond);
  } else if (value instanceof TimeValue) {
    const t = time(value.nanoOfDay);
    out = new Time(t.hour, t.minute, t.second, t.nanosecond, value.offset);
  } else if (value instanceof LocalDateTimeValue) {
    const [d, t] = [day(value.epochDay), time(value.nanoOfDay)];
    out = new LocalDateTime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.nanosecond);
  } else if (value instanceof DateTimeValue) {
    const [d, t] = [day(value.epochDay), time(value.nanoOfDay)];
    const zoneId = value.zone.kind === 'named' ? value.zone.id : undefined;
    out = new DateTime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.nanosecond, value.offset, zoneId);
  } else if (value instanceof DurationValue) {
    const seconds = value.nanos / 1_000_000_000n;
    out = new Duration(
      neo4j.int(value.months),
      neo4j.int(value.days),
      neo4j.int(seconds),
      neo4j.int(value.nanos - seconds * 1_000_000_000n),
    );
  }
  return out as DriverValue | undefined;
}

export function toDriverParams(params: Record<string, CypherValue> | undefined): Record<string, DriverValue> {
  const out: Record<string, DriverValue> = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = toDriverValue(v, `$${k}`);
  return out;
}

/** A stored property value for a write: bigint → INTEGER, number → FLOAT, homogeneous lists. */
export function toDriverProperty(value: PropertyValue): DriverValue {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'bigint' ? neo4j.int(v) : v));
  return typeof value === 'bigint' ? neo4j.int(value) : value;
}

export function toDriverProperties(properties: Properties): Record<string, DriverValue> {
  const out: Record<string, DriverValue> = {};
  for (const [k, v] of Object.entries(properties)) out[k] = toDriverProperty(v);
  return out;
}

/** Any value a Neo4j result holds, into the value model. */
export function fromDriverValue(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
    case 'number':
    case 'bigint':
      return value;
    case 'object':
      break;
    default:
      return String(value);
  }
  if (neo4j.isInt(value)) return (value as Integer).toBigInt();
  if (Array.isArray(value)) return value.map(fromDriverValue);
  if (neo4j.isNode(value)) return fromDriverNode(value as Node);
  if (neo4j.isRelationship(value)) return fromDriverRelationship(value as Relationship);
  if (neo4j.isPath(value)) return fromDriverPath(value as Path);
  const temporal = fromDriverTemporal(value);
  if (temporal) return temporal;
  if (neo4j.isPoint(value)) return String(value);
  const map: CypherMap = new Map();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) map.set(k, fromDriverValue(v));
  return map;
}

export function fromDriverNode(node: Node): NodeValue {
  return { kind: 'node', id: node.elementId, labels: [...node.labels], properties: propertyMap(node.properties) };
}

export function fromDriverRelationship(rel: Relationship): RelationshipValue {
  return {
    kind: 'relationship',
    id: rel.elementId,
    type: rel.type,
    startId: rel.startNodeElementId,
    endId: rel.endNodeElementId,
    properties: propertyMap(rel.properties),
  };
}

export function fromDriverPath(path: Path): PathValue {
  const nodes: NodeValue[] = [fromDriverNode(path.start)];
  const relationships: RelationshipValue[] = [];
  for (const segment of path.segments) {
    relationships.push(fromDriverRelationship(segment.relationship));
    nodes.push(fromDriverNode(segment.end));
  }
  return { kind: 'path', nodes, relationships };
}

/**
 * Temporal values become the engine's own temporal classes (src/cypher/temporal), so both stores
 * return the same types and the same ISO text (the driver's own toString differs, e.g. "P1Y2MT").
 */
export function fromDriverTemporal(value: unknown): TemporalValue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const n = (key: string) => Number(v[key] ?? 0);
  const epochDay = () => epochDayOf(n('year'), n('month'), n('day'));
  const nanoOfDay = () => ((n('hour') * 60 + n('minute')) * 60 + n('second')) * NANOS_PER_SECOND + n('nanosecond');
  if (neo4j.isDate(value)) return new DateValue(epochDay());
  if (neo4j.isLocalTime(value)) return new LocalTimeValue(nanoOfDay());
  if (neo4j.isTime(value)) return new TimeValue(nanoOfDay(), n('timeZoneOffsetSeconds'));
  if (neo4j.isLocalDateTime(value)) return new LocalDateTimeValue(epochDay(), nanoOfDay());
  if (neo4j.isDateTime(value)) {
    const zoneId = v.timeZoneId;
    const zone: Zone =
      typeof zoneId === 'string' && zoneId !== ''
        ? { kind: 'named', id: zoneId }
        : { kind: 'offset', seconds: n('timeZoneOffsetSeconds') };
    if (v.timeZoneOffsetSeconds === undefined || v.timeZoneOffsetSeconds === null)
      return zonedOfLocal(epochDay(), nanoOfDay(), zone);
    return new DateTimeValue(epochDay(), nanoOfDay(), n('timeZoneOffsetSeconds'), zone);
  }
  if (neo4j.isDuration(value)) {
    return new DurationValue(
      n('months'),
      n('days'),
      BigInt(String(v.seconds ?? 0)) * 1_000_000_000n + BigInt(String(v.nanoseconds ?? 0)),
    );
  }
  return undefined;
}

function propertyMap(properties: Record<string, unknown>): Map<string, CypherValue> {
  const map = new Map<string, CypherValue>();
  for (const [k, v] of Object.entries(properties)) map.set(k, fromDriverValue(v));
  return map;
}

/** A stored property back into schema terms (INTEGER → bigint, lists stay lists). */
export function fromDriverProperty(value: unknown): PropertyValue {
  if (Array.isArray(value)) return value.map((v) => fromDriverProperty(v) as string | boolean | bigint | number);
  if (neo4j.isInt(value)) return (value as Integer).toBigInt();
  if (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'bigint'
  ) {
    return value;
  }
  return String(value);
}

export function fromDriverProperties(properties: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(properties)) out[k] = fromDriverProperty(v);
  return out;
}

/** A Neo4j node as the store interface exchanges it: its `id` property is the graph id. */
export function graphNodeFrom(labels: string[], properties: Record<string, unknown>): GraphNode {
  const props = fromDriverProperties(properties);
  return { id: String(props.id ?? ''), labels: [...labels], properties: props };
}

export function graphEdgeFrom(
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown>,
): GraphEdge {
  const props = fromDriverProperties(properties);
  const { id, ...rest } = props;
  return { id: String(id ?? ''), type, source, target, properties: rest };
}
