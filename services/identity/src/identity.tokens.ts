/** The service's pino logger, shared by its providers. */
export const IDENTITY_LOGGER = Symbol('IDENTITY_LOGGER');
