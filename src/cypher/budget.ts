/**
 * The running query's budget, as expression evaluation and functions see it: a time budget
 * charged by work done (loop steps, list items built) and a cap on collected values. One shared
 * place, so every evaluation loop calls the same `checkBudget()`.
 */
import { CypherError } from './errors.js';

export interface QueryBudget {
  /** Charges `work` steps; throws CypherError 'Timeout' once the query's deadline has passed. */
  tick(work?: number): void;
  /** Throws CypherError 'RowLimit' when a collected list would hold more than the row limit. */
  checkCollected(n: number): void;
}

/** Charge work to the query's budget, when the caller runs inside a query (functions may run outside one). */
export function checkBudget(ctx: Partial<QueryBudget> | undefined, work = 1): void {
  ctx?.tick?.(work);
}

/** Work a value stands for when it was just built: its length for lists and strings (building it copied that much). */
export function sizeOf(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'string') return v.length >>> 4;
  return 1;
}

const CHECK_EVERY = 1024;

/** The clock behind tick(): looks at Date.now() only once per CHECK_EVERY units of work. */
export class TimeBudget {
  private work = 0;
  constructor(
    readonly deadline: number,
    readonly timeoutMs: number,
  ) {}

  charge(work: number): void {
    this.work += work;
    if (this.work < CHECK_EVERY) return;
    this.work = 0;
    if (Date.now() > this.deadline) {
      throw new CypherError('Timeout', 'runtime', `The query ran longer than ${this.timeoutMs} ms and was stopped`);
    }
  }
}
