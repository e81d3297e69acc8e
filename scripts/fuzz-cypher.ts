/**
 * `npm run fuzz:cypher`: grammar-based random Cypher (expressions and whole queries, hostile ones
 * included: huge ranges, quadratic reduce, backtracking regexes, unbounded paths) run against the
 * in-memory engine in a query worker with limits. Passes when nothing crashes, nothing hangs past
 * the worker's hard limit, and every failure is a typed Cypher error. When Neo4j answers at
 * NEO4J_URI (default bolt://127.0.0.1:7687), the non-hostile read queries also run there, on the
 * same small graph under a label of its own (:Fz, removed afterwards), and the answers are compared.
 * Seeded: the same --seed gives the same queries.
 *
 *   npm run fuzz:cypher -- [--seed N] [--count N] [--seconds S] [--compare N] [--no-neo4j] [--verbose]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CypherErrorCode } from '../src/cypher/errors.js';
import type { CypherValue, QueryResult } from '../src/cypher/values.js';
import { QueryPool } from '../src/server/isolation/pool.js';
import { MemoryStore } from '../src/store/memory/index.js';
import type { GraphStore } from '../src/store/types.js';
import { lockNeo4j, unlockNeo4j } from '../tests/neo4j/gate.js';
import { seededRandom as prng } from '../src/nlp/hash.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '4000' },
    seconds: { type: 'string', default: '75' },
    compare: { type: 'string', default: '600' },
    'no-neo4j': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const SEED = Number(values.seed);
const COUNT = Number(values.count);
const SECONDS = Number(values.seconds);
const COMPARE = Number(values.compare);
const TIMEOUT_MS = 400;
const GRACE_MS = 1000;

const TYPED: ReadonlySet<CypherErrorCode | string> = new Set([
  'SyntaxError',
  'SemanticError',
  'TypeError',
  'ArgumentError',
  'EntityNotFound',
  'ConstraintVerificationFailed',
  'ArithmeticError',
  'ParameterMissing',
  'ProcedureError',
  'ReadOnly',
  'Timeout',
  'MemoryLimit',
  'RowLimit',
]);

interface Generated {
  text: string;
  /** Built to exhaust a limit; never compared with Neo4j. */
  hostile: boolean;
}

class Grammar {
  hostile = false;
  constructor(private readonly rnd: () => number) {}

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }

  str(): string {
    const words = ['', 'a', 'ab', 'Ada', 'b c', 'NATO', 'é', 'x_y', 'aaa', "it's", '123', 'Rome'];
    return `'${this.pick(words).replace(/'/g, "\\'")}'`;
  }

  atom(vars: readonly string[]): string {
    const options: (() => string)[] = [
      () => String(this.int(-5, 12)),
      () => this.pick(['0.5', '-1.25', '3.0', '1e3', '2.5e-1']),
      () => this.str(),
      () => this.pick(['null', 'true', 'false']),
      () => this.pick(['9223372036854775807', '-9223372036854775808', '4611686018427387904']),
    ];
    if (vars.length)
      options.push(
        () => this.pick(vars),
        () => this.pick(vars),
      );
    return this.pick(options)();
  }

  list(vars: readonly string[], depth: number): string {
    if (this.chance(0.3))
      return `range(${this.int(-3, 3)}, ${this.int(0, 12)}${this.chance(0.3) ? `, ${this.pick(['1', '2', '-1', '3'])}` : ''})`;
    const n = this.int(0, 4);
    return `[${Array.from({ length: n }, () => this.expr(vars, depth - 1)).join(', ')}]`;
  }

  expr(vars: readonly string[], depth: number): string {
    if (depth <= 0) return this.atom(vars);
    const d = depth - 1;
    const x = () => this.expr(vars, d);
    const forms: (() => string)[] = [
      () => this.atom(vars),
      () => `(${x()} ${this.pick(['+', '-', '*', '/', '%', '^'])} ${x()})`,
      () => `(${x()} ${this.pick(['=', '<>', '<', '>', '<=', '>='])} ${x()})`,
      () => `(${x()} ${this.pick(['AND', 'OR', 'XOR'])} ${x()})`,
      () => `(NOT ${x()})`,
      () => `(${x()} IS ${this.pick(['NULL', 'NOT NULL'])})`,
      () => `(${x()} ${this.pick(['STARTS WITH', 'ENDS WITH', 'CONTAINS'])} ${x()})`,
      () => `(${x()} IN ${this.list(vars, d)})`,
      () => this.list(vars, depth),
      () => `{k: ${x()}, v: ${x()}}`,
      () => `${this.list(vars, d)}[${this.int(-3, 4)}]`,
      () => `${this.list(vars, d)}[${this.int(0, 2)}..${this.int(0, 5)}]`,
      () =>
        `${this.pick(['size', 'toString', 'toInteger', 'toFloat', 'abs', 'head', 'last', 'tail', 'reverse', 'toUpper', 'trim', 'sign', 'toBoolean', 'isEmpty'])}(${x()})`,
      () => `coalesce(${x()}, ${x()})`,
      () => `substring(${this.str()}, ${this.int(0, 3)}, ${this.int(0, 3)})`,
      () => `split(${this.str()}, ${this.pick(["' '", "'a'", "''"])})`,
      () => `CASE WHEN ${x()} THEN ${x()} ELSE ${x()} END`,
      () => `CASE ${x()} WHEN ${x()} THEN ${x()} END`,
      () => {
        const v = `v${depth}`;
        return `[${v} IN ${this.list(vars, d)} WHERE ${this.expr([...vars, v], d)} | ${this.expr([...vars, v], d)}]`;
      },
      () => {
        const v = `v${depth}`;
        return `reduce(acc = ${this.atom(vars)}, ${v} IN ${this.list(vars, d)} | ${this.expr([...vars, v, 'acc'], d)})`;
      },
      () => {
        const v = `v${depth}`;
        return `${this.pick(['all', 'any', 'none', 'single'])}(${v} IN ${this.list(vars, d)} WHERE ${this.expr([...vars, v], d)})`;
      },
      () => `(${this.str()} =~ ${this.pick(["'a.*'", "'[a-c]+'", "'(?i)ada'", "'.'", "'a|b'", "'('", "'\\\\d+'"])})`,
      () => this.hostileExpr(),
    ];
    return this.pick(forms)();
  }

  /** Expressions meant to hit a limit. */
  hostileExpr(): string {
    if (!this.chance(0.15)) return this.atom([]);
    this.hostile = true;
    return this.pick([
      'size(range(1, 9000000))',
      'size(reduce(acc = [], x IN range(1, 100000) | acc + [x]))',
      "size(reduce(s = '', x IN range(1, 300000) | s + 'abcdefgh'))",
      'size([x IN range(1, 5000) | [y IN range(1, 5000) | y]])',
      `('${'a'.repeat(40)}!' =~ '(a+)+b')`,
      `('${'a'.repeat(40)}!' =~ '(?i)(a+)+b')`,
      'size(range(1, 100000000))',
      '(9223372036854775807 + 1)',
      'toInteger(1e30)',
    ]);
  }

  node(name: string): string {
    return `(${name}:Fz${this.chance(0.4) ? this.pick([':Person', ':Place']) : ''})`;
  }

  query(): Generated {
    this.hostile = false;
    const e = (vars: readonly string[]) => this.expr(vars, this.int(1, 3));
    const forms: (() => string)[] = [
      () => `RETURN ${e([])} AS a, ${e([])} AS b`,
      () => `UNWIND ${this.list([], 2)} AS x RETURN x, ${e(['x'])} AS y`,
      () => `MATCH ${this.node('n')} WHERE ${e(['n.name', 'n.age', 'n.score', 'n.tags'])} RETURN n.name AS name`,
      () => `MATCH ${this.node('n')} RETURN n.name AS name, ${e(['n.age', 'n.score', 'n.name'])} AS v`,
      () =>
        `MATCH ${this.node('a')}-[r:${this.pick(['R', 'S', 'R|S'])}]->${this.node('b')} RETURN a.name AS a, type(r) AS t, b.name AS b, r.w AS w`,
      () =>
        `MATCH ${this.node('a')}-[r]-${this.node('b')} RETURN a.name AS a, ${this.pick(['count(*)', 'count(r)', 'collect(b.name)', 'sum(r.w)', 'min(b.age)', 'max(b.score)', 'avg(r.w)', 'count(DISTINCT b)'])} AS agg`,
      () =>
        `MATCH ${this.node('n')} WITH n.kind AS k, ${this.pick(['count(*)', 'collect(n.age)', 'sum(n.age)', 'max(n.name)'])} AS v RETURN k, v`,
      () => `MATCH ${this.node('n')} OPTIONAL MATCH (n)-[:R]->(m:Fz) RETURN n.name AS n, m.name AS m`,
      () => `MATCH p = ${this.node('a')}-[:R*1..${this.int(1, 3)}]->(b:Fz) RETURN length(p) AS len, count(*) AS c`,
      () =>
        `MATCH ${this.node('n')} RETURN n.name AS name ORDER BY n.age ${this.pick(['ASC', 'DESC'])}, name SKIP ${this.int(0, 3)} LIMIT ${this.int(0, 5)}`,
      () => `RETURN ${e([])} AS a UNION ${this.pick(['', 'ALL '])}RETURN ${e([])} AS a`,
      () => `UNWIND ${this.list([], 2)} AS x WITH x WHERE ${e(['x'])} RETURN count(*) AS c`,
      () => `MATCH ${this.node('n')} RETURN n.name AS name, COUNT { (n)-->(:Fz) } AS out`,
      () => `MATCH ${this.node('n')} WHERE EXISTS { (n)-[:S]->(:Fz) } RETURN n.name AS name`,
      () => {
        this.hostile = true;
        return this.pick([
          'MATCH (a:Fz)-[*]-(b:Fz) RETURN count(*) AS c',
          'UNWIND range(1,20) AS i WITH collect(range(1,10000000)) AS c RETURN size(c)',
          'MATCH (a:Fz), (b:Fz), (c:Fz), (d:Fz), (e:Fz), (f:Fz), (g:Fz) RETURN count(*) AS c',
          'UNWIND range(1, 100000000) AS x RETURN collect(x) AS xs',
        ]);
      },
    ];
    const text = this.pick(forms)();
    return { text, hostile: this.hostile };
  }
}

/** The small graph both engines query: 12 :Fz nodes, 30 relationships. */
function fuzzGraphStatements(rnd: () => number): string[] {
  const g = new Grammar(rnd);
  const out: string[] = [];
  const names = ['Ada', 'Bo', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kit', 'Lu'];
  names.forEach((name, i) => {
    const label = i % 3 === 0 ? 'Place' : 'Person';
    const tags = `[${Array.from({ length: g.int(0, 3) }, () => g.str()).join(', ')}]`;
    const age = g.chance(0.85) ? String(g.int(1, 90)) : 'null';
    out.push(
      `CREATE (:Fz:${label} {fid: ${i}, name: '${name}', age: ${age}, score: ${(g.int(0, 1000) / 8).toFixed(3)}, kind: '${label.toLowerCase()}', tags: ${tags}})`,
    );
  });
  for (let i = 0; i < 30; i++) {
    out.push(
      `MATCH (a:Fz {fid: ${g.int(0, 11)}}), (b:Fz {fid: ${g.int(0, 11)}}) CREATE (a)-[:${g.pick(['R', 'S'])} {w: ${g.int(1, 9)}}]->(b)`,
    );
  }
  return out;
}

type Outcome = { ok: true; rows: string[] } | { ok: false; code: string; message: string };

/**
 * Rows as sorted canonical strings: row order is compared as a multiset, and so are lists when the
 * query collects (collect() has no defined order).
 */
function canonical(result: QueryResult, unorderedLists: boolean): string[] {
  return result.rows.map((row) => JSON.stringify(row.map((v) => canonValue(v, unorderedLists)))).sort();
}

function canonValue(v: CypherValue, unorderedLists: boolean): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toPrecision(12)) : String(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => canonValue(x, unorderedLists));
    return unorderedLists ? items.map((x) => JSON.stringify(x)).sort() : items;
  }
  if (v instanceof Map)
    return Object.fromEntries(
      [...v].sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonValue(x, unorderedLists)]),
    );
  if (v !== null && typeof v === 'object') return String(v);
  return v;
}

function describe(error: unknown): { code: string; message: string; name: string } {
  const e = error as { name?: string; code?: string; message?: string };
  return { name: String(e?.name), code: String(e?.code ?? e?.name), message: String(e?.message ?? error) };
}

async function main(): Promise<number> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-fuzz-'));
  const graphRnd = prng(SEED ^ 0x5eed);
  const statements = fuzzGraphStatements(graphRnd);
  const local = new MemoryStore(undefined, join(dir, 'graph.json'));
  for (const s of statements) await local.query(s, { readOnly: false });
  const graphFile = await local.save();
  const pool = await QueryPool.start({ graphFile, threads: 1, maxQueued: 1, maxMemoryMb: 256, graceMs: GRACE_MS });

  const rnd = prng(SEED);
  const grammar = new Grammar(rnd);
  const counts = { run: 0, ok: 0, typed: new Map<string, number>(), hardStops: 0, failures: [] as string[] };
  const comparable: string[] = [];
  try {
    while (counts.run < COUNT && Date.now() - started < SECONDS * 1000) {
      const q = grammar.query();
      counts.run++;
      const t0 = Date.now();
      try {
        await pool.run({
          query: q.text,
          params: {},
          write: false,
          timeoutMs: TIMEOUT_MS,
          maxRows: 10_000,
          output: 'result',
          maxResponseBytes: 1 << 24,
        });
        counts.ok++;
        if (!q.hostile) comparable.push(q.text);
      } catch (error) {
        const e = describe(error);
        const elapsed = Date.now() - t0;
        if (e.name !== 'CypherError' || !TYPED.has(e.code)) {
          counts.failures.push(`${e.name} ${e.code}: ${e.message} — ${q.text}`);
        } else {
          counts.typed.set(e.code, (counts.typed.get(e.code) ?? 0) + 1);
          if (e.code === 'Timeout' && elapsed >= TIMEOUT_MS + GRACE_MS) counts.hardStops++;
          if (!q.hostile && e.code !== 'Timeout' && e.code !== 'MemoryLimit') comparable.push(q.text);
        }
        if (values.verbose) process.stdout.write(`${e.code}: ${q.text}\n`);
      }
    }
  } finally {
    await pool.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const typed = [...counts.typed]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  process.stdout.write(
    `fuzz:cypher seed ${SEED}: ${counts.run} queries in ${seconds} s — ${counts.ok} answered, typed errors: ${typed || 'none'}; ` +
      `${counts.hardStops} stopped by the worker's hard time limit; ${counts.failures.length} failures\n`,
  );
  for (const f of counts.failures.slice(0, 20)) process.stdout.write(`  FAILURE ${f}\n`);

  if (!values['no-neo4j']) await compareWithNeo4j(local, statements, comparable.slice(0, COMPARE));
  rmSync(dir, { recursive: true, force: true });
  return counts.failures.length === 0 ? 0 : 1;
}

async function compareWithNeo4j(local: MemoryStore, statements: string[], queries: string[]): Promise<void> {
  let neo4j: GraphStore;
  try {
    const { Neo4jStore } = await import('../src/store/neo4j/index.js');
    neo4j = await Neo4jStore.connect({ uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', connectTimeoutMs: 3000 });
  } catch {
    process.stdout.write('fuzz:cypher: no Neo4j reachable; comparison skipped (npm run neo4j:start to enable it)\n');
    return;
  }
  await lockNeo4j();
  const differences: string[] = [];
  const kinds = new Map<string, number>();
  const note = (kind: string, text: string) => {
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    differences.push(`[${kind}] ${text}`);
  };
  try {
    await neo4j.query('MATCH (n:Fz) DETACH DELETE n', { readOnly: false });
    for (const s of statements) await neo4j.query(s, { readOnly: false });
    for (const q of queries) {
      const [mine, theirs] = [await outcome(local, q), await outcome(neo4j, q)];
      const show = (o: Outcome) => (o.ok ? o.rows.join(' ').slice(0, 200) : `${o.code} ${o.message.slice(0, 160)}`);
      const text = `${q}\n    memory: ${show(mine)}\n    neo4j:  ${show(theirs)}`;
      if (mine.ok && !theirs.ok) note('only Neo4j refuses', text);
      else if (!mine.ok && theirs.ok) note('only memory refuses', text);
      else if (mine.ok && theirs.ok && JSON.stringify(mine.rows) !== JSON.stringify(theirs.rows))
        note('different rows', text);
    }
  } finally {
    await neo4j.query('MATCH (n:Fz) DETACH DELETE n', { readOnly: false }).catch(() => undefined);
    await neo4j.close();
    unlockNeo4j();
  }
  const byKind = [...kinds].map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(
    `fuzz:cypher vs Neo4j: ${queries.length} read queries compared, ${differences.length} differences${byKind ? ` (${byKind})` : ''}\n`,
  );
  const shown = values.verbose ? differences : differences.filter((d) => !d.startsWith('[only Neo4j refuses]'));
  for (const d of shown.slice(0, 15)) process.stdout.write(`  DIFF ${d}\n`);
}

async function outcome(store: GraphStore, q: string): Promise<Outcome> {
  try {
    const result = await store.query(q, { readOnly: true, timeoutMs: 5000 });
    return { ok: true, rows: canonical(result, /collect\(/i.test(q)) };
  } catch (error) {
    const e = describe(error);
    return { ok: false, code: e.code, message: e.message };
  }
}

process.exitCode = await main();
