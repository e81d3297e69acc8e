/** Input: one word with its character offsets in the caller's text. */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

export interface TaggedToken extends WordSpan {
  /** Universal part of speech (NOUN, VERB, PROPN, …). */
  upos: string;
  /** Penn Treebank tag (NN, VBD, NNP, …). */
  xpos: string;
  lemma: string;
}

export interface ParsedToken extends TaggedToken {
  /** Index of the head token in the sentence, or -1 for the root. */
  head: number;
  /** Universal Dependencies label with subtype: 'nsubj:pass', 'obl:agent', 'nmod:poss', 'obl:unmarked', … */
  deprel: string;
}

export interface ParsedSentence {
  tokens: ParsedToken[];
}
