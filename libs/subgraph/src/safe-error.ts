/** The one error serializer lives with the loggers; subgraph code imports it from here too. */
export { safeErrorForLog } from '@antrian/logging';
