/**
 * Query results as cypher-shell draws them: +---+ borders, a header row, one line per row
 * (newlines shown as \n so a row stays one line), and an "N rows" footer. Also CSV (RFC 4180).
 */
import type { CypherValue, QueryResult } from '../../cypher/values.js';
import { formatLiteral } from './literal.js';

/** Columns wider than this are cut with "…" so a long article text does not flood the screen. */
const MAX_CELL = 120;

export function formatTable(result: QueryResult, elapsedMs?: number): string {
  const header = result.columns;
  const cells = result.rows.map((row) => header.map((_c, i) => cell(row[i] ?? null)));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i]!))));
  const border = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (values: string[]) => `| ${values.map((v, i) => v + ' '.repeat(widths[i]! - width(v))).join(' | ')} |`;
  const lines = header.length > 0 ? [border, line(header), border, ...cells.map(line), border] : [];
  const count = `${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'}`;
  const timing =
    elapsedMs === undefined ? '' : ` (${elapsedMs < 10 ? elapsedMs.toFixed(1) : Math.round(elapsedMs)} ms)`;
  const stats = formatUpdateStats(result);
  return [...lines, '', `${count}${timing}${stats ? `; ${stats}` : ''}`, ''].join('\n');
}

export function formatUpdateStats(result: QueryResult): string {
  if (!result.stats) return '';
  return Object.entries(result.stats)
    .filter(([, n]) => n !== undefined && n !== 0)
    .map(([name, n]) => `${n} ${name.replace(/([A-Z])/g, ' $1').toLowerCase()}`)
    .join(', ');
}

function cell(value: CypherValue): string {
  const text = formatLiteral(value).replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
  const chars = [...text];
  return chars.length > MAX_CELL ? chars.slice(0, MAX_CELL - 1).join('') + '…' : text;
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
