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
