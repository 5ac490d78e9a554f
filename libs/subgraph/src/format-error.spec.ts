import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { formatSubgraphError } from './format-error';

describe('formatSubgraphError', () => {
  it('keeps contract errors with their code and drops stack traces', () => {
    const error = new DomainError('SESSION_FULL', 'The session is full');
    const reported: unknown[] = [];
    const formatted = formatSubgraphError(
      { message: error.message, extensions: { code: 'SESSION_FULL', stacktrace: ['at x'] } },
      error,
      (e) => reported.push(e),
    );
    expect(formatted).toEqual({ message: 'The session is full', extensions: { code: 'SESSION_FULL' } });
    expect(reported).toHaveLength(0);
  });

  it('hides internal errors such as SQL failures and reports them', () => {
    const sqlError = new GraphQLError('duplicate key value violates unique constraint "applicant_nik_key"');
    const reported: unknown[] = [];
    const formatted = formatSubgraphError(
      { message: sqlError.message, path: ['registerApplicant'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      sqlError,
      (e) => reported.push(e),
    );
    expect(formatted.message).toBe('Terjadi kesalahan pada sistem. Silakan coba lagi sebentar lagi.');
    expect(JSON.stringify(formatted)).not.toContain('applicant_nik_key');
    expect(reported).toEqual([sqlError]);
  });
});
