import { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ClientAddressOf } from './client-address';
import { DEFAULT_LANGUAGE, Language, languageFromAcceptLanguage, translate } from '@antrian/messages';

/**
 * Requests per client address and window. In memory, on each gateway replica: with N replicas
 * behind a balancer an address gets up to N times the limit, which is acceptable for a limit that
 * only stops floods (per-account limits live in the subgraphs, in PostgreSQL, shared by all).
 */
export class AddressRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(points: number, windowSeconds: number) {
    this.limiter = new RateLimiterMemory({ points, duration: windowSeconds });
  }

  /** Takes one request from the address's allowance: null if allowed, else the seconds to wait. */
  async take(address: string | null): Promise<number | null> {
    try {
      await this.limiter.consume(address ?? 'unknown');
      return null;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw refusal;
    }
  }
}

/** The GraphQL error body of a refused request, with the HTTP status and `Retry-After` that go with it. */
export function rateLimitedBody(retryAfterSeconds: number, language: Language = DEFAULT_LANGUAGE) {
  return {
    errors: [
      {
        message: translate(language, 'request.rateLimited', { seconds: retryAfterSeconds }),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
      },
    ],
  };
}

/** 429 with `Retry-After` and a GraphQL error body once an address has used its allowance. */
export function rateLimitMiddleware(limit: AddressRateLimit, clientAddressOf: ClientAddressOf): RequestHandler {
  return (req, res, next) => {
    // Preflights carry no operation; browsers send one per new request shape at most.
    if (req.method === 'OPTIONS') return next();
    limit.take(clientAddressOf(req)).then((retryAfter) => {
      if (retryAfter === null) return next();
      res
        .status(429)
        .set('Retry-After', String(retryAfter))
        .json(rateLimitedBody(retryAfter, languageFromAcceptLanguage(req.headers['accept-language'])));
    }, next);
  };
}
