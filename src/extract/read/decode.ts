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

/** The Unicode encoding a byte-order mark announces (longest mark first: UTF-32 LE starts like UTF-16 LE). */
export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
const BOMS: [BomEncoding, number[]][] = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export function bomOf(bytes: Uint8Array): { encoding: BomEncoding; length: number } | undefined {
  for (const [encoding, mark] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return undefined;
}

/** UTF-32 by hand (TextDecoder has no UTF-32); throws at the byte offset of an invalid code point. */
function decodeUtf32(bytes: Uint8Array, from: number, littleEndian: boolean): string {
  if ((bytes.length - from) % 4 !== 0) throw Object.assign(new Error('truncated'), { offset: bytes.length - 1 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = from; i < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw Object.assign(new Error('invalid'), { offset: i });
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Text of bytes that start with a UTF-16 or UTF-32 byte-order mark (those hold NUL bytes, so skip the binary check). */
function decodeWide(fileName: string, bytes: Uint8Array, bom: { encoding: BomEncoding; length: number }): string {
  try {
    if (bom.encoding === 'utf-32le' || bom.encoding === 'utf-32be')
      return decodeUtf32(bytes, bom.length, bom.encoding === 'utf-32le');
    return new TextDecoder(bom.encoding, { fatal: true }).decode(bytes.subarray(bom.length));
  } catch (err) {
    const offset = (err as { offset?: number }).offset;
    throw new InputError(
      'encoding',
      fileName,
      `file starts with a ${bom.encoding.toUpperCase()} byte-order mark but is not valid ${bom.encoding.toUpperCase()} (save it as UTF-8)`,
      offset === undefined ? {} : { offset },
    );
  }
}

/**
 * Decodes a file's bytes as text (BOM dropped, CRLF → LF) or throws a typed error. UTF-8 without
 * a mark is the default; UTF-16 and UTF-32 are recognised by their byte-order mark.
 */
export function decodeText(fileName: string, bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): string {
  if (bytes.length > maxBytes) throw tooLarge(fileName, bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputError('empty', fileName, 'file is empty');
  const bom = bomOf(bytes);
  let text: string;
  if (bom && bom.encoding !== 'utf-8') {
    text = decodeWide(fileName, bytes, bom);
    if (looksBinary(new TextEncoder().encode(text.slice(0, 8192))) >= 0)
      throw new InputError('binary', fileName, 'file looks binary, not text');
  } else {
    const bin = looksBinary(bytes);
    if (bin >= 0) throw new InputError('binary', fileName, 'file looks binary, not text', { offset: bin });
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      throw new InputError('encoding', fileName, 'file is not valid UTF-8 (save it as UTF-8)', {
        offset: Math.max(at, 0),
      });
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError('empty', fileName, 'file holds only whitespace');
  return text;
}

/** The error for a file over the size limit (also raised before reading, from the file's size). */
export function tooLarge(fileName: string, size: number, maxBytes = MAX_FILE_BYTES): InputError {
  return new InputError(
    'too-large',
    fileName,
    `file is ${size.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')} bytes — split it into several files`,
  );
}

/** Line number (1-based) of a character offset in a text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
