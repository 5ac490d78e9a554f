import { announcement } from './announcement';

describe('announcement', () => {
  const call = { ticketNumber: 'A-017', counterName: 'Loket 2' };

  it('calls a ticket to its counter in Bahasa Indonesia', () => {
    expect(announcement(call, 'INDONESIAN')).toBe('Nomor antrian A-017, silakan menuju Loket 2.');
  });

  it('calls a ticket to its counter in English, keeping the office’s own counter name', () => {
    expect(announcement(call, 'ENGLISH')).toBe('Ticket A-017, please go to Loket 2.');
  });

  it('says priority and walk-in numbers and any counter name as they are', () => {
    expect(announcement({ ticketNumber: 'P-003', counterName: 'Ruang Wawancara 1' }, 'INDONESIAN')).toBe(
      'Nomor antrian P-003, silakan menuju Ruang Wawancara 1.',
    );
    expect(announcement({ ticketNumber: 'W-104', counterName: 'Loket Pengambilan' }, 'ENGLISH')).toBe(
      'Ticket W-104, please go to Loket Pengambilan.',
    );
  });
});
