import { defineMessages } from './define-messages';

/** The gateway's own refusals: limits, sign-in, malformed requests, live subscriptions. */
export const gatewayMessages = defineMessages(
  {
    'gateway.unauthenticated': () => 'Token akses tidak sah atau sudah kedaluwarsa. Silakan masuk kembali.',
    'gateway.accessRevoked': () => 'Sesi ini sudah keluar atau dicabut.',
    'gateway.tokenExpired': () => 'Token akses sudah kedaluwarsa.',
    'gateway.tooManySockets': () => 'Terlalu banyak koneksi dari alamat ini.',
    'gateway.tooManySubscriptions': (p: { limit: number }) =>
      `Paling banyak ${p.limit} langganan per koneksi. Akhiri salah satu terlebih dahulu.`,
    'gateway.tooManySubscribes': () => 'Terlalu banyak permintaan berlangganan. Mohon pelan-pelan.',
    'gateway.tooCostly': (p: { cost: number; limit: number }) =>
      `Permintaan ini terlalu berat (biaya ${p.cost}, batasnya ${p.limit}). Minta lebih sedikit data atau pecah menjadi beberapa permintaan.`,
    'gateway.tooDeep': (p: { limit: number }) => `Permintaan ini terlalu dalam: batas kedalamannya ${p.limit} tingkat.`,
    'gateway.tooManyAliases': (p: { limit: number }) =>
      `Permintaan ini memakai terlalu banyak alias: batasnya ${p.limit}.`,
    'gateway.tooManyDirectives': (p: { limit: number }) =>
      `Permintaan ini memakai terlalu banyak direktif: batasnya ${p.limit}.`,
    'gateway.tooManyTokens': (p: { limit: number }) => `Permintaan ini terlalu panjang: batasnya ${p.limit} token.`,
    'gateway.badRequest': () => 'Permintaan tidak dapat diproses. Kirim JSON yang sah.',
    'gateway.nameTheOperation': () => 'Operasi yang akan dijalankan tidak jelas. Beri nama operasinya.',
    'gateway.subscriptionsOnly': () => 'Koneksi ini hanya untuk langganan. Kirim query dan mutation melalui HTTP.',
    'gateway.selectFieldDirectly': () => 'Pilih field langganan secara langsung, bukan melalui fragment.',
    'gateway.notServed': (p: { field: string }) => `Subscription.${p.field} belum dilayani.`,
    'gateway.signInToSubscribe': (p: { field: string }) => `Silakan masuk untuk berlangganan ${p.field}.`,
    'gateway.liveUpdateFailed': () => 'Pembaruan langsung tidak dapat dimuat.',
    'gateway.officersOfTheOfficeOnly': () =>
      'Hanya petugas kantor ini (atau ADMIN) yang dapat memantau lantai layanannya.',
    'gateway.nothingToFollow': () => 'Tidak ada yang dapat diikuti: tidak ada tiket dengan kode ini.',
  },
  {
    'gateway.unauthenticated': () => 'The access token is invalid or has expired. Please sign in again.',
    'gateway.accessRevoked': () => 'This session has been signed out or revoked.',
    'gateway.tokenExpired': () => 'The access token has expired.',
    'gateway.tooManySockets': () => 'Too many connections from this address.',
    'gateway.tooManySubscriptions': (p) => `At most ${p.limit} subscriptions per connection. End one first.`,
    'gateway.tooManySubscribes': () => 'Too many subscribe messages. Please slow down.',
    'gateway.tooCostly': (p) =>
      `This operation would cost ${p.cost}, above the limit of ${p.limit}. Ask for fewer items or split it.`,
    'gateway.tooDeep': (p) => `This query is too deep: the depth limit of ${p.limit} is exceeded.`,
    'gateway.tooManyAliases': (p) => `This query uses too many aliases: the aliases limit of ${p.limit} is exceeded.`,
    'gateway.tooManyDirectives': (p) =>
      `This query uses too many directives: the directives limit of ${p.limit} is exceeded.`,
    'gateway.tooManyTokens': (p) => `This query is too long: the token limit of ${p.limit} is exceeded.`,
    'gateway.badRequest': () => 'The request could not be processed. Please send valid JSON.',
    'gateway.nameTheOperation': () => 'Unable to identify the operation to run. Please name it.',
    'gateway.subscriptionsOnly': () => 'This socket serves subscriptions. Send queries and mutations over HTTP.',
    'gateway.selectFieldDirectly': () => 'Select the subscription field directly, not through a fragment.',
    'gateway.notServed': (p) => `Subscription.${p.field} is not served yet.`,
    'gateway.signInToSubscribe': (p) => `Please sign in to subscribe to ${p.field}.`,
    'gateway.liveUpdateFailed': () => 'The live update could not be resolved.',
    'gateway.officersOfTheOfficeOnly': () => 'Only the officers of this office (or an ADMIN) may watch its floor.',
    'gateway.nothingToFollow': () => 'There is nothing to follow here: no ticket has this code.',
  },
);
