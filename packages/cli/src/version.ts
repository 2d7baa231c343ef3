import { readFileSync } from "node:fs";

/**
 * The CLI's own version, read from its package.json at run time (from `src/`
 * under vitest and from `dist/` when built; both sit one level below it).
 */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}
