/**
 * What the runner deliberately does not run, and which expectations it relaxes. Every entry
 * carries its reason; skipped cases count as not passed.
 */
import type { TckCase } from './cases.js';

interface SkipRule {
  readonly applies: (c: TckCase) => boolean;
  readonly reason: string;
}

export const SKIP_RULES: readonly SkipRule[] = [
  { applies: (c) => c.tags.includes('@ignore'), reason: 'tagged @ignore upstream' },
];

export function skipReason(c: TckCase): string | null {
  return SKIP_RULES.find((r) => r.applies(c))?.reason ?? null;
}

export interface ExpectedError {
  readonly type: string;
  readonly phase: 'compile time' | 'runtime' | 'any time';
  readonly detail: string;
}

/**
 * Expectations openCypher corrected after this TCK snapshot (see tests/tck/README.md,
 * "Known upstream corrections"): the corrected form is accepted as well as the original.
 */
const UPSTREAM_CORRECTIONS: ReadonlyMap<string, ExpectedError> = new Map([
  ['clauses/delete/Delete1 [7]', { type: 'ConstraintValidationFailed', phase: 'runtime', detail: '*' }],
  ...['[6]', '[8]'].map((n) => [`clauses/return-skip-limit/ReturnSkipLimit1 ${n}`, argumentErrorAtRuntime()] as const),
  ...['[10]', '[11]', '[14]', '[15]'].map(
    (n) => [`clauses/return-skip-limit/ReturnSkipLimit2 ${n}`, argumentErrorAtRuntime()] as const,
  ),
  ['expressions/graph/Graph6 [9]', { type: 'SyntaxError', phase: 'compile time', detail: '*' }],
  ...['List1 [7]', 'List1 [8]', 'List1 [9]', 'List11 [5]'].map((n) => [`expressions/list/${n}`, anyError()] as const),
  ...['Map1 [6]', 'Map2 [6]', 'Map2 [8]'].map((n) => [`expressions/map/${n}`, anyError()] as const),
]);

function argumentErrorAtRuntime(): ExpectedError {
  return { type: 'ArgumentError', phase: 'runtime', detail: '*' };
}
function anyError(): ExpectedError {
  return { type: 'Error', phase: 'any time', detail: '*' };
}

/** The corrected expectation for a case id (outline rows share their scenario's correction). */
export function upstreamCorrection(caseId: string): ExpectedError | undefined {
  return UPSTREAM_CORRECTIONS.get(caseId.replace(/#\d+$/, ''));
}
