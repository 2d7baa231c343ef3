import type { Compounds } from "../../model/signal-knowledge.js";
import { partsOf } from "./identifier-parts.js";

/**
 * Reads an identifier into parts, splitting concatenated lower-case words
 * (`odometerkm`, `batteryvoltage`, `licenseplate`) into the words the pack
 * knows. A part is split only when it is no known word itself and consists
 * entirely of known words of two letters or more, so `translate`, `plateau`
 * and `template` stay whole. One instance per pack index, memoised.
 */
export class IdentifierReader {
  private readonly cache = new Map<string, string[]>();
  private readonly splits = new Map<string, string[] | undefined>();
  private readonly longest: number;

  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly compounds: Compounds | undefined,
  ) {
    this.longest = Math.max(0, ...[...words].map((w) => w.length));
  }

  read(name: string): string[] {
    let parts = this.cache.get(name);
    if (parts) return parts;
    parts = partsOf(name);
    if (this.compounds && parts.some((part) => this.splitOf(part) !== undefined)) parts = parts.flatMap((part) => this.splitOf(part) ?? [part]);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(name, parts);
    return parts;
  }

  private splitOf(part: string): string[] | undefined {
    if (!this.compounds || part.length < this.compounds.minLength || !/^[a-z]+$/.test(part) || this.isWord(part)) return undefined;
    if (this.compounds.keep?.includes(part) || this.compounds.keep?.includes(part.replace(/s$/, ""))) return undefined;
    if (this.splits.has(part)) return this.splits.get(part);
    const split = this.fewestWords(part);
    if (this.splits.size > 100_000) this.splits.clear();
    this.splits.set(part, split);
    return split;
  }

  /** A known word, in its singular too (`voltages`). */
  private isWord(part: string): boolean {
    return this.words.has(part) || (part.endsWith("s") && this.words.has(part.slice(0, -1)));
  }

  /** The segmentation into known words with the fewest pieces (at least two), or none. */
  private fewestWords(part: string): string[] | undefined {
    const best: (number | undefined)[] = [0];
    const from: number[] = [];
    for (let end = 2; end <= part.length; end++) {
      for (let start = Math.max(0, end - this.longest - 1); start <= end - 2; start++) {
        if (best[start] === undefined || !this.isWord(part.slice(start, end))) continue;
        const pieces = best[start]! + 1;
        if (best[end] === undefined || pieces < best[end]!) {
          best[end] = pieces;
          from[end] = start;
        }
      }
    }
    if (best[part.length] === undefined || best[part.length]! < 2) return undefined;
    const pieces: string[] = [];
    for (let end = part.length; end > 0; end = from[end]!) pieces.unshift(part.slice(from[end], end));
    return pieces;
  }
}
