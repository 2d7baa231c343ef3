import { findingFingerprint, relativeToRoot, type FindingLevel } from "@vdx/core";
import type { ReportInput } from "./report-input.js";

/** GitLab's severities (Code Climate's): a vdx error blocks an export, a warning asks for a look. */
const SEVERITY: Record<FindingLevel, "critical" | "major"> = { error: "critical", warn: "major" };

/**
 * `vdx scan --format codequality`: a GitLab Code Quality report (the Code Climate issue subset GitLab
 * reads from `artifacts: reports: codequality`), so merge requests show vdx's findings in the widget
 * and the diff on every GitLab tier. Paths are relative to the working directory — the repository
 * root in a GitLab job — as GitLab resolves them against the repository, not the scan root.
 * `fingerprint` is vdx's line-free identity, so a finding that moves is not "new"; findings that share
 * one (same rule, symbol and destination twice in one file) are told apart by their order.
 */
export function formatCodeQuality(result: ReportInput, options: { displayBase: string }): string {
  const seen = new Map<string, number>();
  const issues = result.findings.map((finding) => {
    const base = findingFingerprint(finding, result.root);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      type: "issue",
      check_name: `vdx/${finding.ruleId}`,
      description: finding.message,
      categories: ["Security"],
      severity: SEVERITY[finding.level],
      fingerprint: count === 1 ? base : `${base}-${count}`,
      location: {
        path: relativeToRoot(options.displayBase, finding.location.file),
        lines: { begin: finding.location.line, end: finding.location.endLine ?? finding.location.line },
      },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
