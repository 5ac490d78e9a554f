/** A message template: no parameters, or one object of named values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template names its own parameters
export type Template = (params: any) => string;

/**
 * One area's sentences in both languages. Bahasa Indonesia is written first and is the source
 * of the keys and parameters; the English entries must have exactly the same keys, and each may
 * use the parameters its Indonesian twin declares.
 */
export function defineMessages<Indonesian extends Record<string, Template>>(
  indonesian: Indonesian,
  english: { [K in keyof Indonesian]: Indonesian[K] },
): { indonesian: Indonesian; english: Indonesian } {
  return { indonesian, english };
}
