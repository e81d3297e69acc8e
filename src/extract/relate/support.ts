/**
 * Supporting relations a reader wants next to the scored ones: HAS_ROLE (a titled person and
 * the country or organisation of the title), HELD_IN (an event and the place after "in"/"at"),
 * REPORTED (an outlet and the speaker whose statement it reported in the same sentence).
 */
import type { RelationType } from '../../graph/schema.js';
import type { Cluster } from '../resolve/resolve.js';
import type { RawRelation } from './context.js';
import type { EntityInfo, SentenceView } from './view.js';

export interface SupportRelation extends Omit<RawRelation, 'type'> {
  type: RelationType;
}

export interface SupportResult {
  relations: SupportRelation[];
  /** Relation content (e.g. the role) keyed by relation object. */
  content: Map<RawRelation | SupportRelation, string>;
}

export function supportingRelations(input: {
  views: SentenceView[];
  clusters: Cluster[];
  infos: EntityInfo[];
  raw: RawRelation[];
  /** The country a demonym names as an entity (the article's own, else an implied one). */
  impliedCountry: (country: string) => number;
}): SupportResult {
  const { views, clusters, infos, raw, impliedCountry: placeIndex } = input;
  const relations: SupportRelation[] = [];
  const content = new Map<RawRelation | SupportRelation, string>();

  clusters.forEach((c, i) => {
    if (c.type !== 'Person' || !c.roles.length || !c.roleCountry) return;
    // The title written with the country ("Russian Foreign Minister"), else the person's first.
    const m =
      c.mentions.find((x) => x.roles.length && x.roleCountry === c.roleCountry) ??
      c.mentions.find((x) => x.roles.length) ??
      c.mentions[0];
    if (!m) return;
    const role = c.roles.find((x) => m.roles.some((y) => x.toLowerCase().endsWith(y.toLowerCase()))) ?? c.roles[0]!;
    const r: SupportRelation = {
      type: 'HAS_ROLE',
      source: i,
      target: placeIndex(c.roleCountry),
      sentence: m.sentence,
      triggerStart: m.tokenStart,
      triggerEnd: m.tokenStart + 1,
      trigger: role,
      confidence: 0.8,
    };
    relations.push(r);
    content.set(r, role);
  });

  for (const v of views) {
    for (const a of v.args) {
      if (infos[a.entity]?.type !== 'Event') continue;
      for (let k = a.tokenEnd; k < Math.min(v.tokens.length, a.tokenEnd + 2); k++) {
        if (!/^(in|at)$/.test(v.norms[k]!)) continue;
        const place = v.args.find(
          (p) => p.tokenStart > k && p.tokenStart <= k + 2 && infos[p.entity]?.type === 'Place',
        );
        if (place) {
          relations.push({
            type: 'HELD_IN',
            source: a.entity,
            target: place.entity,
            sentence: v.index,
            triggerStart: k,
            triggerEnd: k + 1,
            trigger: v.norms[k]!,
            confidence: 0.75,
          });
        }
        break;
      }
    }
  }

  for (const r of raw) {
    if (r.type !== 'STATED' || !infos[r.source]?.outlet) continue;
    for (const other of raw) {
      if (
        other.sentence !== r.sentence ||
        other.type !== 'STATED' ||
        other.source === r.source ||
        infos[other.source]?.outlet
      )
        continue;
      relations.push({ ...r, type: 'REPORTED', target: other.source });
    }
  }
  const seen = new Set<string>();
  return {
    relations: relations.filter((r) => {
      const k = `${r.type}|${r.source}|${r.target}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
    content,
  };
}
