export type { Catalogue } from './catalogue';
export { defineMessages } from './catalogue/define-messages';
export * from './language';
export { limitRefusal } from './limit-refusals';
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
