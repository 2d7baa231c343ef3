import { expect } from "vitest";
import type { SarifResult } from "./normalise-sarif.js";
import { lineOf } from "./example-scan.js";

/** Rule ids whose results are flows of data out of China (they carry export properties and code flows). */
export const EXPORT_RULES = new Set(["unassessed-export", "inadequate-assessment", "vehicle-direct-export", "unresolved-destination"]);

/** A finding an example is built to produce, checked field by field against the SARIF result. */
export interface ExpectedFinding {
  ruleId: string;
  /** File relative to the example root. */
  file: string;
  /** Code on the reported line (the sink call, or the caller's call for a helper). */
  at: string;
  /** Exactly these categories, when given. */
  categories?: string[];
  /** At least these categories (use when the exact set is a known engine defect tested separately). */
  categoriesInclude?: string[];
  jurisdiction?: string;
  destination?: string;
  behaviour?: "push" | "remote-access" | "processing-abroad";
  assessment?: string;
  /** Substrings the message must contain (the gap named: "expired", a category, a mechanism). */
  messageIncludes?: string[];
}

export function fileOf(result: SarifResult): string | undefined {
  return result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
}

export function lineOfResult(result: SarifResult): number | undefined {
  return result.locations?.[0]?.physicalLocation?.region?.startLine;
}

/** Finds the result for `expected` and checks every field it names; returns it for further checks. */
export function expectFinding(example: string, results: readonly SarifResult[], expected: ExpectedFinding): SarifResult {
  const line = lineOf(example, expected.file, expected.at);
  const matches = results.filter((r) => r.ruleId === expected.ruleId && fileOf(r) === expected.file && lineOfResult(r) === line);
  const context = `${expected.ruleId} at ${expected.file}:${line} (${expected.at})`;
  expect(matches.map(describeResult), `exactly one ${context}; results there: ${describeAt(results, expected.file)}`).toHaveLength(1);
  const result = matches[0]!;
  const properties = result.properties ?? {};
  if (expected.categories) expect(properties.categories, `categories of ${context}`).toEqual(expected.categories);
  if (expected.categoriesInclude) expect(properties.categories, `categories of ${context}`).toEqual(expect.arrayContaining(expected.categoriesInclude));
  if (expected.jurisdiction) expect(properties.jurisdiction, `jurisdiction of ${context}`).toBe(expected.jurisdiction);
  if (expected.behaviour) expect(properties.behaviour, `behaviour of ${context}`).toBe(expected.behaviour);
  if (expected.destination) expect(properties.destination, `destination of ${context}`).toBe(expected.destination);
  if (expected.assessment) expect(properties.assessment, `assessment of ${context}`).toBe(expected.assessment);
  for (const text of expected.messageIncludes ?? []) expect(result.message?.text, `message of ${context}`).toContain(text);
  return result;
}

/** The export findings that are neither expected nor listed as known engine defects. */
export function unexpectedExportFindings(
  example: string,
  results: readonly SarifResult[],
  allowed: readonly { file: string; at: string; ruleId?: string }[],
): string[] {
  const allowedKeys = new Set(allowed.map((a) => `${a.file}:${lineOf(example, a.file, a.at)}`));
  return results.filter((r) => EXPORT_RULES.has(r.ruleId ?? "") && !allowedKeys.has(`${fileOf(r)}:${lineOfResult(r)}`)).map(describeResult);
}

export function describeResult(result: SarifResult): string {
  const categories = (result.properties?.categories as string[] | undefined)?.join(",") ?? "";
  return `${result.ruleId} ${fileOf(result)}:${lineOfResult(result)} [${categories}] → ${(result.properties?.destination as string | undefined) ?? ""}`;
}

function describeAt(results: readonly SarifResult[], file: string): string {
  const here = results.filter((r) => fileOf(r) === file).map(describeResult);
  return here.length > 0 ? here.join("; ") : "none";
}
