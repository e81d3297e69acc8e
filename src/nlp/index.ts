/** newsgraph's syntactic layer: POS tags, lemmas and Universal Dependencies trees. See README.md. */
export type { ParsedSentence, ParsedToken, TaggedToken, WordSpan } from './types.js';
export { parseSentence, parseSentences, tagSentence } from './analyse.js';
export { loadSyntaxModel, defaultModelPath, SyntaxModelError, type SyntaxModel } from './model.js';
export {
  changedToken,
  child,
  children,
  clauseOf,
  conjuncts,
  descendants,
  dominates,
  hasLabel,
  isNegated,
  isPredicate,
  modality,
  pathBetween,
  pathLabels,
  rootOf,
  subtreeSpan,
  voice,
  type Span,
} from './tree.js';
