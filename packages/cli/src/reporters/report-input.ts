import type { ScanResult } from "@vdx/core";

/**
 * What a reporter needs from a scan. A `ScanResult` is one; tests and library
 * users can build a smaller object without a loaded config or pack.
 */
export type ReportInput = Pick<
  ScanResult,
  "root" | "asOf" | "errors" | "findings" | "fields" | "flows" | "baselined" | "unchanged" | "diffFilter" | "shard" | "staleBaseline"
> & {
  pack: { id: string; version: string };
  stats: { files: { total: number } };
};

export interface ReporterOptions {
  /** The CLI version written into reports. */
  toolVersion: string;
}
