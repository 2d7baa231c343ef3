/**
 * The project the editor-latency benchmark (editor-latency.ts) edits: a
 * telematics code base of `fileCount` modules — 10 % upload services calling
 * a shared `postJson` helper, 10 % on-vehicle uplinks calling `fetch`, 80 %
 * plain feature code calling a utility module — with annotated models,
 * endpoint constants, `vdx.config.yaml` and an assessment registry.
 */
import { EXAMPLE_MOTORS_HOSTS } from "./project-config.js";
import { projectWriter } from "./project-writer.js";

/** A telematics code base: models, endpoint constants, a shared HTTP helper, services, pure utilities. */
export function generateProject(root: string, fileCount: number, options: { deployments: boolean }): string[] {
  const write = projectWriter(root);
  write(
    "tsconfig.json",
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2023", "DOM"],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        include: ["src/**/*.ts"],
      },
      null,
      2,
    ),
  );
  write(
    "vdx.config.yaml",
    [
      'rulePack: "2026"',
      'include: ["src/**"]',
      "assessments: data-export-assessments.yaml",
      "organization: { ciio: false, vehiclesInChina: 300000 }",
      "hosts:",
      ...EXAMPLE_MOTORS_HOSTS,
      'vehicleSide: ["src/vehicle/**"]',
      // `--deployments`: part of the code runs abroad, which opens the remote-access analysis (issue 6).
      ...(options.deployments ? ["deployments:", '  - { path: "src/eu/**", jurisdiction: DE }'] : []),
      "",
    ].join("\n"),
  );
  write(
    "data-export-assessments.yaml",
    [
      "version: 1",
      "assessments:",
      "  - id: SA-2026-0001",
      "    mechanism: security-assessment",
      "    exemption: null",
      '    recipient: { name: "Example Motors GmbH", country: DE }',
      '    destinations: ["covered.example-motors.de"]',
      "    categories: [pi.general.vehicle-identifier, pi.sensitive.location-trajectory]",
      "    scale: { individuals: 300000, sensitiveIndividuals: 300000, vehicles: 300000 }",
      "    mapApproval: null",
      "    validFrom: 2026-01-01",
      "    validUntil: 2028-12-31",
      "",
    ].join("\n"),
  );
  write(
    "src/lib/endpoints.ts",
    [
      'export const EU_TELEMETRY = "https://telemetry.example-motors.de/v1/trips";',
      'export const COVERED = "https://covered.example-motors.de/v1/trips";',
      'export const DOMESTIC = "https://telemetry.example-motors.com.cn/v1/trips";',
      "",
    ].join("\n"),
  );
  write(
    "src/lib/http.ts",
    [
      "export async function postJson(url: string, body: unknown): Promise<number> {",
      '  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });',
      "  return response.status;",
      "}",
      "",
    ].join("\n"),
  );
  write(
    "src/lib/format.ts",
    [
      "export function formatLabel(label: string): string {",
      "  return label.trim().toUpperCase();",
      "}",
      "export function clampCount(count: number): number {",
      "  return Math.max(0, Math.min(count, 1_000_000));",
      "}",
      "",
    ].join("\n"),
  );
  write(
    "src/model/trip.ts",
    [
      "export interface Trip {",
      "  /** @vdx pi.general.vehicle-identifier */",
      "  vin: string;",
      "  /** @vdx pi.sensitive.location-trajectory */",
      "  lat: number;",
      "  /** @vdx pi.sensitive.location-trajectory */",
      "  lng: number;",
      "  /** @vdx none */",
      "  firmwareBuild: string;",
      "  startedAt: number;",
      "}",
      "",
    ].join("\n"),
  );
  const edited: string[] = [];
  for (let i = 0; i < fileCount; i++) {
    const kind = i % 10;
    const file = kind === 0 ? `src/services/upload-${i}.ts` : kind === 1 ? `src/vehicle/uplink-${i}.ts` : `src/features/feature-${i}.ts`;
    const network = kind === 0 || kind === 1;
    const lines = [
      ...(network
        ? ['import type { Trip } from "../model/trip.js";', `import { ${kind === 0 ? "COVERED, " : ""}DOMESTIC, EU_TELEMETRY } from "../lib/endpoints.js";`]
        : []),
      ...(kind === 0 ? ['import { postJson } from "../lib/http.js";'] : []),
      'import { clampCount, formatLabel } from "../lib/format.js";',
      "",
      `export interface Reading${i} {`,
      "  /** @vdx pi.general.driving-behaviour */",
      "  speedKph: number;",
      "  label: string;",
      "  count: number;",
      "}",
      "",
      `export function summarise${i}(readings: Reading${i}[]): { total: number; labels: string[] } {`,
      "  let total = 0;",
      "  const labels: string[] = [];",
      "  for (const reading of readings) {",
      `    total += clampCount(reading.count) * ${(i % 7) + 1};`,
      "    if (reading.label.length > 3) labels.push(formatLabel(reading.label));",
      "  }",
      "  return { total, labels };",
      "}",
      "",
      `export function scale${i}(values: number[]): number[] {`,
      `  return values.map((v) => v * ${(i % 5) + 2}).filter((v) => v > 10);`,
      "}",
      "",
    ];
    if (kind === 0) {
      lines.push(
        `export async function upload${i}(trip: Trip): Promise<void> {`,
        "  await postJson(EU_TELEMETRY, { vin: trip.vin, lat: trip.lat, lng: trip.lng });",
        "  await postJson(COVERED, { vin: trip.vin, lat: trip.lat });",
        "  await postJson(DOMESTIC, trip);",
        "}",
        "",
      );
    } else if (kind === 1) {
      lines.push(
        `export async function uplink${i}(trip: Trip): Promise<void> {`,
        '  await fetch(EU_TELEMETRY, { method: "POST", body: JSON.stringify({ lat: trip.lat }) });',
        '  await fetch(DOMESTIC, { method: "POST", body: JSON.stringify(trip) });',
        "}",
        "",
      );
    } else {
      lines.push(`export const feature${i} = { enabled: ${i % 2 === 0}, threshold: ${i} } as const;`, "");
    }
    edited.push(write(file, lines.join("\n")));
  }
  return edited;
}

/** The edit an editor would send: the buffer of `file` with one statement changed. */
export function editedText(original: string, round: number): string {
  return original.replace(/return \{ total, labels \};/, `total += ${round};\n  return { total, labels };`);
}

export const NETWORK_FILE = /\/(services|vehicle)\//;

/** `--only network` / `--only plain`: restrict the edited files to one kind (for profiling). */
export function editableFiles(files: readonly string[], only: string | undefined): readonly string[] {
  if (only === undefined) return files;
  if (only !== "network" && only !== "plain") throw new Error(`--only takes network or plain (got ${only})`);
  return files.filter((file) => NETWORK_FILE.test(file) === (only === "network"));
}
