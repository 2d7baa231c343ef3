import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep, basename } from "node:path";
import picomatch from "picomatch";
import { OUTSIDE_REASON } from "../input/read-scanned-file.js";
import { readScopeOf } from "../input/read-scope.js";
import type { ReadScope } from "../model/read-scope.js";
import { GitignoreStack, matchablePath } from "./gitignore.js";
import type { FileKind, FilesByKind } from "./types.js";

/** Directories never scanned, whatever include/exclude and .gitignore say. */
const ALWAYS_SKIPPED_DIRECTORIES: readonly string[] = ["node_modules", "dist", "build", ".git"];

export interface CollectOptions {
  /** Directory the include/exclude globs are relative to (the config root). */
  root: string;
  /** Absolute scan roots or files. */
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  /** Absolute files never handed to analysers (the config and registry themselves). */
  ignoreFiles?: readonly string[];
  /**
   * Where a symbolic link to a file may lead (default: the root and `paths`);
   * a link out of it is refused, never followed.
   */
  scope?: ReadScope;
  /** Told about every file that would be scanned but is not (a link out of the scope, a name that is not UTF-8). */
  onRefused?: (refused: RefusedFile) => void;
}

/** A file the walk found and did not hand to the analysers, and why. */
export interface RefusedFile {
  /** Absolute path; a name that is not UTF-8 shows its invalid bytes as U+FFFD. */
  path: string;
  reason: string;
  kind: "outside" | "name" | "special";
}

/**
 * The files of a scan, absolute and sorted. A file named explicitly on the
 * command line is scanned even when `include` does not list it (the user asked
 * for it); directories are walked with `include`/`exclude`, `.gitignore` and
 * the always-skipped directories applied. Symlinked directories are not
 * followed, so a link cycle cannot hang the scan; a symlinked file is scanned
 * only when it resolves inside the scope. A name that is not valid UTF-8
 * cannot be opened through a JavaScript string: it is reported, not guessed.
 */
export function collectFiles(options: CollectOptions): string[] {
  const root = resolve(options.root);
  const includeGlob = picomatch(options.include.length > 0 ? [...options.include] : ["**"], { dot: true });
  const excludeGlob = options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
  const selected = (relativePath: string): boolean => {
    const matchable = matchablePath(relativePath);
    return includeGlob(matchable) && !excludeGlob(matchable);
  };
  const ignoreFiles = new Set(options.ignoreFiles ?? []);
  const scope = options.scope ?? readScopeOf([root, ...options.paths]);
  const refuse = options.onRefused ?? (() => undefined);
  const found = new Set<string>();
  const rel = (p: string) => relative(root, p).split(sep).join("/");

  const walk = (directory: string, ignores: GitignoreStack): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return; // unreadable directory: nothing to scan there
    }
    const undecodable = entries.some((entry) => entry.name.includes("\uFFFD")) ? undecodableNames(directory) : NO_NAMES;
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (undecodable.has(entry.name)) {
        if (entry.isDirectory() || selected(rel(path)))
          refuse({
            path,
            kind: "name",
            reason: `its name is not valid UTF-8 (${undecodable.get(entry.name)}); vdx cannot open it: rename it${entry.isDirectory() ? " (nothing in this folder is scanned)" : ""}`,
          });
      } else if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRECTORIES.includes(entry.name)) continue;
        if (ignores.isIgnored(path, true)) continue;
        walk(path, ignores.enter(path));
      } else {
        const type = entry.isFile() ? "file" : entry.isSymbolicLink() ? targetType(path) : "special";
        // Symlinked folders are not followed; FIFOs, sockets and devices are not files to scan.
        if (type === "directory" || type === "missing") continue;
        if (ignores.isIgnored(path, false) || ignoreFiles.has(path)) continue;
        if (!selected(rel(path))) continue;
        if (type === "special") {
          // Only names vdx would scan are worth a word: a FIFO named `*.proto` is a surprise, one named `fifo` is not.
          if (fileKind(path) !== undefined)
            refuse({ path, kind: "special", reason: `${entry.isSymbolicLink() ? "a symbolic link to " : ""}a device, FIFO or socket, not a regular file` });
        } else if (entry.isSymbolicLink() && !scope.contains(path)) {
          refuse({ path, kind: "outside", reason: `a symbolic link that ${OUTSIDE_REASON.replace(/^it /, "")}` });
        } else {
          found.add(path);
        }
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

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * Entries of `directory` whose names are not valid UTF-8, keyed by the name
 * Node gives them (invalid bytes become U+FFFD), with the bytes escaped. Only
 * when some name holds U+FFFD is the directory listed again as bytes.
 */
function undecodableNames(directory: string): Map<string, string> {
  const names = new Map<string, string>();
  let raw: Buffer[];
  try {
    raw = readdirSync(directory, { encoding: "buffer" });
  } catch {
    return names;
  }
  const strict = new TextDecoder("utf-8", { fatal: true });
  for (const bytes of raw) {
    try {
      strict.decode(bytes);
    } catch {
      names.set(bytes.toString("utf8"), escapeBytes(bytes));
    }
  }
  return names;
}

/** `caf\xe9.proto`: printable ASCII as is, every other byte as `\xNN`. */
function escapeBytes(bytes: Buffer): string {
  return [...bytes].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`)).join("");
}

/** What a symbolic link leads to. */
function targetType(path: string): "file" | "directory" | "special" | "missing" {
  try {
    const stats = statSync(path);
    return stats.isFile() ? "file" : stats.isDirectory() ? "directory" : "special";
  } catch {
    return "missing";
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
