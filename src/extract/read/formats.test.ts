import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { isHeadlineLine, MAX_ARTICLE_CHARS, parseArticleFile, parseArticleOutcomes, splitHeadline } from './formats.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('splitHeadline', () => {
  it('reads a trailing -Publisher and | Publisher as the source', () => {
    expect(splitHeadline('Russia wants to negotiate with West-Kyiv Independent')).toEqual({
      title: 'Russia wants to negotiate with West',
      source: 'Kyiv Independent',
    });
    expect(splitHeadline('Summit ends without a deal | Reuters')).toEqual({
      title: 'Summit ends without a deal',
      source: 'Reuters',
    });
    expect(splitHeadline('Talks resume - The Associated Press')).toEqual({
      title: 'Talks resume',
      source: 'The Associated Press',
    });
  });
  it('reads " - " in a headline all in capitals as a rubric, unless what follows is a known outlet', () => {
    expect(splitHeadline('ECONOMIC SPOTLIGHT - DORVIA RAPS VELTRANIA')).toEqual({
      title: 'ECONOMIC SPOTLIGHT - DORVIA RAPS VELTRANIA',
    });
    expect(splitHeadline('DORVIA RAPS VELTRANIA - REUTERS')).toEqual({
      title: 'DORVIA RAPS VELTRANIA',
      source: 'REUTERS',
    });
  });
  it('leaves hyphenated words and lower-case tails alone', () => {
    expect(splitHeadline('Cairo summit denounces Turkish-Libyan maritime border agreement')).toEqual({
      title: 'Cairo summit denounces Turkish-Libyan maritime border agreement',
    });
  });
});

describe('isHeadlineLine', () => {
  it('takes a short line without final punctuation, or with a publisher, as a headline', () => {
    expect(isHeadlineLine('Minister rejects union demands')).toBe(true);
    expect(isHeadlineLine('Talks collapse in Geneva | Daily Courier')).toBe(true);
    expect(isHeadlineLine('Leader rejects remarks but will meet rival.')).toBe(true);
    expect(isHeadlineLine('TRADE TALKS WITH U.S.')).toBe(true);
  });
  it('takes a line that reads as prose as the first paragraph', () => {
    expect(
      isHeadlineLine(
        'The transport minister on Tuesday rejected the union demand for a pay rise, saying the budget left no room.',
      ),
    ).toBe(false);
    expect(isHeadlineLine('The mayor resigned. Her deputy takes over.')).toBe(false);
    expect(isHeadlineLine('OSLO (Reuters) - Talks ended.')).toBe(false);
  });
});

describe('parseArticleFile', () => {
  it('reads .txt: headline line, publisher, body', () => {
    const [a] = parseArticleFile(
      'dir/russia.txt',
      utf8('Russia wants talks-Kyiv Independent\nLavrov said so.\nPeskov agreed.\n'),
    );
    expect(a).toMatchObject({
      id: 'russia',
      title: 'Russia wants talks',
      source: 'Kyiv Independent',
      text: 'Lavrov said so.\nPeskov agreed.',
    });
  });

  it('reads a .txt whose first line is a paragraph as body text, and a one-line file as one paragraph', () => {
    const prose =
      'The transport minister on Tuesday rejected the union demand for a pay rise, saying the budget left no room.';
    const [a] = parseArticleFile('dir/pasted.txt', utf8(`${prose}\nThe union said it would strike.\n`));
    expect(a).toMatchObject({ id: 'pasted', text: `${prose}\nThe union said it would strike.` });
    expect(a!.title).toBeUndefined();
    const [b] = parseArticleFile('dir/one.txt', utf8('Minister rejects union demands\n'));
    expect(b).toMatchObject({ text: 'Minister rejects union demands' });
  });
  it('reads .md: headline from the first # heading, markdown syntax stripped', () => {
    const md =
      '---\ndate: 2022-10-31\nsource: Example News\n---\n# Leaders meet\n\nThe **summit** opened in [Bali](https://x.test).\nIt ran two days.\n\n- Biden attended\n';
    const [a] = parseArticleFile('a.md', utf8(md));
    expect(a).toMatchObject({ title: 'Leaders meet', date: '2022-10-31', source: 'Example News' });
    expect(a!.text).toBe('The summit opened in Bali. It ran two days.\nBiden attended');
  });

  it('reads .html: main content without navigation or scripts, title, date and site name', () => {
    const html = `<html><head><title>Site | Page</title><meta property="article:published_time" content="2022-10-30T10:00:00Z">
      <meta property="og:site_name" content="Daily Example"><script>var x = "<p>not text</p>";</script><style>p{}</style></head>
      <body><nav><a href="/">Home</a> World</nav><article><h1>Lavrov speaks</h1><p>Sergei Lavrov said Russia is ready &amp; willing.</p>
      <aside>Related: other news</aside><p>Peskov agreed.</p></article><footer>© Example</footer></body></html>`;
    const [a] = parseArticleFile('page.html', utf8(html));
    expect(a).toMatchObject({ title: 'Lavrov speaks', date: '2022-10-30', source: 'Daily Example' });
    expect(a!.text).toBe('Sergei Lavrov said Russia is ready & willing.\nPeskov agreed.');
  });

  it('reads .json records (one or an array) with their fields', () => {
    const one = parseArticleFile(
      'x.json',
      utf8(
        JSON.stringify({ id: 'a1', title: 'T', text: 'Body.', date: '2020-09-05', source: 'S', url: 'https://x.test' }),
      ),
    );
    expect(one).toEqual([
      { id: 'a1', title: 'T', text: 'Body.', date: '2020-09-05', source: 'S', url: 'https://x.test', origin: 'x.json' },
    ]);
    const many = parseArticleFile('list.json', utf8(JSON.stringify([{ text: 'One.' }, { text: 'Two.' }])));
    expect(many.map((a) => a.id)).toEqual(['list-1', 'list-2']);
  });

  it('reads the Reuters bulk JSONL layout', () => {
    const line = JSON.stringify({
      id: 'reuters-1',
      title: 'BAHIA COCOA REVIEW',
      date: '1987-02-26',
      source: 'Reuters',
      text: 'Showers continued.',
      topics: ['cocoa'],
      places: ['brazil'],
    });
    expect(parseArticleFile('reuters.jsonl', utf8(line + '\n'))[0]).toMatchObject({
      id: 'reuters-1',
      date: '1987-02-26',
      source: 'Reuters',
    });
  });

  it('keeps the good JSONL records and reports a bad line with its number', () => {
    const text = [
      JSON.stringify({ id: 'a', text: 'A.' }),
      '{not json',
      JSON.stringify({ id: 'c', title: 'no text' }),
      JSON.stringify({ id: 'd', text: 'D.' }),
    ].join('\n');
    const outcomes = parseArticleOutcomes('feed.jsonl', utf8(text));
    expect(outcomes.map((o) => (o.ok ? o.article.id : `error@${o.error.line}`))).toEqual([
      'a',
      'error@2',
      'error@3',
      'd',
    ]);
    const bad = outcomes[1]!;
    expect(!bad.ok && bad.error.message).toMatch(/^feed\.jsonl:2: invalid JSON/);
    expect(parseArticleFile('feed.jsonl', utf8(text)).map((a) => a.id)).toEqual(['a', 'd']);
  });

  it('refuses empty, binary, non-UTF-8 and unknown files with typed, located errors', () => {
    expect(errorOf(() => parseArticleFile('e.txt', new Uint8Array()))).toMatchObject({ code: 'empty', file: 'e.txt' });
    expect(errorOf(() => parseArticleFile('w.txt', utf8('  \n\t\n')))).toMatchObject({ code: 'empty' });
    expect(
      errorOf(() => parseArticleFile('b.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))),
    ).toMatchObject({ code: 'binary', offset: 4 });
    const latin1 = new Uint8Array([...utf8('Headline\nCaf'), 0xe9, ...utf8(' au lait')]);
    const enc = errorOf(() => parseArticleFile('l.txt', latin1));
    expect(enc).toMatchObject({ code: 'encoding', offset: 12 });
    expect(enc.message).toBe('l.txt (byte 12): file is not valid UTF-8 (save it as UTF-8)');
    expect(errorOf(() => parseArticleFile('a.pdf', utf8('x')))).toMatchObject({ code: 'extension' });
    expect(errorOf(() => parseArticleFile('bad.json', utf8('{"text": ')))).toMatchObject({ code: 'syntax' });
  });

  it('refuses a 20 MB article with a clear message instead of grinding through it', () => {
    const body = 'The minister said talks would resume. '.repeat(Math.ceil(20_000_000 / 38));
    const err = errorOf(() => parseArticleFile('huge.txt', utf8('Huge\n' + body)));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/^huge\.txt: article text is [\d,]+ characters; the limit is 5,000,000 — split it/);
    expect(body.length).toBeGreaterThan(MAX_ARTICLE_CHARS);
  });
});

describe('text with a byte-order mark', () => {
  const text = 'Talks resume\nMinister Anna Berg said the council would meet — “soon”.\r\n';
  const expected = 'Minister Anna Berg said the council would meet — “soon”.';
  const utf16 = (littleEndian: boolean): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    const view = new DataView(out.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return out;
  };
  const utf32 = (littleEndian: boolean): Uint8Array => {
    const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
    const out = new Uint8Array(points.length * 4);
    const view = new DataView(out.buffer);
    points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
    return out;
  };

  it.each([
    ['UTF-16 LE', utf16(true)],
    ['UTF-16 BE', utf16(false)],
    ['UTF-32 LE', utf32(true)],
    ['UTF-32 BE', utf32(false)],
    ['UTF-8', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])],
  ])('decodes %s, not calling it binary', (_name, bytes) => {
    expect(parseArticleFile('wide.txt', bytes)).toMatchObject([{ id: 'wide', title: 'Talks resume', text: expected }]);
  });

  it('refuses a UTF-32 file cut in the middle of a character, with its offset', () => {
    const bytes = utf32(true).subarray(0, 4 * 10 + 2);
    expect(errorOf(() => parseArticleFile('cut.txt', bytes))).toMatchObject({ code: 'encoding', offset: 41 });
  });

  it('still calls a binary file behind a UTF-16 mark binary', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from({ length: 200 }, (_, i) => (i % 2 ? 0 : 3))]);
    expect(errorOf(() => parseArticleFile('noise.txt', bytes)).code).toBe('binary');
  });
});
