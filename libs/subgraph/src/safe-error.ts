/**
 * What of an unexpected error may be logged. PostgreSQL errors carry the offending values in
 * `detail` (a NIK in a unique violation, say): those stay out of the logs.
 */
export function safeErrorForLog(error: unknown): Record<string, unknown> {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  if (!(original instanceof Error)) return { message: String(original) };
  const { code } = original as { code?: unknown };
  return { type: original.name, message: original.message, code, stack: original.stack };
}
