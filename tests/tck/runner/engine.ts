/**
 * Finds the Cypher engine (src/cypher/index.ts, `executeCypher`). Loaded dynamically so the runner
 * still works while the engine is missing or broken: every case then fails with the load error
 * as its reason, and `problem` says why.
 */
import type { ExecuteCypher } from './run-case.js';

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

export async function loadEngine(): Promise<LoadedEngine> {
  let mod: { executeCypher?: unknown };
  try {
    mod = (await import(ENGINE_MODULE)) as { executeCypher?: unknown };
  } catch (e) {
    return unavailable(`engine unavailable: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof mod.executeCypher !== 'function') {
    return unavailable('engine unavailable: src/cypher/index.ts does not export executeCypher');
  }
  return { execute: mod.executeCypher as ExecuteCypher };
}
