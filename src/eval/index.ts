/** The scorer's public surface (see ANNOTATION.md "Scoring"). */
export {
  scoreCorpus,
  scoreArticle,
  validateGold,
  GoldError,
  SCORED_ENTITY_TYPES,
  SCORED_RELATION_TYPES,
} from './score.js';
export { formatScoreReport, summaryLine } from './format.js';
export { readGoldFolder, readPredictionFolder } from './files.js';
export { normaliseForScoring } from './normalise.js';
export type {
  GoldDocument,
  GoldEntity,
  GoldRelation,
  PredictionDocument,
  ScoreReport,
  ArticleScore,
  Metrics,
} from './types.js';
