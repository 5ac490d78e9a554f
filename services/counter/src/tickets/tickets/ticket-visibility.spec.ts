import { Identity } from '@antrian/auth';
import { maySeeFollowCode, maySeeTicket, VisibleTicket } from './ticket-visibility';

const OFFICE = '00000000-0000-4000-8000-000000000001';
const OTHER_OFFICE = '00000000-0000-4000-8000-000000000002';
const APPLICANT = '00000000-0000-4000-8000-0000000000a1';
const KIOSK = '00000000-0000-4000-8000-0000000000c1';

const applicant = (sub: string): Identity => ({ sub, kind: 'applicant', roles: [], officeId: null });
const officer = (officeId: string, roles: Identity['roles'] = ['INTERVIEW']): Identity => ({
  sub: 'officer-1',
  kind: 'officer',
  roles,
  officeId,
});
const device = (sub: string, deviceKind: 'KIOSK' | 'BOARD', officeId = OFFICE): Identity => ({
  sub,
  kind: 'device',
  roles: [],
  officeId,
  deviceKind,
});

const booked: VisibleTicket = { officeId: OFFICE, applicantId: APPLICANT, issuedByDeviceId: KIOSK };
const walkIn: VisibleTicket = { officeId: OFFICE, applicantId: null, issuedByDeviceId: null };

describe('maySeeTicket', () => {
  it('lets its applicant and the officers of its office (and national administrators) see it', () => {
    expect(maySeeTicket(applicant(APPLICANT), booked)).toBe(true);
    expect(maySeeTicket(officer(OFFICE), booked)).toBe(true);
    expect(maySeeTicket(officer(OTHER_OFFICE, ['ADMIN']), booked)).toBe(true);
  });

  it('hides it from anyone else: another applicant, another office, the public and every device', () => {
    expect(maySeeTicket(applicant('someone-else'), booked)).toBe(false);
    expect(maySeeTicket(officer(OTHER_OFFICE), booked)).toBe(false);
    expect(maySeeTicket(null, booked)).toBe(false);
    expect(maySeeTicket(device(KIOSK, 'KIOSK'), booked)).toBe(false);
    expect(maySeeTicket(device('board-1', 'BOARD'), booked)).toBe(false);
  });

  it('gives a walk-in ticket no applicant to match', () => {
    expect(maySeeTicket(applicant(APPLICANT), walkIn)).toBe(false);
    expect(maySeeTicket(officer(OFFICE), walkIn)).toBe(true);
  });
});

describe('maySeeFollowCode', () => {
  it('shows the code to its applicant, the officers of its office and the kiosk that issued it', () => {
    expect(maySeeFollowCode(applicant(APPLICANT), booked)).toBe(true);
    expect(maySeeFollowCode(officer(OFFICE), booked)).toBe(true);
    expect(maySeeFollowCode(device(KIOSK, 'KIOSK'), booked)).toBe(true);
  });

  it('hides it from another kiosk of the office, a board, another office and the public', () => {
    expect(maySeeFollowCode(device('another-kiosk', 'KIOSK'), booked)).toBe(false);
    expect(maySeeFollowCode(device('board-1', 'BOARD'), booked)).toBe(false);
    expect(maySeeFollowCode(officer(OTHER_OFFICE), booked)).toBe(false);
    expect(maySeeFollowCode(null, booked)).toBe(false);
  });

  it('gives no device the code of a ticket an officer issued', () => {
    expect(maySeeFollowCode(device(KIOSK, 'KIOSK'), walkIn)).toBe(false);
  });
});
