/**
 * Whether a Neo4j answers on the configured URI, for gating the Neo4j suites: without one they
 * are skipped with one line saying how to enable them, unless NEWSGRAPH_REQUIRE_NEO4J=1 makes a
 * missing server a failure.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jStore } from '../../src/store/neo4j/index.js';

export const NEO4J_URI = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
export const REQUIRE_NEO4J = process.env.NEWSGRAPH_REQUIRE_NEO4J === '1';
export const ENABLE_HINT = `no Neo4j at ${NEO4J_URI}: Neo4j tests skipped — run \`npm run neo4j:start\` (or set NEO4J_URI) to enable them`;

export interface Gate {
  available: boolean;
  /** Why not, when not available. */
  reason: string;
}

export async function probeNeo4j(): Promise<Gate> {
  try {
    const store = await Neo4jStore.connect({ uri: NEO4J_URI, connectTimeoutMs: 3000 });
    await store.close();
    return { available: true, reason: '' };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

let probed: Promise<Gate> | undefined;

/** Probes once per test file; prints the skip line when the suite will be skipped. */
export async function neo4jGate(): Promise<Gate> {
  probed ??= probeNeo4j().then((gate) => {
    if (!gate.available && !REQUIRE_NEO4J) console.warn(ENABLE_HINT);
    return gate;
  });
  return probed;
}

/** Run the suite when Neo4j is there, or when it is required (then a missing server fails). */
export function shouldRun(gate: Gate): boolean {
  return gate.available || REQUIRE_NEO4J;
}

export async function connectForTest(): Promise<Neo4jStore> {
  const gate = await neo4jGate();
  if (!gate.available) {
    throw new Error(`NEWSGRAPH_REQUIRE_NEO4J=1 but ${gate.reason}`);
  }
  return Neo4jStore.connect({ uri: NEO4J_URI });
}

/**
 * Neo4j Community has one user database and vitest runs test files in parallel, so every test
 * file that clears or fills that database holds this lock for its whole run (file-level
 * beforeAll/afterAll). A lock left by a dead process is taken over.
 */
const LOCK = join(tmpdir(), 'newsgraph-neo4j-tests.lock');

export async function lockNeo4j(timeoutMs = 170_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!holderAlive()) rmSync(LOCK, { force: true });
    else if (Date.now() > deadline)
      throw new Error(`another test run holds ${LOCK} (the Neo4j test database) for too long`);
    else await new Promise((r) => setTimeout(r, 200));
  }
}

export function unlockNeo4j(): void {
  if (readHolder() === process.pid) rmSync(LOCK, { force: true });
}

function readHolder(): number | undefined {
  try {
    const pid = Number(readFileSync(LOCK, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function holderAlive(): boolean {
  const pid = readHolder();
  if (pid === undefined) return true; // being written right now: wait
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
