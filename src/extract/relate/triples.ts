/**
 * The scored relations of an extraction as sorted "TYPE(source -> target)" strings, each once: the
 * form the relation tests compare against.
 */
import type { ArticleExtraction } from '../types.js';

export const SCORED = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS'];

export function relationTriples(x: ArticleExtraction, types: readonly string[] = SCORED): string[] {
  const name = (id: string | null): string => (id === null ? 'null' : x.entities.find((e) => e.id === id)!.name);
  return [
    ...new Set(
      x.relations.filter((r) => types.includes(r.type)).map((r) => `${r.type}(${name(r.source)} -> ${name(r.target)})`),
    ),
  ].sort();
}
