/**
 * Valid applicant data for tests: each call gives a new NIK (the serial varies) and e-mail.
 * The NIK encodes 17 August 1990, a man's, in Blitar (35.05).
 */
let serial = Math.floor(Math.random() * 5000) + 1;

export function applicantInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1;
  const suffix = String(serial % 10000 || 1).padStart(4, '0');
  return {
    nik: `350501170890${suffix}`,
    fullName: 'Siti Rahayu',
    birthDate: '1990-08-17',
    email: `applicant-${suffix}-${Date.now()}@example.id`,
    phone: '081234567890',
    password: 'correct horse battery',
    ...overrides,
  };
}
