import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultModelPath, readModelFile, SyntaxModelError } from './model.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-syntax-'));

function failure(file: string): SyntaxModelError {
  try {
    readModelFile(file);
  } catch (e) {
    if (e instanceof SyntaxModelError) return e;
    throw e;
  }
  throw new Error('expected a SyntaxModelError');
}

describe('syntax model loading', () => {
  it('names a missing file and says how to build it', () => {
    const file = join(dir, 'absent.bin.br');
    const e = failure(file);
    expect(e.file).toBe(file);
    expect(e.message).toContain(file);
    expect(e.message).toContain('not found');
    expect(e.message).toContain('train:syntax');
  });

  it('rejects a file that is not brotli data', () => {
    const file = join(dir, 'garbage.bin.br');
    writeFileSync(file, 'this is not a model');
    expect(failure(file).message).toMatch(/garbage\.bin\.br: not a brotli-compressed model/);
  });

  it('rejects compressed data without the magic bytes', () => {
    const file = join(dir, 'other.bin.br');
    writeFileSync(file, brotliCompressSync(Buffer.from('NOTAMODEL and some more bytes')));
    expect(failure(file).message).toMatch(/wrong magic bytes/);
  });

  it('rejects a truncated model', () => {
    const whole = readModelFile(defaultModelPath());
    expect(whole.labels).toContain('nsubj:pass');
    const file = join(dir, 'truncated.bin.br');
    const raw = brotliDecompressSync(readFileSync(defaultModelPath()));
    writeFileSync(
      file,
      brotliCompressSync(raw.subarray(0, Math.floor(raw.length / 2)), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
      }),
    );
    expect(failure(file).message).toMatch(/truncated/);
  });
});
