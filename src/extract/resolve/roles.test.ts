import { describe, expect, it } from 'vitest';
import { addRole } from './resolve.js';

describe('addRole', () => {
  it('keeps whole titles once, the longer title over the one it ends in', () => {
    let roles: string[] = [];
    for (const r of ['Minister', 'Prime Minister', 'prime minister', 'Minister', 'leader']) roles = addRole(roles, r);
    expect(roles).toEqual(['Prime Minister', 'leader']);
    expect(addRole(['President'], 'president')).toEqual(['President']);
    expect(addRole(['Secretary'], 'Secretary of State')).toEqual(['Secretary', 'Secretary of State']);
  });
});
