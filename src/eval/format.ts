/** The score report as text: totals per type, one line per article, details on request. */
import type { Metrics, ScoreReport } from './types.js';

const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

function row(label: string, m: Metrics, width: number): string {
  return `${pad(label, width)} ${lpad(m.tp, 5)} ${lpad(m.fp, 5)} ${lpad(m.fn, 5)}  ${f3(m.precision)}  ${f3(m.recall)}  ${f3(m.f1)}`;
}

/** The closing line, in the same form as the reference scorer's. */
export function summaryLine(report: ScoreReport): string {
  const r = report.relations;
  const e = report.entities;
  return `relations F1 ${f3(r.f1)} entities F1 ${f3(e.f1)} (P/R relations ${f3(r.precision)}/${f3(r.recall)} entities ${f3(e.precision)}/${f3(e.recall)})`;
}

export function formatScoreReport(report: ScoreReport, options: { verbose?: boolean } = {}): string {
  const width = 14;
  const header = `${pad('', width)} ${lpad('TP', 5)} ${lpad('FP', 5)} ${lpad('FN', 5)}  P      R      F1`;
  const lines: string[] = [`Articles scored: ${report.articles.length}`];
  const missing = report.articles.filter((a) => a.prediction === 'missing').map((a) => a.id);
  if (missing.length) lines.push(`Missing predictions (scored as empty output): ${missing.join(', ')}`);
  lines.push('', 'ENTITIES', header, row('overall', report.entities, width));
  for (const [t, m] of Object.entries(report.entities.byType)) lines.push(row(`  ${t}`, m, width));
  lines.push('', 'RELATIONS', header, row('overall', report.relations, width));
  for (const [t, m] of Object.entries(report.relations.byType)) lines.push(row(`  ${t}`, m, width));
  lines.push('', 'PER ARTICLE (relations; entities F1 at the right)');
  const nameWidth = Math.max(10, ...report.articles.map((a) => a.id.length)) + 1;
  lines.push(
    `${pad('article', nameWidth)} ${lpad('TP', 4)} ${lpad('FP', 4)} ${lpad('FN', 4)}  P      R      F1     entF1`,
  );
  for (const a of report.articles) {
    const r = a.relations;
    lines.push(
      `${pad(a.id, nameWidth)} ${lpad(r.tp, 4)} ${lpad(r.fp, 4)} ${lpad(r.fn, 4)}  ${f3(r.precision)}  ${f3(r.recall)}  ${f3(r.f1)}  ${f3(a.entities.f1)}${a.prediction === 'missing' ? '  [missing]' : ''}`,
    );
  }
  if (options.verbose) {
    lines.push('', 'DETAILS');
    for (const a of report.articles) {
      if (
        !a.missedRelations.length &&
        !a.spuriousRelations.length &&
        !a.missedEntities.length &&
        !a.spuriousEntities.length
      )
        continue;
      lines.push(`== ${a.id}`);
      for (const g of a.missedRelations) {
        lines.push(`  missed    ${g.type}(${g.source} -> ${g.target})`);
        if (g.evidence) lines.push(`            evidence: ${g.evidence}`);
      }
      for (const p of a.spuriousRelations) lines.push(`  spurious  ${p.type}(${p.source} -> ${p.target})`);
      for (const e of a.missedEntities) lines.push(`  missed entity    ${e.type}: ${e.name}`);
      for (const e of a.spuriousEntities) lines.push(`  spurious entity  ${e.type}: ${e.name}`);
    }
  }
  lines.push('', summaryLine(report));
  return lines.join('\n');
}
