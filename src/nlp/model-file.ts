/**
 * Where the shipped model files live and how they are read: one place for the syntax model and
 * the name typer, so that both find their file from src/ or dist/ and fail the same clear way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

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

/**
 * The head of a model file before its weight sections: the magic bytes, the JSON header's length
 * (uint32 LE) and the JSON header.
 */
export function frameHead(magic: string, header: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([Buffer.from(magic, 'latin1'), length, json]);
}

/**
 * A model file opened: decompressed (copied once to an 8-aligned buffer, so typed arrays can view
 * it), its magic bytes checked and its JSON header parsed; `body` is where the weight sections
 * start. Every failure raises `fail(why, file)`; `what` names the kind of model in the message.
 */
export function openFrame(
  compressed: Uint8Array,
  magic: string,
  what: string,
  file: string,
  fail: (why: string, file: string) => Error,
): { raw: Buffer; header: unknown; body: number } {
  let raw: Buffer;
  try {
    raw = brotliDecompressSync(compressed);
  } catch (e) {
    throw fail(`not a brotli-compressed model file (${(e as Error).message})`, file);
  }
  if (raw.length < 12 || raw.toString('latin1', 0, 8) !== magic)
    throw fail(`wrong magic bytes: not a newsgraph ${what}`, file);
  if (raw.byteOffset % 8 !== 0) raw = Buffer.from(new Uint8Array(raw).buffer);
  const jsonLength = raw.readUInt32LE(8);
  if (12 + jsonLength > raw.length) throw fail('truncated header', file);
  try {
    return { raw, header: JSON.parse(raw.toString('utf8', 12, 12 + jsonLength)), body: 12 + jsonLength };
  } catch (e) {
    throw fail(`corrupt header (${(e as Error).message})`, file);
  }
}
