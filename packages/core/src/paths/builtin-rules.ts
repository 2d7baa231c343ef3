// Where the built-in rule packs are on disk. A leaf module (node only), so input/, pack/ and scan/ can all ask
// without a folder cycle.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the built-in packs live: the repository's (or installed package's)
 * `rules/` folder, found by walking up from this module, so the same code
 * works from `src/pack/` under vitest and from `dist/pack/` after a build.
 */
let rulesRoot: string | null | undefined;

function builtinRulesRoot(): string | undefined {
  if (rulesRoot !== undefined) return rulesRoot ?? undefined;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "rules");
    if (existsSync(join(candidate, "schema")) && isDirectory(candidate)) {
      rulesRoot = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  rulesRoot = null;
  return undefined;
}

/** Folder of a built-in pack (`2026` → `<rules>/2026`), if there is one with a manifest. */
export function builtinPackDir(id: string): string | undefined {
  const root = builtinRulesRoot();
  if (!root || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) || id === "schema") return undefined;
  const dir = join(root, id);
  return existsSync(join(dir, "pack.yaml")) ? dir : undefined;
}

/** Ids of the built-in packs, for "did you mean" and `vdx explain`. */
export function builtinPackIds(): string[] {
  const root = builtinRulesRoot();
  if (!root) return [];
  return readdirSync(root)
    .filter((name) => name !== "schema" && existsSync(join(root, name, "pack.yaml")))
    .sort();
}

/** `rules/schema/<part>.schema.json` of the built-in rules folder. */
export function packSchemaPath(part: string): string | undefined {
  const root = builtinRulesRoot();
  if (!root) return undefined;
  const file = join(root, "schema", `${part}.schema.json`);
  return existsSync(file) ? file : undefined;
}

/** `rules/schema/` of the built-in rules folder: the pack schemas. */
export function packSchemaDir(): string | undefined {
  const root = builtinRulesRoot();
  return root ? join(root, "schema") : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
