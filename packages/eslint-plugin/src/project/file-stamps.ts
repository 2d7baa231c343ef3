import { statSync } from "node:fs";

/** What is cheap to learn about a file without reading it: enough to notice an edit, a creation or a deletion. */
interface Stamp {
  mtimeMs: number;
  size: number;
}

const MISSING: Stamp = { mtimeMs: -1, size: -1 };

function stampOf(path: string): Stamp {
  try {
    const stats = statSync(path, { bigint: false });
    return { mtimeMs: stats.mtimeMs, size: stats.size };
  } catch {
    return MISSING;
  }
}

/**
 * The files (and directories: their mtime changes when an entry is added or
 * removed) that a piece of cached knowledge was built from. `changed()` says
 * whether any of them differs from when the set was taken; it is called at
 * most once a second by {@link FreshnessGate}, so its cost is a few `stat`s.
 */
export class FileStamps {
  readonly #stamps: Map<string, Stamp>;

  constructor(paths: Iterable<string>) {
    this.#stamps = new Map();
    for (const path of paths) this.#stamps.set(path, stampOf(path));
  }

  get size(): number {
    return this.#stamps.size;
  }

  changed(): boolean {
    for (const [path, stamp] of this.#stamps) {
      const now = stampOf(path);
      if (now.mtimeMs !== stamp.mtimeMs || now.size !== stamp.size) return true;
    }
    return false;
  }
}

/**
 * Rate-limits a staleness check: an editor lints on every keystroke, and
 * stat-ing every schema file each time would cost more than the rules do.
 * Within `intervalMs` of the last check the cached answer is trusted.
 */
export class FreshnessGate {
  #lastCheck = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly stamps: FileStamps,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#lastCheck = now();
  }

  /** True when the inputs changed since the knowledge was built (checked at most once per interval). */
  isStale(): boolean {
    const time = this.now();
    if (time - this.#lastCheck < this.intervalMs) return false;
    this.#lastCheck = time;
    return this.stamps.changed();
  }
}
