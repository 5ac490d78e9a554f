/**
 * What the gateway's own refusals say to people (the codes never change with the language). One
 * place, for the later move into the message catalogues.
 */
export const GATEWAY_MESSAGES = {
  rateLimited: (seconds: number) => `Too many requests from this address: try again in ${seconds} s`,
  tooManySockets: 'Too many connections from this address',
  tooManySubscriptions: (limit: number) => `At most ${limit} subscriptions per connection: end one first`,
  tooManySubscribes: 'Too many subscribe messages: slow down',
  tooCostly: (cost: number, limit: number) =>
    `This operation would cost ${cost}, above the limit of ${limit}: ask for fewer items or split it`,
  accessRevoked: 'Forbidden: this session has been signed out or revoked',
  officersOfTheOfficeOnly: 'Only the officers of this office (or an ADMIN) may watch its floor',
  nothingToFollow: 'There is nothing to follow here: no ticket has this code',
} as const;
