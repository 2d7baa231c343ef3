import type { Jurisdiction } from "../model/pack.js";

/** Where vdx places code that no deployment in the config moves abroad. */
export const MAINLAND_CHINA: Jurisdiction = "CN";

/**
 * A jurisdiction as vdx compares them: ISO codes upper case, `internal` and
 * `unknown` lower case. Config, pack and registry values are written by hand
 * in either case; every comparison goes through this (or the predicates below).
 */
export function normaliseJurisdiction(jurisdiction: string): Jurisdiction {
  const lower = jurisdiction.toLowerCase();
  return lower === "internal" || lower === "unknown" ? lower : jurisdiction.toUpperCase();
}

/** In mainland China (CN). Hong Kong, Macao and Taiwan have codes of their own and are abroad. */
export function isMainlandChina(jurisdiction: string): boolean {
  return jurisdiction.toUpperCase() === MAINLAND_CHINA;
}

/** Not an export destination: mainland China, or the organisation's own network (`internal`). */
export function isDomestic(jurisdiction: string): boolean {
  return isMainlandChina(jurisdiction) || jurisdiction.toLowerCase() === "internal";
}

/** A destination placed abroad: neither domestic nor unknown. */
export function isKnownForeign(jurisdiction: string): boolean {
  return !isDomestic(jurisdiction) && jurisdiction.toLowerCase() !== "unknown" && jurisdiction !== "";
}
