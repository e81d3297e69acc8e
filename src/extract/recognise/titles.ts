/**
 * The bodies of titles, read from the mentions of one sentence: which organisation a person's
 * title belongs to ("FBI Director X"), for descriptions that name the body ("the FBI chief").
 */
import type { Token } from '../segment/tokens.js';
import { isKnownPlace } from '../lexicon/places.js';
import { ROLE_WORDS } from '../lexicon/roles.js';
import type { Mention } from './mention.js';

/**
 * The body a person's title belongs to, so that "the FBI chief" later is that person: the
 * organisation named right before the title ("FBI Director Louis Freeh"), or the one a title
 * governs with "of", its acronym in brackets allowed ("Director of the Federal Bureau of
 * Investigation (FBI) Louis Freeh").
 */
export function titleBody(m: Mention, mentions: Mention[], tokens: Token[]): Mention | undefined {
  const orgs = mentions.filter(
    (b) => b.sentence === m.sentence && b.type === 'Organization' && b.tokenEnd <= m.tokenStart,
  );
  if (m.roles.length) {
    const titleWords = m.roles.join(' ').split(/\s+/).length;
    const before = orgs.find((b) => b.tokenEnd + titleWords === m.tokenStart);
    if (before) return before;
  }
  // "Title of [the] [U.S.] BODY [(ACR)] Name".
  const bracketed = (b: Mention): boolean =>
    b.tokenEnd === m.tokenStart ||
    (tokens[b.tokenEnd]?.text === '(' && tokens[b.tokenEnd + 2]?.text === ')' && b.tokenEnd + 3 === m.tokenStart);
  const governed = orgs.find((b) => {
    if (!bracketed(b)) return false;
    let k = b.tokenStart - 1;
    while (k >= 0 && (tokens[k]!.norm === 'the' || isKnownPlace(tokens[k]!.text))) k--;
    return tokens[k]?.norm === 'of' && k > 0 && ROLE_WORDS.has(tokens[k - 1]!.norm);
  });
  return governed;
}
