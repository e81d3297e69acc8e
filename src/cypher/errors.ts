/**
 * CypherError: the one error type the engine throws. `code` is the openCypher TCK error type
 * (SyntaxError for everything found at compile time, as the TCK names it), `detail` the TCK detail
 * (UndefinedVariable, DeletedEntityAccess, …), `position` where the source text is at fault.
 */

export type CypherErrorCode =
  | 'SyntaxError'
  | 'SemanticError'
  | 'TypeError'
  | 'ArgumentError'
  | 'EntityNotFound'
  | 'ConstraintVerificationFailed'
  | 'ArithmeticError'
  | 'ParameterMissing'
  | 'ProcedureError'
  | 'ReadOnly'
  | 'Timeout'
  | 'MemoryLimit'
  | 'RowLimit';

export type CypherErrorPhase = 'compile' | 'runtime';

export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

export class CypherError extends Error {
  override readonly name = 'CypherError';
  readonly position?: SourcePosition;

  constructor(
    readonly code: CypherErrorCode,
    readonly phase: CypherErrorPhase,
    message: string,
    options: { position?: SourcePosition; detail?: string } = {},
  ) {
    super(message);
    if (options.position) this.position = options.position;
    this.detail = options.detail;
  }

  /** The TCK detail (e.g. 'UndefinedVariable'), when one applies. */
  readonly detail: string | undefined;

  /** The message, then the offending query line with a caret under the column. */
  format(query: string): string {
    const head = `${this.code}: ${this.message}`;
    if (!this.position) return head;
    const { line, column } = this.position;
    const text = query.split(/\r?\n/)[line - 1] ?? '';
    return `${head} (line ${line}, column ${column})\n  ${text}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
  }

  toJSON(): {
    code: CypherErrorCode;
    phase: CypherErrorPhase;
    message: string;
    detail?: string;
    position?: SourcePosition;
  } {
    return {
      code: this.code,
      phase: this.phase,
      message: this.message,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.position ? { position: this.position } : {}),
    };
  }
}

/** Line and column (1-based) of an offset in a source text. */
export function positionAt(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** A compile-time error the TCK classifies as SyntaxError with the given detail. */
export function compileError(detail: string, message: string, source?: string, offset?: number): CypherError {
  const position = source !== undefined && offset !== undefined ? positionAt(source, offset) : undefined;
  return new CypherError('SyntaxError', 'compile', message, { detail, ...(position ? { position } : {}) });
}

export function runtimeError(code: CypherErrorCode, detail: string, message: string): CypherError {
  return new CypherError(code, 'runtime', message, { detail });
}

export function typeError(message: string, detail = 'InvalidArgumentType'): CypherError {
  return runtimeError('TypeError', detail, message);
}
