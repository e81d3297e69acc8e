import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function stream(isTTY: boolean): { s: PassThrough & { isTTY?: boolean }; text: () => string } {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 60 });
  const chunks: Buffer[] = [];
  s.on('data', (b: Buffer) => chunks.push(b));
  return { s, text: () => Buffer.concat(chunks).toString() };
}

describe('createProgress', () => {
  it('draws a bar on a terminal and clears it when done', () => {
    const { s, text } = stream(true);
    const p = createProgress({ stderr: s }, 'building', 4);
    p.tick(4);
    p.done();
    expect(text()).toContain('building [########################] 4/4');
    expect(text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const { s, text } = stream(false);
    const p = createProgress({ stderr: s }, 'building', 4);
    p.tick(4);
    p.done();
    expect(text()).toBe('');
  });
});
