import { defineMessages } from './define-messages';

const STATUS_ID: Record<string, string> = {
  CANCELLED: 'yang sudah dibatalkan',
  CHECKED_IN: 'yang sudah check-in',
  NO_SHOW: 'yang tidak hadir',
  COMPLETED: 'yang sudah selesai',
};

/** The scheduling service: offices, sessions, availability, bookings. */
export const schedulingMessages = defineMessages(
  {
    'scheduling.noSuchOffice': () => 'Kantor tidak ditemukan.',
    'scheduling.noSuchSession': () => 'Sesi tidak ditemukan.',
    'scheduling.noSuchBooking': () => 'Pemesanan tidak ditemukan.',
    'scheduling.noSuchBookingCode': () => 'Tidak ada pemesanan dengan kode ini.',
    'scheduling.noSuchFamilyMember': () => 'Anggota keluarga ini tidak ada pada akun Anda.',
    'scheduling.signInForBookings': () => 'Silakan masuk untuk melihat pemesanan.',
    'scheduling.sessionFull': () => 'Sesi ini sudah penuh. Silakan pilih sesi lain.',
    'scheduling.activeBookingExists': () =>
      'Anda sudah memiliki pemesanan aktif. Batalkan atau jadwalkan ulang pemesanan itu.',
    'scheduling.familyMemberActiveBookingExists': () =>
      'Anggota keluarga ini sudah memiliki pemesanan aktif. Batalkan atau jadwalkan ulang pemesanan itu.',
    'scheduling.notYetReleased': (p: { releasedAt: string }) => `Kuota sesi ini baru dibuka pada ${p.releasedAt}.`,
    'scheduling.bookingClosed': () => 'Pemesanan untuk sesi ini sudah ditutup.',
    'scheduling.sessionServesOnly': (p: { services: string }) => `Sesi ini hanya melayani ${p.services}.`,
    'scheduling.tooLateToCancel': () => 'Pemesanan ini sudah tidak dapat dibatalkan.',
    'scheduling.tooLateToReschedule': () => 'Pemesanan ini sudah tidak dapat dijadwalkan ulang.',
    'scheduling.bookingCannotChange': (p: { status: string }) =>
      `Pemesanan ${STATUS_ID[p.status] ?? p.status} tidak dapat diubah.`,
    'scheduling.emailNotConfirmed': () =>
      'Konfirmasikan alamat e-mail Anda dengan kode yang kami kirim sebelum memesan.',
    'scheduling.tooManyBookings': (p: { seconds: number }) =>
      `Terlalu banyak pemesanan dari jaringan ini. Silakan coba lagi dalam ${p.seconds} detik.`,
    'scheduling.tooManyLookups': (p: { seconds: number }) =>
      `Terlalu banyak kode pemesanan yang tidak cocok. Silakan coba lagi dalam ${p.seconds} detik.`,
    'scheduling.priorityElderly': (p: { age: number }) =>
      `Jalur lansia untuk orang berusia ${p.age} tahun atau lebih pada hari kunjungan. Pesan tanpa kelompok prioritas, atau dengan kelompok yang benar.`,
    'scheduling.priorityChild': (p: { age: number }) =>
      `Jalur anak untuk anak di bawah ${p.age} tahun pada hari kunjungan. Pesan tanpa kelompok prioritas, atau dengan kelompok yang benar.`,
    'scheduling.priorityPregnant': () =>
      'Jalur ibu hamil hanya untuk perempuan. Pesan tanpa kelompok prioritas, atau dengan kelompok yang benar.',
    'scheduling.badTimeZone': (p: { timeZone: string }) => `${p.timeZone} bukan zona waktu IANA seperti Asia/Jakarta.`,
    'scheduling.officeCodeTaken': (p: { code: string }) => `Sudah ada kantor dengan kode ${p.code}.`,
    'scheduling.weeklySessionOverlap': (p: { start: string; weekday: number }) =>
      `Sesi pukul ${p.start} pada hari ke-${p.weekday} bertumpang tindih dengan sesi lain atau berakhir sebelum dimulai.`,
    'scheduling.holidayExists': (p: { date: string }) => `${p.date} sudah menjadi hari libur di sana.`,
    'scheduling.sessionExists': () => 'Kantor ini sudah memiliki sesi yang dimulai pada jam itu.',
    'scheduling.badDateRange': () => '`from` dan `to` harus tanggal, dengan from <= to.',
    'scheduling.tooManyDays': (p: { days: number }) => `Minta paling banyak ${p.days} hari sekaligus.`,
    'scheduling.availabilityBudget': (p: { days: number; asked: number }) =>
      `Minta paling banyak ${p.days} hari ketersediaan per permintaan (permintaan ini meminta ${p.asked}).`,
    'scheduling.sessionEndsBeforeStart': () => 'Sesi harus berakhir setelah dimulai.',
    'scheduling.sessionInPast': () => 'Sesi baru harus berakhir di masa depan.',
    'scheduling.sessionTooFarAhead': (p: { days: number }) => `Sesi dimulai paling lambat ${p.days} hari ke depan.`,
    'scheduling.sessionSpansDays': () => 'Sesi dimulai dan berakhir pada hari yang sama (waktu kantor).',
  },
  {
    'scheduling.noSuchOffice': () => 'No such office.',
    'scheduling.noSuchSession': () => 'No such session.',
    'scheduling.noSuchBooking': () => 'No such booking.',
    'scheduling.noSuchBookingCode': () => 'No booking has this code.',
    'scheduling.noSuchFamilyMember': () => 'No such family member on your account.',
    'scheduling.signInForBookings': () => 'Please sign in to see bookings.',
    'scheduling.sessionFull': () => 'This session is fully booked. Please choose another one.',
    'scheduling.activeBookingExists': () =>
      'You already have an active booking. Please cancel or reschedule it instead.',
    'scheduling.familyMemberActiveBookingExists': () =>
      'This family member already has an active booking. Please cancel or reschedule it instead.',
    'scheduling.notYetReleased': (p) => `Places for this session are released at ${p.releasedAt}.`,
    'scheduling.bookingClosed': () => 'Booking for this session has closed.',
    'scheduling.sessionServesOnly': (p) => `This session serves only ${p.services}.`,
    'scheduling.tooLateToCancel': () => 'It is too late to cancel this booking.',
    'scheduling.tooLateToReschedule': () => 'It is too late to reschedule this booking.',
    'scheduling.bookingCannotChange': (p) => `A ${p.status.toLowerCase().replace('_', '-')} booking cannot be changed.`,
    'scheduling.emailNotConfirmed': () =>
      'Please confirm your e-mail address with the code we sent you before booking.',
    'scheduling.tooManyBookings': (p) =>
      `Too many bookings from this network. Please try again in ${p.seconds} seconds.`,
    'scheduling.tooManyLookups': (p) =>
      `Too many booking codes that match nothing. Please try again in ${p.seconds} seconds.`,
    'scheduling.priorityElderly': (p) =>
      `ELDERLY is for people aged ${p.age} or older on the day of the visit. Book without a priority group, or with the right one.`,
    'scheduling.priorityChild': (p) =>
      `CHILD is for children under ${p.age} on the day of the visit. Book without a priority group, or with the right one.`,
    'scheduling.priorityPregnant': () =>
      'PREGNANT is for women only. Book without a priority group, or with the right one.',
    'scheduling.badTimeZone': (p) => `${p.timeZone} is not an IANA time zone such as Asia/Jakarta.`,
    'scheduling.officeCodeTaken': (p) => `An office with code ${p.code} already exists.`,
    'scheduling.weeklySessionOverlap': (p) =>
      `The session at ${p.start} on weekday ${p.weekday} overlaps another or ends before it starts.`,
    'scheduling.holidayExists': (p) => `${p.date} is already a holiday there.`,
    'scheduling.sessionExists': () => 'The office already has a session starting at that time.',
    'scheduling.badDateRange': () => '`from` and `to` must be dates with from <= to.',
    'scheduling.tooManyDays': (p) => `Ask for at most ${p.days} days at once.`,
    'scheduling.availabilityBudget': (p) =>
      `Ask for at most ${p.days} days of availability per request (this one asks for ${p.asked}).`,
    'scheduling.sessionEndsBeforeStart': () => 'A session must end after it starts.',
    'scheduling.sessionInPast': () => 'A new session must end in the future.',
    'scheduling.sessionTooFarAhead': (p) => `A session starts at most ${p.days} days ahead.`,
    'scheduling.sessionSpansDays': () => 'A session starts and ends on the same office-local day.',
  },
);
