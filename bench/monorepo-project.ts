import { BUNDLER_COMPILER_OPTIONS, EXAMPLE_MOTORS_HOSTS } from "./project-config.js";
import { projectWriter } from "./project-writer.js";

/**
 * A generated pnpm monorepo shaped like a connected-vehicle back end, for the PR-mode and sharding
 * benchmarks and tests: a `shared` package (annotated model, an HTTP helper whose callers supply the
 * URL, a logger), `packages` domain packages and one app that wires them. Each domain package has a
 * model, a client class with fixed endpoints (foreign, domestic or internal — findings sit in the
 * client), repositories, pure utilities, services that send through the client, the shared helper
 * or `fetch` directly, routes that call the services, and a barrel `index.ts`.
 *
 * Files per domain package: 2 + repositories + utilities + services + 2; with the defaults
 * (10 packages, 8 + 12 + 24 per package) the project has 10 × 48 + 5 = 485 + … ≥ 500 files.
 */
export interface MonorepoShape {
  packages: number;
  servicesPerPackage: number;
  reposPerPackage: number;
  utilsPerPackage: number;
  /**
   * Ordinary code per service, repository and utility file: functions that validate, convert and
   * aggregate without sending anything (most of a real back end). 0 keeps the files minimal (tests).
   */
  helpersPerFile?: number;
}

/** 10 × (model, client, routes, index, 8 repositories, 14 utilities, 24 services) + 5 shared files = 505 TypeScript files. */
export const DEFAULT_SHAPE: MonorepoShape = { packages: 10, servicesPerPackage: 24, reposPerPackage: 8, utilsPerPackage: 14, helpersPerFile: 14 };

const DOMAINS = ["telemetry", "trips", "charging", "diagnostics", "ota", "fleet", "billing", "maps", "support", "energy", "cabin", "dealer"];
const HOSTS = [
  "https://eu-telemetry.example-motors.de/v1",
  "https://tsp.example-motors.com.cn/v1",
  "http://analytics.svc.cluster.local/v1",
  "https://partner.example-fleet.jp/api",
];

/** Writes the project under `dir`; returns the relative paths of the files written (sorted). */
export function generateMonorepo(dir: string, shape: MonorepoShape = DEFAULT_SHAPE): string[] {
  const written: string[] = [];
  const writeFile = projectWriter(dir);
  // Templates open with a line break after their backquote: the files start at the next line.
  const write = (path: string, text: string) => {
    writeFile(path, text.startsWith("\n") ? text.slice(1) : text);
    written.push(path);
  };
  const names = Array.from({ length: shape.packages }, (_, i) => DOMAINS[i % DOMAINS.length]! + (i >= DOMAINS.length ? String(i) : ""));

  write("package.json", JSON.stringify({ name: "fleet-platform", private: true, workspaces: ["packages/*", "apps/*"] }, null, 2) + "\n");
  write("pnpm-workspace.yaml", 'packages:\n  - "packages/*"\n  - "apps/*"\n');
  write(
    "tsconfig.json",
    JSON.stringify(
      {
        compilerOptions: {
          ...BUNDLER_COMPILER_OPTIONS,
          baseUrl: ".",
          paths: { "@fleet/*": ["packages/*/src/index.ts"] },
        },
        include: ["packages/*/src", "apps/*/src"],
      },
      null,
      2,
    ) + "\n",
  );
  write(
    "vdx.config.yaml",
    [
      'include: ["packages/**", "apps/**"]',
      "tsconfig: tsconfig.json",
      "organization:",
      "  ciio: false",
      "  vehiclesInChina: 400000",
      "hosts:",
      ...EXAMPLE_MOTORS_HOSTS,
      '  - { match: "*.example-fleet.jp", jurisdiction: JP }',
      "",
    ].join("\n"),
  );
  write(
    "data-export-assessments.yaml",
    [
      "version: 1",
      "assessments:",
      "  - id: SA-2026-0142",
      "    mechanism: security-assessment",
      '    recipient: { name: "Example Motors GmbH", country: DE }',
      '    destinations: ["eu-telemetry.example-motors.de"]',
      "    categories: [pi.general.vehicle-identifier, conn.operating-condition]",
      "    scale: { individuals: 400000, sensitiveIndividuals: 0, vehicles: 400000 }",
      "    validFrom: 2026-03-01",
      "    validUntil: 2029-02-28",
      "",
    ].join("\n"),
  );

  for (const pkg of ["shared", ...names]) {
    write(`packages/${pkg}/package.json`, JSON.stringify({ name: `@fleet/${pkg}`, version: "1.0.0", private: true, type: "module" }, null, 2) + "\n");
  }
  write("packages/shared/src/model.ts", SHARED_MODEL);
  write("packages/shared/src/http.ts", SHARED_HTTP);
  write("packages/shared/src/log.ts", SHARED_LOG);
  write("packages/shared/src/index.ts", 'export * from "./model";\nexport * from "./http";\nexport * from "./log";\n');

  names.forEach((name, p) => {
    const base = `packages/${name}/src`;
    const Client = `${capitalise(name)}Client`;
    write(`${base}/model.ts`, packageModel(name));
    write(`${base}/client.ts`, packageClient(name, Client, HOSTS[p % HOSTS.length]!));
    const helpers = shape.helpersPerFile ?? 0;
    for (let r = 0; r < shape.reposPerPackage; r++) write(`${base}/repo/repo${r}.ts`, repository(name, r) + ordinaryCode(`repo${r}`, helpers));
    for (let u = 0; u < shape.utilsPerPackage; u++) write(`${base}/util/util${u}.ts`, utility(u) + ordinaryCode(`util${u}`, helpers));
    for (let s = 0; s < shape.servicesPerPackage; s++) {
      write(`${base}/services/svc${s}.ts`, service(name, Client, p, s, shape) + ordinaryCode(`svc${s}`, helpers));
    }
    write(`${base}/routes.ts`, routes(name, shape.servicesPerPackage));
    write(
      `${base}/index.ts`,
      [`export * from "./model";`, `export { ${Client} } from "./client";`, `export { register${capitalise(name)}Routes } from "./routes";`, ""].join("\n"),
    );
  });

  write("packages/apps-placeholder.md", "The app lives under apps/.\n");
  write("apps/gateway/package.json", JSON.stringify({ name: "@fleet/gateway", version: "1.0.0", private: true, type: "module" }, null, 2) + "\n");
  write(
    "apps/gateway/src/main.ts",
    [
      ...names.map((name) => `import { register${capitalise(name)}Routes } from "@fleet/${name}";`),
      'import { logInfo } from "@fleet/shared";',
      "",
      "export type Handler = (request: { params: Record<string, string> }) => Promise<unknown>;",
      "export const routes = new Map<string, Handler>();",
      "export function start(): void {",
      ...names.map((name) => `  register${capitalise(name)}Routes(routes);`),
      "  logInfo(`routes: ${routes.size}`);",
      "}",
      "",
    ].join("\n"),
  );
  return written.sort();
}

/** Functions that check, convert and aggregate local data and send nothing: the bulk of real code. */
function ordinaryCode(prefix: string, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = `${prefix}Step${i}`;
    switch (i % 3) {
      case 0:
        out.push(
          `export interface ${capitalise(n)}Options { limit: number; strict: boolean; labels: readonly string[] }`,
          ``,
          `export function validate${capitalise(n)}(input: Record<string, unknown>, options: ${capitalise(n)}Options): string[] {`,
          `  const problems: string[] = [];`,
          `  for (const [key, value] of Object.entries(input)) {`,
          `    if (value === undefined || value === null) problems.push(\`\${key} is missing\`);`,
          `    else if (typeof value === "string" && value.length > options.limit) problems.push(\`\${key} is longer than \${options.limit}\`);`,
          `    else if (options.strict && typeof value === "number" && !Number.isFinite(value)) problems.push(\`\${key} is not a finite number\`);`,
          `  }`,
          `  return options.labels.length > 0 ? problems.map((p) => \`\${options.labels.join(".")}: \${p}\`) : problems;`,
          `}`,
          ``,
        );
        break;
      case 1:
        out.push(
          `export function bucket${capitalise(n)}(values: readonly number[], width: number): Map<number, number> {`,
          `  const buckets = new Map<number, number>();`,
          `  for (const value of values) {`,
          `    const key = Math.floor(value / Math.max(1, width)) * width;`,
          `    buckets.set(key, (buckets.get(key) ?? 0) + 1);`,
          `  }`,
          `  return new Map([...buckets.entries()].sort((a, b) => a[0] - b[0]));`,
          `}`,
          ``,
          `export function percentile${capitalise(n)}(values: readonly number[], p: number): number {`,
          `  if (values.length === 0) return 0;`,
          `  const sorted = [...values].sort((a, b) => a - b);`,
          `  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));`,
          `  return sorted[index] ?? 0;`,
          `}`,
          ``,
        );
        break;
      default:
        out.push(
          `export class ${capitalise(n)}Window {`,
          `  private readonly samples: { at: number; value: number }[] = [];`,
          `  constructor(private readonly spanMs: number) {}`,
          `  add(at: number, value: number): void {`,
          `    this.samples.push({ at, value });`,
          `    while (this.samples.length > 0 && this.samples[0]!.at < at - this.spanMs) this.samples.shift();`,
          `  }`,
          `  mean(): number {`,
          `    return this.samples.length === 0 ? 0 : this.samples.reduce((sum, s) => sum + s.value, 0) / this.samples.length;`,
          `  }`,
          `  trend(): "up" | "down" | "flat" {`,
          `    const first = this.samples[0]?.value ?? 0;`,
          `    const last = this.samples[this.samples.length - 1]?.value ?? 0;`,
          `    return last > first * 1.05 ? "up" : last < first * 0.95 ? "down" : "flat";`,
          `  }`,
          `}`,
          ``,
        );
    }
  }
  return out.length > 0 ? `\n${out.join("\n")}` : "";
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const SHARED_MODEL = `
/** A position fix of the vehicle. */
export interface GeoFix {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.sensitive.location-trajectory */
  lng: number;
  at: string;
}

export interface VehicleRef {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  model: string;
  year: number;
}

export interface HealthReport {
  vehicle: VehicleRef;
  /** @vdx conn.operating-condition */
  batteryTemperature: number;
  /** @vdx conn.operating-condition */
  stateOfCharge: number;
  firmware: string;
}
`;

const SHARED_HTTP = `
/** POSTs JSON to a URL the caller chooses. */
export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  return (await response.json()) as T;
}

export function withQuery(url: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search === "" ? url : \`\${url}?\${search}\`;
}
`;

const SHARED_LOG = `
export function logInfo(message: string): void {
  console.log(\`[info] \${message}\`);
}

export function logWarn(message: string, error?: unknown): void {
  console.warn(\`[warn] \${message}\`, error);
}

export function elapsed(since: number): string {
  return \`\${Date.now() - since} ms\`;
}
`;

function packageModel(name: string): string {
  const T = capitalise(name);
  return `
import type { GeoFix, VehicleRef } from "@fleet/shared";

export interface ${T}Record {
  id: string;
  vehicle: VehicleRef;
  position: GeoFix;
  /** @vdx pi.general.driving-behaviour */
  harshBrakes: number;
  /** @vdx conn.operating-condition */
  odometer: number;
  createdAt: string;
  tags: string[];
}

export interface ${T}Summary {
  id: string;
  count: number;
  averageSpeed: number;
  label: string;
}

export type ${T}Filter = { since?: string; until?: string; limit?: number };
`;
}

function packageClient(name: string, Client: string, host: string): string {
  return `
import type { ${capitalise(name)}Record, ${capitalise(name)}Summary } from "./model";

const BASE_URL = "${host}/${name}";

/** The ${name} platform's API; every endpoint is fixed, so findings sit at these calls. */
export class ${Client} {
  async uploadRecord(record: ${capitalise(name)}Record): Promise<void> {
    await fetch(\`\${BASE_URL}/records\`, { method: "POST", body: JSON.stringify(record) });
  }

  async uploadPosition(vin: string, lat: number, lng: number): Promise<void> {
    await fetch(\`\${BASE_URL}/positions\`, { method: "POST", body: JSON.stringify({ vin, lat, lng }) });
  }

  async uploadSummary(summary: ${capitalise(name)}Summary): Promise<void> {
    await fetch(\`\${BASE_URL}/summaries\`, { method: "POST", body: JSON.stringify(summary) });
  }

  async ping(): Promise<boolean> {
    const response = await fetch(\`\${BASE_URL}/health\`);
    return response.ok;
  }
}
`;
}

function repository(name: string, r: number): string {
  const T = capitalise(name);
  return `
import type { ${T}Record, ${T}Filter } from "../model";

const rows: ${T}Record[] = [];

export function find${T}${r}(id: string): ${T}Record | undefined {
  return rows.find((row) => row.id === id);
}

export function list${T}${r}(filter: ${T}Filter = {}): ${T}Record[] {
  const limit = filter.limit ?? 100;
  return rows.filter((row) => (filter.since === undefined || row.createdAt >= filter.since)).slice(0, limit);
}

export function count${T}${r}(): number {
  return rows.length;
}

export function insert${T}${r}(row: ${T}Record): void {
  rows.push(row);
}
`;
}

function utility(u: number): string {
  return `
/** Pure helpers: no data leaves the process here. */
export function round${u}(value: number, digits = ${u % 4}): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function clamp${u}(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function label${u}(parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== "").join(" / ");
}

export function average${u}(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function chunk${u}<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
`;
}

function service(name: string, Client: string, p: number, s: number, shape: MonorepoShape): string {
  const T = capitalise(name);
  const r = s % shape.reposPerPackage;
  const u = s % shape.utilsPerPackage;
  const host = HOSTS[(p + s) % HOSTS.length]!;
  const lines = [
    `import { postJson, logInfo } from "@fleet/shared";`,
    `import { ${Client} } from "../client";`,
    `import { find${T}${r}, list${T}${r} } from "../repo/repo${r}";`,
    `import { average${u}, round${u}, label${u} } from "../util/util${u}";`,
    `import type { ${T}Summary } from "../model";`,
    "",
    `const client = new ${Client}();`,
    "",
  ];
  // Every fourth service only computes; the others send by one of three shapes.
  switch (s % 4) {
    case 0:
      lines.push(
        `export async function sync${s}(id: string): Promise<void> {`,
        `  const record = find${T}${r}(id);`,
        `  if (!record) return;`,
        `  await client.uploadRecord(record);`,
        `}`,
      );
      break;
    case 1:
      lines.push(
        `export async function report${s}(id: string): Promise<void> {`,
        `  const record = find${T}${r}(id);`,
        `  if (!record) return;`,
        `  await postJson("${host}/${name}/report${s}", { vin: record.vehicle.vin, odometer: record.odometer });`,
        `}`,
      );
      break;
    case 2:
      lines.push(
        `export async function track${s}(id: string): Promise<void> {`,
        `  const record = find${T}${r}(id);`,
        `  if (!record) return;`,
        `  await client.uploadPosition(record.vehicle.vin, record.position.lat, record.position.lng);`,
        `}`,
      );
      break;
    default:
      lines.push(
        `export function summarise${s}(): ${T}Summary {`,
        `  const rows = list${T}${r}({ limit: 50 });`,
        `  const speeds = rows.map((row) => row.odometer / Math.max(1, row.tags.length));`,
        `  return { id: "s${s}", count: rows.length, averageSpeed: round${u}(average${u}(speeds)), label: label${u}(rows.map((row) => row.id)) };`,
        `}`,
      );
  }
  lines.push(
    "",
    `export function describe${s}(id: string): string {`,
    `  const record = find${T}${r}(id);`,
    `  logInfo(\`${name} service ${s} looked up \${id}\`);`,
    `  return record ? label${u}([record.id, String(round${u}(record.odometer))]) : "unknown";`,
    `}`,
    "",
  );
  return lines.join("\n");
}

function routes(name: string, services: number): string {
  const imports: string[] = [];
  const body: string[] = [];
  for (let s = 0; s < services; s++) {
    const fn = s % 4 === 0 ? `sync${s}` : s % 4 === 1 ? `report${s}` : s % 4 === 2 ? `track${s}` : `summarise${s}`;
    imports.push(`import { ${fn}, describe${s} } from "./services/svc${s}";`);
    const call = s % 4 === 3 ? `${fn}()` : `${fn}(request.params.id ?? "")`;
    body.push(`  routes.set("/${name}/${s}", async (request) => ${call});`);
    body.push(`  routes.set("/${name}/${s}/describe", async (request) => describe${s}(request.params.id ?? ""));`);
  }
  return [
    ...imports,
    "",
    "type Handler = (request: { params: Record<string, string> }) => Promise<unknown>;",
    "",
    `export function register${capitalise(name)}Routes(routes: Map<string, Handler>): void {`,
    ...body,
    "}",
    "",
  ].join("\n");
}
