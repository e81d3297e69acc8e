/**
 * Bytes → text for one input file: size, binary and UTF-8 checks with the position of the
 * first problem, so the user can find it.
 */
import { InputError } from '../errors.js';

/** Files above this are refused before decoding (a bulk JSONL of 19 MB passes easily). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the bytes look like a binary file: a NUL byte, or many control bytes, early on. */
export function looksBinary(bytes: Uint8Array): number {
  const probe = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < probe; i++) {
    const b = bytes[i]!;
    if (b === 0) return i;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return probe > 0 && control / probe > 0.1 ? 0 : -1;
}

/** Decodes a file's bytes as UTF-8 text (BOM dropped, CRLF → LF) or throws a typed error. */
export function decodeText(fileName: string, bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError(
      'too-large',
      fileName,
      `file is ${bytes.length.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')} bytes — split it into several files`,
    );
  }
  if (bytes.length === 0) throw new InputError('empty', fileName, 'file is empty');
  const bin = looksBinary(bytes);
  if (bin >= 0) throw new InputError('binary', fileName, 'file looks binary, not text', { offset: bin });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError('encoding', fileName, 'file is not valid UTF-8 (save it as UTF-8)', {
      offset: Math.max(at, 0),
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError('empty', fileName, 'file holds only whitespace');
  return text;
}

/** Line number (1-based) of a character offset in a text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
