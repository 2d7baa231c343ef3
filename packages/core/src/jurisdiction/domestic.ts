import type { Jurisdiction } from "../model/pack.js";

/** Where vdx places code that no deployment in the config moves abroad. */
export const MAINLAND_CHINA = "CN" as Jurisdiction;

/** The organisation's own network (private address ranges, internal host suffixes, config `internal`). */
export const INTERNAL_NETWORK = "internal" as Jurisdiction;

/** A destination vdx cannot place. */
export const UNKNOWN_JURISDICTION = "unknown" as Jurisdiction;

/**
 * A jurisdiction as vdx compares them: ISO codes upper case, `internal` and
 * `unknown` lower case. Config, pack and registry values are written by hand
 * in either case; this is the one way a string becomes a `Jurisdiction`.
 */
export function normaliseJurisdiction(jurisdiction: string): Jurisdiction {
  const lower = jurisdiction.toLowerCase();
  return (lower === INTERNAL_NETWORK || lower === UNKNOWN_JURISDICTION ? lower : jurisdiction.toUpperCase()) as Jurisdiction;
}

/** In mainland China (CN). Hong Kong, Macao and Taiwan have codes of their own and are abroad. */
export function isMainlandChina(jurisdiction: string): boolean {
  return jurisdiction.toUpperCase() === MAINLAND_CHINA;
}

/** The organisation's own network (`internal`): not an export, and not China either. */
export function isInternalNetwork(jurisdiction: string): boolean {
  return jurisdiction.toLowerCase() === INTERNAL_NETWORK;
}

/** Not an export destination: mainland China, or the organisation's own network (`internal`). */
export function isDomestic(jurisdiction: string): boolean {
  return isMainlandChina(jurisdiction) || isInternalNetwork(jurisdiction);
}

/** A destination vdx could not place (`unknown`, or no jurisdiction at all). */
export function isUnplaced(jurisdiction: string): boolean {
  return jurisdiction === "" || jurisdiction.toLowerCase() === UNKNOWN_JURISDICTION;
}

/** A destination placed abroad: neither domestic nor unknown. */
export function isKnownForeign(jurisdiction: string): boolean {
  return !isDomestic(jurisdiction) && !isUnplaced(jurisdiction);
}

/** The same jurisdiction however each is spelled (`de` and `DE`). */
export function sameJurisdiction(a: string, b: string): boolean {
  return normaliseJurisdiction(a) === normaliseJurisdiction(b);
}
