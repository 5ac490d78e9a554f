import { defineMessages } from './define-messages';

/** An account's family members: how many, correcting them, removing them. */
export const familyMessages = defineMessages(
  {
    'family.limitReached': (p: { max: number }) =>
      `Satu akun dapat mendaftarkan paling banyak ${p.max} anggota keluarga.`,
    'family.notFound': () => 'Anggota keluarga ini tidak ada di akun Anda.',
    'family.nothingToChange': () => 'Isi nama lengkap atau tanggal lahir yang ingin diperbaiki.',
    'family.activeBooking': () =>
      'Anggota keluarga ini masih memiliki pemesanan aktif. Batalkan pemesanan itu dulu, lalu hapus anggota keluarga.',
    'family.removedBeforeBooking': () =>
      'Pemesanan dibatalkan karena anggota keluarga ini sudah dihapus dari akun sebelum pemesanan dibuat.',
  },
  {
    'family.limitReached': (p) => `An account can hold at most ${p.max} family members.`,
    'family.notFound': () => 'This family member is not on your account.',
    'family.nothingToChange': () => 'Give the full name or the birth date to correct.',
    'family.activeBooking': () =>
      'This family member still has an active booking. Cancel that booking first, then remove her.',
    'family.removedBeforeBooking': () =>
      'The booking was cancelled because this family member had been removed from the account before it was made.',
  },
);
