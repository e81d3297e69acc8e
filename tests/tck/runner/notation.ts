/**
 * The TCK's expected-value notation (result tables and parameter tables):
 *   null, true, false, 42, -7, 0x1F, 1.5, .5, 1e10, NaN, Inf, -Inf, 'text', [..], {k: v},
 *   nodes (:A:B {k: v}), relationships [:T {k: v}], paths <(:A)-[:T]->(:B)<-[:U]-()>.
 * Nodes and relationships carry no identity, so they get their own shapes rather than the
 * engine's NodeValue/RelationshipValue.
 */

export type TckValue =
  null | boolean | bigint | number | string | TckValue[] | TckMap | TckNode | TckRelationship | TckPath;

export class TckMap {
  constructor(readonly entries: ReadonlyMap<string, TckValue>) {}
}

export interface TckNode {
  readonly tck: 'node';
  readonly labels: readonly string[];
  readonly properties: ReadonlyMap<string, TckValue>;
}

export interface TckRelationship {
  readonly tck: 'relationship';
  readonly type: string;
  readonly properties: ReadonlyMap<string, TckValue>;
}

export interface TckPathHop {
  /** 'out' for -[r]->, 'in' for <-[r]-. */
  readonly direction: 'out' | 'in';
  readonly relationship: TckRelationship;
  readonly node: TckNode;
}

export interface TckPath {
  readonly tck: 'path';
  readonly start: TckNode;
  readonly hops: readonly TckPathHop[];
}

export class NotationError extends Error {
  constructor(
    message: string,
    readonly text: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset} in ${JSON.stringify(text)}`);
    this.name = 'NotationError';
  }
}

export function isTckNode(v: unknown): v is TckNode {
  return typeof v === 'object' && v !== null && (v as { tck?: unknown }).tck === 'node';
}
export function isTckRelationship(v: unknown): v is TckRelationship {
  return typeof v === 'object' && v !== null && (v as { tck?: unknown }).tck === 'relationship';
}
export function isTckPath(v: unknown): v is TckPath {
  return typeof v === 'object' && v !== null && (v as { tck?: unknown }).tck === 'path';
}

/** Parses one table cell. Throws NotationError on anything it does not understand. */
export function parseTckValue(text: string): TckValue {
  const reader = new Reader(text);
  const value = reader.value();
  reader.skipSpace();
  if (!reader.atEnd()) reader.fail('Unexpected trailing text');
  return value;
}

const NAME_CHAR = /[A-Za-z0-9_$]/;
const FLOAT_RE = /^-?(?:\d+\.\d+(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)/;
const HEX_RE = /^-?0x[0-9A-Fa-f]+/;
const OCT_RE = /^-?0o[0-7]+/;
const INT_RE = /^-?\d+/;

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new NotationError(message, this.text, this.pos);
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private peek(): string {
    return this.text[this.pos] ?? '';
  }

  private lookingAt(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  private expect(s: string): void {
    this.skipSpace();
    if (!this.lookingAt(s)) this.fail(`Expected '${s}'`);
    this.pos += s.length;
  }

  private keyword(word: string): boolean {
    if (!this.lookingAt(word)) return false;
    const next = this.text[this.pos + word.length];
    if (next !== undefined && NAME_CHAR.test(next)) return false;
    this.pos += word.length;
    return true;
  }

  value(): TckValue {
    this.skipSpace();
    const c = this.peek();
    if (c === '') this.fail('Expected a value');
    if (c === "'") return this.string();
    if (c === '[') return this.isRelationshipAhead() ? this.relationship() : this.list();
    if (c === '{') return new TckMap(this.map());
    if (c === '(') return this.node();
    if (c === '<') return this.path();
    if (this.keyword('null')) return null;
    if (this.keyword('true')) return true;
    if (this.keyword('false')) return false;
    if (this.keyword('NaN')) return NaN;
    if (this.keyword('Inf') || this.keyword('Infinity')) return Infinity;
    if (this.keyword('-Inf') || this.keyword('-Infinity')) return -Infinity;
    return this.number();
  }

  private number(): TckValue {
    const rest = this.text.slice(this.pos);
    const float = FLOAT_RE.exec(rest);
    if (float) {
      this.pos += float[0].length;
      return Number(float[0]);
    }
    const radix = HEX_RE.exec(rest) ?? OCT_RE.exec(rest);
    if (radix) {
      this.pos += radix[0].length;
      const negative = radix[0].startsWith('-');
      const digits = negative ? radix[0].slice(1) : radix[0];
      const magnitude = BigInt(digits);
      return negative ? -magnitude : magnitude;
    }
    const int = INT_RE.exec(rest);
    if (int) {
      this.pos += int[0].length;
      return BigInt(int[0]);
    }
    return this.fail('Expected a value');
  }

  private string(): string {
    this.pos++; // opening quote
    let out = '';
    for (;;) {
      if (this.atEnd()) this.fail('Unterminated string');
      const c = this.text[this.pos]!;
      if (c === "'") {
        this.pos++;
        return out;
      }
      if (c === '\\' && this.pos + 1 < this.text.length) {
        const next = this.text[this.pos + 1]!;
        if (next === "'" || next === '\\') {
          out += next;
          this.pos += 2;
          continue;
        }
      }
      out += c;
      this.pos++;
    }
  }

  private name(): string {
    this.skipSpace();
    if (this.peek() === '`') {
      const end = this.text.indexOf('`', this.pos + 1);
      if (end < 0) this.fail('Unterminated quoted name');
      const name = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return name;
    }
    const start = this.pos;
    while (!this.atEnd() && NAME_CHAR.test(this.peek())) this.pos++;
    if (start === this.pos) this.fail('Expected a name');
    return this.text.slice(start, this.pos);
  }

  private list(): TckValue[] {
    this.expect('[');
    const items: TckValue[] = [];
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      this.expect(']');
      return items;
    }
  }

  private map(): Map<string, TckValue> {
    this.expect('{');
    const entries = new Map<string, TckValue>();
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos++;
      return entries;
    }
    for (;;) {
      const key = this.name();
      this.expect(':');
      entries.set(key, this.value());
      this.skipSpace();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      this.expect('}');
      return entries;
    }
  }

  /** `[:` starts a relationship; `[` followed by anything else is a list. */
  private isRelationshipAhead(): boolean {
    let i = this.pos + 1;
    while (i < this.text.length && /\s/.test(this.text[i]!)) i++;
    return this.text[i] === ':';
  }

  private labelsAndProperties(): { names: string[]; properties: Map<string, TckValue> } {
    const names: string[] = [];
    this.skipSpace();
    while (this.peek() === ':') {
      this.pos++;
      names.push(this.name());
      this.skipSpace();
    }
    const properties = this.peek() === '{' ? this.map() : new Map<string, TckValue>();
    return { names, properties };
  }

  node(): TckNode {
    this.expect('(');
    const { names, properties } = this.labelsAndProperties();
    this.expect(')');
    return { tck: 'node', labels: names, properties };
  }

  relationship(): TckRelationship {
    this.expect('[');
    const { names, properties } = this.labelsAndProperties();
    if (names.length !== 1) this.fail('A relationship needs exactly one type');
    this.expect(']');
    return { tck: 'relationship', type: names[0]!, properties };
  }

  private path(): TckPath {
    this.expect('<');
    const start = this.node();
    const hops: TckPathHop[] = [];
    for (;;) {
      this.skipSpace();
      if (this.peek() === '>') {
        this.pos++;
        return { tck: 'path', start, hops };
      }
      if (this.lookingAt('<-')) {
        this.pos += 2;
        const relationship = this.relationship();
        this.expect('-');
        hops.push({ direction: 'in', relationship, node: this.node() });
      } else if (this.lookingAt('-')) {
        this.pos += 1;
        const relationship = this.relationship();
        this.expect('->');
        hops.push({ direction: 'out', relationship, node: this.node() });
      } else {
        this.fail("Expected '-[', '<-[' or '>' in a path");
      }
    }
  }
}
