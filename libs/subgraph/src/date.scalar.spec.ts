import { DateScalar, isCalendarDate } from './date.scalar';

describe('Date scalar', () => {
  it.each(['2024-02-29', '1990-01-31', '2000-12-01'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
    expect(DateScalar.parseValue(value)).toBe(value);
  });

  it.each(['2023-02-29', '1990-13-01', '1990-1-1', '01-01-1990', ''])('rejects %s', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => DateScalar.parseValue(value)).toThrow(/TTTT-BB-HH/);
  });
});
