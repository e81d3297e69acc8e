/**
 * `npm run tck [-- --json] [--area clauses/match] [--grep TEXT]`: runs the openCypher TCK in
 * tests/tck against the engine, prints a table per area (or one JSON object with --json) and
 * writes tests/tck/failing.txt and tests/tck/results.json.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCases } from '../tests/tck/runner/cases.js';
import { loadEngine } from '../tests/tck/runner/engine.js';
import { formatTable, runCases, selectCases, summarize, writeReports } from '../tests/tck/runner/run-all.js';

const TCK_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'tck');

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        area: { type: 'string' },
        grep: { type: 'string' },
        'timeout-ms': { type: 'string', default: '2000' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`tck: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write('usage: npm run tck -- [--json] [--area AREA] [--grep TEXT] [--timeout-ms N]\n');
    return 0;
  }
  const timeoutMs = Number(args['timeout-ms']);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    process.stderr.write('tck: --timeout-ms takes a positive whole number\n');
    return 2;
  }
  const cases = selectCases(loadCases(join(TCK_DIR, 'features')), {
    ...(args.area !== undefined ? { area: args.area } : {}),
    ...(args.grep !== undefined ? { grep: args.grep } : {}),
  });
  if (cases.length === 0) {
    process.stderr.write('tck: no case matches the selection\n');
    return 2;
  }
  const { execute, problem } = await loadEngine();
  if (problem) process.stderr.write(`tck: ${problem}\n`);
  const outcomes = runCases(cases, { execute, tckDir: TCK_DIR, timeoutMs });
  const summary = summarize(outcomes);
  writeReports(TCK_DIR, summary, outcomes);
  if (args.json) {
    process.stdout.write(JSON.stringify(summary) + '\n');
  } else {
    process.stdout.write(formatTable(summary) + '\n');
    const notes = outcomes.filter((o) => o.note !== undefined).length;
    process.stdout.write(`\nfailing cases: ${join('tests', 'tck', 'failing.txt')}\n`);
    if (notes > 0)
      process.stdout.write(`passed with a different error detail: ${notes} (notes in tests/tck/results.json)\n`);
  }
  return 0;
}

process.exitCode = await main();
