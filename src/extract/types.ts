/**
 * The extraction pipeline's input and output. The output is the annotation guideline's
 * "A system's output" (ANNOTATION.md) plus our own fields; it is plain JSON (numbers are
 * JS numbers) so `newsgraph extract` can write it as is.
 */
import type { EntityType, RelationType } from '../graph/schema.js';

/** One article as read from a file or record, before cleaning. */
export interface ArticleInput {
  /** Stable article id, e.g. the file name without extension, or a record's id. */
  id: string;
  title?: string;
  /** Body text (for .txt: everything after the headline line). */
  text: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) if known from the record or --date. */
  date?: string;
  source?: string;
  url?: string;
  /** Where it came from (path or path#line), for messages. */
  origin?: string;
}

/** A character span in the cleaned article text (`ArticleExtraction.text`). */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** Local id within the article output, e.g. "e1". */
  id: string;
  /** Graph id, stable across runs and articles, e.g. "person:sergei-lavrov". */
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Known only from a demonym or another entity, never named (not scored). */
  implied?: boolean;
  mentions: (Span & { text: string })[];
  /** Extra attributes a reader wants, e.g. { roles: ["Foreign Minister"], country: "Russia" }. */
  attributes?: Record<string, string | string[]>;
}

export interface ExtractedRelation {
  type: RelationType;
  /** Local entity id of the source. */
  source: string;
  /** Local entity id of the target, or null (STATED without addressee). */
  target: string | null;
  /** The sentence the relation was read from, copied exactly from `text`. */
  evidence: string;
  /** Offsets of the evidence sentence in `text`. */
  start: number;
  end: number;
  /** ISO date of the act when the text gives or implies one. */
  date: string | null;
  confidence: number;
  /** Short paraphrase (what was stated, demanded, rejected), or the role for HAS_ROLE. */
  content?: string;
  /** The trigger word(s), e.g. "said", "called on". */
  trigger?: string;
}

export interface ArticleExtraction {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  /** Publication date, ISO, or null. */
  published: string | null;
  /** The cleaned article text (headline excluded, repeats removed) that offsets point into. */
  text: string;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Pronouns and definite descriptions resolved to an entity ("he" → e2), in text order. */
  references?: (Span & { text: string; entity: string })[];
  /** Non-fatal problems found while reading (truncated sentence, repeated block removed, …). */
  warnings: string[];
}
