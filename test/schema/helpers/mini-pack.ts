import type { CategorySignals, RulePack, SignalTerm } from "../../../packages/core/src/model/index.js";
import { testPack } from "./test-pack.js";

const term = (parts: string[], confidence: number, context?: { parts: string[]; confidence: number }): SignalTerm => ({
  parts,
  confidence,
  ...(context ? { context } : {}),
  examples: { match: [], noMatch: [] },
});

const LOCATION = "pi.sensitive.location-trajectory";

/**
 * The 2026 pack's categories with a handful of signals of our own, so that
 * tests of *where* fields are found do not move when the pack's vocabulary
 * is tuned: `lat`/`lng`/`lon` (strong beside each other), `latitude`,
 * `longitude`, `vin`, `license plate`, `odometer`, `speed` (strong beside a
 * vehicle word).
 */
export function miniPack(): RulePack {
  const signals = new Map<string, CategorySignals>();
  const add = (category: string, terms: SignalTerm[]) => signals.set(category, { category, terms, vss: [], types: [] });
  add(LOCATION, [
    term(["lat"], 0.6, { parts: ["lng", "lon", "longitude"], confidence: 0.95 }),
    term(["lng"], 0.6, { parts: ["lat", "latitude"], confidence: 0.95 }),
    term(["lon"], 0.6, { parts: ["lat", "latitude"], confidence: 0.95 }),
    term(["latitude"], 0.85),
    term(["longitude"], 0.85),
  ]);
  add("pi.general.vehicle-identifier", [term(["vin"], 0.95), term(["license", "plate"], 0.9)]);
  add("conn.operating-condition", [term(["odometer"], 0.85)]);
  add("pi.general.driving-behaviour", [term(["speed"], 0.6, { parts: ["vehicle", "odometer", "heading"], confidence: 0.85 })]);
  return { ...testPack(), signals };
}
