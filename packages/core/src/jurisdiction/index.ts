export { resolveDestination, resolveCloudRegion, type DestinationResolution } from "./resolve-destination.js";

