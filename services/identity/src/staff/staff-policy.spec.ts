import { Identity } from '@antrian/auth';
import { judgeDeactivation, judgeRoleChange, StaffMember } from './staff-policy';

const OFFICE_A = 'office-a';
const OFFICE_B = 'office-b';
const admin: Identity = { sub: 'admin', kind: 'officer', roles: ['ADMIN'], officeId: null };
const supervisorA: Identity = { sub: 'sup-a', kind: 'officer', roles: ['SUPERVISOR'], officeId: OFFICE_A };
const receptionA: Identity = { sub: 'rec-a', kind: 'officer', roles: ['RECEPTION'], officeId: OFFICE_A };
const applicant: Identity = { sub: 'p', kind: 'applicant', roles: [], officeId: null };
const kiosk: Identity = { sub: 'k', kind: 'device', roles: [], officeId: OFFICE_A, deviceKind: 'KIOSK' };

const officerOfA: StaffMember = { id: 'o-a', officeId: OFFICE_A, roles: ['INTERVIEW'] };
const officerOfB: StaffMember = { id: 'o-b', officeId: OFFICE_B, roles: ['INTERVIEW'] };
const otherAdmin: StaffMember = { id: 'admin-2', officeId: null, roles: ['ADMIN'] };
const self = (identity: Identity): StaffMember => ({
  id: identity.sub,
  officeId: identity.officeId,
  roles: identity.roles,
});

describe('staff policy', () => {
  describe('judgeDeactivation', () => {
    it('lets an ADMIN deactivate anyone but herself, other ADMINs included', () => {
      expect(judgeDeactivation(admin, officerOfB).allowed).toBe(true);
      expect(judgeDeactivation(admin, otherAdmin).allowed).toBe(true);
      expect(judgeDeactivation(admin, self(admin))).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('lets a SUPERVISOR deactivate officers of her own office only, never an ADMIN nor herself', () => {
      expect(judgeDeactivation(supervisorA, officerOfA).allowed).toBe(true);
      expect(judgeDeactivation(supervisorA, officerOfB)).toMatchObject({ code: 'FORBIDDEN' });
      expect(judgeDeactivation(supervisorA, otherAdmin)).toMatchObject({ code: 'FORBIDDEN' });
      expect(judgeDeactivation(supervisorA, self(supervisorA))).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('refuses everyone else', () => {
      for (const actor of [receptionA, applicant, kiosk]) {
        expect(judgeDeactivation(actor, officerOfA)).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect(judgeDeactivation(null, officerOfA)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('judgeRoleChange', () => {
    it('lets a SUPERVISOR change the roles of her office’s officers, never granting ADMIN', () => {
      expect(judgeRoleChange(supervisorA, officerOfA, ['RECEPTION', 'SUPERVISOR']).allowed).toBe(true);
      expect(judgeRoleChange(supervisorA, officerOfA, ['ADMIN'])).toMatchObject({ code: 'FORBIDDEN' });
      expect(judgeRoleChange(supervisorA, officerOfB, ['RECEPTION'])).toMatchObject({ code: 'FORBIDDEN' });
      expect(judgeRoleChange(supervisorA, otherAdmin, ['ADMIN'])).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('lets an ADMIN change anyone’s roles, keeping ADMIN national', () => {
      expect(judgeRoleChange(admin, officerOfB, ['PICKUP']).allowed).toBe(true);
      expect(judgeRoleChange(admin, officerOfB, ['ADMIN'])).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(judgeRoleChange(admin, otherAdmin, ['SUPERVISOR'])).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(judgeRoleChange(admin, otherAdmin, ['ADMIN']).allowed).toBe(true);
    });

    it('refuses officers without SUPERVISOR, applicants and devices', () => {
      for (const actor of [receptionA, applicant, kiosk]) {
        expect(judgeRoleChange(actor, officerOfA, ['RECEPTION'])).toMatchObject({ code: 'FORBIDDEN' });
      }
    });
  });
});
