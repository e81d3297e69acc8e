/**
 * Where the shipped model files live and how they are read: one place for the syntax model and
 * the name typer, so that both find their file from src/ or dist/ and fail the same clear way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The path of a shipped model file (in src/nlp/model), whether this code runs from src/nlp or dist/nlp. */
export function shippedModelPath(fileName: string): string {
  const first = fileURLToPath(new URL(`./model/${fileName}`, import.meta.url));
  if (existsSync(first)) return first;
  const second = fileURLToPath(new URL(`../../src/nlp/model/${fileName}`, import.meta.url));
  return existsSync(second) ? second : first;
}

/**
 * The bytes of a model file; a missing or unreadable one raises `fail(why, file)`, naming the
 * command that builds it.
 */
export function readModelBytes(file: string, buildCommand: string, fail: (why: string, file: string) => Error): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? `file not found (run \`${buildCommand}\` to build it)` : (e as Error).message, file);
  }
}
