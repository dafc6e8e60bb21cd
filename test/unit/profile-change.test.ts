import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeProfile, NAME_MAX_LENGTH, type ProfileChange } from '../../src/core/tailoring/profile.js';
import { profileArb, timestampArb } from './arbitraries.js';

const AT = '2026-11-25T09:30:00.000Z';

describe('changeProfile', () => {
  it('changes only the answers given, keeps the others, and stamps the time', () => {
    const before = { size: 'small', role: 'joins', filledInBy: 'Siân', changedAt: '2026-01-01T00:00:00.000Z' } as const;
    expect(changeProfile(before, { size: 'large' }, AT)).toStrictEqual({ size: 'large', role: 'joins', filledInBy: 'Siân', changedAt: AT });
    expect(changeProfile(before, { filledInBy: '  Gwŷn ' }, AT)).toStrictEqual({ size: 'small', role: 'joins', filledInBy: 'Gwŷn', changedAt: AT });
  });

  it('takes an answer back when it is set to undefined, and a blank name is no name', () => {
    const before = { size: 'small', role: 'joins', filledInBy: 'Siân', changedAt: '2026-01-01T00:00:00.000Z' } as const;
    expect(changeProfile(before, { role: undefined, filledInBy: '   ' }, AT)).toStrictEqual({ size: 'small', changedAt: AT });
    expect(changeProfile(undefined, { size: undefined }, AT)).toStrictEqual({ changedAt: AT });
  });

  it('keeps a name to the longest the files allow', () => {
    expect(changeProfile(undefined, { filledInBy: 'a'.repeat(NAME_MAX_LENGTH + 20) }, AT).filledInBy).toHaveLength(NAME_MAX_LENGTH);
  });

  it('gives every answer of the change, and leaves the profile it was given as it was', () => {
    const changeArb: fc.Arbitrary<ProfileChange> = profileArb().map(({ changedAt: _at, ...answers }) => answers);
    fc.assert(
      fc.property(fc.option(profileArb(), { nil: undefined }), changeArb, timestampArb, (profile, change, at) => {
        const copy = structuredClone(profile);
        const changed = changeProfile(profile, change, at);
        expect(profile).toStrictEqual(copy);
        expect(changed.changedAt).toBe(at);
        if (change.size) expect(changed.size).toBe(change.size);
        if (change.role) expect(changed.role).toBe(change.role);
        for (const value of Object.values(changed)) expect(value === undefined || value === '').toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
