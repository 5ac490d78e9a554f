import { Identity } from '@antrian/auth';
import { checkNik, maskNik, mayReadWholeNik, needsServingOffices, nikAsSeenBy, parseNikBirth } from './nik';

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
    const SERVING = '0a000000-0000-4000-8000-00000000000a';
    const OTHER_OFFICE = '0b000000-0000-4000-8000-00000000000b';
    const NIK = '3505011708900001';
    const served = { accountId: OWNER, servingOfficeIds: [SERVING] };
    const neverBooked = { accountId: OWNER, servingOfficeIds: [] };
    const owner: Identity = { sub: OWNER, kind: 'applicant', roles: [], officeId: null };
    const stranger: Identity = {
      sub: '00000000-0000-4000-8000-000000000002',
      kind: 'applicant',
      roles: [],
      officeId: null,
    };
    const officerOf = (officeId: string, ...roles: Identity['roles']): Identity => ({
      sub: 'o',
      kind: 'officer',
      roles: roles.length ? roles : ['RECEPTION'],
      officeId,
    });
    const admin: Identity = { sub: 'a', kind: 'officer', roles: ['ADMIN'], officeId: null };
    const kiosk: Identity = { sub: 'k', kind: 'device', roles: [], officeId: SERVING, deviceKind: 'KIOSK' };
    const board: Identity = { sub: 'b', kind: 'device', roles: [], officeId: SERVING, deviceKind: 'BOARD' };

    it('shows it to the account it belongs to, whether or not an office serves it', () => {
      expect(mayReadWholeNik(owner, served)).toBe(true);
      expect(mayReadWholeNik(owner, neverBooked)).toBe(true);
      expect(nikAsSeenBy(owner, neverBooked, NIK)).toBe(NIK);
    });

    it('shows it to officers of a serving office, whatever their roles', () => {
      expect(mayReadWholeNik(officerOf(SERVING), served)).toBe(true);
      expect(mayReadWholeNik(officerOf(SERVING, 'SUPERVISOR'), served)).toBe(true);
      expect(mayReadWholeNik(officerOf(SERVING, 'PICKUP'), served)).toBe(true);
      expect(mayReadWholeNik(officerOf(SERVING), { accountId: OWNER, servingOfficeIds: [OTHER_OFFICE, SERVING] })).toBe(
        true,
      );
      expect(nikAsSeenBy(officerOf(SERVING), served, NIK)).toBe(NIK);
    });

    it('masks it for officers of any other office, and of any office when none serves the account', () => {
      expect(mayReadWholeNik(officerOf(OTHER_OFFICE), served)).toBe(false);
      expect(mayReadWholeNik(officerOf(OTHER_OFFICE, 'SUPERVISOR'), served)).toBe(false);
      expect(mayReadWholeNik(officerOf(SERVING), neverBooked)).toBe(false);
      expect(nikAsSeenBy(officerOf(OTHER_OFFICE), served, NIK)).toBe('3505**********01');
    });

    it('shows it to national administrators, who run every office', () => {
      expect(mayReadWholeNik(admin, neverBooked)).toBe(true);
      expect(mayReadWholeNik({ ...admin, roles: ['ADMIN', 'SUPERVISOR'] }, served)).toBe(true);
    });

    it('masks it for other applicants, devices of a serving office and anonymous callers', () => {
      expect(mayReadWholeNik(stranger, served)).toBe(false);
      expect(mayReadWholeNik(kiosk, served)).toBe(false);
      expect(mayReadWholeNik(board, served)).toBe(false);
      expect(mayReadWholeNik(null, served)).toBe(false);
      expect(nikAsSeenBy(stranger, served, NIK)).toBe('3505**********01');
    });

    it('needs the serving offices only for an officer of one office', () => {
      expect(needsServingOffices(officerOf(SERVING))).toBe(true);
      expect(needsServingOffices(admin)).toBe(false);
      expect(needsServingOffices(owner)).toBe(false);
      expect(needsServingOffices(kiosk)).toBe(false);
      expect(needsServingOffices(null)).toBe(false);
    });
  });
});
