/**
 * Lemmas learned from the treebank: a (form, XPOS) table for known words, and for unknown ones
 * the most frequent suffix rewrite ("-ies" → "-y" for NNS) of the longest matching suffix.
 */

export interface LemmaModel {
  /** "form\tXPOS" → lemma, "" when the lemma is the default (form, lower-cased unless a proper noun). */
  known: Map<string, string>;
  /** "XPOS\tsuffix" → "strip\tappend". */
  rules: Map<string, string>;
}

export const MAX_RULE_SUFFIX = 5;

function isProperNoun(xpos: string): boolean {
  return xpos === 'NNP' || xpos === 'NNPS';
}

export function defaultLemma(form: string, xpos: string): string {
  return isProperNoun(xpos) ? form : form.toLowerCase();
}

export function lemmatise(model: LemmaModel, form: string, xpos: string): string {
  const known = model.known.get(form + '\t' + xpos) ?? model.known.get(form.toLowerCase() + '\t' + xpos);
  if (known !== undefined) return known === '' ? defaultLemma(form, xpos) : known;
  if (isProperNoun(xpos) || !/\p{L}/u.test(form)) return defaultLemma(form, xpos);
  const lower = form.toLowerCase();
  for (let k = Math.min(MAX_RULE_SUFFIX, lower.length - 1); k >= 0; k--) {
    const rule = model.rules.get(xpos + '\t' + lower.slice(lower.length - k));
    if (rule === undefined) continue;
    const tab = rule.indexOf('\t');
    const strip = Number(rule.slice(0, tab));
    if (strip >= lower.length) continue;
    return lower.slice(0, lower.length - strip) + rule.slice(tab + 1);
  }
  return lower;
}

/** The rewrite turning `lower` into `lemma`: characters to strip from the end, text to append. */
function rewrite(lower: string, lemma: string): string {
  let p = 0;
  while (p < lower.length && p < lemma.length && lower[p] === lemma[p]) p++;
  return `${lower.length - p}\t${lemma.slice(p)}`;
}

function argmaxKey(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

export function learnLemmas(words: Iterable<{ form: string; xpos: string; lemma: string }>): LemmaModel {
  const byForm = new Map<string, Map<string, number>>();
  for (const w of words) {
    if (w.lemma === '_' || w.lemma === '') continue;
    const key = w.form + '\t' + w.xpos;
    let counts = byForm.get(key);
    if (!counts) byForm.set(key, (counts = new Map()));
    counts.set(w.lemma, (counts.get(w.lemma) ?? 0) + 1);
  }
  const known = new Map<string, string>();
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const key of [...byForm.keys()].sort()) {
    const [form, xpos] = key.split('\t') as [string, string];
    const lemma = argmaxKey(byForm.get(key)!);
    known.set(key, lemma === defaultLemma(form, xpos) ? '' : lemma);
    if (isProperNoun(xpos) || !/\p{L}/u.test(form) || lemma !== lemma.toLowerCase()) continue;
    const lower = form.toLowerCase();
    const rule = rewrite(lower, lemma);
    for (let k = 0; k <= Math.min(MAX_RULE_SUFFIX, lower.length - 1); k++) {
      const ruleKey = xpos + '\t' + lower.slice(lower.length - k);
      let counts = ruleCounts.get(ruleKey);
      if (!counts) ruleCounts.set(ruleKey, (counts = new Map()));
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
  }
  const best = new Map<string, string>();
  for (const key of [...ruleCounts.keys()].sort()) best.set(key, argmaxKey(ruleCounts.get(key)!));
  // A suffix whose rule equals the rule of its one-shorter suffix adds nothing to the lookup.
  const rules = new Map<string, string>();
  for (const [key, rule] of best) {
    const tab = key.indexOf('\t');
    const suffix = key.slice(tab + 1);
    if (suffix.length > 0 && best.get(key.slice(0, tab + 1) + suffix.slice(1)) === rule) continue;
    rules.set(key, rule);
  }
  return { known, rules };
}
