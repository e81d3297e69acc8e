/**
 * The JSON `newsgraph extract` writes per article: ANNOTATION.md's "A system's output"
 * (entities with id/name/type/aliases[/implied], relations with type/source/target ids) plus
 * our own fields, which the scorer ignores.
 */
import type { ArticleExtraction, ExtractedEntity, ExtractedRelation } from './types.js';

/** An entity as written: the extraction's fields, with the type as plain text (the file is read back by other tools). */
export type AnnotationEntity = Omit<ExtractedEntity, 'type'> & { type: string };

/** A relation as written: the extraction's fields, with the type as plain text. */
export type AnnotationRelation = Omit<ExtractedRelation, 'type'> & { type: string };

export interface AnnotationOutput {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  entities: AnnotationEntity[];
  relations: AnnotationRelation[];
  warnings: string[];
}

function relationOut(r: ExtractedRelation): AnnotationRelation {
  const out: AnnotationRelation = {
    type: r.type,
    source: r.source,
    target: r.target,
    evidence: r.evidence,
    start: r.start,
    end: r.end,
    date: r.date,
    confidence: r.confidence,
  };
  if (r.trigger !== undefined) out.trigger = r.trigger;
  if (r.content !== undefined) out.content = r.content;
  return out;
}

export function toAnnotationOutput(x: ArticleExtraction): AnnotationOutput {
  return {
    id: x.id,
    title: x.title,
    source: x.source,
    url: x.url,
    published: x.published,
    entities: x.entities.map((e) => {
      const out: AnnotationEntity = {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        key: e.key,
        mentions: e.mentions,
      };
      if (e.implied) out.implied = true;
      if (e.attributes) out.attributes = e.attributes;
      return out;
    }),
    relations: x.relations.map(relationOut),
    warnings: x.warnings,
  };
}
