import { Identity } from '@antrian/auth';
import {
  correctedDetails,
  hasRoomForFamilyMember,
  MAX_FAMILY_MEMBERS,
  mayRemoveFamilyMember,
  maySeeFamilyOf,
} from './family-member-rules';
import { judgePersonDetails } from '../shared/person-details';

const HOLDER = '00000000-0000-4000-8000-000000000001';
const holder: Identity = { sub: HOLDER, kind: 'applicant', roles: [], officeId: null };
const other: Identity = { sub: '00000000-0000-4000-8000-000000000002', kind: 'applicant', roles: [], officeId: null };
const officer: Identity = { sub: 'o', kind: 'officer', roles: ['INTERVIEW'], officeId: 'office' };
const otherOfficer: Identity = { sub: 'p', kind: 'officer', roles: ['SUPERVISOR'], officeId: 'other-office' };
const admin: Identity = { sub: 'a', kind: 'officer', roles: ['ADMIN'], officeId: null };
const board: Identity = { sub: 'b', kind: 'device', roles: [], officeId: 'office', deviceKind: 'BOARD' };
// The offices serving anyone on the account: here the holder or one of her family members is served by 'office'.
const account = { accountId: HOLDER, servingOfficeIds: ['office'] };

describe('family member rules', () => {
  it('lets an account hold four family members (five people with its holder), not a fifth', () => {
    expect(MAX_FAMILY_MEMBERS).toBe(4);
    expect(hasRoomForFamilyMember(0)).toBe(true);
    expect(hasRoomForFamilyMember(3)).toBe(true);
    expect(hasRoomForFamilyMember(4)).toBe(false);
  });

  it('lets an account that already holds more than four keep them but add nobody', () => {
    expect(hasRoomForFamilyMember(7)).toBe(false);
    expect(hasRoomForFamilyMember(10)).toBe(false);
  });

  it('lets a family member be removed only while she has no active booking', () => {
    expect(mayRemoveFamilyMember(0)).toBe(true);
    expect(mayRemoveFamilyMember(1)).toBe(false);
  });

  describe('a correction of her details', () => {
    const NOW = new Date('2026-11-30T00:00:00Z');
    // A daughter born on 1 June 2001: her NIK's day has 40 added.
    const daughter = { nik: '3578014106010001', fullName: 'Ayu Lestari', birthDate: '2001-06-01' };

    it('changes nothing when neither field is given', () => {
      expect(correctedDetails(daughter, {})).toBeNull();
      expect(correctedDetails(daughter, { fullName: null, birthDate: null })).toBeNull();
    });

    it('keeps the NIK and the field left out', () => {
      expect(correctedDetails(daughter, { fullName: 'Ayu Lestari Putri' })).toEqual({
        ...daughter,
        fullName: 'Ayu Lestari Putri',
      });
    });

    it('accepts a birth date that still matches her NIK', () => {
      const corrected = correctedDetails(daughter, { birthDate: '2001-06-01' })!;
      expect(judgePersonDetails(corrected, NOW)).toEqual({ ok: true, fullName: 'Ayu Lestari' });
    });

    it('refuses a birth date her NIK contradicts as INVALID_NIK', () => {
      const corrected = correctedDetails(daughter, { birthDate: '2001-06-02' })!;
      expect(judgePersonDetails(corrected, NOW)).toMatchObject({
        ok: false,
        code: 'INVALID_NIK',
        details: { reason: 'DATE_MISMATCH' },
      });
    });

    it('refuses a corrected name that is blank', () => {
      const corrected = correctedDetails(daughter, { fullName: '   ' })!;
      expect(judgePersonDetails(corrected, NOW)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    });
  });

  it('shows an account’s family to its holder and officers of an office serving anyone on it, nobody else', () => {
    expect(maySeeFamilyOf(holder, account)).toBe(true);
    expect(maySeeFamilyOf(holder, { accountId: HOLDER, servingOfficeIds: [] })).toBe(true);
    expect(maySeeFamilyOf(officer, account)).toBe(true);
    expect(maySeeFamilyOf(admin, account)).toBe(false);
    expect(maySeeFamilyOf(otherOfficer, account)).toBe(false);
    expect(maySeeFamilyOf(officer, { accountId: HOLDER, servingOfficeIds: [] })).toBe(false);
    expect(maySeeFamilyOf(other, account)).toBe(false);
    expect(maySeeFamilyOf(board, account)).toBe(false);
    expect(maySeeFamilyOf(null, account)).toBe(false);
  });
});
