/**
 * Pure helpers over a parsed sentence: children by label, subtree spans, the clause a token
 * belongs to, voice, negation, modality, coordination groups and paths between tokens.
 * Token indices are 0-based; -1 stands for the (virtual) root above the sentence.
 */
import type { ParsedSentence, ParsedToken } from './types.js';

/**
 * A parsed word with some fields changed (a repaired tree), built field by field in the order
 * parseSentence builds words. An object spread ({ ...w, head }) would give the copy another
 * hidden class, and every rule compiled for parsed words would deoptimise and recompile when a
 * repaired sentence first reached it.
 */
export function changedToken(w: ParsedToken, change: Partial<ParsedToken>): ParsedToken {
  return {
    text: w.text,
    start: w.start,
    end: w.end,
    upos: change.upos ?? w.upos,
    xpos: change.xpos ?? w.xpos,
    lemma: change.lemma ?? w.lemma,
    head: change.head ?? w.head,
    deprel: change.deprel ?? w.deprel,
  };
}

/** True when `deprel` is `label` or one of its subtypes ('obl' matches 'obl:agent'). */
export function hasLabel(deprel: string, label: string): boolean {
  return deprel === label || (deprel.startsWith(label) && deprel[label.length] === ':');
}

/** The token whose head is the root, or -1 for an empty sentence. */
export function rootOf(s: ParsedSentence): number {
  return s.tokens.findIndex((t) => t.head === -1);
}

/** Children of token `i` (-1: the root's), left to right, optionally only those with `label` (prefix match). */
export function children(s: ParsedSentence, i: number, label?: string): number[] {
  const out: number[] = [];
  s.tokens.forEach((t, k) => {
    if (t.head === i && (label === undefined || hasLabel(t.deprel, label))) out.push(k);
  });
  return out;
}

/** The first child of `i` with `label`, or -1. */
export function child(s: ParsedSentence, i: number, label: string): number {
  const found = s.tokens.findIndex((t) => t.head === i && hasLabel(t.deprel, label));
  return found;
}

/** `i` and every token below it. */
export function descendants(s: ParsedSentence, i: number): number[] {
  const out: number[] = [];
  s.tokens.forEach((_, k) => {
    if (dominates(s, i, k)) out.push(k);
  });
  return out;
}

/** True when `ancestor` is `k` or above it. */
export function dominates(s: ParsedSentence, ancestor: number, k: number): boolean {
  let steps = 0;
  for (let t = k; t >= 0 && steps <= s.tokens.length; t = s.tokens[t]!.head, steps++) if (t === ancestor) return true;
  return ancestor === -1;
}

export interface Span {
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  /** Character offsets of the first token's start and the last token's end. */
  start: number;
  end: number;
}

/** The span of `i`'s subtree, optionally leaving out children with the given labels (e.g. 'punct', 'acl:relcl'). */
export function subtreeSpan(s: ParsedSentence, i: number, exclude: readonly string[] = []): Span {
  let first = i;
  let last = i;
  const visit = (t: number): void => {
    if (t < first) first = t;
    if (t > last) last = t;
    s.tokens.forEach((c, k) => {
      if (c.head === t && !exclude.some((l) => hasLabel(c.deprel, l))) visit(k);
    });
  };
  visit(i);
  return { first, last, start: s.tokens[first]!.start, end: s.tokens[last]!.end };
}

const CLAUSAL = ['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'csubj', 'parataxis'];
const SUBJECT_OR_COPULA = ['nsubj', 'csubj', 'cop', 'aux'];

/** True when `i` heads a clause: a clausal relation, a verb, or a predicate with a subject, copula or auxiliary. */
export function isPredicate(s: ParsedSentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (CLAUSAL.some((l) => hasLabel(t.deprel, l))) return true;
  if (hasLabel(t.deprel, 'amod') || hasLabel(t.deprel, 'compound')) return false;
  if (t.upos === 'VERB') return true;
  return s.tokens.some((c) => c.head === i && SUBJECT_OR_COPULA.some((l) => hasLabel(c.deprel, l)));
}

/** The predicate heading the clause that `i` belongs to (`i` itself when it heads one), or -1. */
export function clauseOf(s: ParsedSentence, i: number): number {
  let steps = 0;
  for (let t = i; t >= 0 && steps <= s.tokens.length; t = s.tokens[t]!.head, steps++) if (isPredicate(s, t)) return t;
  return rootOf(s);
}

/**
 * 'passive' when the verb has a passive subject or auxiliary (nsubj:pass, csubj:pass, aux:pass),
 * or is a participle with a "by" agent.
 */
export function voice(s: ParsedSentence, verb: number): 'active' | 'passive' {
  // A finite form ("said", "says") is never a passive participle, whatever hangs on it.
  if (/^VB[DZP]$/.test(s.tokens[verb]!.xpos)) return 'active';
  // A participle with a "by" agent is passive without an auxiliary ("Pressed by reporters, X said").
  const byAgent = (k: number): boolean =>
    s.tokens.some((c) => c.head === k && c.deprel === 'case' && c.text.toLowerCase() === 'by');
  return s.tokens.some(
    (c, k) =>
      c.head === verb &&
      (c.deprel === 'nsubj:pass' ||
        c.deprel === 'csubj:pass' ||
        c.deprel === 'aux:pass' ||
        (c.deprel === 'obl:agent' && s.tokens[verb]!.xpos === 'VBN' && byAgent(k))),
  )
    ? 'passive'
    : 'active';
}

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'nt']);

/** Negated by an adverb (not, n't, never) or by 'no' on its subject or object ("no agreement was reached"). */
export function isNegated(s: ParsedSentence, verb: number): boolean {
  for (const c of children(s, verb)) {
    const t = s.tokens[c]!;
    if (hasLabel(t.deprel, 'advmod') && NEGATORS.has(t.text.toLowerCase())) return true;
    if (hasLabel(t.deprel, 'nsubj') || hasLabel(t.deprel, 'obj')) {
      if (children(s, c, 'det').some((d) => s.tokens[d]!.text.toLowerCase() === 'no')) return true;
    }
  }
  return false;
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);

/** The modal auxiliary's lemma ('will', 'could', …) or null. "'ll" and "wo" give 'will', "ca" gives 'can'. */
export function modality(s: ParsedSentence, verb: number): string | null {
  for (const c of children(s, verb, 'aux')) {
    const lemma = s.tokens[c]!.lemma.toLowerCase();
    if (MODALS.has(lemma)) return lemma;
  }
  return null;
}

/** The coordination group of `i`: its first conjunct and every `conj` of it, in order (`i` alone if none). */
export function conjuncts(s: ParsedSentence, i: number): number[] {
  let first = i;
  let steps = 0;
  while (s.tokens[first]!.deprel === 'conj' && s.tokens[first]!.head >= 0 && steps++ < s.tokens.length)
    first = s.tokens[first]!.head;
  const out = [first];
  // "A, B and C" parsed with B as a `list` item of A: a member too, when a conjunction closes the group.
  for (let k = 0; k < out.length; k++) out.push(...children(s, out[k]!, 'conj'), ...children(s, out[k]!, 'list'));
  out.sort((a, b) => a - b);
  // English closes a coordination with its conjunction ("A, B and C"): a "conjunct" after the
  // one that carries it continues the sentence instead ("According to A and B, C is …").
  let closing = -1;
  out.forEach((k, n) => {
    if (n > 0 && s.tokens[k]!.deprel === 'conj' && children(s, k, 'cc').length > 0) closing = n;
  });
  return closing > 0 ? out.slice(0, closing + 1) : out.filter((k) => k === first || s.tokens[k]!.deprel === 'conj');
}

/** Tokens from `a` up to the lowest common ancestor and down to `b` (both ends included). */
export function pathBetween(s: ParsedSentence, a: number, b: number): { nodes: number[]; lca: number } {
  const up = (k: number): number[] => {
    const chain: number[] = [];
    for (let t = k; t >= 0 && chain.length <= s.tokens.length; t = s.tokens[t]!.head) chain.push(t);
    return chain;
  };
  const fromA = up(a);
  const fromB = up(b);
  const inB = new Set(fromB);
  const lcaPos = fromA.findIndex((t) => inB.has(t));
  if (lcaPos < 0) return { nodes: [...fromA, ...fromB.reverse()], lca: -1 };
  const lca = fromA[lcaPos]!;
  const down = fromB.slice(0, fromB.indexOf(lca)).reverse();
  return { nodes: [...fromA.slice(0, lcaPos + 1), ...down], lca };
}

/** The dependency labels along a path, e.g. ['nsubj', 'ccomp'] — handy for pattern rules. */
export function pathLabels(s: ParsedSentence, a: number, b: number): string[] {
  const { nodes, lca } = pathBetween(s, a, b);
  return nodes.filter((t) => t !== lca).map((t) => s.tokens[t]!.deprel);
}
