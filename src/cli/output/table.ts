/**
 * Query results as cypher-shell draws them: +---+ borders, a header row, one line per row
 * (newlines shown as \n so a row stays one line), and an "N rows" footer. Also CSV (RFC 4180).
 */
import type { CypherValue, QueryPlan, QueryResult } from '../../cypher/values.js';
import { PLAN_COLUMNS, planRows, planSummary } from '../../export/view/plan.js';
import { formatLiteral } from './literal.js';

/** Columns wider than this are cut with "…" so a long article text does not flood the screen. */
const MAX_CELL = 120;

export function formatTable(result: QueryResult, elapsedMs?: number): string {
  const header = result.columns;
  const lines = drawTable(
    header,
    result.rows.map((row) => header.map((_c, i) => cell(row[i] ?? null))),
  );
  const count = `${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'}`;
  const timing =
    elapsedMs === undefined ? '' : ` (${elapsedMs < 10 ? elapsedMs.toFixed(1) : Math.round(elapsedMs)} ms)`;
  const stats = formatUpdateStats(result);
  const plan = result.plan ? formatPlan(result.plan) : [];
  return [...lines, ...plan, '', `${count}${timing}${stats ? `; ${stats}` : ''}`, ''].join('\n');
}

/** Bordered lines for a header and rows of text cells. */
function drawTable(header: readonly string[], cells: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i]!))));
  const border = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (values: readonly string[]) =>
    `| ${values.map((v, i) => v + ' '.repeat(widths[i]! - width(v))).join(' | ')} |`;
  return header.length > 0 ? [border, line(header), border, ...cells.map(line), border] : [];
}

/** EXPLAIN/PROFILE: the operator tree as a table of its own, after the rows. */
function formatPlan(plan: QueryPlan): string[] {
  const rows = planRows(plan).map((row) => row.map((text) => clip(text)));
  return ['', ...drawTable(PLAN_COLUMNS, rows), planSummary(plan)];
}

function clip(text: string): string {
  const chars = [...text];
  return chars.length > MAX_CELL ? chars.slice(0, MAX_CELL - 1).join('') + '…' : text;
}

export function formatUpdateStats(result: QueryResult): string {
  if (!result.stats) return '';
  return Object.entries(result.stats)
    .filter(([, n]) => n !== undefined && n !== 0)
    .map(([name, n]) => `${n} ${name.replace(/([A-Z])/g, ' $1').toLowerCase()}`)
    .join(', ');
}

function cell(value: CypherValue): string {
  return clip(formatLiteral(value).replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t'));
}

/** Width in terminal columns, counting code points (close enough; no wcwidth table). */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function formatCsv(result: QueryResult): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const plain = (value: CypherValue) =>
    value === null ? '' : typeof value === 'string' ? value : formatLiteral(value);
  const lines = [
    result.columns.map(field).join(','),
    ...result.rows.map((row) => row.map((v) => field(plain(v))).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
