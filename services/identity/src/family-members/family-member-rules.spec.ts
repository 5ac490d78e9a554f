import { Identity } from '@antrian/auth';
import { hasRoomForFamilyMember, MAX_FAMILY_MEMBERS, maySeeFamilyOf } from './family-member-rules';

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
  it('lets an account hold ten family members, not eleven', () => {
    expect(MAX_FAMILY_MEMBERS).toBe(10);
    expect(hasRoomForFamilyMember(0)).toBe(true);
    expect(hasRoomForFamilyMember(9)).toBe(true);
    expect(hasRoomForFamilyMember(10)).toBe(false);
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
