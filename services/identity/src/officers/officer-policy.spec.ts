import { Identity } from '@antrian/auth';
import { judgeOfficerCreation } from './officer-policy';

const OFFICE_A = '00000000-0000-4000-8000-00000000000a';
const OFFICE_B = '00000000-0000-4000-8000-00000000000b';
const admin: Identity = { sub: 'admin', kind: 'officer', roles: ['ADMIN'], officeId: null };
const supervisorA: Identity = { sub: 's', kind: 'officer', roles: ['SUPERVISOR'], officeId: OFFICE_A };
const receptionA: Identity = { sub: 'r', kind: 'officer', roles: ['RECEPTION'], officeId: OFFICE_A };
const applicant: Identity = { sub: 'p', kind: 'applicant', roles: [], officeId: null };

describe('judgeOfficerCreation', () => {
  it('lets an ADMIN create officers anywhere and other ADMINs', () => {
    expect(judgeOfficerCreation(admin, { officeId: OFFICE_B, roles: ['INTERVIEW'] }).allowed).toBe(true);
    expect(judgeOfficerCreation(admin, { officeId: null, roles: ['ADMIN'] }).allowed).toBe(true);
  });

  it('lets a SUPERVISOR create officers of her own office only', () => {
    expect(judgeOfficerCreation(supervisorA, { officeId: OFFICE_A, roles: ['RECEPTION'] }).allowed).toBe(true);
    expect(judgeOfficerCreation(supervisorA, { officeId: OFFICE_B, roles: ['RECEPTION'] })).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
    });
    expect(judgeOfficerCreation(supervisorA, { officeId: null, roles: ['ADMIN'] })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses anyone else', () => {
    expect(judgeOfficerCreation(receptionA, { officeId: OFFICE_A, roles: ['RECEPTION'] })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(judgeOfficerCreation(applicant, { officeId: OFFICE_A, roles: ['RECEPTION'] })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(judgeOfficerCreation(null, { officeId: OFFICE_A, roles: ['RECEPTION'] })).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('keeps ADMINs national and everyone else in an office', () => {
    expect(judgeOfficerCreation(admin, { officeId: OFFICE_A, roles: ['ADMIN'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(judgeOfficerCreation(admin, { officeId: null, roles: ['RECEPTION'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
