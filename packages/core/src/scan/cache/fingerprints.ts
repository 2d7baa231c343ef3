import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** SHA-256 of a file's bytes (hex), or undefined when it cannot be read. */
export function hashFile(file: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return undefined;
  }
}

export function hashText(...parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("hex");
}

let engine: string | undefined;

/**
 * The analysis code itself: the core's version and the content of every module of it that runs (its
 * `dist`, or its sources under a test runner). A cache written by any other build is never used, even
 * when the version number did not move (a development build, a patched install).
 */
export function engineFingerprint(): string {
  if (engine !== undefined) return engine;
  const codeRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const hash = createHash("sha256");
  hash.update(readVersion(resolve(codeRoot, "..", "package.json")));
  for (const file of codeFiles(codeRoot)) hash.update(file.slice(codeRoot.length)).update(readFileSync(file));
  return (engine = hash.digest("hex"));
}

function readVersion(packageJson: string): string {
  try {
    const version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version?: unknown }).version;
    return typeof version === "string" ? version : "?";
  } catch {
    return "?";
  }
}

function codeFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if ([".js", ".ts", ".mjs", ".json"].includes(extname(entry.name)) && !/\.(test|d)\.ts$|\.map$/.test(entry.name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

const LOCKFILES = ["pnpm-lock.yaml", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "bun.lock", "bun.lockb"];

/**
 * What the TypeScript program reads besides the project's files and that a content hash of the
 * project does not cover: the dependency lockfiles above the root (installed type declarations), the
 * `@types` packages the compiler includes on its own, and the tsconfig with the configs it extends.
 */
export function environmentFingerprint(root: string, tsconfig: string | undefined): string {
  const parts: string[] = [];
  const found = new Set<string>();
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    for (const name of LOCKFILES) {
      if (found.has(name)) continue;
      const file = join(dir, name);
      if (existsSync(file)) {
        found.add(name);
        parts.push(`${file}=${hashFile(file) ?? "unreadable"}`);
      }
    }
    if (dirname(dir) === dir) break;
  }
  for (const typesDir of [join(root, "node_modules", "@types")]) {
    try {
      parts.push(`${typesDir}:${readdirSync(typesDir).sort().join(",")}`);
    } catch {
      parts.push(`${typesDir}:none`);
    }
  }
  for (const file of tsconfigChain(tsconfig !== undefined ? resolve(root, tsconfig) : join(root, "tsconfig.json"))) {
    parts.push(`${file}=${hashFile(file) ?? "absent"}`);
  }
  return hashText(...parts);
}

/** A tsconfig and the local configs it `extends` (packages are covered by the lockfile). */
export function tsconfigChain(file: string, depth = 0): string[] {
  if (depth > 8) return [file];
  let text: string;
  try {
    if (!statSync(file).isFile()) return [file];
    text = readFileSync(file, "utf8");
  } catch {
    return [file];
  }
  const chain = [file];
  const match = /"extends"\s*:\s*(\[[^\]]*\]|"[^"]*")/.exec(text);
  const targets = match ? [...match[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [];
  for (const target of targets) {
    if (!target.startsWith(".") && !target.startsWith("/")) continue;
    const base = resolve(dirname(file), target);
    chain.push(...tsconfigChain(base.endsWith(".json") ? base : `${base}.json`, depth + 1));
  }
  return chain;
}
