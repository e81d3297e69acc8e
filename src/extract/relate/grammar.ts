/**
 * Small grammatical tests the relation rules share: negation, passives, noun-or-verb use of a
 * trigger form, complement clauses, quotation nearby. Each reads a sentence view, nothing else.
 */
import type { TriggerMatch } from '../lexicon/triggers.js';
import { ROLE_WORDS } from '../lexicon/roles.js';
import type { SentenceView } from './view.js';

const NEGATORS = new Set(['not', 'never', 'no', "n't", 'cannot', 'neither', 'nor']);
export const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'our',
  'my',
  'your',
  'whose',
  'any',
  'no',
  'each',
  'every',
]);
export const QUOTE_ONLY = new Set(['continue']);
export const INVERTIBLE = new Set([
  'say',
  'add',
  'tell',
  'continue',
  'report',
  'state',
  'announce',
  'declare',
  'warn',
  'write',
  'explain',
  'note',
  'insist',
  'claim',
  'stress',
  'reply',
  'respond',
  'confirm',
]);
export const ATTEND_VERBS = new Set(['attend', 'participate', 'take part', 'join', 'travel', 'visit', 'meet']);
const AUXILIARIES = new Set([
  'also',
  'has',
  'have',
  'had',
  'will',
  'would',
  'to',
  'and',
  'who',
  'which',
  'that',
  ',',
  'not',
  'did',
  'does',
  'do',
  'then',
  'later',
  'today',
  'yesterday',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'repeatedly',
  'again',
  'further',
  'first',
]);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const PREPOSITION_WORDS = new Set([
  'in',
  'at',
  'on',
  'from',
  'for',
  'by',
  'of',
  'about',
  'over',
  'after',
  'before',
  'during',
  'into',
]);
export const CONDITIONAL = new Set(['if', 'unless', 'whether']);
export const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/**
 * Whether a trigger form that is also a noun is used as a verb here: it must follow its
 * subject, a pronoun, an auxiliary or adverb, a comma or a quotation mark.
 */
export function verbal(view: SentenceView, at: number): boolean {
  if (at === 0) return false;
  const prev = view.tokens[at - 1]!;
  const n = view.norms[at - 1]!;
  // "supply and demand.", "calls and demands for …": after a conjunction, a form with no object is a noun.
  if (
    (n === 'and' || n === 'or') &&
    (view.tokens[at + 1] === undefined ||
      view.tokens[at + 1]!.kind === 'punct' ||
      /^(for|of)$/.test(view.norms[at + 1]!))
  )
    return false;
  if (prev.kind === 'quote' || AUXILIARIES.has(n) || PRONOUNS.has(n) || /ly$/.test(n) || WEEKDAYS.test(n)) return true;
  const arg = view.args.find((a) => a.tokenEnd === at);
  if (arg && !arg.possessive) {
    const before = view.norms[arg.tokenStart - 1];
    return !(
      before === 'a' ||
      before === 'an' ||
      (before === 'the' &&
        view.tokens[arg.tokenStart]!.text.length > 4 &&
        !/^[A-Z.]+$/.test(view.tokens[arg.tokenStart]!.text))
    );
  }
  return false;
}

/** Events whose owner ("his talks", "Netanyahu's meeting") is a participant. */
export const POSSESSED_EVENTS = new Set(['talks', 'meeting', 'meetings', 'negotiations', 'summit', 'consultations']);

/** "US Secretary of State Mike Pompeo": a place modifier before a titled person stands for the person. */
export function titledPersonAfter(view: SentenceView, arg: { tokenEnd: number }): number | undefined {
  const next = view.tokens[arg.tokenEnd];
  if (!next || !next.cap || !ROLE_WORDS.has(view.norms[arg.tokenEnd]!)) return undefined;
  return view.args.find((a) => a.tokenStart > arg.tokenEnd && a.tokenStart <= arg.tokenEnd + 5)?.entity;
}

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

export function isPassive(view: SentenceView, at: number): boolean {
  let k = at - 1;
  if (k >= 0 && /ly$/.test(view.norms[k]!)) k--;
  return k >= 0 && BE.has(view.norms[k]!);
}

export function complementFollows(view: SentenceView, m: TriggerMatch): boolean {
  const next = view.norms[m.end] ?? '';
  if (
    next === 'that' ||
    next === ':' ||
    next === ',' ||
    PRONOUNS.has(next) ||
    view.args.some((a) => a.tokenStart === m.end)
  )
    return true;
  if (view.tokens[m.end]?.kind === 'quote' || view.norms[m.start - 1] === ',') return true;
  for (let k = 0; k < m.start; k++) if (view.tokens[k]!.kind === 'quote') return true;
  return false;
}

export function negated(view: SentenceView, at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const n = view.norms[k]!;
    if (NEGATORS.has(n) || n.endsWith("n't")) return true;
    if (n === 'longer' && view.norms[k - 1] === 'no') return true;
  }
  return false;
}

/** "did not accept", "does not recognise", "won't accept" (quotes in between do not matter). */
export function auxiliaryNegation(view: SentenceView, at: number): boolean {
  let k = at - 1;
  const skipQuotes = (): void => {
    while (k >= 0 && view.tokens[k]!.kind === 'quote') k--;
  };
  skipQuotes();
  if (view.norms[k] === 'not') {
    k--;
    skipQuotes();
  }
  return /^(did|does|do|will|would|could|can|cannot|should|didn't|doesn't|don't|won't|wouldn't|couldn't|can't)$/.test(
    view.norms[k] ?? '',
  );
}

export function threatened(view: SentenceView, at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) if (/^threat/.test(view.norms[k]!)) return true;
  return false;
}

export function nearQuote(view: SentenceView, m: TriggerMatch): boolean {
  for (let k = Math.max(0, m.start - 3); k < Math.min(view.tokens.length, m.end + 2); k++)
    if (view.tokens[k]!.kind === 'quote') return true;
  return false;
}
