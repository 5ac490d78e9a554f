import type { TFunction } from 'i18next';

interface GraphError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The error's code (contract `extensions.code`), when the graph gave one. */
export function errorCode(error: unknown): string | undefined {
  const first = graphErrors(error)[0];
  return typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
}

function graphErrors(error: unknown): GraphError[] {
  const candidate = error as { graphQLErrors?: GraphError[]; errors?: GraphError[] } | undefined;
  return candidate?.graphQLErrors ?? candidate?.errors ?? [];
}

/**
 * What to tell the person: the graph's own sentence (already in her language, from the catalogue
 * of @antrian/messages), else a plain one of ours. Never a stack or a technical detail.
 */
export function plainError(error: unknown, t: TFunction): string {
  const first = graphErrors(error)[0];
  const code = errorCode(error);
  if (first?.message && code && code !== 'INTERNAL_SERVER_ERROR') return first.message;
  if (code && ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED'].includes(code)) return t(`errors.${code}`);
  return t('common.error');
}
