import { readFileSync } from "node:fs";
import { flowAnalyzer } from "../../flow/flow-analyzer.js";
import { remoteAnalyzer } from "../../remote/remote-analyzer.js";
import { remoteAccessWorthAnalysing } from "../../remote/remote-gate.js";
import type { Analyzer, AnalysisContext, AnalyzerOutput } from "../types.js";
import { touchesChange, type ChangedLines } from "../changed-lines.js";
import { posixPath } from "../../paths/report-paths.js";
import type { ChangeView } from "./focus-growth.js";
import type { ProfileSource } from "./file-profile.js";
import { focusedTypeScript, type ImportCache } from "./focused-typescript.js";
import type { ProjectGraph } from "./project-graph.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { ClassificationStore } from "../cache/scan-cache.js";

export interface FocusedAnalyzerOptions {
  profiles: ProfileSource;
  imports?: ImportCache;
  knownCalled?(graph: ProjectGraph): (file: string, pos: number) => boolean;
  /** The cache's classified declarations; `schemaFields` is the context they were classified in. */
  classifications?(graph: ProjectGraph, schemaFields: readonly ClassifiedField[]): ClassificationStore;
  note(message: string): void;
  /** The external files (installed declarations) the programs read, for the cache's replay check. */
  externalFiles: Set<string>;
}

/**
 * The TypeScript analyser of a PR check: the changed TypeScript files and everything a flow through
 * them reaches (`analyseFocused`). The whole project is analysed instead — the results are filtered
 * the same way afterwards — when a changed schema line classifies a field (any code may read it) or
 * when remote access is analysed (it has no focused form yet).
 */
export function pullRequestAnalyzer(changes: ChangedLines, options: FocusedAnalyzerOptions): Analyzer {
  return {
    id: "flow",
    run(context) {
      if (context.filesByKind.typescript.length === 0) return {};
      const changedField = context.fields.find((field) => touchesChange(changes, field.location.file, field.location.line));
      if (changedField) {
        options.note(
          `PR mode analyses the whole project: a changed line classifies ${changedField.path} (${changedField.location.file}:${changedField.location.line})`,
        );
        return wholeProject(context);
      }
      if (remoteInPlay(context)) {
        options.note("PR mode analyses the whole project: remote access is analysed (deployments, exposures or CORS/replication code)");
        return wholeProject(context);
      }
      const changed = context.filesByKind.typescript.filter((file) => changes.files.has(file));
      if (changed.length === 0) return {};
      const result = focusedTypeScript(context, {
        focus: changed,
        change: changeView(changes, changed),
        profiles: options.profiles,
        ...(options.imports ? { imports: options.imports } : {}),
        ...(options.knownCalled ? { knownCalled: options.knownCalled } : {}),
        ...(options.classifications ? { classifications: (graph: ProjectGraph) => options.classifications!(graph, context.fields) } : {}),
      });
      for (const file of result.externalFiles) options.externalFiles.add(file);
      options.note(
        `PR mode: ${changed.length} changed TypeScript files, findings analysed in ${result.focus.length} files, ${result.loaded} files loaded (${result.rounds} rounds), ${describeClassification(result.classifications)}`,
      );
      return result.output;
    },
  };
}

/** The TypeScript analyser of one shard: the findings located in its files, on a program of what they need. */
export function shardAnalyzer(owns: (file: string) => boolean, options: FocusedAnalyzerOptions): Analyzer {
  return {
    id: "flow",
    run(context) {
      if (context.filesByKind.typescript.length === 0) return {};
      if (remoteInPlay(context)) {
        options.note("this shard analyses the whole project: remote access is analysed (deployments, exposures or CORS/replication code)");
        return wholeProject(context);
      }
      const mine = context.filesByKind.typescript.filter(owns);
      if (mine.length === 0) return {};
      const result = focusedTypeScript(context, {
        focus: mine,
        profiles: options.profiles,
        ...(options.imports ? { imports: options.imports } : {}),
        ...(options.knownCalled ? { knownCalled: options.knownCalled } : {}),
        ...(options.classifications ? { classifications: (graph: ProjectGraph) => options.classifications!(graph, context.fields) } : {}),
      });
      for (const file of result.externalFiles) options.externalFiles.add(file);
      options.note(
        `shard: findings of ${mine.length} TypeScript files, ${result.loaded} files loaded (${result.rounds} rounds), ${describeClassification(result.classifications)}`,
      );
      return result.output;
    },
  };
}

/** The changed TypeScript files and their changed lines, as the focused analysis asks (posix paths). */
function changeView(changes: ChangedLines, changed: readonly string[]): ChangeView {
  const byPosix = new Map([...changes.files].map(([file, ranges]) => [posixPath(file), ranges]));
  return {
    files: changed.map(posixPath),
    touches(file, start, end) {
      const ranges = byPosix.get(posixPath(file));
      if (ranges === undefined) return false;
      return ranges === "all" || ranges.some((range) => range.start <= end && range.end >= start);
    },
  };
}

function describeClassification(counts: { classified: number; reused: number }): string {
  return `declarations of ${counts.classified} files classified, ${counts.reused} from the cache`;
}

/** Push flows and remote access on the whole program, as a scan without a focus runs them. */
async function wholeProject(context: AnalysisContext): Promise<AnalyzerOutput> {
  const flows = await flowAnalyzer.run(context);
  const remote = await remoteAnalyzer.run({ ...context, fields: [...context.fields, ...(flows.fields ?? [])] });
  return {
    findings: [...(flows.findings ?? []), ...(remote.findings ?? [])],
    fields: flows.fields ?? [],
    flows: [...(flows.flows ?? []), ...(remote.flows ?? [])],
  };
}

/** The remote-access gate of a whole scan (`remoteAccessWorthAnalysing`), on the scanned sources. */
function remoteInPlay(context: AnalysisContext): boolean {
  const texts = function* () {
    for (const file of context.filesByKind.typescript) {
      try {
        yield readFileSync(file, "utf8");
      } catch {
        // unreadable files are reported by the source check
      }
    }
  };
  return remoteAccessWorthAnalysing({ pack: context.pack, config: context.config, sourceTexts: texts() });
}
