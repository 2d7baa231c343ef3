import { splitIdentifier } from "./split-identifier.js";

// Scans see the same names over and over (every message has an `id`, a `timestamp`).
const splitCache = new Map<string, string[]>();

/** `splitIdentifier`, memoised (bounded). */
export function partsOf(name: string): string[] {
  let parts = splitCache.get(name);
  if (!parts) {
    if (splitCache.size > 100_000) splitCache.clear();
    parts = splitIdentifier(name);
    splitCache.set(name, parts);
  }
  return parts;
}

/**
 * The key of a dictionary name: its identifier parts joined, so the spellings
 * of one name (`meterStart`, `meter_start`, `METER_START`, `Meter.Start`) meet.
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 100_000) keyCache.clear();
    key = partsOf(name).join("_");
    keyCache.set(name, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

/**
 * The spellings a part stands for: itself, its singular (`waypoints`,
 * `batteries`, `addresses`) and the word it abbreviates (`img`, `spd`). One
 * instance per pack index, since the abbreviations come from the pack.
 */
export class PartKeys {
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly abbreviations: ReadonlyMap<string, string>) {}

  of(part: string): string[] {
    let keys = this.cache.get(part);
    if (keys) return keys;
    keys = [part];
    if (part.length > 2 && part.endsWith("s") && !part.endsWith("ss")) {
      keys.push(part.slice(0, -1));
      if (part.endsWith("ies")) keys.push(part.slice(0, -3) + "y");
      else if (part.endsWith("es")) keys.push(part.slice(0, -2));
    }
    for (const key of [...keys]) {
      const full = this.abbreviations.get(key);
      if (full !== undefined && !keys.includes(full)) keys.push(full);
    }
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(part, keys);
    return keys;
  }

  /** A part equals a wanted part, or is its plural or abbreviation. */
  equals(part: string, wanted: string): boolean {
    return part === wanted || this.of(part).includes(wanted);
  }

  /** Whether `wanted` occurs as consecutive parts of `parts` within [from, to). */
  occursIn(parts: readonly string[], wanted: readonly string[], from: number, to: number): boolean {
    for (let start = from; start + wanted.length <= to; start++) {
      let all = true;
      for (let k = 0; k < wanted.length && all; k++) all = this.equals(parts[start + k]!, wanted[k]!);
      if (all) return true;
    }
    return false;
  }
}
