import type { FindingLevel, RuleId } from "@vdx/core";

/**
 * The seven rules of contracts.md as users read them: in SARIF `rules[]`, in
 * `vdx explain <rule-id>` and in the markdown report. One entry per rule id;
 * `RULE_IDS` is the SARIF `ruleIndex` order.
 */
export interface RuleDescription {
  id: RuleId;
  defaultLevel: FindingLevel;
  /** One line: SARIF shortDescription. */
  short: string;
  /** What the rule reports: SARIF fullDescription. */
  full: string;
  /** Why the law cares (regulation.md), for explain and help. */
  why: string;
  /** What to do about a finding. */
  fix: string;
}

export const RULES: readonly RuleDescription[] = [
  {
    id: "unassessed-export",
    defaultLevel: "error",
    short: "Classified vehicle data leaves China with no covering export record",
    full:
      "Data classified as important data or personal information reaches a foreign destination — pushed abroad, " +
      "read remotely from abroad, or processed abroad — and no record in the assessment registry covers the " +
      "destination, the categories and the scan date.",
    why:
      "Under the 2026 Automotive Data Export Security Guidelines and the CAC cross-border provisions, important " +
      "data needs a CAC security assessment and personal information needs a security assessment, a standard " +
      "contract or a certification depending on yearly volume. All three kinds of export count: push, remote " +
      "access and processing abroad.",
    fix:
      "Stop the flow, keep the data in China, de-identify it (a configured sanitizer), or record the approval, " +
      "filing or contract in data-export-assessments.yaml and cite it next to the sink with `// vdx-assessment: <id>`.",
  },
  {
    id: "inadequate-assessment",
    defaultLevel: "error",
    short: "An export record matches the flow but does not cover it",
    full:
      "A record in the assessment registry matches the flow's destination but is expired or not yet valid, misses " +
      "a category, destination or behaviour, declares a smaller scale than the organisation has, lacks the " +
      "surveying authority's map approval, or uses a mechanism too weak for the data (for example a standard " +
      "contract for important data).",
    why:
      "A security assessment is valid for three years; important data always needs a security assessment; PI " +
      "thresholds are per calendar year and cannot be split; geographic data also needs the surveying authority's " +
      "approval. A record that does not meet these conditions does not make the export lawful.",
    fix:
      "Renew or extend the record, add the missing category or destination to it (after the authority approved " +
      "them), or move to an adequate mechanism. `vdx explain <file:line>` lists every record tried and why it failed.",
  },
  {
    id: "vehicle-direct-export",
    defaultLevel: "error",
    short: "On-vehicle code sends personal information or important data straight to a foreign host",
    full:
      "Code under the config's `vehicleSide` globs (T-Box, head unit, ECU software) sends personal information or " +
      "important data directly to a host outside China. No assessment record can make this compliant.",
    why:
      "GB/T 44464-2024 (§5.8, §6.7) forbids vehicles from transmitting personal information or important data " +
      "directly abroad: the data must first land in China, where the export mechanisms apply.",
    fix: "Send the data to a domestic endpoint; any onward export then goes through an assessed, recorded flow.",
  },
  {
    id: "unresolved-destination",
    defaultLevel: "warn",
    short: "Classified data reaches a sink whose destination cannot be resolved statically",
    full:
      "Classified data reaches a network sink (HTTP client, object storage, message broker, telemetry SDK) whose " +
      "destination vdx cannot resolve from the code and config, or resolves to a host whose jurisdiction is unknown.",
    why:
      "Whether a flow is an export depends on where the recipient is. An unknown destination may be abroad; the " +
      "guideline expects the data handler to know every recipient.",
    fix: "Make the destination a constant or config value vdx can read, or declare the host and its jurisdiction under " + "`hosts:` in vdx.config.yaml.",
  },
  {
    id: "unclassified-signal",
    defaultLevel: "warn",
    short: "A field looks like vehicle data but carries no classification",
    full:
      "A schema field, message field or enum value, type property, enum member or schema-builder key matches the rule " +
      "pack's signals (identifier parts, VSS paths, well-known message types) for a data category but has no `@vdx` " +
      "annotation. A strong candidate already classifies the field for flow analysis and the finding asks to confirm " +
      "it; a weak one does not, and the finding suggests category ids.",
    why: "The export inventory is only as complete as the classification: an unclassified location or camera field can " + "leave the country unnoticed.",
    fix:
      "Annotate the field with the suggested id (`@vdx <id>`, `(vdx.category)`, `x-vdx`) to confirm it, or with " +
      "`@vdx none` after review when it is not export-relevant. `rules: { unclassified-signal: off }` or a baseline " +
      "silences the rule for a project.",
  },
  {
    id: "unknown-category",
    defaultLevel: "error",
    short: "An annotation or record names a category id the rule pack does not define",
    full:
      "An `@vdx` annotation, `(vdx.category)` option, `x-vdx` keyword, config entry or assessment record names a " +
      "category id that the rule pack does not define. The finding suggests the closest known ids.",
    why: "A misspelt id silently declassifies data or makes a record cover nothing; category ids are a public contract " + "of the rule pack.",
    fix: "Use one of the suggested ids, or define the category in a pack folder listed under `extends:`.",
  },
  {
    id: "invalid-input",
    defaultLevel: "error",
    short: "A schema, config or registry file cannot be parsed",
    full:
      "A scanned schema, protobuf, VSS or source file cannot be read or parsed (syntax error, binary, too large, " +
      "unresolvable `$ref`). The scan goes on with the other files.",
    why: "A file vdx cannot read is a file whose data flows are not checked.",
    fix: "Fix the syntax error at the reported position, or exclude the file in vdx.config.yaml.",
  },
];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export function ruleDescription(id: string): RuleDescription | undefined {
  return RULES.find((r) => r.id === id);
}
