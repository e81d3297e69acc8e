/**
 * One file's bytes → article inputs, by extension: .txt, .md, .html/.htm, .json (a record or an
 * array of records) and .jsonl (one record per line, e.g. the Reuters bulk corpus). Pure.
 */
import type { ArticleInput } from '../types.js';
import { InputError } from '../errors.js';
import { isNewsOutlet } from '../lexicon/organizations.js';
import { decodeText, lineOf } from './decode.js';
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';

/** One article body longer than this is refused with a clear message (see README: limits). */
export const MAX_ARTICLE_CHARS = 5_000_000;

export type ReadOutcome = { ok: true; article: ArticleInput } | { ok: false; origin: string; error: InputError };

export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
  '.ndjson',
] as const;

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function baseIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from a record's date field, or undefined. */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  return undefined;
}

/**
 * A headline's trailing "-Publisher" / " - Publisher" / "| Publisher" (capitalised words). In a
 * headline all in capitals every word looks like a name, and " - " parts a wire rubric from its
 * story ("ECONOMIC SPOTLIGHT - U.S. CONGRESS RAPS JAPAN"): there only a known outlet is a publisher.
 */
export function splitHeadline(line: string): { title: string; source?: string } {
  const m =
    /^(.*?\S)\s*(?:\||\s[-–—]\s|(?<=[a-z.!?)"”'’])-(?=[A-Z]))\s*((?:[A-Z][\w.&'’]*|of|the|and)(?:\s+(?:[A-Z][\w.&'’]*|of|the|and)){0,4})\s*$/.exec(
      line.trim(),
    );
  if (!m || !/^[A-Z]/.test(m[2]!) || /\s(of|the|and)$/.test(m[2]!)) return { title: line.trim() };
  const shouted = !/\p{Ll}/u.test(line);
  if (shouted && !isNewsOutlet(m[2]!.trim().toLowerCase())) return { title: line.trim() };
  return { title: m[1]!.trim(), source: m[2]!.trim() };
}

function tooLong(file: string, chars: number, where: { line?: number } = {}): InputError {
  return new InputError(
    'too-large',
    file,
    `article text is ${chars.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')} — split it into several articles`,
    where,
  );
}

/**
 * Whether the first line of a plain-text file is a headline. People paste articles with and
 * without one: a headline is short and has no sentence-final punctuation ("Talks resume"), or
 * carries a publisher ("… | Reuters"); a line that reads as prose (ends like a sentence and is
 * long, holds two sentences, or opens with a dateline) is the first paragraph. A short line
 * that ends with a full stop stays a headline ("Leader rejects remarks but will meet him.").
 */
export function isHeadlineLine(line: string): boolean {
  const s = line.trim();
  if (splitHeadline(s).source) return true;
  if (s.length > 200) return false;
  const endsLikeSentence = /[.!?…]["”’')\]]*$/.test(s) && !/\b(?:[A-Z]\.){2,}$/.test(s);
  if (!endsLikeSentence) return true;
  const twoSentences = /[a-z\d)"”’][.!?]["”’]?\s+["“‘]?[A-Z]/.test(s);
  const dateline = /^[A-Z][A-Z .,'-]{2,}(?:\([^)]{1,40}\))?\s*[-–—]/.test(s);
  return !(s.length > 100 || twoSentences || dateline);
}

function fromTxt(file: string, text: string, id: string): ArticleInput {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const rest = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  // A one-line file is one paragraph; a first line that reads as prose is body text, not a title.
  if (!rest || !isHeadlineLine(lines[first]!)) {
    return { id, text: lines.slice(first).join('\n').trim(), origin: file };
  }
  const { title, source } = splitHeadline(lines[first]!);
  const article: ArticleInput = { id, title, text: rest, origin: file };
  if (source) article.source = source;
  return article;
}

function fromParsed(
  file: string,
  id: string,
  parsed: { title?: string; text: string; date?: string; source?: string; url?: string },
  kind: string,
): ArticleInput {
  if (!parsed.text.trim()) throw new InputError('empty', file, `no article text found in the ${kind}`);
  const article: ArticleInput = { id, text: parsed.text, origin: file };
  if (parsed.title) article.title = parsed.title;
  const date = normaliseDate(parsed.date);
  if (date) article.date = date;
  if (parsed.source) article.source = parsed.source;
  if (parsed.url) article.url = parsed.url;
  return article;
}

const STRING_FIELDS = ['title', 'source', 'url'] as const;

/** A JSON record → article, or a message saying what is wrong with it. */
function fromRecord(record: unknown, fallbackId: string, origin: string): ArticleInput | string {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'record is not a JSON object';
  const r = record as Record<string, unknown>;
  const text = r['text'] ?? r['body'] ?? r['content'];
  if (typeof text !== 'string' || text.trim() === '') return 'record has no "text" string';
  if (text.length > MAX_ARTICLE_CHARS)
    return `article text is ${text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}`;
  const id = typeof r['id'] === 'string' || typeof r['id'] === 'number' ? String(r['id']) : fallbackId;
  const article: ArticleInput = { id, text: text.replace(/\r\n?/g, '\n'), origin };
  for (const f of STRING_FIELDS) {
    const v = r[f];
    if (v !== undefined && v !== null && typeof v !== 'string') return `field "${f}" must be a string`;
    if (typeof v === 'string' && v.trim()) article[f] = v.trim();
  }
  const date = normaliseDate(r['date'] ?? r['published']);
  if (date) article.date = date;
  return article;
}

function jsonOutcomes(file: string, text: string, base: string): ReadOutcome[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const pos = /position (\d+)/.exec((err as Error).message);
    const where = pos ? { line: lineOf(text, Number(pos[1])) } : {};
    throw new InputError('syntax', file, `invalid JSON: ${(err as Error).message}`, where);
  }
  const records = Array.isArray(data) ? data : [data];
  if (records.length === 0) throw new InputError('empty', file, 'the JSON array holds no records');
  return records.map((rec, i) => {
    const origin = Array.isArray(data) ? `${file}#${i + 1}` : file;
    const out = fromRecord(rec, Array.isArray(data) ? `${base}-${i + 1}` : base, origin);
    return typeof out === 'string'
      ? { ok: false as const, origin, error: new InputError('record', file, `record ${i + 1}: ${out}`) }
      : { ok: true as const, article: out };
  });
}

function jsonlOutcomes(file: string, text: string, base: string): ReadOutcome[] {
  const outcomes: ReadOutcome[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const origin = `${file}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      outcomes.push({
        ok: false,
        origin,
        error: new InputError('syntax', file, `invalid JSON: ${(err as Error).message}`, { line: i + 1 }),
      });
      return;
    }
    const out = fromRecord(rec, `${base}-${i + 1}`, origin);
    if (typeof out === 'string')
      outcomes.push({ ok: false, origin, error: new InputError('record', file, out, { line: i + 1 }) });
    else outcomes.push({ ok: true, article: out });
  });
  if (outcomes.length === 0) throw new InputError('empty', file, 'no records in the JSON Lines file');
  return outcomes;
}

/**
 * Every record of a file as an outcome: file-level problems (empty, binary, bad UTF-8, unknown
 * extension, too large, JSON syntax) throw an InputError; a bad record of a .json array or a bad
 * .jsonl line is an error outcome with its line number while the others still read. `id` is the
 * article id (records without an id of their own: `id-N`); by default the file's base name.
 */
export function parseArticleOutcomes(fileName: string, bytes: Uint8Array, id = baseIdOf(fileName)): ReadOutcome[] {
  const ext = extensionOf(fileName);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new InputError(
      'extension',
      fileName,
      `unsupported file type "${ext || '(none)'}"; use one of ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  const text = decodeText(fileName, bytes);
  if (ext === '.json') return jsonOutcomes(fileName, text, id);
  if (ext === '.jsonl' || ext === '.ndjson') return jsonlOutcomes(fileName, text, id);
  let article: ArticleInput;
  if (ext === '.txt') article = fromTxt(fileName, text, id);
  else if (ext === '.html' || ext === '.htm') article = fromParsed(fileName, id, parseHtml(text), 'HTML page');
  else article = fromParsed(fileName, id, parseMarkdown(text), 'Markdown file');
  if (article.text.length > MAX_ARTICLE_CHARS) throw tooLong(fileName, article.text.length);
  return [{ ok: true, article }];
}

/**
 * The articles of one file. Throws a typed InputError for a file-level problem, and for a file
 * whose records all fail; a file with some bad records yields the good ones (use
 * parseArticleOutcomes to see the per-record errors too).
 */
export function parseArticleFile(fileName: string, bytes: Uint8Array): ArticleInput[] {
  const outcomes = parseArticleOutcomes(fileName, bytes);
  const articles = outcomes.flatMap((o) => (o.ok ? [o.article] : []));
  if (articles.length === 0) {
    const first = outcomes.find((o): o is Extract<ReadOutcome, { ok: false }> => !o.ok);
    if (first) throw first.error;
  }
  return articles;
}
