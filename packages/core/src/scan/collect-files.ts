import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep, basename } from "node:path";
import picomatch from "picomatch";
import { GitignoreStack } from "./gitignore.js";
import type { FileKind, FilesByKind } from "./types.js";

/** Directories never scanned, whatever include/exclude and .gitignore say. */
export const ALWAYS_SKIPPED_DIRECTORIES: readonly string[] = ["node_modules", "dist", "build", ".git"];

export interface CollectOptions {
  /** Directory the include/exclude globs are relative to (the config root). */
  root: string;
  /** Absolute scan roots or files. */
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  /** Absolute files never handed to analysers (the config and registry themselves). */
  ignoreFiles?: readonly string[];
}

/**
 * The files of a scan, absolute and sorted. A file named explicitly on the
 * command line is scanned even when `include` does not list it (the user asked
 * for it); directories are walked with `include`/`exclude`, `.gitignore` and
 * the always-skipped directories applied. Symlinked directories are not
 * followed, so a link cycle cannot hang the scan.
 */
export function collectFiles(options: CollectOptions): string[] {
  const root = resolve(options.root);
  const included = picomatch(options.include.length > 0 ? [...options.include] : ["**"], { dot: true });
  const excluded = options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
  const ignoreFiles = new Set(options.ignoreFiles ?? []);
  const found = new Set<string>();
  const rel = (p: string) => relative(root, p).split(sep).join("/");

  const walk = (directory: string, ignores: GitignoreStack): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return; // unreadable directory: nothing to scan there
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRECTORIES.includes(entry.name)) continue;
        if (ignores.isIgnored(path, true)) continue;
        walk(path, ignores.enter(path));
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) {
        if (ignores.isIgnored(path, false) || ignoreFiles.has(path)) continue;
        const r = rel(path);
        if (included(r) && !excluded(r)) found.add(path);
      }
    }
  };

  for (const p of options.paths) {
    const path = resolve(p);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // reported by the caller, which knows the user's spelling of the path
    }
    if (stats.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRECTORIES.includes(basename(path)) && path !== root) continue;
      walk(path, GitignoreStack.forRoot(path, root));
    } else if (stats.isFile()) {
      found.add(path);
    }
  }
  return [...found].sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  ".proto": "proto",
  ".json": "schema",
  ".yaml": "schema",
  ".yml": "schema",
  ".vspec": "vss",
  ".ts": "typescript",
  ".tsx": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".js": "typescript",
  ".jsx": "typescript",
  ".mjs": "typescript",
  ".cjs": "typescript",
};

export function fileKind(path: string): FileKind | undefined {
  const dot = path.lastIndexOf(".");
  if (dot < 0) return undefined;
  return KIND_BY_EXTENSION[path.slice(dot).toLowerCase()];
}

export function groupByKind(files: readonly string[]): FilesByKind {
  const groups: Record<FileKind, string[]> = { proto: [], schema: [], vss: [], typescript: [] };
  for (const file of files) {
    const kind = fileKind(file);
    if (kind) groups[kind].push(file);
  }
  return groups;
}
