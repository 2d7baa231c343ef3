import type { Finding } from "../../model/finding.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { DiffFilter, InventoryFlow, ScanStats, ShardInfo } from "../types.js";

/**
 * What a cached run replays: the scan's results after rule severities and the PR filter, before the
 * baseline (a baseline edit needs no new analysis). Everything else of a `ScanResult` (config, pack,
 * registry) is loaded anew, as in any run.
 */
export interface StoredOutput {
  findings: Finding[];
  fields: ClassifiedField[];
  flows: InventoryFlow[];
  unchanged: number;
  files: ScanStats["files"];
  diffFilter?: DiffFilter;
  shard?: ShardInfo;
}
