export { resolveDestination, resolveCloudRegion, type DestinationResolution } from "./resolve-destination.js";

export {
  MAINLAND_CHINA,
  UNKNOWN_JURISDICTION,
  normaliseJurisdiction,
  isMainlandChina,
  isInternalNetwork,
  isDomestic,
  isUnplaced,
  isKnownForeign,
  sameJurisdiction,
} from "./domestic.js";
