import { Identity } from '@antrian/auth';
import { judgeNikRelease } from './nik-release-rules';

const NIK = '3505011708900001';
const supervisor: Identity = { sub: 's', kind: 'officer', roles: ['SUPERVISOR'], officeId: 'any-office' };
const admin: Identity = { sub: 'a', kind: 'officer', roles: ['ADMIN'], officeId: null };
const reception: Identity = { sub: 'r', kind: 'officer', roles: ['RECEPTION'], officeId: 'any-office' };
const applicant: Identity = { sub: 'p', kind: 'applicant', roles: [], officeId: null };
const kiosk: Identity = { sub: 'k', kind: 'device', roles: [], officeId: 'any-office', deviceKind: 'KIOSK' };

describe('judgeNikRelease', () => {
  it('lets a SUPERVISOR of any office or an ADMIN release a NIK, keeping the trimmed reason', () => {
    expect(judgeNikRelease(supervisor, NIK, '  KTP seen at the counter ')).toEqual({
      allowed: true,
      reason: 'KTP seen at the counter',
    });
    expect(judgeNikRelease(admin, NIK, 'KTP seen').allowed).toBe(true);
  });

  it('refuses other officers, applicants, devices and anonymous callers', () => {
    for (const actor of [reception, applicant, kiosk]) {
      expect(judgeNikRelease(actor, NIK, 'reason')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    }
    expect(judgeNikRelease(null, NIK, 'reason')).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a malformed NIK and a blank or overlong reason', () => {
    expect(judgeNikRelease(supervisor, '35050117089', 'reason')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(judgeNikRelease(supervisor, NIK, '   ')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(judgeNikRelease(supervisor, NIK, 'x'.repeat(501))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
