import { Identity } from '@antrian/auth';
import { maySeeOfficer } from './officer-visibility';

const OFFICE_A = '00000000-0000-4000-8000-00000000000a';
const OFFICE_B = '00000000-0000-4000-8000-00000000000b';
const officer = { id: 'o-1', officeId: OFFICE_A };
const colleague: Identity = { sub: 'o-2', kind: 'officer', roles: ['INTERVIEW'], officeId: OFFICE_A };

describe('maySeeOfficer', () => {
  it('shows an officer to her colleagues, herself and a national administrator', () => {
    expect(maySeeOfficer(colleague, officer)).toBe(true);
    expect(maySeeOfficer({ ...colleague, sub: 'o-1' }, officer)).toBe(true);
    expect(maySeeOfficer({ sub: 'a', kind: 'officer', roles: ['ADMIN'], officeId: null }, officer)).toBe(true);
  });

  it('hides her from the public, devices, applicants and other offices', () => {
    expect(maySeeOfficer(null, officer)).toBe(false);
    for (const deviceKind of ['BOARD', 'KIOSK'] as const) {
      expect(maySeeOfficer({ sub: 'd', kind: 'device', roles: [], officeId: OFFICE_A, deviceKind }, officer)).toBe(
        false,
      );
    }
    expect(maySeeOfficer({ sub: 'p', kind: 'applicant', roles: [], officeId: null }, officer)).toBe(false);
    expect(maySeeOfficer({ ...colleague, officeId: OFFICE_B }, officer)).toBe(false);
    // A national administrator belongs to no office: other officers without one do not see her.
    const admin = { id: 'a', officeId: null };
    expect(maySeeOfficer({ ...colleague, officeId: null }, admin)).toBe(false);
  });
});
