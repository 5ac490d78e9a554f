export type { Catalogue } from './catalogue/indonesian';
export * from './language';
export {
  isLocalizedMessage,
  localize,
  LocalizedMessage,
  message,
  MessageKey,
  messageKeys,
  MessageParams,
  translate,
} from './messages';
