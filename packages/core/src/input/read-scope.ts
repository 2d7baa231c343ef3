import { realpathSync } from "node:fs";
import { resolve, sep } from "node:path";
import type { ReadScope } from "../model/read-scope.js";

/**
 * The folders (and single files) vdx may read: the scan root, the paths the
 * user named, configured include paths and the config's `allowRead`. A
 * `$ref`, a proto `import`, a `.vspec` `#include` or a symbolic link that
 * leads anywhere else is refused and reported, so a scanned repository cannot
 * make vdx read (and quote) files of the machine that scans it.
 *
 * Paths are compared after resolving symbolic links on both sides, so a link
 * inside the root that points out of it is outside, and a root reached
 * through a link (`/tmp` → `/private/tmp`) still contains its files.
 */
class RealPathScope implements ReadScope {
  private constructor(private readonly entries: readonly string[]) {}

  /** A scope of these folders or files (absolute, or relative to the working directory); missing ones are left out. */
  static of(paths: readonly string[]): RealPathScope {
    const entries = new Set<string>();
    for (const path of paths) {
      const real = realOrUndefined(resolve(path));
      if (real !== undefined) entries.add(real);
    }
    return new RealPathScope([...entries]);
  }

  /** This scope and these paths too. */
  with(paths: readonly string[]): RealPathScope {
    return paths.length === 0 ? this : new RealPathScope([...this.entries, ...RealPathScope.of(paths).entries]);
  }

  /**
   * Whether `path` lies in the scope once every symbolic link is resolved.
   * A path that does not exist is "inside": reading it then fails as missing, which says more.
   */
  contains(path: string): boolean {
    const real = realOrUndefined(path);
    if (real === undefined) return true;
    return this.entries.some((entry) => real === entry || real.startsWith(entry.endsWith(sep) ? entry : entry + sep));
  }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** A scope of these folders or files (absolute, or relative to the working directory); missing ones are left out. */
export function readScopeOf(paths: readonly string[]): ReadScope {
  return RealPathScope.of(paths);
}
