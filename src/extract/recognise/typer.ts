/**
 * Names typed from weak evidence (no gazetteer knows them; only their shape or a tree heuristic
 * typed them) retyped by the trained name typer (nlp/names.ts), which reads the name's words and
 * its place in the sentence's tree. Scores are summed over every weakly typed mention of the same
 * name in the article, so a name gets one type; a name the typer calls Other (a product, a work,
 * a programme) becomes Unknown, and resolves only if something else names it.
 */
import { spanHead, typeNameSpan, NAME_CLASSES, type NameClass } from '../../nlp/names.js';
import type { ParsedSentence } from '../../nlp/index.js';
import { normaliseName } from '../resolve/normalise.js';
import type { Mention, MentionType } from './mention.js';

/** Cues that type a name from its shape or a tree heuristic, not from a gazetteer or a title. */
export const WEAK_CUES = new Set(['unknown', 'proper-sequence', 'mixed-sequence', 'preposition']);

/** Below this summed margin the typer's guess is no better than the rules'. */
export const MIN_MARGIN = 2;

/** The parse words covering a mention's first and last characters, or undefined. */
function wordSpan(parse: ParsedSentence, m: Mention): [number, number] | undefined {
  const at = (offset: number): number => parse.tokens.findIndex((w) => w.start <= offset && offset < w.end);
  const first = at(m.start);
  const last = at(m.end - 1);
  return first < 0 || last < first ? undefined : [first, last];
}

interface NameGroup {
  mentions: Mention[];
  scores: number[];
  scored: number;
}

/**
 * Retypes weakly typed mentions in place. `treeOf(sentence)` gives a sentence's tree if it was
 * parsed, `parse(sentence)` parses one: only a name with no mention in a parsed sentence costs a
 * parse (of one of its sentences). Left alone: a person's surname said again ("al-Megrahi said" after "Abdelbaset
 * al-Megrahi"), which resolves to that person; a name that modifies a noun ("Schengen nations"),
 * whose deprel and governor describe the noun, not the name; a name no rule typed (measured on
 * the dev corpora: typing those adds more spurious entities than it finds), unless the typer
 * calls it Other: then it loses its place fallback.
 */
export function retypeWeakNames(
  mentions: Mention[],
  treeOf: (sentence: number) => ParsedSentence | undefined,
  parse: (sentence: number) => ParsedSentence,
): void {
  const surnames = new Set(
    mentions
      .filter((m) => m.type === 'Person' && !WEAK_CUES.has(m.cue))
      .map((m) => normaliseName(m.text).split(' ').pop()!),
  );
  const byName = new Map<string, NameGroup>();
  const score = (group: NameGroup, m: Mention, tree: ParsedSentence): void => {
    const span = wordSpan(tree, m);
    if (!span || tree.tokens[spanHead(tree.tokens, span[0], span[1])]!.deprel === 'compound') return;
    const typed = typeNameSpan(tree, span[0], span[1]);
    NAME_CLASSES.forEach((c, i) => (group.scores[i]! += typed.scores[c]));
    group.scored++;
  };
  for (const m of mentions) {
    if (!WEAK_CUES.has(m.cue) || surnames.has(normaliseName(m.text))) continue;
    const key = normaliseName(m.text);
    let group = byName.get(key);
    if (!group) byName.set(key, (group = { mentions: [], scores: NAME_CLASSES.map(() => 0), scored: 0 }));
    group.mentions.push(m);
    const tree = treeOf(m.sentence);
    if (tree) score(group, m, tree);
  }
  // A name no parsed sentence holds: the first of its mentions that the typer can read.
  for (const group of byName.values())
    for (const m of group.mentions) {
      if (group.scored > 0) break;
      score(group, m, treeOf(m.sentence) ?? parse(m.sentence));
    }
  for (const { mentions: group, scores, scored } of byName.values()) {
    if (scored === 0) continue;
    const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
    if (scores[order[0]!]! - scores[order[1]!]! < MIN_MARGIN) continue;
    const type = mentionTypeOf(NAME_CLASSES[order[0]!]!);
    // An untyped name stays untyped; if it is no entity at all, it loses its place fallback too.
    if (type !== 'Unknown' && group.every((m) => m.type === 'Unknown')) continue;
    for (const m of group) {
      m.type = type;
      m.cue = 'typer';
      if (type !== 'Place') delete m.fallback;
    }
  }
}

function mentionTypeOf(c: NameClass): MentionType {
  return c === 'Other' ? 'Unknown' : c;
}
