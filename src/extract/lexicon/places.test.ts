import { describe, expect, it } from 'vitest';
import { countryOf, countryOfDemonym } from './places.js';

describe('the country gazetteer', () => {
  it('knows a country by the English names news uses, beside the one its data gives', () => {
    // The data names Türkiye; English news mostly writes Turkey.
    for (const name of ['Turkey', 'Türkiye', 'Turkiye']) expect(countryOf(name)?.code).toBe('TR');
    for (const name of ['Britain', 'U.K.', 'Burma', 'Holland', 'Czech Republic']) expect(countryOf(name)).toBeDefined();
    expect(countryOfDemonym('Turkish')?.code).toBe('TR');
    // Names written with accents are names in the Latin script too.
    expect(countryOf("Côte d'Ivoire")?.code).toBe('CI');
  });
});
