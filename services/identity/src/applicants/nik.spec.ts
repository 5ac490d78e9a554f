import { Identity } from '@antrian/auth';
import { checkNik, maskNik, mayReadWholeNik, nikAsSeenBy, parseNikBirth } from './nik';

describe('NIK rules', () => {
  it('accepts a man’s NIK whose date matches', () => {
    expect(checkNik('3505011708900001', '1990-08-17')).toBeNull();
  });

  it('accepts a woman’s NIK, whose day has 40 added', () => {
    expect(checkNik('3505015708900002', '1990-08-17')).toBeNull();
    expect(parseNikBirth('3505015708900002').female).toBe(true);
  });

  it.each([
    ['350501170890001', 'FORMAT'],
    ['35050117089000a1', 'FORMAT'],
    ['9905011708900001', 'PROVINCE'],
    ['1005011708900001', 'PROVINCE'],
    ['3500011708900001', 'REGION'],
    ['3505001708900001', 'REGION'],
    ['3505013508900001', 'DATE'],
    ['3505017208900001', 'DATE'],
    ['3505011713900001', 'DATE'],
    ['3505011808900001', 'DATE_MISMATCH'],
    ['3505011708910001', 'DATE_MISMATCH'],
    ['3505011708900000', 'SERIAL'],
  ])('rejects %s as %s', (nik, problem) => {
    expect(checkNik(nik, '1990-08-17')).toBe(problem);
  });

  it('knows leap years: 29 February only where the year has one', () => {
    expect(checkNik('3505012902000001', '2000-02-29')).toBeNull();
    expect(checkNik('3505012902010001', '2001-02-28')).toBe('DATE');
  });

  it('accepts the newest provinces up to 94 (Papua Tengah)', () => {
    expect(checkNik('9401011708900001', '1990-08-17')).toBeNull();
  });

  it('masks all but the first four and last two digits', () => {
    expect(maskNik('3505011708900001')).toBe('3505**********01');
  });

  describe('who sees a NIK whole', () => {
    const OWNER = '00000000-0000-4000-8000-000000000001';
    const owner: Identity = { sub: OWNER, kind: 'applicant', roles: [], officeId: null };
    const stranger: Identity = {
      sub: '00000000-0000-4000-8000-000000000002',
      kind: 'applicant',
      roles: [],
      officeId: null,
    };
    const officer: Identity = { sub: 'o', kind: 'officer', roles: ['RECEPTION'], officeId: 'office' };
    const kiosk: Identity = { sub: 'k', kind: 'device', roles: [], officeId: 'office', deviceKind: 'KIOSK' };

    it('shows it to the account it belongs to and to officers', () => {
      expect(mayReadWholeNik(owner, OWNER)).toBe(true);
      expect(mayReadWholeNik(officer, OWNER)).toBe(true);
      expect(nikAsSeenBy(owner, OWNER, '3505011708900001')).toBe('3505011708900001');
    });

    it('masks it for other applicants, devices and anonymous callers', () => {
      expect(mayReadWholeNik(stranger, OWNER)).toBe(false);
      expect(mayReadWholeNik(kiosk, OWNER)).toBe(false);
      expect(mayReadWholeNik(null, OWNER)).toBe(false);
      expect(nikAsSeenBy(stranger, OWNER, '3505011708900001')).toBe('3505**********01');
    });
  });
});
