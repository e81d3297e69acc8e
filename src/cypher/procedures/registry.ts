/**
 * Procedures callable with `CALL ns.name(args) YIELD …`: a signature (typed inputs and outputs)
 * and a function from argument values to result rows. Embedders and tests register their own
 * with `createProcedureRegistry([...])` and pass it as `ExecuteOptions.procedures`.
 */
import type { PropertyGraph } from '../../graph/property-graph.js';
import { isNodeValue, isPathValue, isRelationshipValue, type CypherValue } from '../values.js';

/** The Cypher type of a procedure input or output (`LIST OF X` is checked as LIST). */
export type ProcedureType =
  'ANY' | 'STRING' | 'INTEGER' | 'FLOAT' | 'NUMBER' | 'BOOLEAN' | 'MAP' | 'LIST' | 'NODE' | 'RELATIONSHIP' | 'PATH';

export interface ProcedureField {
  readonly name: string;
  readonly type: ProcedureType;
}

/** What a running procedure may see: the graph, read-only (procedures must not change it). */
export interface ProcedureContext {
  readonly graph: PropertyGraph;
}

export interface Procedure {
  /** Qualified name, e.g. `db.labels` (case-sensitive, as in Neo4j). */
  readonly name: string;
  readonly inputs: readonly ProcedureField[];
  /** No outputs makes a void procedure: in a query it passes every row through unchanged. */
  readonly outputs: readonly ProcedureField[];
  readonly description?: string;
  /** One record per result row, keyed by output name (missing keys read as null). */
  run(args: readonly CypherValue[], ctx: ProcedureContext): Iterable<Readonly<Record<string, CypherValue>>>;
}

export interface ProcedureRegistry {
  get(name: string): Procedure | undefined;
  /** Adds or replaces a procedure; returns the registry for chaining. */
  register(procedure: Procedure): ProcedureRegistry;
  names(): string[];
}

const TYPES = new Set<ProcedureType>([
  'ANY',
  'STRING',
  'INTEGER',
  'FLOAT',
  'NUMBER',
  'BOOLEAN',
  'MAP',
  'LIST',
  'NODE',
  'RELATIONSHIP',
  'PATH',
]);

/** Reads a TCK/Neo4j style type (`STRING?`, `LIST? OF INTEGER?`) into a ProcedureType. */
export function parseProcedureType(text: string): ProcedureType {
  const head = text.trim().toUpperCase().replace(/\?/g, '').split(/\s+/)[0] ?? '';
  if (!TYPES.has(head as ProcedureType)) throw new Error(`unknown procedure type '${text}'`);
  return head as ProcedureType;
}

/**
 * A registry holding `procedures`, on top of the built-in ones (db.labels, db.relationshipTypes,
 * db.propertyKeys, dbms.components, dbms.procedures) unless `builtins` is false.
 */
export function createProcedureRegistry(
  procedures: readonly Procedure[] = [],
  options: { builtins?: boolean } = {},
): ProcedureRegistry {
  const byName = new Map<string, Procedure>();
  const registry: ProcedureRegistry = {
    get: (name) => byName.get(name),
    register(p) {
      for (const f of [...p.inputs, ...p.outputs]) {
        if (!TYPES.has(f.type))
          throw new Error(`procedure ${p.name}: field ${f.name} has unknown type ${String(f.type)}`);
      }
      byName.set(p.name, p);
      return registry;
    },
    names: () => [...byName.keys()].sort(),
  };
  if (options.builtins !== false) for (const p of builtinProcedures(registry)) registry.register(p);
  for (const p of procedures) registry.register(p);
  return registry;
}

/** Does a value fit a declared type? (null fits every type: all fields are nullable.) */
export function valueFits(v: CypherValue, type: ProcedureType): boolean {
  if (v === null || type === 'ANY') return true;
  switch (type) {
    case 'STRING':
      return typeof v === 'string';
    case 'INTEGER':
      return typeof v === 'bigint';
    case 'FLOAT':
    case 'NUMBER':
      return typeof v === 'bigint' || typeof v === 'number';
    case 'BOOLEAN':
      return typeof v === 'boolean';
    case 'MAP':
      return v instanceof Map || isNodeValue(v) || isRelationshipValue(v);
    case 'LIST':
      return Array.isArray(v);
    case 'NODE':
      return isNodeValue(v);
    case 'RELATIONSHIP':
      return isRelationshipValue(v);
    case 'PATH':
      return isPathValue(v);
  }
}

/** An INTEGER passed where a FLOAT is declared arrives as a FLOAT. */
export function coerceArgument(v: CypherValue, type: ProcedureType): CypherValue {
  return type === 'FLOAT' && typeof v === 'bigint' ? Number(v) : v;
}

function builtinProcedures(registry: ProcedureRegistry): Procedure[] {
  const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
  return [
    {
      name: 'db.labels',
      inputs: [],
      outputs: [{ name: 'label', type: 'STRING' }],
      description: 'The labels used by nodes in the graph',
      run: (_args, { graph }) => sorted(graph.mapNodes((_k, a) => a.labels).flat()).map((label) => ({ label })),
    },
    {
      name: 'db.relationshipTypes',
      inputs: [],
      outputs: [{ name: 'relationshipType', type: 'STRING' }],
      description: 'The relationship types in the graph',
      run: (_args, { graph }) =>
        sorted(graph.mapEdges((_k, a) => a.type)).map((relationshipType) => ({ relationshipType })),
    },
    {
      name: 'db.propertyKeys',
      inputs: [],
      outputs: [{ name: 'propertyKey', type: 'STRING' }],
      description: 'The property keys used by nodes and relationships',
      run: (_args, { graph }) => {
        const keys: string[] = [];
        graph.forEachNode((_k, a) => keys.push(...Object.keys(a.properties)));
        graph.forEachEdge((_k, a) => keys.push(...Object.keys(a.properties)));
        return sorted(keys).map((propertyKey) => ({ propertyKey }));
      },
    },
    {
      name: 'dbms.components',
      inputs: [],
      outputs: [
        { name: 'name', type: 'STRING' },
        { name: 'versions', type: 'LIST' },
        { name: 'edition', type: 'STRING' },
      ],
      description: 'The database engine answering the query',
      run: () => [{ name: 'newsgraph', versions: ['1.0.0'], edition: 'in-memory' }],
    },
    {
      name: 'dbms.procedures',
      inputs: [],
      outputs: [
        { name: 'name', type: 'STRING' },
        { name: 'signature', type: 'STRING' },
        { name: 'description', type: 'STRING' },
      ],
      description: 'The procedures this engine can call',
      run: () =>
        registry.names().map((name) => {
          const p = registry.get(name)!;
          return { name, signature: procedureSignature(p), description: p.description ?? '' };
        }),
    },
  ];
}

/** `db.labels() :: (label :: STRING?)`, as Neo4j prints signatures. */
export function procedureSignature(p: Procedure): string {
  const fields = (fs: readonly ProcedureField[]) => fs.map((f) => `${f.name} :: ${f.type}?`).join(', ');
  return `${p.name}(${fields(p.inputs)}) :: (${fields(p.outputs)})`;
}
