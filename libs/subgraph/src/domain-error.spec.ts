import { message } from '@antrian/messages';
import { DomainError } from './domain-error';

describe('DomainError', () => {
  it('says a catalogue sentence in Bahasa Indonesia by default and keeps it for other languages', () => {
    const error = new DomainError('RATE_LIMITED', message('request.rateLimited', { seconds: 30 }), {
      retryAfterSeconds: 30,
    });
    expect(error.message).toBe('Terlalu banyak permintaan. Silakan coba lagi dalam 30 detik.');
    expect(error.localized).toEqual({ key: 'request.rateLimited', params: [{ seconds: 30 }] });
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });
});
