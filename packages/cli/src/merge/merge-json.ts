import { resolve } from "node:path";
import type { Finding, FindingLevel, RuleId } from "@vdx/core";
import { summarize } from "../reporters/summary.js";
import { byFile, MergeError, sameEverywhere, checkShards, type ShardMarker } from "./merge-checks.js";

/** A finding of `vdx scan --format json` (paths relative to the root). */
interface JsonFinding {
  ruleId: RuleId;
  level: FindingLevel;
  file: string;
  [key: string]: unknown;
}

interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  root: string;
  asOf: string;
  rulePack: { id: string; version: string };
  findings: JsonFinding[];
  errors: { file: string; line: number; column: number; message: string }[];
  summary: { filesScanned: number; baselined: number; unchanged: number; staleBaseline?: number };
  diffFilter?: unknown;
  shard?: ShardMarker;
  staleBaseline?: { file: string; fingerprint: string }[];
}

export function isJsonReport(value: unknown): value is JsonReport {
  const v = value as Partial<JsonReport> | null;
  return !!v && typeof v === "object" && v.version === 1 && v.tool?.name === "vdx" && Array.isArray(v.findings) && typeof v.summary === "object";
}

/**
 * The JSON reports of the shards of one scan as the JSON report of the whole scan: the same bytes an
 * unsharded `vdx scan --format json` writes. Each shard's findings are already in report order and no
 * file belongs to two shards, so merging by file keeps every shard's own order; the summary is counted
 * again from the merged findings.
 */
export function mergeJsonReports(reports: readonly JsonReport[]): string {
  checkShards(reports.map((r) => r.shard));
  for (const key of ["root", "asOf"] as const) sameEverywhere(reports, key, (r) => r[key]);
  sameEverywhere(reports, "tool version", (r) => r.tool.version);
  sameEverywhere(reports, "rule pack", (r) => `${r.rulePack.id}@${r.rulePack.version}`);
  sameEverywhere(reports, "files scanned", (r) => String(r.summary.filesScanned));
  if (reports.some((r) => r.diffFilter !== undefined)) throw new MergeError("PR-mode reports (--changed-since) are not shards of one scan");
  const first = reports[0]!;
  const findings = byFile(
    reports.map((r) => r.findings),
    (f) => resolve(first.root, f.file),
  );
  const errors = unique(reports.flatMap((r) => r.errors));
  const stale = reports.some((r) => r.summary.staleBaseline !== undefined)
    ? reports
        .flatMap((r) => r.staleBaseline ?? [])
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
    : undefined;
  const asFindings = findings.map((f) => ({ ruleId: f.ruleId, level: f.level, location: { file: f.file } }) as unknown as Finding);
  const report = {
    version: 1,
    tool: first.tool,
    root: first.root,
    asOf: first.asOf,
    rulePack: first.rulePack,
    findings,
    errors,
    summary: {
      ...summarize(asFindings),
      filesScanned: first.summary.filesScanned,
      baselined: sum(reports.map((r) => r.summary.baselined)),
      unchanged: sum(reports.map((r) => r.summary.unchanged)),
      ...(stale ? { staleBaseline: stale.length } : {}),
    },
    ...(stale && stale.length > 0 ? { staleBaseline: stale } : {}),
  };
  return JSON.stringify(report, null, 2) + "\n";
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function unique<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
