/**
 * What the relation rules share: the relations and events they make, the sentence they read and
 * the article-wide state (entities, discourse) every rule consults.
 */
import type { ScoredRelation } from '../../graph/schema.js';
import type { Discourse } from './discourse.js';
import type { ParsedSentence } from '../../nlp/index.js';
import type { Tree } from './tree.js';
import type { EntityInfo, SentenceView } from './view.js';

export interface RawRelation {
  type: ScoredRelation;
  source: number;
  target: number | null;
  sentence: number;
  /** Token span of the trigger in the sentence. */
  triggerStart: number;
  triggerEnd: number;
  trigger: string;
  confidence: number;
  /** Character span (in the article text) of the time expression attached to the trigger. */
  time?: { start: number; end: number };
  /** Tense of the trigger, for resolving a bare weekday or month. */
  tense?: 'past' | 'future' | 'present';
}

/** An event noun phrase: token span in the sentence view, and its head noun. */
export interface EventPhrase {
  start: number;
  end: number;
  head: string;
}

/** Makes (or finds) the Event entity for an event phrase of a sentence; returns its index. */
export type EventMaker = (view: SentenceView, phrase: EventPhrase, name?: string) => number;

/** A pronoun or definite description resolved to the entities it refers to. */
export interface Reference {
  sentence: number;
  /** Token span in the sentence view. */
  tokenStart: number;
  tokenEnd: number;
  entities: number[];
}

export interface RelateOutput {
  relations: RawRelation[];
  references: Reference[];
}

export interface RelateInput {
  views: SentenceView[];
  /** Each sentence's parse, or undefined for a sentence that was not parsed (no trigger in it). */
  trees: (ParsedSentence | undefined)[];
  /**
   * The parse of a sentence with no trigger that may put a proposal forward ("X proposed a truce"),
   * read only for the proposal, for a later "the proposal" to name its author.
   */
  proposalTrees?: (ParsedSentence | undefined)[];
  entities: EntityInfo[];
  makeEvent: EventMaker;
  /** The country a demonym names, as an entity: the article's own, else an implied one ("a Canadian proposal"). */
  impliedCountry: (country: string) => number;
}

/** A sentence as the rules read it: its view, its aligned tree, and what was resolved in it. */
export interface Sentence {
  view: SentenceView;
  t: Tree;
  /** Entities by word, resolved once. */
  memo: Map<number, number[]>;
  /** The one speaker of the sentence's quotation, once known. */
  quoteSpeaker?: number;
}

/** Emits a relation from sources to a target, triggered at word `at` (and `extra` words). */
export type Emit = (
  type: ScoredRelation,
  sources: number[],
  target: number | null,
  at: number,
  confidence: number,
  extra?: number[],
) => void;

/** The article-wide state every rule of one article reads. */
export interface RelateContext {
  views: SentenceView[];
  /** The relations found so far, in sentence order: a rejection may answer an earlier demand. */
  relations: RawRelation[];
  entities: EntityInfo[];
  discourse: Discourse;
  makeEvent: EventMaker;
  impliedCountry: (country: string) => number;
}
