export { resolveDestination, resolveCloudRegion, type DestinationResolution, type DestinationMatchKind, type ResolveContext } from "./resolve-destination.js";
export { parseDestination, type ParsedDestination } from "./destination-input.js";
export { compileHostGlob, type CompiledHostGlob } from "./host-glob.js";
export { parseIp, parseCidr, cidrContains, formatIp, type IpAddress, type CidrBlock } from "./ip-address.js";
