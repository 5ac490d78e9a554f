/**
 * What of an error may be logged: its type, message, code and stack, and its cause the same way.
 * Everything else stays out. PostgreSQL's errors carry the offending values in `detail` (a NIK in
 * a unique violation), `where`, `hint` and friends, and TypeORM's add the `query` and its
 * `parameters`; pino's default error serializer would write every one of them.
 */
export function safeErrorForLog(error: unknown, depth = 0): Record<string, unknown> {
  // A GraphQL error wraps what a resolver threw; the original says what went wrong.
  const original = (error as { originalError?: unknown } | null | undefined)?.originalError ?? error;
  if (typeof original !== 'object' || original === null) return { message: String(original) };
  const { name, message, code, stack, cause, type } = original as Partial<Error> & { code?: unknown; type?: unknown };
  const safe: Record<string, unknown> = {
    // `type` when it was made safe already (serializing twice changes nothing).
    type: typeof name === 'string' ? name : typeof type === 'string' ? type : original.constructor?.name,
    message: typeof message === 'string' ? message : undefined,
  };
  if (typeof code === 'string' || typeof code === 'number') safe.code = code;
  if (typeof stack === 'string') safe.stack = stack;
  if (cause !== undefined && depth < 3) safe.cause = safeErrorForLog(cause, depth + 1);
  return safe;
}

/** pino serializer form: leaves an absent value absent. */
export function errorSerializer(value: unknown): unknown {
  return value === undefined || value === null ? value : safeErrorForLog(value);
}
