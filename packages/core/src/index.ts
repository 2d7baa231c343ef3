export type * from "./model/index.js";
export { STRONG_SIGNAL_CONFIDENCE } from "./model/index.js";
export {
  parsePositionedDocument,
  formatInputError,
  pointerToKeyPath,
  splitPointer,
  joinPointer,
  type PositionedDocument,
  type InputError,
} from "./input/positioned-document.js";
export { suggestIds, editDistance } from "./categories/did-you-mean.js";
export { FINDING_MESSAGES } from "./messages/message-table.js";
export {
  findingMessage,
  interpolate,
  messageTemplate,
  messageTemplates,
  renderFindingMessage,
  textMessage,
  type FindingMessage,
  type FindingMessageData,
  type FindingMessageId,
} from "./messages/render-message.js";
export * from "./schema/index.js";
export * from "./pack/index.js";
export * from "./jurisdiction/index.js";
export * from "./scan/index.js";
export * from "./flow/sinks/index.js";
export * from "./program/index.js";
export * from "./flow/index.js";
export * from "./config/index.js";
export * from "./registry/index.js";
export * from "./verdict/index.js";
export * from "./input/index.js";
export * from "./remote/index.js";
