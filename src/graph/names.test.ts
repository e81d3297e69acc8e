import { describe, expect, it } from 'vitest';
import { isFuller, normalizeName, personNamesCompatible, strongKeys, weakKeys } from './names.js';

describe('normalizeName', () => {
  it('folds case, accents, abbreviation dots, possessives and a leading "the"', () => {
    expect(normalizeName('the U.S.')).toBe('us');
    expect(normalizeName('US')).toBe('us');
    expect(normalizeName("Putin's")).toBe('putin');
    expect(normalizeName('São  Paulo')).toBe('sao paulo');
    expect(normalizeName('G-20')).toBe('g20');
  });
});

describe('match keys', () => {
  it('uses every surface form as a strong key', () => {
    expect(strongKeys('United States', ['U.S.', 'US'])).toEqual(['united states', 'us']);
  });
  it('gives persons their surname and organisations/places their initials as weak keys', () => {
    expect(weakKeys('Person', 'Vladimir Putin')).toEqual(['putin']);
    expect(weakKeys('Person', 'Putin')).toEqual([]);
    expect(weakKeys('Organization', 'International Monetary Fund')).toEqual(['imf']);
    expect(weakKeys('Organization', 'United Nations')).toEqual([]);
    expect(weakKeys('Organization', 'Exxon Corp')).toEqual([]);
    expect(weakKeys('Place', 'United States of America')).toEqual(['usa']);
    expect(weakKeys('Event', 'G-20 summit')).toEqual([]);
  });
});

describe('personNamesCompatible', () => {
  it('accepts a part or an initial of the same name and refuses another first name', () => {
    expect(personNamesCompatible('Putin', 'Vladimir Putin')).toBe(true);
    expect(personNamesCompatible('V. Putin', 'Vladimir Putin')).toBe(true);
    expect(personNamesCompatible('Lyudmila Putin', 'Vladimir Putin')).toBe(false);
  });
});

describe('isFuller', () => {
  it('counts words, not letters', () => {
    expect(isFuller('Vladimir Putin', 'Putin')).toBe(true);
    expect(isFuller('United States', 'U.S.')).toBe(true);
    expect(isFuller('Nippon', 'Japan')).toBe(false);
    expect(isFuller('Japan', 'Nippon')).toBe(false);
  });
});
