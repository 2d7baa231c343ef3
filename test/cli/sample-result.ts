import { compareFindings, normaliseJurisdiction, type Finding } from "@vdx/core";
import type { ReportInput } from "@vdx/cli";

export const ROOT = "/work/project";

/** A scan result by hand: one finding of every rule id, an export with a flow, fields and flows. */
export function sampleResult(overrides: Partial<ReportInput> = {}): ReportInput {
  const at = (file: string, line: number, column = 1) => ({ file: `${ROOT}/${file}`, line, column });
  const findings: Finding[] = [
    {
      ruleId: "unassessed-export",
      level: "error",
      message: "pi.sensitive.location-trajectory leaves to analytics.example.de (DE) with no covering record",
      location: { ...at("src/upload.ts", 40, 9), endLine: 40, endColumn: 30 },
      export: {
        categories: ["pi.sensitive.location-trajectory"],
        destination: "analytics.example.de",
        jurisdiction: normaliseJurisdiction("DE"),
        behaviour: "push",
      },
      flow: [
        { location: at("proto/telemetry.proto", 12, 3), message: "field State.latitude classified pi.sensitive.location-trajectory (annotation)" },
        { location: at("src/upload.ts", 40, 9), message: 'fetch("https://analytics.example.de/v1") sends it' },
      ],
      fingerprint: "forwardTrip|analytics.example.de|pi.sensitive.location-trajectory",
      details: ["no record lists analytics.example.de"],
    },
    {
      ruleId: "inadequate-assessment",
      level: "error",
      message: "record SC-1 expired on 2025-12-31",
      location: at("src/upload.ts", 52, 5),
      export: {
        categories: ["pi.general.identity-contact"],
        destination: "crm.example.de",
        jurisdiction: normaliseJurisdiction("DE"),
        behaviour: "push",
        assessment: "SC-1",
      },
      fingerprint: "syncCustomer|crm.example.de",
    },
    {
      ruleId: "vehicle-direct-export",
      level: "error",
      message: "on-vehicle code sends pi.general.vehicle-identifier to diag.example.de (DE)",
      location: at("apps/tbox/app.ts", 7, 3),
      export: { categories: ["pi.general.vehicle-identifier"], destination: "diag.example.de", jurisdiction: normaliseJurisdiction("DE"), behaviour: "push" },
      fingerprint: "snapshot|diag.example.de",
    },
    {
      ruleId: "unresolved-destination",
      level: "warn",
      message: "destination of fetch cannot be resolved | it comes from process.env",
      location: at("src/upload.ts", 60, 3),
      fingerprint: "notifyPartner|env",
    },
    {
      ruleId: "unclassified-signal",
      level: "warn",
      message: "field speed_kph looks like driving behaviour",
      location: at("proto/telemetry.proto", 18, 3),
      suggestions: ["pi.general.driving-behaviour"],
      fingerprint: "example.State.speed_kph",
    },
    {
      ruleId: "unknown-category",
      level: "error",
      message: 'unknown category "pi.sensitive.location-trajectroy" (did you mean pi.sensitive.location-trajectory?)',
      location: at("data-export-assessments.yaml", 30, 44),
      suggestions: ["pi.sensitive.location-trajectory"],
      fingerprint: "SA-2|pi.sensitive.location-trajectroy",
    },
    {
      ruleId: "invalid-input",
      level: "error",
      message: "unexpected token",
      location: at("schemas/broken schema.json", 3, 7),
      fingerprint: "parse",
    },
  ];
  return {
    root: ROOT,
    asOf: "2026-06-01",
    pack: { id: "2026", version: "2026.1.0" },
    errors: [],
    // Reporters get findings in scan order.
    findings: findings.sort(compareFindings),
    fields: [
      {
        path: "example.State.latitude",
        source: "protobuf",
        location: at("proto/telemetry.proto", 12, 3),
        categories: ["pi.sensitive.location-trajectory"],
        evidence: { kind: "annotation" },
        confidence: 1,
      },
      {
        path: "Trip.heartRate",
        source: "typescript",
        location: at("src/trip.ts", 4, 3),
        categories: ["pi.sensitive.biometric"],
        evidence: { kind: "signal", which: "term:heart+rate" },
        confidence: 0.85,
      },
    ],
    flows: [
      {
        location: at("src/upload.ts", 40, 9),
        categories: ["pi.sensitive.location-trajectory", "pi.general.vehicle-identifier"],
        destination: "analytics.example.de",
        jurisdiction: normaliseJurisdiction("DE"),
        behaviour: "push",
        status: "gap",
      },
      {
        location: at("src/upload.ts", 52, 5),
        categories: ["pi.general.identity-contact"],
        destination: 'crm "eu", main',
        jurisdiction: normaliseJurisdiction("DE"),
        behaviour: "push",
        status: "expired",
        assessment: "SC-1",
      },
    ],
    baselined: 0,
    unchanged: 0,
    stats: { files: { total: 9 } },
    ...overrides,
  };
}
