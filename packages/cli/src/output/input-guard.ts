import { readFileSync, statSync, type Stats } from "node:fs";
import type { ScanInputs } from "@vdx/core";

/** Larger files are no report vdx wrote that anyone would want replaced silently: they stay protected. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/**
 * The policy `writeOutputs` asks about existing targets after a scan: vdx never overwrites what the scan
 * read — its config, registry, baseline, rule pack and tsconfig, and the files it analysed. One exception:
 * a scanned `.json` that is a report vdx wrote (SARIF, JSON, inventory or baseline; a re-run with the same
 * `--output` would otherwise be refused once the report lies inside the scanned folder).
 * Files are compared by device and inode, so another spelling of the same path, or a hard link, is caught.
 */
export function scanInputGuard(inputs: ScanInputs): (path: string, stats: Stats) => string | undefined {
  let byIdentity: Map<string, "own" | "scanned"> | undefined;
  const identities = (): Map<string, "own" | "scanned"> => {
    if (byIdentity) return byIdentity;
    byIdentity = new Map();
    // Own inputs last: a file that is both (a scanned tsconfig.json) is named as vdx's own.
    for (const [files, kind] of [
      [inputs.scannedFiles, "scanned"],
      [inputs.ownFiles, "own"],
    ] as const) {
      for (const file of files) {
        const stats = statQuietly(file);
        if (stats) byIdentity.set(identityOf(stats), kind);
      }
    }
    return byIdentity;
  };
  return (path, stats) => {
    const kind = identities().get(identityOf(stats));
    if (kind === "own") return "it is one of vdx's own inputs for this scan (config, registry, baseline, rule pack or tsconfig), which vdx never overwrites";
    if (kind === "scanned" && !isVdxReport(path, stats)) return "it is a file this scan analysed, and vdx never overwrites its inputs";
    return undefined;
  };
}

function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

function statQuietly(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Whether a file holds a report vdx writes in JSON: SARIF from vdx, the JSON report, the inventory, a baseline. */
function isVdxReport(path: string, stats: Stats): boolean {
  if (stats.size > MAX_REPORT_BYTES) return false;
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return false;
  }
  if (!isObject(document)) return false;
  const runs = document.runs;
  if (Array.isArray(runs)) return runs.length > 0 && runs.every((run) => isObject(run) && nameOf(run.tool, "driver") === "vdx");
  if (document.version !== 1) return false;
  if (isObject(document.tool)) return document.tool.name === "vdx";
  const keys = Object.keys(document).sort().join(",");
  return keys === "fields,flows,version" || keys === "findings,version";
}

function nameOf(tool: unknown, part: string): unknown {
  return isObject(tool) && isObject(tool[part]) ? tool[part].name : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
