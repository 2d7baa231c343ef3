import type { ClassifiedField, Finding, InventoryFlow, RulePack, ScanResult, SourceLocation, VerdictStatus } from "@vdx/core";
import { ruleDescription } from "../rule-catalog.js";
import { ruleHelpUri } from "../project-links.js";
import { evidenceText, isInternalNetwork, renderFindingMessage } from "@vdx/core";
import { plural } from "../reporters/summary.js";
import { wrap } from "./text-wrap.js";

/** What `vdx explain` was asked about: a whole file, a line, or a line and column. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

type Show = (path: string) => string;

/**
 * The reasoning behind everything vdx reports at `place`: each finding with its
 * message, export facts, the flow engine's explanation (`details`: fields and
 * evidence, path, destination and why that jurisdiction, records tried) or its
 * code flow, what to do and the docs; then the classified fields and the flows
 * there that are not findings (covered, domestic).
 */
export function describeLocation(result: ScanResult, place: Place, show: Show): string {
  const at = (loc: SourceLocation) =>
    loc.file === place.file && (place.line === undefined || loc.line === place.line) && (place.column === undefined || loc.column === place.column);
  const findings = result.findings.filter((f) => at(f.location));
  const fields = result.fields.filter((f) => at(f.location));
  const reported = new Set(findings.map((f) => `${f.location.line}:${f.location.column}`));
  const flows = result.flows.filter((f) => at(f.location) && !(place.line !== undefined && reported.has(`${f.location.line}:${f.location.column}`)));
  const where = `${show(place.file)}${place.line !== undefined ? `:${place.line}` : ""}${place.column !== undefined ? `:${place.column}` : ""}`;

  if (findings.length === 0 && fields.length === 0 && flows.length === 0) return nothingAt(result, place, where, show);

  const out: string[] = [];
  if (place.line === undefined) {
    out.push(`${where}: ${plural(findings.length, "finding")}, ${plural(flows.length, "flow")}, ${plural(fields.length, "classified field")}`, "");
  }
  for (const finding of findings) out.push(...describeFinding(finding, result.pack, show), "");
  if (flows.length > 0) {
    out.push(place.line === undefined ? "Flows:" : "Flows at this line:");
    for (const flow of flows) out.push(`  ${show(flow.location.file)}:${flow.location.line}:${flow.location.column}  ${flowText(flow)}`);
    out.push("");
  }
  if (fields.length > 0) {
    out.push(place.line === undefined ? "Classified fields:" : "Classified fields at this line:");
    for (const field of fields) out.push(...describeField(field, result, show));
    out.push("");
  }
  return out.join("\n");
}

function describeFinding(finding: Finding, pack: RulePack, show: Show): string[] {
  const loc = finding.location;
  const lines = [`${show(loc.file)}:${loc.line}:${loc.column}  ${finding.level}  ${finding.ruleId}`, wrap(renderFindingMessage(finding), "  ")];
  if (finding.suggestions && finding.suggestions.length > 0) {
    lines.push("  Suggested ids:", ...finding.suggestions.map((id) => `    ${id}${categoryNote(id, pack)}`));
  }
  if (finding.export) {
    const e = finding.export;
    lines.push(
      "  Export:",
      `    behaviour:    ${e.behaviour}`,
      `    categories:   ${e.categories.join(", ")}`,
      `    destination:  ${e.destination} (${e.jurisdiction})`,
      `    record:       ${e.assessment ?? "none matches this destination"}`,
    );
  }
  const details = finding.details ?? [];
  if (details.length > 0) lines.push("  Why:", ...details.map((d) => `    ${d}`));
  const hasPath = details.some((d) => /^Path\b/.test(d));
  if (finding.flow && finding.flow.length > 0 && !hasPath) {
    lines.push("  Flow (classification → sink):");
    finding.flow.forEach((s, i) => lines.push(`    ${i + 1}. ${show(s.location.file)}:${s.location.line}:${s.location.column}  ${s.message}`));
  }
  const rule = ruleDescription(finding.ruleId);
  if (rule) lines.push("  What to do:", wrap(rule.fix, "    "));
  lines.push(`  Docs: ${ruleHelpUri(finding.ruleId)}`);
  return lines;
}

/** ` — Precise location and trajectory (sensitive personal information, PI-VOL)`, or "" for ids the pack lacks. */
function categoryNote(id: string, pack: RulePack): string {
  const category = pack.categories.get(id);
  if (!category) return "";
  const kind = category.kind === "important" ? "important data" : category.kind === "pi" ? "personal information" : "sensitive personal information";
  return ` — ${category.title} (${kind}, ${category.mechanism})`;
}

function describeField(field: ClassifiedField, result: ScanResult, show: Show): string[] {
  const loc = field.location;
  const categories = field.categories.length > 0 ? field.categories : ["none (reviewed: not export-relevant)"];
  const evidence = evidenceText(field.evidence, show);
  return [
    `  ${show(loc.file)}:${loc.line}:${loc.column}  ${field.source} field ${field.path}`,
    ...categories.map((id) => `    category:   ${id}${categoryNote(id, result.pack)}`),
    `    evidence:   ${evidence} (confidence ${field.confidence.toFixed(2)})${field.evidence.kind === "signal" ? ", a strong signal: counts as classification" : ""}`,
  ];
}

const STATUS_TEXT: Record<VerdictStatus, (flow: InventoryFlow) => string> = {
  covered: (f) => `covered by ${f.assessment ?? "a record"}`,
  "not-export": (f) => (isInternalNetwork(f.jurisdiction) ? "not an export (internal network)" : `not an export (destination in ${f.jurisdiction})`),
  gap: () => "no record covers it",
  expired: (f) => `record ${f.assessment ?? "?"} is expired or not yet valid`,
  inadequate: (f) => `record ${f.assessment ?? "?"} does not cover it`,
  "vehicle-direct": () => "on-vehicle code sending abroad directly",
};

function flowText(flow: InventoryFlow): string {
  return `${flow.behaviour} → ${flow.destination} (${flow.jurisdiction}) · ${flow.categories.join(", ")} · ${STATUS_TEXT[flow.status](flow)}`;
}

/** Nothing at the place: say so, and point at the nearest things in the same file. */
function nothingAt(result: ScanResult, place: Place, where: string, show: Show): string {
  const inFile = result.findings.filter((f) => f.location.file === place.file);
  const fields = result.fields.filter((f) => f.location.file === place.file);
  const lines = [`nothing reported at ${where}: no finding, flow or classified field`];
  if (place.line === undefined || (inFile.length === 0 && fields.length === 0)) {
    lines.push(
      result.findings.length > 0
        ? `vdx reports nothing in ${show(place.file)}; the scan of ${show(result.root)} has ${plural(result.findings.length, "finding")} elsewhere (run \`vdx scan\`).`
        : `the scan of ${show(result.root)} has no findings; check that vdx.config.yaml include/exclude cover ${show(place.file)}.`,
    );
    return lines.join("\n") + "\n";
  }
  const line = place.line;
  const nearest = <T extends { location: SourceLocation }>(items: T[]) =>
    [...items].sort((a, b) => Math.abs(a.location.line - line) - Math.abs(b.location.line - line) || a.location.line - b.location.line).slice(0, 3);
  if (inFile.length > 0) {
    lines.push("nearest findings:");
    for (const f of nearest(inFile)) lines.push(`  ${show(f.location.file)}:${f.location.line}:${f.location.column}  ${f.level}  ${f.ruleId}`);
  }
  if (fields.length > 0) {
    lines.push("nearest classified fields:");
    for (const f of nearest(fields))
      lines.push(`  ${show(f.location.file)}:${f.location.line}:${f.location.column}  ${f.path}: ${f.categories.join(", ") || "none"}`);
  }
  lines.push(`run \`vdx explain ${show(place.file)}:<line>\` with one of these lines, or \`vdx explain ${show(place.file)}\` for the whole file.`);
  return lines.join("\n") + "\n";
}
