/**
 * Every sentence a person reads (errors, announcements), in Bahasa Indonesia: the default
 * language and the source of truth for the catalogue's keys and parameters. Plain words, no codes.
 * Keys are `<area>.<what>`; parameters are named.
 */
export const indonesian = {
  'request.internalError': () => 'Terjadi kesalahan pada sistem. Silakan coba lagi sebentar lagi.',
  'request.rateLimited': (p: { seconds: number }) =>
    `Terlalu banyak permintaan. Silakan coba lagi dalam ${p.seconds} detik.`,
  'request.serviceUnavailable': () =>
    'Layanan sedang tidak menjawab. Silakan coba lagi; permintaan yang sama aman diulang.',
  'request.payloadTooLarge': () => 'Permintaan terlalu besar.',

  'announcement.call': (p: { number: string; counterName: string }) =>
    `Nomor antrian ${p.number}, silakan menuju ${p.counterName}.`,
};

export type Catalogue = typeof indonesian;
