import { formatTicketNumber, laneFor, parseTicketNumber } from './ticket-number';

describe('ticket lanes and numbers', () => {
  it('puts booked, priority and walk-in tickets in their own lanes', () => {
    expect(laneFor({ walkIn: false, priority: null })).toBe('A');
    expect(laneFor({ walkIn: false, priority: 'ELDERLY' })).toBe('P');
    expect(laneFor({ walkIn: true, priority: null })).toBe('W');
  });

  it('puts a priority walk-in in the priority lane, beside the booked priority tickets', () => {
    expect(laneFor({ walkIn: true, priority: 'PREGNANT' })).toBe('P');
    expect(laneFor({ walkIn: true, priority: 'CHILD' })).toBe('P');
  });

  it('reads like A-017, P-003, W-004 and grows past 999', () => {
    expect(formatTicketNumber('A', 17)).toBe('A-017');
    expect(formatTicketNumber('P', 3)).toBe('P-003');
    expect(formatTicketNumber('W', 4)).toBe('W-004');
    expect(formatTicketNumber('A', 1000)).toBe('A-1000');
  });

  it('refuses sequences that no counter row can produce', () => {
    expect(() => formatTicketNumber('A', 0)).toThrow(RangeError);
    expect(() => formatTicketNumber('A', 1.5)).toThrow(RangeError);
  });
});

describe('parseTicketNumber', () => {
  it('reads a number as an officer types it, in its printed form', () => {
    expect(parseTicketNumber('A-017')).toBe('A-017');
    expect(parseTicketNumber(' a17 ')).toBe('A-017');
    expect(parseTicketNumber('P 3')).toBe('P-003');
    expect(parseTicketNumber('w-0004')).toBe('W-004');
    expect(parseTicketNumber('K1000')).toBe('K-1000');
  });

  it('refuses what cannot be a ticket number', () => {
    for (const input of ['', 'A', 'A-0', 'X-001', 'AB-001', '017', 'A-01x', 'A--1 2']) {
      expect(parseTicketNumber(input)).toBeNull();
    }
  });
});
