/**
 * The extraction pipeline's public surface. Everything else under src/extract is internal.
 *
 *   parseArticleFile(name, bytes)  one file → ArticleInput[] (pure; throws InputError)
 *   readInputs(paths)              files/folders → ReadOutcome per article or failure (I/O);
 *                                  NAME.meta.json beside NAME.txt|.md|.html fills in date/source/url/title
 *   distinctArticleIds(articles)   ids unique within a run (ID~HASH for the 2nd… of equal ids)
 *   canonicalOrder(articles)       one order whatever the order of the arguments
 *   extractArticle(input, {date})  ArticleInput → ArticleExtraction (pure, deterministic)
 *   toAnnotationOutput(x)          the per-article JSON of `newsgraph extract`
 *   extractMany(inputs, {threads}) worker-thread pool, results in input order
 *   entityKey(type, name)          stable graph id, shared with the store for merging
 */
export {
  parseArticleFile,
  parseArticleOutcomes,
  MAX_ARTICLE_CHARS,
  SUPPORTED_EXTENSIONS,
  type ReadOutcome,
} from './read/formats.js';
export { MAX_FILE_BYTES } from './read/decode.js';
export { readInputs, nodeReadIo, type ReadIo } from './read/inputs.js';
export { distinctArticleIds, canonicalOrder } from './read/article-ids.js';
export { parseSidecar, applySidecar, sidecarPathOf, isSidecar, type ArticleMeta } from './read/sidecar.js';
export { extractArticle, ARTICLE_TIME_BUDGET_MS, type ExtractOptions } from './pipeline.js';
export { toAnnotationOutput, type AnnotationOutput, type AnnotationEntity, type AnnotationRelation } from './output.js';
export { extractMany, type PoolOutcome, type PoolOptions } from './pool.js';
export { entityKey, canonicalName } from './resolve/keys.js';
export { normaliseName, slugOf } from './resolve/normalise.js';
export { InputError, ExtractionTimeout, type InputErrorCode } from './errors.js';
export type { ArticleInput, ArticleExtraction, ExtractedEntity, ExtractedRelation, Span } from './types.js';
