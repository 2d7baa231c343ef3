import { describe, expect, it } from "vitest";
import workspaceTs from "typescript";
import { describeStaticValue } from "@vdx/core/internals";
import { fixture, onlySink } from "./matcher-fixture.js";

describe("sink matcher: clients across modules", () => {
  it("follows an axios instance exported from one module, configured from another, used in a third", () => {
    const f = fixture({
      "src/config.ts": `export const config = { api: { baseUrl: process.env.CLOUD_API ?? "https://cloud.example-motors.de/api" } } as const;`,
      "src/http/client.ts": `import axios from "axios";\nimport { config } from "../config";\nexport const api = axios.create({ baseURL: config.api.baseUrl, timeout: 5000 });\nexport default api;`,
      "src/upload.ts": `import { api } from "./http/client";\nimport http from "./http/client";\nexport async function upload(trip: object) {\n  await api.post("/v1/trips", trip);\n  await http.put(\`/v1/trips/\${1}\`, trip);\n}`,
    });
    expect(f.summary()).toEqual([
      "axios-instance-data-method @ src/upload.ts:4 → https://cloud.example-motors.de/api/v1/trips (default; overridable by $CLOUD_API)",
      "axios-instance-data-method @ src/upload.ts:5 → https://cloud.example-motors.de/api/v1/trips/1 (default; overridable by $CLOUD_API)",
    ]);
    const [first] = f.sinks("src/upload.ts");
    expect(first!.steps.map((s) => `${s.location.file.replace("/project/", "")}:${s.location.line} ${s.message}`)).toEqual([
      "src/http/client.ts:3 axios.create(…) creates the axios client used by this call",
      "src/config.ts:1 base URL of the client: https://cloud.example-motors.de/api",
    ]);
    expect(first!.payloads.map((p) => p.getText())).toEqual(["trip", `"/v1/trips"`]);
  });

  it("recognises re-exported and aliased package exports", () => {
    const f = fixture({
      "src/lib/index.ts": `export { default as http } from "axios";\nexport * from "./more";`,
      "src/lib/more.ts": `import * as undici from "undici";\nexport const request = undici.request;`,
      "src/main.ts": `import { http, request as send } from "./lib";\nhttp.post("https://a.example.com/x", body);\nsend("https://b.example.com/y", { body });`,
    });
    expect(f.summary()).toEqual(["axios-data-method @ src/main.ts:2 → https://a.example.com/x", "undici-request @ src/main.ts:3 → https://b.example.com/y"]);
  });

  it("finds clients in namespaces, class fields, factories and let variables assigned later", () => {
    const f = fixture({
      "src/aws.ts": [
        `import { S3Client } from "@aws-sdk/client-s3";`,
        `export const REGION = "ap-northeast-1";`,
        `export function createS3() { return new S3Client({ region: REGION }); }`,
        `export const s3 = createS3();`,
      ].join("\n"),
      "src/store.ts": [
        `import { PutObjectCommand } from "@aws-sdk/client-s3";`,
        `import * as aws from "./aws";`,
        `import { createS3 } from "./aws";`,
        `export class ClipStore {`,
        `  private readonly s3 = createS3();`,
        `  save(body: Uint8Array) { return this.s3.send(new PutObjectCommand({ Bucket: "clips-jp", Key: "k", Body: body })); }`,
        `}`,
        `aws.s3.send(new PutObjectCommand({ Bucket: "logs-jp", Key: "k", Body: data }));`,
      ].join("\n"),
      "src/mqtt.ts": [
        `import mqtt from "mqtt";`,
        `let client: mqtt.MqttClient | undefined;`,
        `export function start() { client = mqtt.connect("mqtts://broker.example.kr:8883"); }`,
        `export function report(state: object) { client?.publish("vehicles/state", JSON.stringify(state)); }`,
      ].join("\n"),
    });
    const store = f.sinks("src/store.ts");
    expect(store.map((s) => [describeStaticValue(s.destination), s.region && describeStaticValue(s.region)])).toEqual([
      ["s3://clips-jp", "aws:ap-northeast-1"],
      ["s3://logs-jp", "aws:ap-northeast-1"],
    ]);
    expect(describeStaticValue(onlySink(f, "src/mqtt.ts").destination)).toBe("mqtts://broker.example.kr:8883");
  });

  it("follows kafka, amqp and mqtt clients created in one file and used in another", () => {
    const f = fixture({
      "src/kafka.ts": `import { Kafka } from "kafkajs";\nconst BROKERS = process.env.BROKERS?.split(",") ?? ["kafka.example.de:9093"];\nexport const kafka = new Kafka({ clientId: "gw", brokers: ["kafka.example.de:9093"] });\nexport const producer = kafka.producer();`,
      "src/send.ts": `import { producer } from "./kafka";\nexport async function send(sample: object) {\n  await producer.send({ topic: "t", messages: [{ value: JSON.stringify(sample) }] });\n}`,
    });
    const sink = onlySink(f, "src/send.ts");
    expect(describeStaticValue(sink.destination)).toBe("kafka://kafka.example.de:9093");
    expect(sink.payloads.map((p) => p.getText())).toEqual([`[{ value: JSON.stringify(sample) }]`]);
  });

  it("recognises require, destructured require, import = require and dynamic import in JS and TS", () => {
    const f = fixture({
      "src/a.js": `const mqtt = require("mqtt");\nconst client = mqtt.connect("mqtt://broker.example.com");\nclient.publish("t", payload);`,
      "src/b.js": `const { connect } = require("mqtt");\nconnect("mqtt://broker2.example.com").publish("t", payload);`,
      "src/c.ts": `import axios = require("axios");\naxios.post("https://c.example.com", body);`,
      "src/d.ts": `export async function go() { const { default: ky } = await import("ky"); await ky.post("https://d.example.com", { json: body }); }`,
    });
    expect(f.summary()).toEqual([
      "mqtt-publish @ src/a.js:3 → mqtt://broker.example.com",
      "mqtt-publish @ src/b.js:2 → mqtt://broker2.example.com",
      "axios-data-method @ src/c.ts:2 → https://c.example.com",
      "ky-method @ src/d.ts:1 → https://d.example.com",
    ]);
  });

  it("takes the DSN of a Sentry.init anywhere in the program", () => {
    const f = fixture({
      "src/instrument.ts": `import * as Sentry from "@sentry/node";\nSentry.init({ dsn: process.env.SENTRY_DSN ?? "https://pub@o77.ingest.us.sentry.io/9", tracesSampleRate: 0.1 });`,
      "src/worker.ts": `import { captureException, setContext } from "@sentry/node";\ntry { run(); } catch (e) { captureException(e); setContext("vehicle", { vin }); }`,
    });
    const sinks = f.sinks("src/worker.ts");
    expect(sinks.map((s) => `${s.model.id} → ${describeStaticValue(s.destination)}`)).toEqual([
      "sentry-capture → https://o77.ingest.us.sentry.io (default; overridable by $SENTRY_DSN)",
      "sentry-scope-keyed-data → https://o77.ingest.us.sentry.io (default; overridable by $SENTRY_DSN)",
    ]);
    expect(sinks[0]!.steps.some((s) => s.location.file.endsWith("instrument.ts") && s.message.includes("configures"))).toBe(true);
    const without = fixture({ "src/worker.ts": `import * as Sentry from "@sentry/browser";\nSentry.captureMessage(text);` });
    expect(onlySink(without, "src/worker.ts").destination.kind).toBe("unknown");
  });
});

describe("sink matcher: destinations supplied by callers", () => {
  const files = {
    "src/http.ts": `export async function postJson(url: string, body: unknown) {\n  return fetch(url, { method: "POST", body: JSON.stringify(body) });\n}\nexport function postTo(host: string, body: unknown) { return postJson(\`https://\${host}/ingest\`, body); }`,
    "src/callers.ts": [
      `import { postJson, postTo } from "./http";`,
      `const EU = "https://eu.example.de/v1/trips";`,
      `postJson(EU, trip);`,
      `postJson("https://telemetry.example.com.cn/v1", trip);`,
      `postTo("upload.example.us", trip);`,
    ].join("\n"),
  };

  it("reports the helper's fetch with a parameter destination and binds it at each caller", () => {
    const f = fixture(files);
    const inner = onlySink(f, "src/http.ts");
    expect(inner.destination).toMatchObject({ kind: "parameter", index: 0, prefix: "", suffix: "" });
    if (inner.destination.kind !== "parameter") return;
    const direct = collectCalls(f.program, "src/callers.ts", /^postJson$/);
    expect(direct.map((c) => describeStaticValue(f.matcher.bindDestination(inner, inner.destination as never, c)))).toEqual([
      "https://eu.example.de/v1/trips",
      "https://telemetry.example.com.cn/v1",
    ]);
    // postTo passes a template of its own parameter: one more hop up the call chain.
    const callers = collectCalls(f.program, "src/callers.ts", /^postTo$/);
    const viaPostTo = f.matcher.bindDestination(inner, inner.destination, collectCalls(f.program, "src/http.ts", /^postJson$/)[0]);
    expect(viaPostTo).toMatchObject({ kind: "parameter", prefix: "https://", suffix: "/ingest" });
    if (viaPostTo.kind !== "parameter") return;
    expect(describeStaticValue(f.matcher.bindDestination(inner, viaPostTo, callers[0]))).toBe("https://upload.example.us/ingest");
  });
});

describe("sink matcher: citations, locations, both TypeScript copies", () => {
  it("reads `// vdx-assessment: ID` on the call's line or the line above", () => {
    const f = fixture({
      "src/a.ts": [
        `import axios from "axios";`,
        `// vdx-assessment: SA-2026-0142`,
        `await axios.post("https://a.example.de", body);`,
        `await axios.post("https://b.example.de", body); // vdx-assessment: SC-2026-7`,
        ``,
        `await axios.post("https://c.example.de", body);`,
        `const r = await axios.put(`,
        `  "https://d.example.de", body); /* vdx-assessment: CERT-1 */`,
      ].join("\n"),
    });
    expect(f.sinks("src/a.ts").map((s) => [s.location.line, s.location.column, s.citedRecord])).toEqual([
      [3, 7, "SA-2026-0142"],
      [4, 7, "SC-2026-7"],
      [6, 7, undefined],
      [7, 17, undefined],
    ]);
  });

  it("gives the same answers with the workspace TypeScript as with ts-morph's", () => {
    const files = {
      "src/clients.ts": `import { S3Client } from "@aws-sdk/client-s3";\nexport const s3 = new S3Client({ region: process.env.AWS_REGION ?? "eu-central-1" });`,
      "src/up.ts": `import { PutObjectCommand } from "@aws-sdk/client-s3";\nimport { s3 } from "./clients";\nconst cmd = new PutObjectCommand({ Bucket: "b1", Key: "k", Body: clip });\nawait s3.send(cmd);`,
    };
    const a = fixture(files);
    const b = fixture(files, { ts: workspaceTs });
    expect(a.summary()).toEqual(["aws-s3-put-object @ src/up.ts:4 → s3://b1"]);
    expect(b.summary()).toEqual(a.summary());
    expect(describeStaticValue(onlySink(b, "src/up.ts").region!)).toBe("aws:eu-central-1 (default; overridable by $AWS_REGION)");
  });
});

function collectCalls(program: workspaceTs.Program, file: string, callee: RegExp): workspaceTs.CallExpression[] {
  const found: workspaceTs.CallExpression[] = [];
  const source = program.getSourceFile(`/project/${file}`)!;
  const visit = (node: workspaceTs.Node): void => {
    if (node.kind === workspaceTs.SyntaxKind.CallExpression && callee.test((node as workspaceTs.CallExpression).expression.getText()))
      found.push(node as workspaceTs.CallExpression);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe("sink matcher: generated gRPC stubs", () => {
  it("follows a grpc-tools stub module (CommonJS exports) to makeGenericClientConstructor", () => {
    const f = fixture({
      "src/gen/telemetry_grpc_pb.js": `var grpc = require("@grpc/grpc-js");\nvar TelemetryService = { upload: {} };\nexports.TelemetryClient = grpc.makeGenericClientConstructor(TelemetryService, "Telemetry");`,
      "src/send.ts": `import * as services from "./gen/telemetry_grpc_pb";\nimport * as grpc from "@grpc/grpc-js";\nconst client = new services.TelemetryClient("ingest.example.de:443", grpc.credentials.createSsl());\nclient.upload(request, () => undefined);`,
    });
    const sink = onlySink(f, "src/send.ts");
    expect(sink.model.id).toBe("grpc-constructed-client-method");
    expect(describeStaticValue(sink.destination)).toBe("grpc://ingest.example.de:443");
  });
});
