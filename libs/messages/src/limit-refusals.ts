import { LocalizedMessage, message } from './messages';

/**
 * The limits that graphql-armor and graphql-js enforce (depth, aliases, directives, tokens) say
 * so in English, in words of their own; each is recognised by its wording and told again from
 * the catalogue, limit included.
 */
const LIMIT_REFUSALS: readonly [RegExp, (limit: number) => LocalizedMessage][] = [
  [/Query depth limit of (\d+) exceeded/, (limit) => message('gateway.tooDeep', { limit })],
  [/Aliases limit of (\d+) exceeded/, (limit) => message('gateway.tooManyAliases', { limit })],
  [/Directives limit of (\d+) exceeded/, (limit) => message('gateway.tooManyDirectives', { limit })],
  [/Document contains more that (\d+) tokens/, (limit) => message('gateway.tooManyTokens', { limit })],
];

/** The catalogue's sentence for a limit's refusal, or undefined for any other message. */
export function limitRefusal(text: string): LocalizedMessage | undefined {
  for (const [pattern, refusal] of LIMIT_REFUSALS) {
    const found = pattern.exec(text);
    if (found) return refusal(Number(found[1]));
  }
  return undefined;
}
