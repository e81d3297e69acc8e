/**
 * Typed errors of the extraction pipeline. Every one reads well to a user: it names the file
 * (and the line or byte offset where that applies) and says what is wrong.
 */

export type InputErrorCode =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'extension'
  | 'too-large'
  | 'syntax'
  | 'record'
  | 'metadata'
  | 'unreadable'
  | 'not-a-file'
  | 'repeated';

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly file: string;
  readonly line: number | undefined;
  readonly offset: number | undefined;

  constructor(code: InputErrorCode, file: string, detail: string, where: { line?: number; offset?: number } = {}) {
    const place =
      where.line !== undefined ? `:${where.line}` : where.offset !== undefined ? ` (byte ${where.offset})` : '';
    super(`${file}${place}: ${detail}`);
    this.name = 'InputError';
    this.code = code;
    this.file = file;
    this.line = where.line;
    this.offset = where.offset;
  }
}

/** An article whose extraction ran past its time budget; it is skipped, the others go on. */
export class ExtractionTimeout extends Error {
  constructor(
    readonly articleId: string,
    readonly budgetMs: number,
  ) {
    super(
      `article ${articleId}: extraction took longer than ${budgetMs / 1000} s and was stopped; split the article into smaller ones`,
    );
    this.name = 'ExtractionTimeout';
  }
}
