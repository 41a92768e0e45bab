// Public API of the messages module: message codes + params, and their English templates.
export {
  MessageParamsSchema,
  MessagePartSchema,
  catalogueCodes,
  catalogueTranslator,
  interpolate,
  renderMessage,
  wordPart,
} from './DomainMessage';
export type {
  DomainMessage,
  MessageParamValue,
  MessageParams,
  MessagePart,
  MessageTranslator,
} from './DomainMessage';
export { FRAMEWORK_MESSAGES_EN, formatMessage } from './messagesEn';
export type { FrameworkMessageKey } from './messagesEn';
