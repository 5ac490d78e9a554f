import { isDeterministicFailure, PermanentEventError } from './failure-kind';

describe('isDeterministicFailure', () => {
  it('calls an event that will fail the same way every time deterministic', () => {
    expect(isDeterministicFailure(new PermanentEventError('no such stage'))).toBe(true);
    expect(isDeterministicFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(true);
    // TypeORM's QueryFailedError carries the driver's SQLSTATE: 22P02 is a malformed uuid.
    expect(
      isDeterministicFailure(Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' })),
    ).toBe(true);
    expect(isDeterministicFailure({ message: 'null value', driverError: { code: '23502' } })).toBe(true);
  });

  it('calls outages, timeouts and lock conflicts transient', () => {
    expect(isDeterministicFailure(new Error('Connection terminated unexpectedly'))).toBe(false);
    expect(isDeterministicFailure(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe(false);
    expect(isDeterministicFailure(Object.assign(new Error('canceling statement'), { code: '57014' }))).toBe(false);
    expect(isDeterministicFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(
      false,
    );
    expect(isDeterministicFailure(undefined)).toBe(false);
  });
});
