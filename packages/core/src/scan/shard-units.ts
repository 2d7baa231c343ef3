import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import picomatch from "picomatch";
import { parse as parseYaml } from "yaml";
import type { ShardInfo } from "./types.js";

/**
 * How `--shard i/n` splits a project: by workspace package (the folders `package.json` `workspaces` or
 * `pnpm-workspace.yaml` `packages` name, each with its own `package.json`); files in no package form
 * the unit `.`. A project without workspaces is split by its folders two levels deep (`src/upload`).
 * Units go to shards largest first, each to the shard with the fewest files so far (ties: the lower
 * shard), so every job of the matrix gets a similar share and the same split on every machine.
 */
export interface ShardPlan {
  info: ShardInfo;
  /** Whether a file (absolute) belongs to this shard. */
  owns(file: string): boolean;
}

export function planShard(root: string, files: readonly string[], shard: { index: number; count: number }): ShardPlan {
  const unitOf = unitFinder(root);
  const filesByUnit = new Map<string, number>();
  for (const file of files) filesByUnit.set(unitOf(file), (filesByUnit.get(unitOf(file)) ?? 0) + 1);
  // The config and registry live at the root: the unit `.` always exists.
  if (!filesByUnit.has(".")) filesByUnit.set(".", 0);
  const units = [...filesByUnit].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const totals = Array.from({ length: shard.count }, () => 0);
  const shardOf = new Map<string, number>();
  for (const [unit, count] of units) {
    let smallest = 0;
    for (let i = 1; i < totals.length; i++) if (totals[i]! < totals[smallest]!) smallest = i;
    totals[smallest]! += count;
    shardOf.set(unit, smallest + 1);
  }
  const mine = [...shardOf]
    .filter(([, index]) => index === shard.index)
    .map(([unit]) => unit)
    .sort();
  const owned = new Set(mine);
  return { info: { index: shard.index, count: shard.count, units: mine }, owns: (file) => owned.has(unitOf(file)) };
}

/** The unit of a file: its workspace package folder, the root `.`, or (without workspaces) its folder two levels deep. */
function unitFinder(root: string): (file: string) => string {
  const patterns = workspacePatterns(root);
  const byDirectory = new Map<string, string>();
  if (patterns === undefined) {
    return (file) => {
      const rel = relative(root, file).split(sep);
      if (rel[0] === ".." || rel.length <= 1) return ".";
      return rel.slice(0, Math.min(2, rel.length - 1)).join("/");
    };
  }
  const included = picomatch(patterns.include.length > 0 ? patterns.include : ["\u0000"], { dot: true });
  const excluded = patterns.exclude.length > 0 ? picomatch(patterns.exclude, { dot: true }) : () => false;
  const packageFolder = (dir: string): string => {
    let known = byDirectory.get(dir);
    if (known !== undefined) return known;
    const rel = relative(root, dir).split(sep).join("/");
    if (rel === "" || rel.startsWith("..")) known = ".";
    else if (included(rel) && !excluded(rel) && existsSync(join(dir, "package.json"))) known = rel;
    else known = packageFolder(dirname(dir));
    byDirectory.set(dir, known);
    return known;
  };
  return (file) => packageFolder(dirname(file));
}

/** Workspace globs from `package.json` `workspaces` and `pnpm-workspace.yaml`, or undefined when there are none. */
function workspacePatterns(root: string): { include: string[]; exclude: string[] } | undefined {
  const globs: string[] = [];
  const pkg = readJson(join(root, "package.json")) as { workspaces?: unknown } | undefined;
  const workspaces = pkg?.workspaces;
  if (Array.isArray(workspaces)) globs.push(...workspaces.filter((w): w is string => typeof w === "string"));
  else if (workspaces && typeof workspaces === "object" && Array.isArray((workspaces as { packages?: unknown }).packages)) {
    globs.push(...(workspaces as { packages: unknown[] }).packages.filter((w): w is string => typeof w === "string"));
  }
  const pnpm = readYaml(join(root, "pnpm-workspace.yaml")) as { packages?: unknown } | undefined;
  if (pnpm && Array.isArray(pnpm.packages)) globs.push(...pnpm.packages.filter((w): w is string => typeof w === "string"));
  if (globs.length === 0) return undefined;
  const clean = (glob: string) => glob.replace(/^\.\//, "").replace(/\/+$/, "");
  return {
    include: [...new Set(globs.filter((g) => !g.startsWith("!")).map(clean))],
    exclude: [...new Set(globs.filter((g) => g.startsWith("!")).map((g) => clean(g.slice(1))))],
  };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}
