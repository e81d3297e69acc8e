/** A named mention found in one sentence, before resolution into entities. */
import type { EntityType } from '../../graph/schema.js';

export type MentionType = EntityType | 'Unknown';

export interface Mention {
  /** Character offsets in the cleaned text. */
  start: number;
  end: number;
  /** Surface text as written (titles stripped), e.g. "Sergei Lavrov", "U.S.". */
  text: string;
  type: MentionType;
  sentence: number;
  /** Token span in the sentence's token array, [first, last). */
  tokenStart: number;
  tokenEnd: number;
  /** Titles stripped from the front ("Foreign Minister"). */
  roles: string[];
  /** Country named by a demonym or a place modifier in front ("Russian", "U.S."). */
  roleCountry?: string;
  /** Title of nobility stripped from the front ("Lord"), re-attached if the name stays one word. */
  nobility?: string;
  gender?: 'male' | 'female';
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** Type to take when the name resolves to nothing else ("in Bangor" → Place). */
  fallback?: EntityType;
  /** Capitalised only because it opens a sentence or a quotation ("Volume was …", '"Approval would …'). */
  initial?: boolean;
  /** Why it got its type (for debugging and confidence). */
  cue: string;
}
