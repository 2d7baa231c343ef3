// Schema scanning throughput on a generated catalog (protobuf + JSON Schema + OpenAPI),
// on one core, then one wide object (issue 14: 20,000 properties named `vehicleSpeedN`, each
// looking for context among all the others, must scan in linear time).
// Run: npx tsx bench/schema-speed.ts [--fields 60000] [--wide 20000]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { scanSchemaFiles } from "../packages/core/src/schema/index.js";
import { testPack } from "../test/schema/helpers/test-pack.js";

// `--yaml` writes the OpenAPI documents as YAML instead of JSON (the YAML parser is the slow part).
const yamlOpenApi = process.argv.includes("--yaml");
const argIndex = process.argv.indexOf("--fields");
const targetFields = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 60_000;
const wideIndex = process.argv.indexOf("--wide");
const wideFields = wideIndex > 0 ? Number(process.argv[wideIndex + 1]) : 20_000;
const FIELDS_PER_MESSAGE = 20;
const MESSAGES_PER_FILE = 10;

// Names as they appear in OEM schemas: mostly neutral, some signals, some tricky look-alikes.
const NAMES = [
  "vin",
  "timestamp",
  "sequence_no",
  "vehicle_speed",
  "latitude",
  "longitude",
  "heading",
  "soc",
  "total_voltage",
  "motor_rpm",
  "status",
  "error_code",
  "template_id",
  "latency_ms",
  "translate_x",
  "firmware_version",
  "cell_voltages",
  "dtc_codes",
  "device_id",
  "iccid",
  "trip_id",
  "distance_km",
  "fan_speed",
  "seat_position",
  "user_id",
  "email",
  "phone_number",
  "campaign_id",
  "rxswin",
  "payload_size",
  "retry_count",
  "region",
  "locale",
  "mileage",
  "gear",
  "image_data",
  "exposure_us",
  "point_count",
  "checksum",
  "created_at",
];

const name = (i: number, j: number): string => `${NAMES[(i * 7 + j) % NAMES.length]}${j >= NAMES.length ? `_${j}` : ""}`;

function protoFile(fileIndex: number): string {
  const lines = ['syntax = "proto3";', `package bench.gen${fileIndex}.v1;`, ""];
  for (let m = 0; m < MESSAGES_PER_FILE; m++) {
    lines.push(`// Generated message ${m}.`, `message Msg${m} {`);
    for (let f = 0; f < FIELDS_PER_MESSAGE; f++)
      lines.push(`  ${f % 5 === 0 ? "repeated " : ""}${f % 3 === 0 ? "double" : "string"} ${name(fileIndex + m, f)} = ${f + 1};`);
    lines.push("}", "");
  }
  return lines.join("\n");
}

function jsonSchemaFile(fileIndex: number): string {
  const defs: Record<string, unknown> = {};
  for (let m = 0; m < MESSAGES_PER_FILE; m++) {
    const properties: Record<string, unknown> = {};
    for (let f = 0; f < FIELDS_PER_MESSAGE; f++)
      properties[name(fileIndex + m, f)] = f === 0 && m > 0 ? { $ref: `#/$defs/Obj${m - 1}` } : { type: f % 3 === 0 ? "number" : "string" };
    defs[`Obj${m}`] = { type: "object", ...(m === 0 && fileIndex % 4 === 0 ? { "x-vdx": "conn.operating-condition" } : {}), properties };
  }
  return JSON.stringify(
    {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: `Bench${fileIndex}`,
      type: "object",
      properties: { root: { $ref: "#/$defs/Obj9" } },
      $defs: defs,
    },
    null,
    2,
  );
}

function openApiFile(fileIndex: number, yaml: boolean): string {
  if (!yaml) {
    const schemas: Record<string, unknown> = {};
    for (let m = 0; m < MESSAGES_PER_FILE; m++) {
      const properties: Record<string, unknown> = {};
      for (let f = 0; f < FIELDS_PER_MESSAGE; f++) properties[name(fileIndex + m, f)] = { type: "string" };
      schemas[`Obj${m}`] = { type: "object", properties };
    }
    return JSON.stringify({ openapi: "3.0.3", info: { title: `Bench ${fileIndex}`, version: "1" }, paths: {}, components: { schemas } }, null, 2);
  }
  const schemas: string[] = [];
  for (let m = 0; m < MESSAGES_PER_FILE; m++) {
    schemas.push(`    Obj${m}:`, "      type: object", "      properties:");
    for (let f = 0; f < FIELDS_PER_MESSAGE; f++) schemas.push(`        ${name(fileIndex + m, f)}: { type: string }`);
  }
  return [`openapi: 3.0.3`, `info: { title: Bench ${fileIndex}, version: "1" }`, "paths: {}", "components:", "  schemas:", ...schemas].join("\n");
}

const dir = mkdtempSync(path.join(tmpdir(), "vdx-schema-speed-"));
const files: string[] = [];
let declared = 0;
for (let i = 0; declared < targetFields; i++) {
  const kind = i % 3;
  const file = path.join(dir, kind === 0 ? `gen${i}.proto` : kind === 1 ? `gen${i}.schema.json` : `gen${i}.openapi.${yamlOpenApi ? "yaml" : "json"}`);
  writeFileSync(file, kind === 0 ? protoFile(i) : kind === 1 ? jsonSchemaFile(i) : openApiFile(i, yamlOpenApi));
  files.push(file);
  declared += MESSAGES_PER_FILE * FIELDS_PER_MESSAGE + (kind === 1 ? 1 : 0);
}

const pack = testPack();
scanSchemaFiles({ files: files.slice(0, 3), root: dir, pack }); // warm-up (JIT, caches of the pack)
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = scanSchemaFiles({ files, root: dir, pack });
const cpu = process.cpuUsage(cpuBefore);
const seconds = (performance.now() - started) / 1000;
// CPU time of this (single-threaded) process: robust when other work shares the machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

// One object with `wideFields` properties whose names all carry a context-seeking term.
const wideFile = path.join(dir, "wide.schema.json");
const wideProperties: Record<string, unknown> = {};
for (let i = 0; i < wideFields; i++) wideProperties[`vehicleSpeed${i}`] = { type: "number" };
writeFileSync(wideFile, JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", title: "Wide", type: "object", properties: wideProperties }));
const wideCpuBefore = process.cpuUsage();
const wide = scanSchemaFiles({ files: [wideFile], root: dir, pack });
const wideCpu = process.cpuUsage(wideCpuBefore);
rmSync(dir, { recursive: true, force: true });

const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(
  `files: ${files.length} (${files.filter((f) => f.endsWith(".proto")).length} proto, ${files.filter((f) => f.endsWith(".schema.json")).length} JSON Schema, ${files.filter((f) => f.includes(".openapi.")).length} OpenAPI ${yamlOpenApi ? "YAML" : "JSON"})`,
);
console.log(`declared fields: ${declared}; classified: ${result.fields.length}; findings: ${result.findings.length}`);
console.log(`scan time: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`);
console.log(
  `throughput: ${Math.round(declared / cpuSeconds).toLocaleString("en-US")} fields per CPU-second (one core); ${Math.round(declared / seconds).toLocaleString("en-US")} fields/s wall clock`,
);
console.log(
  `wide object: ${wideFields} properties named vehicleSpeedN, ${wide.fields.length} classified: ${((wideCpu.user + wideCpu.system) / 1e6).toFixed(2)} s CPU`,
);
console.log(`peak RSS: ${peakMiB.toFixed(0)} MiB`);
