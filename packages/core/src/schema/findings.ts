import path from "node:path";
import type { Finding } from "../model/finding.js";
import type { SourceLocation } from "../model/location.js";
import type { SignalCandidate } from "../model/schema-field.js";
import { unknownCategoryMessage } from "../categories/unknown-category-message.js";
import { findingMessage } from "../messages/render-message.js";

/**
 * The three schema findings. Fingerprints carry the rule, the file relative
 * to the scan root, the schema path and the ids — never a line number, so a
 * baseline survives edits above the field.
 */
export function invalidInputFinding(root: string, location: SourceLocation, message: string, key = ""): Finding {
  const file = relativeFile(root, location.file);
  return {
    ruleId: "invalid-input",
    level: "error",
    ...findingMessage("invalid-input", "inputProblem", { file, problem: message }),
    location,
    fingerprint: fingerprint("invalid-input", file, key || firstLine(message)),
  };
}

export function unknownCategoryFinding(root: string, location: SourceLocation, fieldPath: string, id: string, suggestions: string[]): Finding {
  const file = relativeFile(root, location.file);
  return {
    ruleId: "unknown-category",
    level: "error",
    ...unknownCategoryMessage(id, fieldPath, suggestions),
    location,
    suggestions,
    fingerprint: fingerprint("unknown-category", file, fieldPath, id),
  };
}

/**
 * `unclassified-signal` for a field without annotation whose name (or VSS path, or type) matches the
 * pack's signals. `strong`: the candidates are strong enough to classify the field for flow analysis,
 * so the message says so and asks to confirm; otherwise they are only suggestions.
 */
export function unclassifiedSignalFinding(root: string, location: SourceLocation, fieldPath: string, candidates: SignalCandidate[], strong = false): Finding {
  const file = relativeFile(root, location.file);
  const suggestions = candidates.map((c) => c.category);
  const confidence = (c: SignalCandidate) => `${c.which}, confidence ${c.confidence.toFixed(2)}`;
  const message = strong
    ? findingMessage("unclassified-signal", "classifiedBySignal", {
        field: fieldPath,
        categories: suggestions.join(", "),
        evidence: candidates.map(confidence).join("; "),
        ids: suggestions.join(" "),
      })
    : findingMessage("unclassified-signal", "unclassified", {
        field: fieldPath,
        evidence: candidates.map((c) => `${c.category} (${confidence(c)})`).join("; "),
      });
  return {
    ruleId: "unclassified-signal",
    level: "warn",
    ...message,
    location,
    suggestions,
    fingerprint: fingerprint("unclassified-signal", file, fieldPath, ...suggestions),
  };
}

// Every field classified by signal has a finding now: large catalogs ask for the same few files again and again.
const relativeFiles = new Map<string, string>();

export function relativeFile(root: string, file: string): string {
  const key = `${root}\u0000${file}`;
  const known = relativeFiles.get(key);
  if (known !== undefined) return known;
  const relative = path.relative(root, file);
  const result = (relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
  // A relative root or file depends on the working directory: not cached.
  if (!path.isAbsolute(root) || !path.isAbsolute(file)) return result;
  if (relativeFiles.size > 10_000) relativeFiles.clear();
  relativeFiles.set(key, result);
  return result;
}

function fingerprint(...parts: string[]): string {
  return parts.join("|");
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/\b(line|column) \d+/g, "").replace(/\d+:\d+/g, "");
}
