import { describe, expect, it } from "vitest";
import { describeStaticValue } from "@vdx/core/internals";
import { fixture, onlySink } from "./matcher-fixture.js";

describe("sink matcher: what is not a sink", () => {
  it("ignores look-alikes: local functions, shadowed globals, other packages, collections, console", () => {
    const f = fixture({
      "src/local.ts": [
        `function post(url: string, body: unknown) { return [url, body]; }`,
        `post("https://x.example.com", body);`,
        `export function withFetch(fetch: (u: string) => void) { fetch("https://x.example.com"); }`,
        `const fetchLike = { fetch: (u: string) => u };`,
        `fetchLike.fetch("https://x.example.com");`,
        `const map = new Map<string, string>();`,
        `map.get("https://x.example.com"); map.set("k", "v");`,
        `console.log("https://x.example.com", body);`,
        `console.error(body);`,
        `const sendBeacon = (u: string, b: string) => true;`,
        `sendBeacon("https://x.example.com", body);`,
        `class Api { post(u: string, b: unknown) {} }`,
        `new Api().post("https://x.example.com", body);`,
      ].join("\n"),
      "src/wrong-packages.ts": [
        `import axios from "axios-mock-adapter";`,
        `import got from "@my/got";`,
        `import { connect } from "mqtt-pattern";`,
        `import * as http from "./http";`,
        `axios.post("https://x.example.com", body);`,
        `got.post("https://x.example.com", { json: body });`,
        `connect("mqtt://x.example.com").publish("t", body);`,
        `http.request({ host: "x.example.com" });`,
      ].join("\n"),
      "src/shadowed-import.ts": [
        `import axios from "axios";`,
        `export function f(axios: { post(u: string, b: unknown): void }) { axios.post("https://x.example.com", body); }`,
        `{ const axios = { post: (u: string, b: unknown) => [u, b] }; axios.post("https://x.example.com", body); }`,
      ].join("\n"),
    });
    expect(f.summary()).toEqual([]);
  });

  it("does not treat reads and management calls of SDK clients as sinks", () => {
    const f = fixture({
      "src/reads.ts": [
        `import axios from "axios";`,
        `import { S3Client, GetObjectCommand, ListBucketsCommand } from "@aws-sdk/client-s3";`,
        `import { Kafka } from "kafkajs";`,
        `const s3 = new S3Client({ region: "eu-west-1" });`,
        `await s3.send(new GetObjectCommand({ Bucket: "b", Key: "k" }));`,
        `await s3.send(new ListBucketsCommand({}));`,
        `const consumer = new Kafka({ brokers: ["k:9092"] }).consumer({ groupId: "g" });`,
        `await consumer.connect();`,
        `axios.isAxiosError(err);`,
        `axios.create({ baseURL: "https://x.example.com" });`,
      ].join("\n"),
    });
    expect(f.summary()).toEqual([]);
  });
});

describe("sink matcher: with the real lib and with installed package types", () => {
  it("recognises lib-declared globals and respects shadowing", () => {
    const f = fixture(
      {
        "src/browser.ts": [
          `await fetch("https://a.example.com/x", { method: "POST", body: JSON.stringify(state) });`,
          `window.fetch("https://b.example.com/x");`,
          `navigator.sendBeacon("https://c.example.com/b", JSON.stringify(state));`,
          `const ws = new WebSocket("wss://d.example.com");`,
          `ws.send(JSON.stringify(state));`,
          `export function inject(fetch: typeof globalThis.fetch) { return fetch("https://e.example.com"); }`,
        ].join("\n"),
      },
      { withLib: true },
    );
    expect(f.summary()).toEqual([
      "fetch @ src/browser.ts:1 → https://a.example.com/x",
      "fetch @ src/browser.ts:2 → https://b.example.com/x",
      "navigator-send-beacon @ src/browser.ts:3 → https://c.example.com/b",
      "websocket-send @ src/browser.ts:5 → wss://d.example.com",
    ]);
  });

  it("resolves imports into installed declaration files and recognises clients passed as typed parameters", () => {
    const f = fixture({
      "node_modules/@aws-sdk/client-s3/package.json": `{ "name": "@aws-sdk/client-s3", "types": "index.d.ts" }`,
      "node_modules/@aws-sdk/client-s3/index.d.ts": [
        `export declare class S3Client { constructor(config: { region?: string; endpoint?: string }); send(command: unknown): Promise<unknown>; }`,
        `export declare class PutObjectCommand { constructor(input: { Bucket: string; Key: string; Body?: unknown }); }`,
      ].join("\n"),
      "src/storage.ts": [
        `import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";`,
        `export const client = new S3Client({ region: "sa-east-1", endpoint: "https://s3.sa-east-1.amazonaws.com" });`,
        `export async function store(s3: S3Client, clip: Uint8Array) {`,
        `  await s3.send(new PutObjectCommand({ Bucket: "clips-br", Key: "k", Body: clip }));`,
        `}`,
        `export class Store { constructor(private readonly s3: S3Client) {}`,
        `  put(clip: Uint8Array) { return this.s3.send(new PutObjectCommand({ Bucket: "clips-br2", Key: "k", Body: clip })); } }`,
        `await client.send(new PutObjectCommand({ Bucket: "clips-br3", Key: "k", Body: data }));`,
      ].join("\n"),
    });
    const sinks = f.sinks("src/storage.ts");
    expect(
      sinks.map((s) => [
        s.location.line,
        describeStaticValue(s.destination),
        s.region && describeStaticValue(s.region),
        s.endpoint && describeStaticValue(s.endpoint),
      ]),
    ).toEqual([
      [4, "s3://clips-br", expect.stringMatching(/^<unresolved: the S3Client\(\) call/), expect.stringMatching(/^<unresolved/)],
      [7, "s3://clips-br2", expect.stringMatching(/^<unresolved/), expect.stringMatching(/^<unresolved/)],
      [8, "s3://clips-br3", "aws:sa-east-1", "https://s3.sa-east-1.amazonaws.com"],
    ]);
  });

  it("recognises an instance by its declared type even when the value comes from an untyped expression", () => {
    const f = fixture({
      "node_modules/mqtt/package.json": `{ "name": "mqtt", "types": "index.d.ts" }`,
      "node_modules/mqtt/index.d.ts": `export declare class MqttClient { publish(topic: string, payload: string): this; }\nexport declare function connect(url: string): MqttClient;`,
      "src/report.ts": `import type { MqttClient } from "mqtt";\ndeclare const registry: { get(name: string): MqttClient };\nregistry.get("main").publish("t", JSON.stringify(state));`,
    });
    const sink = onlySink(f, "src/report.ts");
    expect(sink.model.id).toBe("mqtt-client-publish");
    expect(sink.destination.kind).toBe("unknown");
  });
});
