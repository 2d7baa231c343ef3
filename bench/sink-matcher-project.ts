import { projectWriter } from "./project-writer.js";

/**
 * Writes a project for the sink-matcher benchmark: `files` feature modules, each with
 * two sink calls (axios, an axios instance, fetch, mqtt, S3 — 3,000 sinks for 1,500
 * files) among the calls real code is full of: `labels.push`, `map.get/set`, a local
 * `socket.send`, class-field collections, utilities imported from the project,
 * `console.log`, array callbacks. Package types are stubbed in node_modules so that
 * type checking does real work. Returns the feature file paths (absolute).
 */
export function generateSinkMatcherProject(root: string, files: number): string[] {
  const write = projectWriter(root);
  write(
    "tsconfig.json",
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          lib: ["ES2022", "DOM"],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          esModuleInterop: true,
          types: [],
        },
        include: ["src/**/*.ts"],
      },
      null,
      2,
    ),
  );
  write("node_modules/axios/package.json", JSON.stringify({ name: "axios", types: "index.d.ts" }));
  write(
    "node_modules/axios/index.d.ts",
    [
      "export interface AxiosRequestConfig { baseURL?: string; url?: string; method?: string; data?: unknown; params?: Record<string, unknown>; headers?: Record<string, string> }",
      "export interface AxiosResponse<T = unknown> { data: T; status: number }",
      "export interface AxiosInstance {",
      "  post<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;",
      "  put<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;",
      "  get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;",
      "  defaults: AxiosRequestConfig;",
      "}",
      "export interface AxiosStatic extends AxiosInstance { create(config?: AxiosRequestConfig): AxiosInstance }",
      "declare const axios: AxiosStatic;",
      "export default axios;",
    ].join("\n"),
  );
  write("node_modules/mqtt/package.json", JSON.stringify({ name: "mqtt", types: "index.d.ts" }));
  write(
    "node_modules/mqtt/index.d.ts",
    [
      "export declare class MqttClient { publish(topic: string, message: string | Uint8Array, options?: { qos?: 0 | 1 | 2 }): this; end(): void }",
      "export declare function connect(url: string, options?: { clientId?: string }): MqttClient;",
    ].join("\n"),
  );
  write("node_modules/@aws-sdk/client-s3/package.json", JSON.stringify({ name: "@aws-sdk/client-s3", types: "index.d.ts" }));
  write(
    "node_modules/@aws-sdk/client-s3/index.d.ts",
    [
      "export declare class S3Client { constructor(config: { region?: string; endpoint?: string }); send(command: PutObjectCommand | GetObjectCommand): Promise<{ ETag?: string }> }",
      "export declare class PutObjectCommand { constructor(input: { Bucket: string; Key: string; Body?: string | Uint8Array }) }",
      "export declare class GetObjectCommand { constructor(input: { Bucket: string; Key: string }) }",
    ].join("\n"),
  );

  write(
    "src/lib/endpoints.ts",
    [
      "declare const process: { env: Record<string, string | undefined> };",
      'export const TELEMETRY_EU = "https://telemetry.example-motors.de/v1";',
      'export const TELEMETRY_CN = "https://telemetry.example-motors.com.cn/v1";',
      'export const BROKER = process.env.MQTT_URL ?? "mqtts://broker.example-motors.de:8883";',
    ].join("\n"),
  );
  write(
    "src/lib/clients.ts",
    [
      'import axios from "axios";',
      'import { connect } from "mqtt";',
      'import { S3Client } from "@aws-sdk/client-s3";',
      'import { TELEMETRY_EU, BROKER } from "./endpoints";',
      "export const api = axios.create({ baseURL: TELEMETRY_EU });",
      "export const broker = connect(BROKER);",
      'export const s3 = new S3Client({ region: "eu-central-1" });',
    ].join("\n"),
  );
  write(
    "src/lib/collections.ts",
    [
      "export class Registry<T> {",
      "  private readonly entries = new Map<string, T>();",
      "  private readonly log: string[] = [];",
      "  get(key: string): T | undefined { return this.entries.get(key); }",
      "  set(key: string, value: T): this { this.entries.set(key, value); this.log.push(key); return this; }",
      "  send(key: string): boolean { return this.entries.delete(key); }",
      "}",
      "export function sum(values: readonly number[]): number { return values.reduce((a, b) => a + b, 0); }",
      "export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {",
      "  const groups = new Map<string, T[]>();",
      "  for (const item of items) { const k = key(item); const list = groups.get(k) ?? []; list.push(item); groups.set(k, list); }",
      "  return groups;",
      "}",
      "export function format(value: number, unit: string): string { return `${value.toFixed(1)} ${unit}`; }",
    ].join("\n"),
  );
  write(
    "src/lib/model.ts",
    [
      "export interface Reading { vin: string; lat: number; lng: number; speed: number; at: number }",
      "export declare function loadReadings(vin: string): Reading[];",
    ].join("\n"),
  );

  const features: string[] = [];
  for (let i = 0; i < files; i++) features.push(write(`src/features/f${String(i).padStart(4, "0")}.ts`, featureModule(i)));
  return features;
}

/** One feature module: two sinks and about forty ordinary calls. */
export function featureModule(i: number, edit = 0): string {
  const sinks = [
    `await axios.post(\`\${TELEMETRY_EU}/r${i}\`, { vin: r.vin, lat: r.lat });`,
    `await api.post("/batch${i}", rows);`,
    `await fetch(\`\${TELEMETRY_CN}/f${i}\`, { method: "POST", body: JSON.stringify(rows) });`,
    `broker.publish("vehicles/${i}", JSON.stringify({ lat: r.lat, lng: r.lng }));`,
    `await s3.send(new PutObjectCommand({ Bucket: "fleet-${i}", Key: r.vin, Body: JSON.stringify(rows) }));`,
  ];
  return [
    'import axios from "axios";',
    'import { PutObjectCommand } from "@aws-sdk/client-s3";',
    'import { api, broker, s3 } from "../lib/clients";',
    'import { TELEMETRY_EU, TELEMETRY_CN } from "../lib/endpoints";',
    'import { Registry, sum, groupBy, format } from "../lib/collections";',
    'import { loadReadings, type Reading } from "../lib/model";',
    "",
    `const registry${i} = new Registry<Reading>();`,
    `const socket = { send: (message: string) => message.length, get: (key: string) => key };`,
    "",
    `export class Buffer${i} {`,
    "  private readonly items: Reading[] = [];",
    "  private readonly byVin = new Map<string, Reading>();",
    "  add(r: Reading): void { this.items.push(r); this.byVin.set(r.vin, r); }",
    "  latest(vin: string): Reading | undefined { return this.byVin.get(vin); }",
    "  drain(): Reading[] { const out = this.items.splice(0); this.byVin.clear(); return out; }",
    "}",
    "",
    `export function summarize${i}(rows: Reading[], labels: string[]): string {`,
    "  const speeds = rows.map((r) => r.speed).filter((s) => s > 0);",
    "  const names = new Map<string, number>();",
    "  for (const r of rows) { labels.push(r.vin); names.set(r.vin, (names.get(r.vin) ?? 0) + 1); }",
    "  const groups = groupBy(rows, (r) => r.vin);",
    "  const parts: string[] = [];",
    '  parts.push(format(sum(speeds), "km/h"));',
    "  groups.forEach((list, vin) => parts.push(`${vin}:${list.length}`));",
    '  socket.send(parts.join(","));',
    '  socket.get(labels.join("|"));',
    "  console.log(JSON.stringify(parts), Object.keys(names).length, Math.max(...speeds));",
    `  return parts.join(";") + ${edit};`,
    "}",
    "",
    `export async function upload${i}(vin: string): Promise<void> {`,
    "  const rows = loadReadings(vin);",
    "  const r = rows[0];",
    "  if (!r) return;",
    `  const buffer = new Buffer${i}();`,
    "  rows.forEach((row) => buffer.add(row));",
    `  registry${i}.set(vin, r);`,
    `  registry${i}.get(vin);`,
    `  registry${i}.send(vin);`,
    `  ${sinks[(2 * i) % sinks.length]}`,
    `  ${sinks[(2 * i + 1) % sinks.length]}`,
    `  summarize${i}(buffer.drain(), []);`,
    "}",
    "",
  ].join("\n");
}
