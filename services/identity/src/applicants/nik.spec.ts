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
    const HOLDER = '00000000-0000-4000-8000-000000000001';
    const SERVING = '0a000000-0000-4000-8000-00000000000a';
    const OTHER_OFFICE = '0b000000-0000-4000-8000-00000000000b';
    const NIK = '3505011708900001';
    // A person on HOLDER's account (the holder herself or a family member), served by SERVING or by nobody.
    const served = { accountId: HOLDER, servingOfficeIds: [SERVING] };
    const neverBooked = { accountId: HOLDER, servingOfficeIds: [] };
    const holder: Identity = { sub: HOLDER, kind: 'applicant', roles: [], officeId: null };
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

    it('shows it to the account the person is on (she herself, or her account holder), served or not', () => {
      expect(mayReadWholeNik(holder, served)).toBe(true);
      expect(mayReadWholeNik(holder, neverBooked)).toBe(true);
      expect(nikAsSeenBy(holder, neverBooked, NIK)).toBe(NIK);
    });

    it('shows it to officers of an office serving this person, whatever their roles', () => {
      expect(mayReadWholeNik(officerOf(SERVING), served)).toBe(true);
      expect(mayReadWholeNik(officerOf(SERVING, 'SUPERVISOR'), served)).toBe(true);
      expect(mayReadWholeNik(officerOf(SERVING, 'PICKUP'), served)).toBe(true);
      expect(
        mayReadWholeNik(officerOf(SERVING), { accountId: HOLDER, servingOfficeIds: [OTHER_OFFICE, SERVING] }),
      ).toBe(true);
      expect(nikAsSeenBy(officerOf(SERVING), served, NIK)).toBe(NIK);
    });

    it('masks it for officers of any other office, and of every office when none serves this person', () => {
      expect(mayReadWholeNik(officerOf(OTHER_OFFICE), served)).toBe(false);
      expect(mayReadWholeNik(officerOf(OTHER_OFFICE, 'SUPERVISOR'), served)).toBe(false);
      // An office serving someone else on the account (her mother, say) is not among this person's.
      expect(mayReadWholeNik(officerOf(SERVING), neverBooked)).toBe(false);
      expect(nikAsSeenBy(officerOf(OTHER_OFFICE), served, NIK)).toBe('3505**********01');
    });

    it('masks it for national administrators too: they belong to no office and serve nobody', () => {
      expect(mayReadWholeNik(admin, neverBooked)).toBe(false);
      expect(mayReadWholeNik(admin, served)).toBe(false);
      expect(mayReadWholeNik({ ...admin, roles: ['ADMIN', 'SUPERVISOR'] }, served)).toBe(false);
      expect(nikAsSeenBy(admin, served, NIK)).toBe('3505**********01');
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
      expect(needsServingOffices(holder)).toBe(false);
      expect(needsServingOffices(kiosk)).toBe(false);
      expect(needsServingOffices(null)).toBe(false);
    });
  });
});
