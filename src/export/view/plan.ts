/** A query plan (EXPLAIN/PROFILE) as table rows, root first, each operator under the one it feeds. Shared by the CLI and the web console. */
import type { PlanNode, QueryPlan } from '../../cypher/values.js';

export const PLAN_COLUMNS = ['Operator', 'Details', 'Estimated rows', 'Rows', 'Time (ms)'] as const;

/** One line per operator: its name indented by depth, then details, estimated and (PROFILE) actual rows and self time. */
export function planRows(plan: QueryPlan): string[][] {
  const rows: string[][] = [];
  const visit = (node: PlanNode, depth: number): void => {
    rows.push([
      `${depth ? '  '.repeat(depth - 1) + '└ ' : ''}${node.operator}`,
      node.details,
      String(node.estimatedRows),
      node.rows === undefined ? '' : String(node.rows),
      node.timeMs === undefined ? '' : node.timeMs.toFixed(3),
    ]);
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(plan.root, 0);
  return rows;
}

/** The line under the plan: what it is and, for PROFILE, the total time. */
export function planSummary(plan: QueryPlan): string {
  return plan.mode === 'explain'
    ? 'EXPLAIN: the plan with estimated rows; the query did not run.'
    : `PROFILE: rows each operator produced and the time spent in it (its inputs excluded); total ${plan.totalMs?.toFixed(1)} ms.`;
}
