import { findingFingerprint, relativeToRoot, renderFindingMessage, type Finding, type SourceLocation } from "@vdx/core";
import { summarize } from "./summary.js";
import type { ReportInput, ReporterOptions } from "./report-input.js";

/**
 * `vdx scan --format json`: a stable shape for scripts (documented in the
 * README). Paths are relative to `root`; `fingerprint` is the same line-free
 * identity as SARIF `partialFingerprints` and the baseline.
 *
 * { version: 1, tool: { name, version }, root, asOf, rulePack: { id, version },
 *   findings: [ { ruleId, level, message, messageId?, data?, file, line, column, endLine?, endColumn?,
 *                 fingerprint, export?, flow?, suggestions?, details? } ],
 *   errors: [ { file, line, column, message } ],
 *   summary: { total, errors, warnings, byRule, filesWithFindings, filesScanned, baselined, unchanged } }
 */
export function formatJson(result: ReportInput, options: ReporterOptions): string {
  const relative = (file: string) => relativeToRoot(result.root, file);
  const position = (loc: SourceLocation) => ({
    file: relative(loc.file),
    line: loc.line,
    column: loc.column,
    ...(loc.endLine !== undefined ? { endLine: loc.endLine } : {}),
    ...(loc.endColumn !== undefined ? { endColumn: loc.endColumn } : {}),
  });
  const finding = (f: Finding) => ({
    ruleId: f.ruleId,
    level: f.level,
    message: renderFindingMessage(f),
    ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
    ...(f.data !== undefined ? { data: { ...f.data } } : {}),
    ...position(f.location),
    fingerprint: findingFingerprint(f, result.root),
    ...(f.export ? { export: { ...f.export } } : {}),
    ...(f.flow && f.flow.length > 0 ? { flow: f.flow.map((step) => ({ ...position(step.location), message: step.message })) } : {}),
    ...(f.suggestions && f.suggestions.length > 0 ? { suggestions: f.suggestions } : {}),
    ...(f.details && f.details.length > 0 ? { details: f.details } : {}),
  });
  const report = {
    version: 1,
    tool: { name: "vdx", version: options.toolVersion },
    root: result.root,
    asOf: result.asOf,
    rulePack: { id: result.pack.id, version: result.pack.version },
    findings: result.findings.map(finding),
    errors: result.errors.map((e) => ({ file: relative(e.file), line: e.line, column: e.column, message: e.message })),
    summary: {
      ...summarize(result.findings),
      filesScanned: result.stats.files.total,
      baselined: result.baselined,
      unchanged: result.unchanged,
      ...(result.staleBaseline ? { staleBaseline: result.staleBaseline.length } : {}),
    },
    // Added fields (the shape above is the contract): PR mode's filter, a shard's scope, stale baseline entries.
    ...(result.diffFilter ? { diffFilter: { ...result.diffFilter } } : {}),
    ...(result.shard ? { shard: { ...result.shard } } : {}),
    ...(result.staleBaseline && result.staleBaseline.length > 0 ? { staleBaseline: result.staleBaseline.map((e) => ({ ...e })) } : {}),
  };
  return JSON.stringify(report, null, 2) + "\n";
}
