/** Precision, recall and F1 from counts (an empty side counts as perfect when nothing is missing). */
import type { Counts, Metrics } from './types.js';

export function metricsOf(c: Counts): Metrics {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : c.fn === 0 ? 1 : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : c.fp === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

export function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addInto(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}
