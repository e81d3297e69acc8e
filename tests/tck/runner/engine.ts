/**
 * Finds the Cypher engine (src/cypher/index.ts, `executeCypher`). Loaded dynamically so the runner
 * still works while the engine is missing or broken: every case then fails with the load error
 * as its reason, and `problem` says why.
 */
import type { CypherValue } from '../../../src/cypher/values.js';
import { procedureRecords } from './procedures.js';
import type { TckProcedure } from './procedures.js';
import type { EngineOptions, ExecuteCypher } from './run-case.js';

const ENGINE_MODULE = new URL('../../../src/cypher/index.js', import.meta.url).href;

export interface LoadedEngine {
  readonly execute: ExecuteCypher;
  /** Set when the engine could not be loaded. */
  readonly problem?: string;
}

function unavailable(problem: string): LoadedEngine {
  return {
    problem,
    execute: () => {
      throw new Error(problem);
    },
  };
}

/** What the runner uses of src/cypher/index.ts (the procedure API is optional). */
interface EngineModule {
  executeCypher?: unknown;
  createProcedureRegistry?: (procedures: unknown[]) => unknown;
  parseProcedureType?: (text: string) => unknown;
}

/** The engine's own procedure registry for the procedures a case declared. */
function registryFor(mod: EngineModule, procedures: readonly TckProcedure[]): unknown {
  if (!mod.createProcedureRegistry || !mod.parseProcedureType)
    throw new Error('engine has no procedure API (createProcedureRegistry)');
  const typed = (fs: TckProcedure['inputs']) =>
    fs.map((f) => ({ name: f.name, type: mod.parseProcedureType!(f.type) }));
  return mod.createProcedureRegistry(
    procedures.map((p) => ({
      name: p.name,
      inputs: typed(p.inputs),
      outputs: typed(p.outputs),
      run: (args: readonly CypherValue[]) => procedureRecords(p, args),
    })),
  );
}

export async function loadEngine(): Promise<LoadedEngine> {
  let mod: EngineModule;
  try {
    mod = (await import(ENGINE_MODULE)) as EngineModule;
  } catch (e) {
    return unavailable(`engine unavailable: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof mod.executeCypher !== 'function') {
    return unavailable('engine unavailable: src/cypher/index.ts does not export executeCypher');
  }
  const execute = mod.executeCypher as ExecuteCypher;
  return {
    execute: (graph, query, options?: EngineOptions) => {
      if (!options?.procedures) return execute(graph, query, options);
      const { procedures, ...rest } = options;
      return execute(graph, query, { ...rest, procedures: registryFor(mod, procedures) } as EngineOptions);
    },
  };
}
