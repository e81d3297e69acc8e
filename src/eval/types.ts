/** Gold annotation documents (ANNOTATION.md "Schema") and score reports. */

export type GoldArgument = string | string[] | null;

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}

export interface GoldRelation {
  type: string;
  source: GoldArgument;
  target: GoldArgument;
  date?: string | null;
  content?: string;
  evidence?: string;
  optional?: boolean;
}

export interface GoldDocument {
  id: string;
  source?: string;
  published?: string | null;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** A system's output as the scorer reads it: ids, names, types, aliases; other fields ignored. */
export interface PredictionDocument {
  entities?: { id?: string | number | null; name?: unknown; type?: unknown; aliases?: unknown; implied?: unknown }[];
  relations?: { type?: unknown; source?: unknown; target?: unknown }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  id: string;
  /** ok, or missing when no prediction was given (scored as empty output). */
  prediction: 'ok' | 'missing';
  entities: Metrics;
  relations: Metrics;
  relationsByType: Record<string, Metrics>;
  entitiesByType: Record<string, Metrics>;
  /** Predictions that matched only optional gold relations (neither TP nor FP). */
  ignored: number;
  missedEntities: { name: string; type: string }[];
  spuriousEntities: { name: string; type: string }[];
  missedRelations: { type: string; source: string; target: string; evidence?: string }[];
  spuriousRelations: { type: string; source: string; target: string }[];
}

export interface ScoreReport {
  articles: ArticleScore[];
  entities: Metrics & { byType: Record<string, Metrics> };
  relations: Metrics & { byType: Record<string, Metrics> };
}
