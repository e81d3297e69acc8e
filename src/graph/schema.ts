/**
 * The graph's schema: node labels, relationship types and the shape of the data that
 * extraction hands to a store. Every store (memory, Neo4j) and every exporter reads this.
 */

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const NODE_LABELS = [...ENTITY_TYPES, 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The four relations the annotation guideline scores. */
export const SCORED_RELATIONS = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS'] as const;
export type ScoredRelation = (typeof SCORED_RELATIONS)[number];

/**
 * Supporting relations a reader wants next to the scored ones.
 * - HAS_ROLE      (Person)-[:HAS_ROLE {role}]->(Organization|Place)   "Russian Foreign Minister Sergei Lavrov"
 * - HELD_IN       (Event)-[:HELD_IN]->(Place)                          "the G-20 summit ... on the island of Bali"
 * - REPORTED      (Organization)-[:REPORTED]->(Person|Organization|Place) an outlet reported what the target said
 * - MENTIONS      (Article)-[:MENTIONS]->(entity)                      which article names which entity
 */
export const SUPPORTING_RELATIONS = ['HAS_ROLE', 'HELD_IN', 'REPORTED', 'MENTIONS'] as const;
export type SupportingRelation = (typeof SUPPORTING_RELATIONS)[number];

export type RelationType = ScoredRelation | SupportingRelation;
export const RELATION_TYPES: readonly RelationType[] = [...SCORED_RELATIONS, ...SUPPORTING_RELATIONS];

/**
 * A stored property value. Integers are `bigint` and floats are `number`, so that Cypher can
 * tell 1 from 1.0 (as Neo4j does); lists are homogeneous, as Neo4j requires.
 */
export type PropertyScalar = string | boolean | bigint | number;
export type PropertyValue = PropertyScalar | PropertyScalar[];
export type Properties = Record<string, PropertyValue>;

/** A node as stores and exporters exchange it. `id` equals `properties.id`. */
export interface GraphNode {
  id: string;
  labels: NodeLabel[] | string[];
  properties: Properties;
}

/** A relationship as stores and exporters exchange it. `id` is stable across runs. */
export interface GraphEdge {
  id: string;
  type: RelationType | string;
  source: string;
  target: string;
  properties: Properties;
}

/** What one or more articles contribute to the graph; stores merge fragments idempotently. */
export interface GraphFragment {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Properties every entity node carries: id (stable across runs), name, aliases, type.
 * Article nodes carry id, title, source, url, date, text (the cleaned text that evidence
 * offsets point into).
 * Relationship properties: evidence (the sentence), start/end (character offsets of that
 * sentence in the article's text), article (article id), date (ISO, or absent), confidence (0..1).
 */
export const ENTITY_PROPERTIES = ['id', 'name', 'aliases', 'type'] as const;
export const EVIDENCE_PROPERTIES = ['evidence', 'start', 'end', 'article', 'date', 'confidence'] as const;
