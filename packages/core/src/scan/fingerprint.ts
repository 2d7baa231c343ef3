import { createHash } from "node:crypto";
import type { Finding } from "../model/finding.js";
import { relativeToRoot } from "../paths/report-paths.js";

/**
 * The stable identity of a finding across runs: rule, file relative to the
 * scan root and the analyser's own line-free `finding.fingerprint`. Used as
 * SARIF `partialFingerprints` and as the baseline key, so a finding that moves
 * down by some lines keeps its identity.
 */
export function findingFingerprint(finding: Finding, root: string): string {
  const key = [finding.ruleId, relativeToRoot(root, finding.location.file), finding.fingerprint].join("\u0000");
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
