/**
 * Gold coreference chains from GUM's CoNLL-U (the `Entity=` annotation of the MISC column, in
 * CoNLL-2012 bracket style: "(12-person-…" opens mention 12 on a word, "12)" closes it, and
 * "(12-person-…)" is a one-word mention). The document text is rebuilt from the `# text` lines,
 * paragraphs on their own lines, so that mentions carry character offsets into it.
 */
import { parseConllu, type TreebankSentence } from '../nlp/conllu.js';
import { spanHead } from '../nlp/names.js';

export interface GoldMention {
  entity: string;
  /** GUM entity type: person, organization, place, event, time, abstract, object, … */
  type: string;
  start: number;
  end: number;
}

export interface GoldDocument {
  text: string;
  mentions: GoldMention[];
}

/** One word's brackets: mentions it opens (and whether each closes on it) and mentions it closes. */
export interface Brackets {
  opens: { id: string; type: string; single: boolean }[];
  closes: string[];
}

/**
 * Reads an `Entity=` value such as "(4-object-giv:act-snsnn-cf1-1-coref)6)". An opener runs to
 * the next "(": what ends it is a self-close ")" and closers "N)" of mentions already open (an
 * identity may end in digits, "STS-1", so a closer must name an open mention).
 */
export function readBrackets(value: string, isOpen: (id: string) => boolean): Brackets {
  const out: Brackets = { opens: [], closes: [] };
  let rest = value;
  for (let m = /^(\d+)\)/.exec(rest); m; m = /^(\d+)\)/.exec(rest)) {
    out.closes.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  while (rest.startsWith('(')) {
    const next = rest.indexOf('(', 1);
    let chunk = next < 0 ? rest : rest.slice(0, next);
    rest = next < 0 ? '' : rest.slice(next);
    const head = /^\((\d+)-([a-z]+)/.exec(chunk);
    if (!head) continue;
    const trailing: string[] = [];
    for (let c = /(\d+)\)$/.exec(chunk); c && isOpen(c[1]!) && c[1] !== head[1]; c = /(\d+)\)$/.exec(chunk)) {
      trailing.unshift(c[1]!);
      chunk = chunk.slice(0, c.index);
    }
    out.opens.push({ id: head[1]!, type: head[2]!, single: chunk.endsWith(')') });
    out.closes.push(...trailing);
  }
  return out;
}

/** The MISC column of every word line, sentence by sentence (ranges and empty nodes skipped). */
function miscColumns(source: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0] ?? '')) continue;
    current.push(cols[9] ?? '_');
  }
  if (current.length) out.push(current);
  return out;
}

export function readGumDocument(source: string, file = '<gum>'): GoldDocument {
  const sentences = parseConllu(source, file);
  const miscs = miscColumns(source);
  let text = '';
  const mentions: GoldMention[] = [];
  sentences.forEach((s, i) => {
    if (text) text += s.newPar || s.newDoc ? '\n' : ' ';
    const base = text.length;
    text += s.text;
    const open = new Map<string, { type: string; start: number }[]>();
    s.words.forEach((w, k) => {
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(miscs[i]?.[k] ?? '')?.[1];
      if (!entity || w.start < 0) return;
      const brackets = readBrackets(entity, (id) => (open.get(id)?.length ?? 0) > 0);
      for (const o of brackets.opens) {
        if (o.single) {
          mentions.push({ entity: o.id, type: o.type, start: base + w.start, end: base + w.end });
          continue;
        }
        const list = open.get(o.id) ?? [];
        list.push({ type: o.type, start: base + w.start });
        open.set(o.id, list);
      }
      for (const id of brackets.closes) {
        const started = open.get(id)?.pop();
        if (started) mentions.push({ entity: id, type: started.type, start: started.start, end: base + w.end });
      }
    });
  });
  return { text, mentions };
}

/** Gold chains of the given entity types, two mentions or more, each mention keyed by its end offset. */
export function goldChains(doc: GoldDocument, types: ReadonlySet<string>): string[][] {
  const byEntity = new Map<string, string[]>();
  for (const m of doc.mentions) {
    if (!types.has(m.type)) continue;
    const list = byEntity.get(m.entity) ?? [];
    list.push(String(m.end));
    byEntity.set(m.entity, list);
  }
  return [...byEntity.values()].map((c) => [...new Set(c)]).filter((c) => c.length > 1);
}

/** A mention as a word span of one sentence: words[first..last], both inclusive. */
export interface GumSpan {
  entity: string;
  type: string;
  first: number;
  last: number;
}

/** Every sentence of a GUM document with its mentions as word spans (nested ones included). */
export function readGumSentences(source: string, file = '<gum>'): { sentence: TreebankSentence; spans: GumSpan[] }[] {
  const sentences = parseConllu(source, file);
  const miscs = miscColumns(source);
  return sentences.map((sentence, i) => {
    const spans: GumSpan[] = [];
    const open = new Map<string, { type: string; first: number }[]>();
    sentence.words.forEach((_, k) => {
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(miscs[i]?.[k] ?? '')?.[1];
      if (!entity) return;
      const brackets = readBrackets(entity, (id) => (open.get(id)?.length ?? 0) > 0);
      for (const o of brackets.opens) {
        if (o.single) {
          spans.push({ entity: o.id, type: o.type, first: k, last: k });
          continue;
        }
        const list = open.get(o.id) ?? [];
        list.push({ type: o.type, first: k });
        open.set(o.id, list);
      }
      for (const id of brackets.closes) {
        const started = open.get(id)?.pop();
        if (started) spans.push({ entity: id, type: started.type, first: started.first, last: k });
      }
    });
    return { sentence, spans };
  });
}

const CAPITALISED = /^[\p{Lu}\d]/u;
/** Lowercase words inside a name: "Bank of England", "Procter & Gamble", "Guinea-Bissau". */
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'la', 'von', 'van', '-', 'the', 'for', 'on']);

/**
 * The name inside a mention: the capitalised run around its head ("the younger John Edleston,
 * whom he met" → "John Edleston"; "Byron 's" → "Byron"), as a recogniser's name span would be.
 */
export function nameCore(
  words: readonly { form: string }[],
  first: number,
  last: number,
  head: number,
): [number, number] {
  // A connector belongs to the name only between two capitalised words.
  const inName = (k: number, step: number, bound: number): boolean =>
    CAPITALISED.test(words[k]!.form) ||
    (CONNECTORS.has(words[k]!.form.toLowerCase()) && k !== bound && CAPITALISED.test(words[k + step]!.form));
  let a = head;
  while (a > first && inName(a - 1, -1, first)) a--;
  let b = head;
  while (b < last && inName(b + 1, 1, last)) b++;
  return [a, b];
}

/** Named mentions: spans headed by a proper noun, cut to their name (see nameCore); one per word span. */
export function namedSpans(sentence: TreebankSentence, spans: readonly GumSpan[]): GumSpan[] {
  const seen = new Set<string>();
  const out: GumSpan[] = [];
  for (const s of spans) {
    const head = spanHead(sentence.words, s.first, s.last);
    if (sentence.words[head]!.upos !== 'PROPN') continue;
    const [first, last] = nameCore(sentence.words, s.first, s.last, head);
    const key = `${first}:${last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...s, first, last });
  }
  return out;
}
