import { Identity } from '@antrian/auth';
import { mayChangePriority, priorityChangeVerdict } from './priority-change';

const OFFICE = '00000000-0000-4000-8000-00000000000a';
const officer = (roles: Identity['roles'], officeId: string | null = OFFICE): Identity => ({
  sub: 'o',
  kind: 'officer',
  roles,
  officeId,
});

describe('mayChangePriority', () => {
  it('lets reception and supervisors of the office change a ticket’s priority', () => {
    expect(mayChangePriority(officer(['RECEPTION']), OFFICE)).toBe(true);
    expect(mayChangePriority(officer(['SUPERVISOR']), OFFICE)).toBe(true);
  });

  it('refuses other roles, other offices, administrators, devices and applicants', () => {
    expect(mayChangePriority(officer(['INTERVIEW', 'PICKUP']), OFFICE)).toBe(false);
    expect(mayChangePriority(officer(['RECEPTION'], '00000000-0000-4000-8000-00000000000b'), OFFICE)).toBe(false);
    expect(mayChangePriority(officer(['ADMIN'], null), OFFICE)).toBe(false);
    expect(
      mayChangePriority({ sub: 'k', kind: 'device', roles: [], officeId: OFFICE, deviceKind: 'KIOSK' }, OFFICE),
    ).toBe(false);
    expect(mayChangePriority({ sub: 'p', kind: 'applicant', roles: [], officeId: null }, OFFICE)).toBe(false);
    expect(mayChangePriority(null, OFFICE)).toBe(false);
  });
});

describe('priorityChangeVerdict', () => {
  it('changes tickets still in the queues, not finished or no-show ones', () => {
    for (const status of ['WAITING', 'CALLED', 'SERVING', 'ON_HOLD'] as const) {
      expect(priorityChangeVerdict(status).allowed).toBe(true);
    }
    expect(priorityChangeVerdict('DONE').allowed).toBe(false);
    expect(priorityChangeVerdict('NO_SHOW').allowed).toBe(false);
  });
});
