import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseSentence } from './analyse.js';
import {
  decodeNameModel,
  defaultNameModelPath,
  encodeNameModel,
  NameModelError,
  readNameModelFile,
  typeNameSpan,
} from './names.js';
import { trainNameModel, type NameExample } from './train/names.js';
import type { ParsedSentence } from './types.js';

/** Parses a sentence of space-separated words; returns it with the token span of `name`. */
function named(sentence: string, name: string): [ParsedSentence, number, number] {
  let at = 0;
  const words = sentence.split(' ').map((text) => {
    const start = at;
    at += text.length + 1;
    return { text, start, end: start + text.length };
  });
  const parts = name.split(' ');
  const first = words.findIndex((_, i) => parts.every((p, j) => words[i + j]?.text === p));
  if (first < 0) throw new Error(`"${name}" not in "${sentence}"`);
  return [parseSentence(words), first, first + parts.length - 1];
}

const typeOf = (sentence: string, name: string): string => typeNameSpan(...named(sentence, name)).best;

describe('name typer on names no corpus has', () => {
  it('types a titled surname as a person', () => {
    expect(typeOf('Mr Brannick joined Veltrax Corp last year .', 'Brannick')).toBe('Person');
    expect(typeOf('Tamsin Oduya , a spokeswoman for the ministry , declined to comment .', 'Tamsin Oduya')).toBe(
      'Person',
    );
  });

  it('types the object of a locative preposition as a place', () => {
    expect(typeOf('Hundreds were evacuated after flooding in Dorvale on Sunday .', 'Dorvale')).toBe('Place');
    expect(typeOf('The crash happened on Castlefrank Road .', 'Castlefrank Road')).toBe('Place');
  });

  it('types a war and games as events', () => {
    expect(typeOf('During the Kestrel War , thousands fled .', 'Kestrel War')).toBe('Event');
    expect(typeOf('He won gold at the Kestrel Games .', 'Kestrel Games')).toBe('Event');
  });

  it('types a company that acts as an organisation', () => {
    expect(typeOf('Google said it would appeal the ruling .', 'Google')).toBe('Organization');
  });

  it('gives every class a score and a non-negative margin', () => {
    const t = typeNameSpan(...named('Hundreds were evacuated after flooding in Dorvale on Sunday .', 'Dorvale'));
    expect(Object.keys(t.scores)).toEqual(['Person', 'Organization', 'Place', 'Event', 'Other']);
    expect(t.margin).toBeGreaterThan(0);
    expect(Math.max(...Object.values(t.scores))).toBe(t.scores[t.best]);
  });

  it('refuses a span outside the sentence', () => {
    const [s] = named('Google said so .', 'Google');
    expect(() => typeNameSpan(s, 2, 7)).toThrow(RangeError);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-names-'));

function failure(file: string): NameModelError {
  try {
    readNameModelFile(file);
  } catch (e) {
    if (e instanceof NameModelError) return e;
    throw e;
  }
  throw new Error('expected a NameModelError');
}

describe('name typer model loading', () => {
  it('names a missing file and says how to build it', () => {
    const file = join(dir, 'absent.bin.br');
    const e = failure(file);
    expect(e.file).toBe(file);
    expect(e.message).toContain('not found');
    expect(e.message).toContain('train:names');
  });

  it('rejects data that is not brotli, or lacks the magic bytes', () => {
    writeFileSync(join(dir, 'garbage.bin.br'), 'not a model');
    expect(failure(join(dir, 'garbage.bin.br')).message).toMatch(/not a brotli-compressed model/);
    writeFileSync(join(dir, 'other.bin.br'), brotliCompressSync(Buffer.from('NGSYNTX1 some other model')));
    expect(failure(join(dir, 'other.bin.br')).message).toMatch(/wrong magic bytes/);
  });

  it('rejects a truncated model', () => {
    const raw = brotliDecompressSync(readFileSync(defaultNameModelPath()));
    writeFileSync(
      join(dir, 'cut.bin.br'),
      brotliCompressSync(raw.subarray(0, raw.length - 100), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
    );
    expect(failure(join(dir, 'cut.bin.br')).message).toMatch(/truncated/);
  });
});

describe('name typer training', () => {
  const examples: NameExample[] = [
    ['Mr Brannick said so .', 'Brannick', 'Person'],
    ['She lives in Dorvale now .', 'Dorvale', 'Place'],
    ['Veltrax Corp hired him .', 'Veltrax Corp', 'Organization'],
    ['The Kestrel Summit opened .', 'Kestrel Summit', 'Event'],
  ].map(([sentence, name, type]) => {
    const [s, first, last] = named(sentence!, name!);
    return { sentence: s, first, last, type: type as NameExample['type'] };
  });
  const common = new Set(['said', 'summit']);

  it('gives the same bytes twice and learns its examples', () => {
    const a = trainNameModel(examples, { common, bits: 12, epochs: 5 });
    const b = trainNameModel(examples, { common, bits: 12, epochs: 5 });
    const bytes = encodeNameModel(a);
    expect(encodeNameModel(b).equals(bytes)).toBe(true);
    const reloaded = decodeNameModel(bytes, 'tiny');
    for (const e of examples) expect(typeNameSpan(e.sentence, e.first, e.last, reloaded).best).toBe(e.type);
    expect([...reloaded.common]).toEqual(['said', 'summit']);
  });
});
