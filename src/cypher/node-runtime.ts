/**
 * Node-only set-up for the engine (the web view bundles the engine without it): V8 falls back to
 * its linear-time regular-expression engine when a match backtracks excessively, so a `=~` pattern
 * like '(a+)+b' cannot run for minutes. It applies to the patterns eval/operators.ts compiles
 * without the `u` flag; the rest (backreferences, lookaround, `i`) are stopped by the worker's
 * wall-clock limit instead.
 */
import { setFlagsFromString } from 'node:v8';

let enabled = false;

export function enableLinearRegexFallback(): void {
  if (enabled) return;
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  enabled = true;
}
