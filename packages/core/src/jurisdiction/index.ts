export { resolveDestination, resolveCloudRegion, type DestinationResolution } from "./resolve-destination.js";

export { MAINLAND_CHINA, normaliseJurisdiction, isMainlandChina, isDomestic, isKnownForeign } from "./domestic.js";
