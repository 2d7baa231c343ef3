import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { findConfigFile, relativeToRoot, scan, type ScanResult } from "@vdx/core";
import { optional } from "../args/optional.js";
import type { CliIo } from "../io.js";
import { printInputErrors } from "../print-errors.js";
import { describeLocation, type Place } from "./describe-location.js";
import { terminalSafeLines } from "../reporters/terminal-safe.js";

/** `src/a.ts:32:9`, `src/a.ts:32` or `src/a.ts` (every finding of the file). */
export interface LocationTarget {
  path: string;
  line?: number;
  column?: number;
}

export function parseLocationTarget(target: string): LocationTarget {
  const match = /^(.+?):(\d+)(?::(\d+))?$/.exec(target);
  if (!match) return { path: target };
  return { path: match[1]!, line: Number(match[2]), ...(match[3] !== undefined ? { column: Number(match[3]) } : {}) };
}

/** Whether `target` could name a file at all (has a path separator, an extension or a `:line`). */
export function looksLikeLocation(target: string): boolean {
  const { path, line } = parseLocationTarget(target);
  return line !== undefined || path.includes("/") || path.includes(sep) || /\.[a-z0-9]+$/i.test(path);
}

/** The file `path` names, relative to cwd first, then to the scan root of the config found from cwd. */
export function resolveTargetFile(cwd: string, path: string, configFile: string | undefined): string | undefined {
  const fromCwd = resolve(cwd, path);
  if (isFile(fromCwd)) return fromCwd;
  if (isAbsolute(path)) return undefined;
  const config = configFile !== undefined ? resolve(cwd, configFile) : findConfigFile(cwd);
  if (config === undefined) return undefined;
  const fromRoot = resolve(dirname(config), path);
  return isFile(fromRoot) ? fromRoot : undefined;
}

interface ExplainLocationOptions {
  configFile: string | undefined;
  asOf: string | undefined;
}

/**
 * Scans the project the file belongs to (flows through other files decide its
 * findings) and prints the reasoning behind every finding at the target. A path
 * that names no file is matched against the files the scan reported on, by
 * suffix (`uploader.ts:32`).
 */
export async function explainLocation(io: CliIo, target: LocationTarget, options: ExplainLocationOptions): Promise<number> {
  const file = resolveTargetFile(io.cwd, target.path, options.configFile);
  const config = options.configFile !== undefined ? resolve(io.cwd, options.configFile) : findConfigFile(file !== undefined ? dirname(file) : io.cwd);
  const root = config !== undefined ? dirname(config) : file !== undefined && !isInside(io.cwd, file) ? dirname(file) : io.cwd;
  const result = await scan({ paths: [root], cwd: io.cwd, ...optional("configFile", config), ...optional("asOf", options.asOf) });
  if (result.errors.length > 0) {
    printInputErrors(io, result.errors);
    return 2;
  }
  const fromCwd = (path: string) => relativeToRoot(io.cwd, path);
  const matched = file !== undefined ? [file] : filesBySuffix(result, target.path);
  if (matched.length !== 1) {
    const known = matched.length > 1 ? `; it matches ${matched.map(fromCwd).join(", ")}: give more of the path` : "";
    io.stderr.write(`vdx: ${target.path}: no such file (relative to ${fromCwd(io.cwd)} or to the scan root ${fromCwd(result.root)})${known}\n`);
    return 2;
  }
  const place: Place = { file: matched[0]!, ...optional("line", target.line), ...optional("column", target.column) };
  // The flow engine's reasoning names files relative to the scan root; every other path here does too.
  if (result.root !== io.cwd) io.stdout.write(`(paths relative to the scan root ${fromCwd(result.root)})\n\n`);
  // The reasoning quotes file names, identifiers and literals of the scanned code: no raw control characters.
  io.stdout.write(terminalSafeLines(describeLocation(result, place, (path) => relativeToRoot(result.root, path))));
  return 0;
}

/** Files with findings, fields or flows whose path ends with `suffix` at a segment boundary. */
function filesBySuffix(result: ScanResult, suffix: string): string[] {
  const wanted = suffix
    .split(/[\\/]/)
    .filter((s) => s !== "" && s !== ".")
    .join("/");
  if (wanted === "") return [];
  const files = new Set([
    ...result.findings.map((f) => f.location.file),
    ...result.fields.map((f) => f.location.file),
    ...result.flows.map((f) => f.location.file),
  ]);
  return [...files].filter((f) => f.split(sep).join("/").endsWith(`/${wanted}`)).sort();
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function isInside(directory: string, file: string): boolean {
  const rel = relative(directory, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
