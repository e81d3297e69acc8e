/**
 * Argument parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into UsageError (exit 2, usage on stderr) and `--neo4j [URI]`'s optional value handled.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** Wrong flags or arguments: main prints the message and the command's usage, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A problem the user can fix (missing file, bad graph, refused write): message only, exit 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Flags every command that reads articles takes (extract, build). */
export const ARTICLE_OPTIONS = {
  out: { type: 'string' },
  date: { type: 'string' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
} as const satisfies OptionSpec;

/** The parsed values of ARTICLE_OPTIONS. */
export interface ArticleOptionValues {
  out?: string;
  date?: string;
  strict?: boolean;
  json?: boolean;
}

const NEO4J_URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\//;

/**
 * `--neo4j` takes an optional URI: `--neo4j bolt://h:7687` and `--neo4j=…` give it, a bare
 * `--neo4j` means "from NEO4J_URI or the default" and becomes `--neo4j=` here.
 */
function normaliseOptionalNeo4j(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (arg !== '--neo4j') {
      out.push(arg);
      continue;
    }
    const next = args[i + 1];
    if (next !== undefined && NEO4J_URI.test(next)) {
      out.push(`--neo4j=${next}`);
      i++;
    } else {
      out.push('--neo4j=');
    }
  }
  return out;
}

export interface Parsed<V> {
  values: V;
  positionals: string[];
}

export function parseCommandArgs<V>(args: readonly string[], options: OptionSpec): Parsed<V> {
  try {
    const { values, positionals } = parseArgs({
      args: normaliseOptionalNeo4j(args),
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as V, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('ERR_PARSE_ARGS')) throw new UsageError(cleanParseArgsMessage((error as Error).message));
    throw error;
  }
}

/** parseArgs messages end with advice about `--` that confuses more than it helps here. */
function cleanParseArgsMessage(message: string): string {
  return message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '').replace(/\s+$/, '');
}

/** `--neo4j` value: undefined (not given), true (use env/default) or a URI. */
export function neo4jOption(value: string | undefined): string | true | undefined {
  if (value === undefined) return undefined;
  return value === '' ? true : value;
}

export function parsePositiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${flag} needs a positive whole number, not "${value}"`);
  return Number(value);
}

export function parseIsoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const valid =
    match !== null &&
    (match[2] === undefined || (Number(match[2]) >= 1 && Number(match[2]) <= 12)) &&
    (match[3] === undefined || isRealDay(Number(match[1]), Number(match[2]), Number(match[3])));
  if (!valid) throw new UsageError(`--date needs YYYY-MM-DD (or YYYY-MM, YYYY), not "${value}"`);
  return value;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
