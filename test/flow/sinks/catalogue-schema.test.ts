import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { loadRulePack, type SinkModel } from "@vdx/core";
import { compileSinkModel, validateSinkModel } from "@vdx/core/internals";
import { loadCatalogue, SINKS_FILE, SINKS_SCHEMA_FILE } from "./catalogue.js";

const catalogue = loadCatalogue();

/** The packages the catalogue must cover (issue 2 / issue 5), each with at least one model. */
const REQUIRED_PACKAGES = [
  "global",
  "undici",
  "http",
  "https",
  "axios",
  "got",
  "ky",
  "superagent",
  "ws",
  "socket.io-client",
  "mqtt",
  "kafkajs",
  "amqplib",
  "@grpc/grpc-js",
  "@aws-sdk/client-s3",
  "@aws-sdk/lib-storage",
  "@aws-sdk/client-kinesis",
  "@aws-sdk/client-firehose",
  "@aws-sdk/client-sqs",
  "@aws-sdk/client-sns",
  "@aws-sdk/client-iot-data-plane",
  "ali-oss",
  "cos-nodejs-sdk-v5",
  "@google-cloud/storage",
  "@azure/storage-blob",
  "@sentry/node",
  "@segment/analytics-node",
  "firebase-admin",
  "firebase-admin/firestore",
  "@datadog/browser-logs",
  "@datadog/browser-rum",
  "@datadog/datadog-api-client",
  "dd-trace",
];

/**
 * Issue 11 item 4: at least 300 models, in every family through which data leaves a process; each family
 * named by packages a reviewer expects to find (a package is covered when a model's package glob accepts it).
 */
const FAMILIES: Record<string, string[]> = {
  "HTTP and RPC clients": [
    "request",
    "needle",
    "openapi-fetch",
    "@hey-api/client-fetch",
    "@zodios/core",
    "wretch",
    "ofetch",
    "@angular/common/http",
    "@nestjs/axios",
    "jquery",
    "graphql-request",
    "@apollo/client",
    "urql",
    "@trpc/client",
    "@connectrpc/connect",
    "nice-grpc",
    "grpc-web",
    "soap",
    "jayson",
  ],
  "cloud SDKs": [
    "@aws-sdk/client-lambda",
    "@aws-sdk/client-ses",
    "@aws-sdk/client-location",
    "aws-sdk",
    "aws-sdk/clients/s3",
    "@azure/service-bus",
    "@azure/event-hubs",
    "@azure/cosmos",
    "@google-cloud/bigquery",
    "@google-cloud/firestore",
    "@alicloud/pop-core",
    "@alicloud/fc2",
    "tablestore",
    "tencentcloud-sdk-nodejs",
    "cos-js-sdk-v5",
    "esdk-obs-nodejs",
    "@huaweicloud/huaweicloud-sdk-smn",
  ],
  "message brokers and queues": [
    "node-rdkafka",
    "@confluentinc/kafka-javascript",
    "amqp-connection-manager",
    "rhea",
    "@stomp/stompjs",
    "bullmq",
    "bull",
    "pg-boss",
    "@google-cloud/tasks",
  ],
  "databases, ORMs, caches, search": [
    "mongoose",
    "mysql2",
    "mssql",
    "oracledb",
    "@prisma/client",
    "sequelize",
    "typeorm",
    "drizzle-orm/node-postgres",
    "knex",
    "kysely",
    "@supabase/supabase-js",
    "ioredis",
    "redis",
    "@upstash/redis",
    "@elastic/elasticsearch",
    "algoliasearch",
    "@influxdata/influxdb-client",
    "@clickhouse/client",
  ],
  "logging and tracing": ["winston", "pino", "@opentelemetry/api", "@logtail/node", "newrelic", "elastic-apm-node", "hot-shots"],
  "product analytics and crash reporting": [
    "posthog-js",
    "mixpanel-browser",
    "@rudderstack/rudder-sdk-node",
    "react-ga4",
    "@bugsnag/js",
    "rollbar",
    "logrocket",
  ],
  "e-mail, SMS and push": [
    "@sendgrid/mail",
    "mailgun.js",
    "postmark",
    "resend",
    "twilio",
    "@vonage/server-sdk",
    "web-push",
    "expo-server-sdk",
    "@parse/node-apn",
  ],
  "maps and geocoding": [
    "@googlemaps/google-maps-services-js",
    "@mapbox/mapbox-sdk/services/geocoding",
    "node-geocoder",
    "@esri/arcgis-rest-geocoding",
    "@azure-rest/maps-search",
  ],
  "IoT devices and sockets": ["aws-iot-device-sdk", "azure-iot-device", "alibabacloud-iot-device-sdk", "dgram", "net", "ssh2-sftp-client"],
};

describe("sinks.yaml", () => {
  it("has at least 300 models and covers every family of packages that send data out", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(300);
    const compiled = catalogue.map((m) => compileSinkModel(m)).flatMap((r) => (r.ok ? [r.compiled] : []));
    const missing = Object.entries(FAMILIES).flatMap(([family, packages]) =>
      packages.filter((p) => !compiled.some((m) => m.matchesPackage(p))).map((p) => `${family}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("validates against sinks.schema.json", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SINKS_SCHEMA_FILE, "utf8")) as object);
    const valid = validate(parse(readFileSync(SINKS_FILE, "utf8")));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("has unique ids, compiles every model, and covers every required package", () => {
    expect(new Set(catalogue.map((m) => m.id)).size).toBe(catalogue.length);
    expect(catalogue.flatMap((m) => validateSinkModel(m).map((p) => `${m.id}: ${p}`))).toEqual([]);
    const compiled = catalogue.map((m) => compileSinkModel(m)).flatMap((r) => (r.ok ? [r.compiled] : []));
    expect(REQUIRED_PACKAGES.filter((p) => !compiled.some((m) => m.matchesPackage(p)))).toEqual([]);
    const globals = catalogue.filter((m) => m.package === "global").map((m) => m.member);
    expect(globals).toEqual(expect.arrayContaining(["fetch", "navigator.sendBeacon", "XMLHttpRequest#send", "WebSocket#send"]));
  });

  it("is loaded by the pack loader in catalogue order", () => {
    const outcome = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() });
    const sinkErrors = outcome.errors.filter((e) => e.file.endsWith("sinks.yaml"));
    expect(sinkErrors).toEqual([]);
    expect(outcome.value.sinks.map((m) => m.id)).toEqual(catalogue.map((m) => m.id));
  });
});

describe("user packs extend the catalogue", () => {
  const dir = mkdtempSync(join(tmpdir(), "vdx-sinks-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adds new models after the base and replaces models by id; bad entries are errors with positions", () => {
    writeFileSync(
      join(dir, "sinks.yaml"),
      [
        "sinks:",
        "  - id: acme-telemetry",
        '    package: "@acme/telemetry"',
        '    member: "TelemetryClient#upload"',
        "    kind: call",
        "    destinationKind: url",
        '    destination: [{ call: "TelemetryClient()", argument: 0, property: [endpoint] }]',
        "    payload: [{ argument: 0 }]",
        '    examples: { match: ["x"], noMatch: ["y"] }',
        "  - id: fetch",
        "    package: global",
        "    member: fetch",
        "    kind: call",
        "    destinationKind: url",
        "    destination: [{ argument: 0 }]",
        "    payload: [{ argument: 1 }]",
        '    examples: { match: ["x"], noMatch: ["y"] }',
        "  - id: broken",
        "    package: x",
        "    member: 42",
        "    kind: call",
        "    destinationKind: carrier-pigeon",
        "    destination: []",
        "    payload: []",
        '    examples: { match: ["x"], noMatch: ["y"] }',
      ].join("\n"),
    );
    const outcome = loadRulePack({ rulePack: "2026", extends: [dir], baseDir: dir });
    const ids = outcome.value.sinks.map((m) => m.id);
    expect(ids.at(-1)).toBe("acme-telemetry");
    expect(ids.indexOf("fetch")).toBe(catalogue.findIndex((m) => m.id === "fetch"));
    expect(outcome.value.sinks.find((m) => m.id === "fetch")!.payload).toEqual([{ argument: 1 }]);
    expect(ids).not.toContain("broken");
    const errors = outcome.errors.filter((e) => e.file === join(dir, "sinks.yaml"));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.line >= 18)).toBe(true);
  });
});

describe("validateSinkModel", () => {
  const base: SinkModel = {
    id: "m",
    package: "p",
    member: "Client#send",
    kind: "call",
    destinationKind: "url",
    destination: [{ call: "Client()", argument: 0 }],
    payload: [{ argument: 0 }],
    examples: { match: ["a"], noMatch: ["b"] },
  };
  it("accepts a well-formed model", () => expect(validateSinkModel(base)).toEqual([]));
  it("rejects bad access paths, call prefixes that are not prefixes, and kind mismatches", () => {
    expect(validateSinkModel({ ...base, member: "Client#" })[0]).toMatch(/ends with a separator/);
    expect(validateSinkModel({ ...base, member: "Client..send" })[0]).toMatch(/unexpected "\."/);
    expect(validateSinkModel({ ...base, member: "{a,b" })[0]).toMatch(/unclosed/);
    expect(validateSinkModel({ ...base, destination: [{ call: "Other()", argument: 0 }] })[0]).toMatch(/not a prefix/);
    expect(validateSinkModel({ ...base, destination: [{ call: "Client", argument: 0 }] })[0]).toMatch(/must end with/);
    expect(validateSinkModel({ ...base, payload: [{ call: "command", argument: 0 }] })[0]).toMatch(/needs a command/);
    expect(validateSinkModel({ ...base, member: "new:Client" })[0]).toMatch(/kind "call" does not agree/);
  });
});
