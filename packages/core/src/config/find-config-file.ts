import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** File names vdx looks for, in order of preference within one folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ["vdx.config.yaml", "vdx.config.yml", "vdx.config.json"];

/**
 * The nearest config file: `startDir` first, then each parent up to the file
 * system root (so a scan of `packages/app/src` finds the repository's config).
 */
export function findConfigFile(startDir: string): string | undefined {
  let directory = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
