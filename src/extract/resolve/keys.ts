/**
 * Graph ids for entities, stable across runs and articles: `<type>:<slug of canonical name>`.
 * Countries use the gazetteer's canonical name, so "U.S.", "US" and "the United States" in
 * any article all map to `place:united-states`.
 */
import type { EntityType } from '../../graph/schema.js';
import { countryOf } from '../lexicon/places.js';
import { slugOf } from './normalise.js';

export function canonicalName(type: EntityType, name: string): string {
  if (type === 'Place') return countryOf(name)?.name ?? name;
  return name;
}

export function entityKey(type: EntityType, name: string): string {
  const slug = slugOf(canonicalName(type, name)) || 'unnamed';
  return `${type.toLowerCase()}:${slug}`;
}
