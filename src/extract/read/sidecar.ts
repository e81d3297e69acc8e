/**
 * Sidecar metadata for single-article files: beside `NAME.txt|.md|.markdown|.html|.htm`, an
 * optional `NAME.meta.json` ({date, source, url, title}) fills in what the file itself lacks
 * (a plain-text article has no publication date, so "said on Oct. 30" could not be dated).
 * Pure functions; readInputs does the file I/O.
 */
import type { ArticleInput } from '../types.js';
import { InputError } from '../errors.js';
import { decodeText } from './decode.js';
import { extensionOf, normaliseDate } from './formats.js';

export const SIDECAR_SUFFIX = '.meta.json';

/** Article formats that hold one article and no structured metadata of their own to speak of. */
const SIDECAR_FORMATS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface ArticleMeta {
  date?: string;
  source?: string;
  url?: string;
  title?: string;
}

const FIELDS = ['date', 'source', 'url', 'title'] as const;

export function isSidecar(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** The sidecar path of an article file ("a/b.txt" → "a/b.meta.json"), or undefined for formats that take none. */
export function sidecarPathOf(articlePath: string): string | undefined {
  const ext = extensionOf(articlePath);
  if (!SIDECAR_FORMATS.has(ext)) return undefined;
  return articlePath.slice(0, articlePath.length - ext.length) + SIDECAR_SUFFIX;
}

/** A sidecar's bytes → metadata; throws InputError('metadata') naming the file and what is wrong. */
export function parseSidecar(fileName: string, bytes: Uint8Array): ArticleMeta {
  let text: string;
  try {
    text = decodeText(fileName, bytes);
  } catch (err) {
    const detail =
      err instanceof InputError ? err.message.slice(fileName.length).replace(/^[:\s]+/, '') : (err as Error).message;
    throw new InputError('metadata', fileName, `${detail}; metadata ignored`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      'metadata',
      fileName,
      `invalid JSON in article metadata (${(err as Error).message}); metadata ignored`,
    );
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      'metadata',
      fileName,
      'article metadata must be a JSON object like {"date": "2022-10-31", "source": "…"}; metadata ignored',
    );
  }
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown.length) {
    throw new InputError(
      'metadata',
      fileName,
      `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} in article metadata (allowed: ${FIELDS.join(', ')}); metadata ignored`,
    );
  }
  const meta: ArticleMeta = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string')
      throw new InputError('metadata', fileName, `field "${field}" must be a string; metadata ignored`);
    if (value.trim()) meta[field] = value.trim();
  }
  if (meta.date !== undefined) {
    const date = normaliseDate(meta.date);
    if (!date)
      throw new InputError(
        'metadata',
        fileName,
        `field "date" is not a date: "${meta.date}" (use YYYY-MM-DD); metadata ignored`,
      );
    meta.date = date;
  }
  return meta;
}

/** The article with the sidecar's fields filled in where the file gave none (the file wins). */
export function applySidecar(article: ArticleInput, meta: ArticleMeta): ArticleInput {
  const out: ArticleInput = { ...article };
  for (const field of FIELDS) {
    const value = meta[field];
    if (value !== undefined && !out[field]) out[field] = value;
  }
  return out;
}
