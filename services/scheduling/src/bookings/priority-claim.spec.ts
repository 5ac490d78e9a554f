import { ageOn, priorityClaimVerdict } from './priority-claim';
import { message } from '@antrian/messages';

const man = (birthDate: string) => ({ birthDate, sex: 'M' as const });
const woman = (birthDate: string) => ({ birthDate, sex: 'F' as const });

describe('priorityClaimVerdict', () => {
  it('accepts ELDERLY from the 60th birthday on the session’s day, not the day before', () => {
    expect(priorityClaimVerdict('ELDERLY', man('1966-05-10'), '2026-05-10').accepted).toBe(true);
    expect(priorityClaimVerdict('ELDERLY', man('1966-05-10'), '2026-05-09').accepted).toBe(false);
    expect(priorityClaimVerdict('ELDERLY', man('1990-08-17'), '2026-12-01').accepted).toBe(false);
  });

  it('accepts CHILD until the day before the 5th birthday', () => {
    expect(priorityClaimVerdict('CHILD', woman('2021-03-01'), '2026-02-28').accepted).toBe(true);
    expect(priorityClaimVerdict('CHILD', woman('2021-03-01'), '2026-03-01').accepted).toBe(false);
    expect(priorityClaimVerdict('CHILD', man('1990-08-17'), '2026-12-01').accepted).toBe(false);
  });

  it('refuses PREGNANT for a man, accepts it for a woman', () => {
    const refused = priorityClaimVerdict('PREGNANT', man('1990-08-17'), '2026-12-01');
    expect(refused).toEqual({ accepted: false, reason: message('scheduling.priorityPregnant') });
    expect(priorityClaimVerdict('PREGNANT', woman('1995-01-01'), '2026-12-01').accepted).toBe(true);
  });

  it('takes DISABLED as declared, no group as none, and any claim while the facts are unknown', () => {
    expect(priorityClaimVerdict('DISABLED', man('1990-08-17'), '2026-12-01').accepted).toBe(true);
    expect(priorityClaimVerdict(null, man('1990-08-17'), '2026-12-01').accepted).toBe(true);
    expect(priorityClaimVerdict('ELDERLY', null, '2026-12-01').accepted).toBe(true);
    expect(priorityClaimVerdict('PREGNANT', null, '2026-12-01').accepted).toBe(true);
  });
});

describe('ageOn', () => {
  it('counts whole years, with a 29 February birthday reached on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
    expect(ageOn('1990-12-31', '1991-01-01')).toBe(0);
  });
});
