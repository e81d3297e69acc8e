import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, STACK_LINE, tempDir, writeFixtureGraph } from './helpers.js';

describe('newsgraph query', () => {
  const { dir, cleanup } = tempDir('query');
  const graph = join(dir, 'graph', 'graph.json');
  beforeAll(async () => {
    await writeFixtureGraph(graph);
  });
  afterAll(cleanup);

  const q = (args: string[], stdin?: string) =>
    cli(['query', ...args], { cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });

  it('prints a cypher-shell style table from graph/graph.json by default', async () => {
    const run = await q(["MATCH (p:Person) WHERE p.name STARTS WITH 'S' RETURN p.name AS name, size(p.aliases) AS n"]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^\+-+\+-+\+$/);
    expect(lines[1]).toMatch(/^\| name\s+\| n\s+\|$/);
    expect(lines[3]).toMatch(/^\| "Sergei Lavrov" \| 1\s+\|$/);
    expect(run.stdout).toMatch(/\n1 row \(/);
  });

  it('prints the plan of PROFILE after the rows, and of EXPLAIN without running the query', async () => {
    const profile = await q([
      'PROFILE MATCH (p:Person)-[r]->() RETURN p.name AS name, count(r) AS n ORDER BY n DESC LIMIT 1',
    ]);
    expect(profile.code).toBe(0);
    expect(profile.stdout).toMatch(/\| Operator\s+\| Details\s+\| Estimated rows \| Rows \| Time \(ms\) \|/);
    expect(profile.stdout).toMatch(
      /\| Aggregation \| p\.name AS name, count\(r\) AS n; top 1 by n DESC \(bounded heap\); limit 1 \|/,
    );
    expect(profile.stdout).toMatch(/\| └ Match\s+\| MATCH \(p:Person\)-\[r\]->\(\); degrees \(out\) from graphology/);
    expect(profile.stdout).toMatch(/PROFILE: .* total [\d.]+ ms\.\n\n1 row/);
    const explain = await q(['EXPLAIN MATCH (p:Person) DETACH DELETE p']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/\| Delete\s+\|/);
    expect(explain.stdout).toContain('EXPLAIN: the plan with estimated rows; the query did not run.');
  });

  it('prints JSON rows with --format json and CSV with --format csv', async () => {
    const cypher = 'MATCH (a:Article) RETURN a.id AS id, a.date AS date ORDER BY id';
    const json = JSON.parse((await q([cypher, '--format', 'json'])).stdout);
    expect(json).toEqual([
      { id: 'article:hostile-<&>', date: '2023-01-02' },
      { id: 'article:kyiv-lavrov', date: '2022-10-31' },
      { id: 'article:wire-kremlin', date: '2022-11-07' },
    ]);
    const csv = (
      await q([
        "MATCH (o:Organization) WHERE o.name CONTAINS 'Holdings' RETURN o.name AS name, 1.5 AS f",
        '--format',
        'csv',
      ])
    ).stdout;
    expect(csv).toBe('name,f\r\n"A & B <Holdings> ""Ltd"" \u0000\u001f ✓ 🚀",1.5\r\n');
  });

  it('passes --param and --params as parameters, typed', async () => {
    const params = join(dir, 'p.json');
    writeFileSync(params, JSON.stringify({ who: 'Sergei Lavrov' }));
    const run = await q([
      'MATCH (p:Person {name: $who}) RETURN p.name AS name, $n + 1 AS n, $f AS f, $s AS s',
      '--params',
      params,
      '--param',
      'n=41',
      '--param',
      'f=0.5',
      '--param',
      's=007x',
      '--format',
      'json',
    ]);
    expect(JSON.parse(run.stdout)).toEqual([{ name: 'Sergei Lavrov', n: 42, f: 0.5, s: '007x' }]);
  });

  it('refuses updating queries without --write, leaving the file alone', async () => {
    const before = readFileSync(graph, 'utf8');
    const run = await q(["CREATE (:Person {name: 'Intruder'})"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refused');
    expect(run.stderr).toContain('--write');
    expect(readFileSync(graph, 'utf8')).toBe(before);
  });

  it('saves changes with --write', async () => {
    const run = await q(["MATCH (p:Person {name: 'Joe Biden'}) SET p.party = 'Democratic'", '--write']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('saved the change');
    const check = await q(["MATCH (p:Person {name: 'Joe Biden'}) RETURN p.party AS party", '--format', 'json']);
    expect(JSON.parse(check.stdout)).toEqual([{ party: 'Democratic' }]);
  });

  it('prints a syntax error with a caret under the fault and no stack trace', async () => {
    const run = await q(['MATCH (n:Person) RETRUN n']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/SyntaxError/);
    expect(run.stderr).toMatch(/\n\s+MATCH \(n:Person\) RETRUN n\n\s+\^/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('says how to build a graph when there is none', async () => {
    const run = await q(['RETURN 1', '--graph', join(dir, 'nowhere', 'graph.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no graph at');
    expect(run.stderr).toContain('newsgraph build');
  });

  it('reports a corrupt graph file clearly', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"newsgraph-graph","version":1,"nodes":[{}],"edges":[]}');
    const run = await q(['RETURN 1', '--graph', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a usable graph file (nodes[0]: a node needs a string "id")');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('reads statements from stdin without a query: multi-line, ";"-terminated, :commands', async () => {
    const script = [
      ':param who=Sergei Lavrov',
      'MATCH (p:Person)',
      '  WHERE p.name = $who',
      '  RETURN p.name AS name;',
      'RETURN 1 +;',
      ':help',
      'RETURN 2 AS two;',
      ':exit',
      'RETURN 3 AS three;',
    ].join('\n');
    const run = await q([], script);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('$who = "Sergei Lavrov"');
    expect(run.stdout).toContain('| "Sergei Lavrov" |');
    expect(run.stderr).toMatch(/SyntaxError/);
    expect(run.stdout).toContain(':exit, :quit');
    expect(run.stdout).toContain('| two |');
    expect(run.stdout).not.toContain('three');
  });

  it('with --timeout runs the query in a worker and stops one the engine cannot interrupt', async () => {
    const runaway = `RETURN '${'a'.repeat(46)}!' =~ '(?i)(a+)+b' AS m`;
    const run = await q([runaway, '--timeout', '300']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Timeout: The query ran longer than 300 ms/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const ok = await q(["RETURN date('2024-02-29') AS d, 1 AS one", '--timeout', '5000', '--format', 'json']);
    expect(JSON.parse(ok.stdout)).toEqual([{ d: '2024-02-29', one: 1 }]);
  }, 60_000);

  it('stops a quadratic reduce at --timeout with a typed error', async () => {
    const run = await q(['RETURN size(reduce(acc = [], x IN range(1, 100000) | acc + [x])) AS n', '--timeout', '300']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Timeout/);
  }, 60_000);

  it('with --write and --timeout saves the change from the worker', async () => {
    const run = await q(["CREATE (:Person {id: 'person:zed', name: 'Zed'})", '--write', '--timeout', '5000']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('saved the change');
    expect(readFileSync(graph, 'utf8')).toContain('"Zed"');
  }, 60_000);

  it('refuses --max-memory without --timeout', async () => {
    const run = await q(['RETURN 1', '--max-memory', '100']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-memory works with --timeout');
  });
});
