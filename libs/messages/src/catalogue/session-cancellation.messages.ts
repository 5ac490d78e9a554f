import { defineMessages } from './define-messages';

/** The office cancels a session, a booking is moved too often, a session is no longer sold. */
export const sessionCancellationMessages = defineMessages(
  {
    'session.notFound': () => 'Sesi ini tidak ditemukan.',
    'session.alreadyCancelled': () => 'Sesi ini sudah dibatalkan oleh kantor.',
    'session.cancelledNoBooking': (p: { reason: string }) =>
      `Sesi ini dibatalkan oleh kantor (${p.reason}). Silakan pilih sesi lain.`,
    'session.reasonRequired': () => 'Tuliskan alasan pembatalan (1 sampai 200 karakter).',
    'session.cancelForbidden': () => 'Hanya supervisor kantor ini atau administrator yang dapat membatalkan sesi.',
    'session.ended': () => 'Sesi ini sudah berakhir dan tidak dapat dibatalkan lagi.',
    'booking.rescheduleLimit': (p: { max: number }) =>
      p.max === 0
        ? 'Pemesanan di kantor ini tidak dapat dijadwalkan ulang. Batalkan lalu pesan sesi lain.'
        : `Pemesanan ini sudah dijadwalkan ulang ${p.max} kali, batas di kantor ini. Batalkan lalu pesan sesi lain.`,
    'arrivals.forbidden': () => 'Hanya petugas kantor ini yang dapat melihat daftar kedatangan.',
    'holiday.forbidden': () => 'Supervisor hanya dapat menambahkan hari libur untuk kantornya sendiri.',
  },
  {
    'session.notFound': () => 'No such session.',
    'session.alreadyCancelled': () => 'The office has already cancelled this session.',
    'session.cancelledNoBooking': (p) =>
      `The office cancelled this session (${p.reason}). Please choose another session.`,
    'session.reasonRequired': () => 'Give the reason for the cancellation (1 to 200 characters).',
    'session.cancelForbidden': () => 'Only a supervisor of this office or an administrator can cancel a session.',
    'session.ended': () => 'This session is over and can no longer be cancelled.',
    'booking.rescheduleLimit': (p) =>
      p.max === 0
        ? 'Bookings at this office cannot be rescheduled. Cancel it and book another session.'
        : `This booking has already been rescheduled ${p.max} time${p.max === 1 ? '' : 's'}, this office's limit. Cancel it and book another session.`,
    'arrivals.forbidden': () => 'Only officers of this office can see its expected arrivals.',
    'holiday.forbidden': () => 'A supervisor can add a holiday for her own office only.',
  },
);
