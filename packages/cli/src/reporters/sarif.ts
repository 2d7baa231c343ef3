import { pathToFileURL } from "node:url";
import { findingFingerprint, relativeToRoot, renderFindingMessage, type Finding, type FlowStep, type SourceLocation } from "@vdx/core";
import { RULES, RULE_IDS } from "../rule-catalog.js";
import { REPOSITORY_URL, ruleHelpUri } from "../project-links.js";
import type { ReportInput, ReporterOptions } from "./report-input.js";
import { suggestionNote } from "./suggestion-note.js";
import { resultMessageReference, ruleMessageStrings } from "./sarif-messages.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";

export interface SarifOptions extends ReporterOptions {
  /** `runs[0].automationDetails.id`, e.g. `vdx/telematics/` to tell several analyses apart in code scanning. */
  automationId?: string;
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other consumers (contracts.md).
 * Deterministic: same input, same bytes (no timestamps, sorted input).
 */
export function formatSarif(result: ReportInput, options: SarifOptions): string {
  const artifacts: string[] = [];
  const artifactIndex = new Map<string, number>();
  const location = (loc: SourceLocation) => {
    const uri = relativeToRoot(result.root, loc.file);
    let index = artifactIndex.get(uri);
    if (index === undefined) {
      index = artifacts.length;
      artifacts.push(uri);
      artifactIndex.set(uri, index);
    }
    return {
      physicalLocation: {
        artifactLocation: { uri: encodeUri(uri), uriBaseId: SRCROOT, index },
        region: region(loc),
      },
    };
  };

  const results = result.findings.map((finding) => {
    const ruleIndex = RULE_IDS.indexOf(finding.ruleId);
    const entry: Record<string, unknown> = {
      ruleId: finding.ruleId,
      ruleIndex,
      level: finding.level === "warn" ? "warning" : "error",
      message: { text: messageText(finding), ...resultMessageReference(finding) },
      locations: [location(finding.location)],
      partialFingerprints: { "vdx/v1": findingFingerprint(finding, result.root) },
    };
    if (finding.flow && finding.flow.length > 0) entry.codeFlows = [codeFlow(finding.flow, location)];
    const properties = resultProperties(finding);
    if (properties) entry.properties = properties;
    return entry;
  });

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: "vdx",
        version: options.toolVersion,
        semanticVersion: options.toolVersion,
        informationUri: REPOSITORY_URL,
        rules: RULES.map((rule) => ({
          id: rule.id,
          name: camelName(rule.id),
          shortDescription: { text: rule.short },
          fullDescription: { text: rule.full },
          help: {
            text: `${rule.full}\n\nWhy: ${rule.why}\n\nFix: ${rule.fix}`,
            markdown: `${rule.full}\n\n**Why it matters.** ${rule.why}\n\n**How to fix.** ${rule.fix}\n\n[Rule documentation](${ruleHelpUri(rule.id)})`,
          },
          helpUri: ruleHelpUri(rule.id),
          messageStrings: ruleMessageStrings(rule.id),
          defaultConfiguration: { level: rule.defaultLevel === "warn" ? "warning" : "error" },
          properties: { tags: ["data-export", "privacy", "automotive"] },
        })),
      },
    },
    ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
    invocations: [
      {
        executionSuccessful: result.errors.length === 0,
        ...(result.errors.length > 0
          ? {
              toolExecutionNotifications: result.errors.map((error) => ({
                level: "error",
                message: { text: error.message },
                locations: [location({ file: error.file, line: error.line, column: error.column })],
              })),
            }
          : {}),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.root) } },
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      rulePack: `${result.pack.id}@${result.pack.version}`,
      asOf: result.asOf,
      ...(result.diffFilter ? { diffFilter: { ...result.diffFilter } } : {}),
      ...(result.shard ? { shard: { ...result.shard } } : {}),
      ...(result.staleBaseline && result.staleBaseline.length > 0 ? { staleBaselineEntries: result.staleBaseline.length } : {}),
    },
  };
  // Artifacts last: every location above has registered its file by now.
  run.artifacts = artifacts.map((uri) => {
    const language = sourceLanguage(uri);
    return { location: { uri: encodeUri(uri), uriBaseId: SRCROOT }, roles: ["analysisTarget"], ...(language ? { sourceLanguage: language } : {}) };
  });

  const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
  return JSON.stringify(log, null, 2) + "\n";
}

const LANGUAGE_BY_EXTENSION: Record<string, string> = {
  ts: "typescript",
  tsx: "typescriptreact",
  mts: "typescript",
  cts: "typescript",
  js: "javascript",
  jsx: "javascriptreact",
  mjs: "javascript",
  cjs: "javascript",
  proto: "protobuf",
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  vspec: "yaml",
};

/** SARIF `sourceLanguage` (VS Code language ids, as the spec suggests). */
function sourceLanguage(uri: string): string | undefined {
  const dot = uri.lastIndexOf(".");
  return dot >= 0 ? LANGUAGE_BY_EXTENSION[uri.slice(dot + 1).toLowerCase()] : undefined;
}

function region(loc: SourceLocation): Record<string, number> {
  const r: Record<string, number> = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) };
  if (loc.endLine !== undefined && loc.endLine >= loc.line) {
    r.endLine = loc.endLine;
    if (loc.endColumn !== undefined && (loc.endLine > loc.line || loc.endColumn >= loc.column)) r.endColumn = loc.endColumn;
  }
  return r;
}

function codeFlow(steps: FlowStep[], location: (loc: SourceLocation) => { physicalLocation: unknown }) {
  return {
    threadFlows: [
      {
        locations: steps.map((step) => ({
          location: { ...location(step.location), message: { text: step.message } },
        })),
      },
    ],
  };
}

function resultProperties(finding: Finding): Record<string, unknown> | undefined {
  const properties: Record<string, unknown> = {};
  if (finding.export) {
    properties.categories = finding.export.categories;
    properties.destination = finding.export.destination;
    properties.jurisdiction = finding.export.jurisdiction;
    properties.behaviour = finding.export.behaviour;
    if (finding.export.assessment !== undefined) properties.assessment = finding.export.assessment;
  }
  if (finding.suggestions && finding.suggestions.length > 0) properties.suggestions = finding.suggestions;
  return Object.keys(properties).length > 0 ? properties : undefined;
}

function messageText(finding: Finding): string {
  return renderFindingMessage(finding) + suggestionNote(finding);
}

/** `unassessed-export` -> `UnassessedExport` (SARIF `name` is an identifier-like label). */
function camelName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}

/** Relative URI reference: percent-encode each segment, keep the slashes. */
function encodeUri(relativePath: string): string {
  return relativePath.split("/").map(encodeURIComponent).join("/");
}

function directoryUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : href + "/";
}
