import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { byFile, checkShards, MergeError, sameEverywhere, type ShardMarker } from "./merge-checks.js";

type Json = Record<string, unknown>;

interface SarifLog {
  $schema?: string;
  version: "2.1.0";
  runs: Json[];
}

export function isSarifLog(value: unknown): value is SarifLog {
  const v = value as Partial<SarifLog> | null;
  return !!v && typeof v === "object" && v.version === "2.1.0" && Array.isArray(v.runs) && v.runs.length === 1;
}

/**
 * The SARIF logs of the shards of one scan as the log of the whole scan, byte for byte: results merged
 * by file (each shard's are in report order already), the `artifacts` list rebuilt in the order the
 * reporter registers files (each result's location, then its flow's, then the errors'), and every
 * `artifactLocation.index` pointed at it again.
 */
export function mergeSarifLogs(logs: readonly SarifLog[]): string {
  const runs = logs.map((log) => log.runs[0]!);
  const properties = (run: Json) => (run.properties ?? {}) as Json & { shard?: ShardMarker; diffFilter?: unknown };
  checkShards(runs.map((run) => properties(run).shard));
  if (runs.some((run) => properties(run).diffFilter !== undefined)) throw new MergeError("PR-mode reports (--changed-since) are not shards of one scan");
  sameEverywhere(runs, "tool", (run) => JSON.stringify(run.tool));
  sameEverywhere(runs, "root", (run) => JSON.stringify(run.originalUriBaseIds));
  sameEverywhere(runs, "rule pack and date", (run) => {
    const { shard: _shard, staleBaselineEntries: _stale, ...rest } = properties(run);
    return JSON.stringify(rest);
  });
  const root = rootOf(runs[0]!);
  const artifactsByUri = new Map<string, Json>();
  for (const run of runs) for (const artifact of (run.artifacts ?? []) as Json[]) artifactsByUri.set(uriOf(artifact.location), artifact);
  const results = byFile(
    runs.map((run) => (run.results ?? []) as Json[]),
    (result) => resolve(root, decodeURIComponent(uriOf(firstLocation(result)))),
  );

  const order: string[] = [];
  const index = new Map<string, number>();
  const register = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) register(item);
    } else if (node && typeof node === "object") {
      const record = node as Json;
      const artifact = record.artifactLocation as Json | undefined;
      if (artifact && typeof artifact.uri === "string") {
        let at = index.get(artifact.uri);
        if (at === undefined) index.set(artifact.uri, (at = order.push(artifact.uri) - 1));
        artifact.index = at;
      }
      for (const value of Object.values(record)) if (value !== artifact) register(value);
    }
  };
  const merged = JSON.parse(JSON.stringify(runs[0])) as Json;
  const mergedResults = JSON.parse(JSON.stringify(results)) as Json[];
  for (const result of mergedResults) register([result.locations, result.codeFlows]);
  register(merged.invocations);
  merged.results = mergedResults;
  const { shard: _shard, staleBaselineEntries: _stale, ...rest } = properties(merged);
  const stale = runs.reduce((total, run) => total + Number(properties(run).staleBaselineEntries ?? 0), 0);
  merged.properties = { ...rest, ...(stale > 0 ? { staleBaselineEntries: stale } : {}) };
  merged.artifacts = order.map((uri) => artifactsByUri.get(uri) ?? { location: { uri, uriBaseId: "%SRCROOT%" }, roles: ["analysisTarget"] });
  return JSON.stringify({ ...logs[0], runs: [merged] }, null, 2) + "\n";
}

function uriOf(location: unknown): string {
  const uri = (location as Json | undefined)?.uri;
  return typeof uri === "string" ? uri : "";
}

function firstLocation(result: Json): unknown {
  const locations = result.locations as Json[] | undefined;
  return (locations?.[0]?.physicalLocation as Json | undefined)?.artifactLocation;
}

function rootOf(run: Json): string {
  const base = (run.originalUriBaseIds as Record<string, { uri?: string }> | undefined)?.["%SRCROOT%"]?.uri;
  return base ? fileURLToPath(base) : "/";
}
