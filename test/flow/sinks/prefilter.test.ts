import { describe, expect, it } from "vitest";
import type ts from "typescript";
import { type SinkModel } from "@vdx/core";
import { createSinkMatcher, describeStaticValue } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf } from "./in-memory-program.js";
import { loadCatalogue } from "./catalogue.js";
import { fixture, morph } from "./matcher-fixture.js";

const catalogue = loadCatalogue();

/** A program whose checker records every node it is asked about. */
function spiedProgram(files: Record<string, string>, options: Parameters<typeof createInMemoryProgram>[2] = {}) {
  const program = createInMemoryProgram(morph, files, options);
  const asked: ts.Node[] = [];
  const checker = program.getTypeChecker();
  const spy = new Proxy(checker, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        for (const arg of args) if (arg && typeof arg === "object" && "kind" in arg && "pos" in arg && "parent" in arg) asked.push(arg as ts.Node);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const spied = new Proxy(program, {
    get(target, key) {
      if (key === "getTypeChecker") return () => spy;
      const value = Reflect.get(target, key) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { program: spied, asked };
}

/** Calls of a file whose text contains `marker`, and whether the checker was asked about anything inside them. */
function askedInside(asked: readonly ts.Node[], file: ts.SourceFile, marker: string): string[] {
  const lines = file.text.split("\n");
  const result: string[] = [];
  lines.forEach((line, index) => {
    if (!line.includes(marker)) return;
    const start = file.getPositionOfLineAndCharacter(index, 0);
    const end = start + line.length;
    if (asked.some((n) => n.getSourceFile() === file && n.getStart() >= start && n.end <= end)) result.push(line.trim());
  });
  return result;
}

describe("sink pre-filter: calls skipped without the checker", () => {
  it("never asks the checker about collections, literals, lib-typed parameters, local functions and lib globals", () => {
    const files = {
      "src/feature.ts": [
        `import axios from "axios";`,
        `import express from "express";`,
        `const labels: string[] = [];`,
        `const cache = new Map<string, string>();`,
        `const socket = { send: (m: string) => m.length, get(k: string) { return k; } };`,
        `function post(url: string, body: unknown) { return [url, body]; }`,
        `const publish = (topic: string) => topic;`,
        `class Outbox { private readonly items: string[] = []; private readonly seen = new Set<string>();`,
        `  add(x: string) { this.items.push(x); this.seen.add(x); } }`,
        `export function collect(names: string[], index: Map<string, number>, title: string) {`,
        `  names.push("a"); // SKIP`,
        `  index.set("a", 1); index.get("a"); // SKIP`,
        `  title.concat("x"); // SKIP`,
        `}`,
        `labels.push("x"); // SKIP`,
        `cache.set("k", "v"); cache.get("k"); // SKIP`,
        `socket.send("hello"); socket.get("k"); // SKIP`,
        `post("https://x.example.com", {}); // SKIP`,
        `publish("t"); // SKIP`,
        `new Outbox().add("x");`,
        `console.log("https://x.example.com"); console.error(labels); // SKIP`,
        `const app = express(); app.post("/trips", () => undefined); app.get("/x", () => undefined); // SKIP`,
        `axios.post("https://api.example.de/v1", labels);`,
      ].join("\n"),
    };
    const { program, asked } = spiedProgram(files);
    const matcher = createSinkMatcher(morph, program, { sinks: catalogue });
    const file = sourceFileOf(program, "src/feature.ts");
    expect(matcher.sinkCallsIn(file).map((s) => `${s.model.id} → ${describeStaticValue(s.destination)}`)).toEqual([
      "axios-data-method → https://api.example.de/v1",
    ]);
    expect(askedInside(asked, file, "// SKIP")).toEqual([]);
    // The same program without the pre-filter asks about them (what the filter saves) and finds the same sink.
    const unfiltered = spiedProgram(files);
    const plain = createSinkMatcher(morph, unfiltered.program, { sinks: catalogue }, { prefilter: false, reuse: false });
    const plainFile = sourceFileOf(unfiltered.program, "src/feature.ts");
    expect(plain.sinkCallsIn(plainFile).map((s) => s.model.id)).toEqual(["axios-data-method"]);
    expect(askedInside(unfiltered.asked, plainFile, "// SKIP")).toEqual(
      expect.arrayContaining([
        `cache.set("k", "v"); cache.get("k"); // SKIP`,
        `socket.send("hello"); socket.get("k"); // SKIP`,
        `post("https://x.example.com", {}); // SKIP`,
        `const app = express(); app.post("/trips", () => undefined); app.get("/x", () => undefined); // SKIP`,
      ]),
    );
  });
});

describe("sink pre-filter: look-alikes that are sinks stay candidates", () => {
  it("keeps object literals holding a client method, class fields holding clients, hoisted vars and re-bound names", () => {
    const f = fixture({
      "src/a.ts": [
        `import axios from "axios";`,
        `import lodash from "lodash";`,
        `const api = { post: axios.post };`,
        `api.post("https://a.example.com/1", body);`,
        `class Uploader { private readonly http = axios.create({ baseURL: "https://b.example.com" });`,
        `  run() { return this.http.post("/2", body); } }`,
        `export function hoisted(flag: boolean) {`,
        `  if (flag) { var lodash = axios.create({ baseURL: "https://c.example.com" }); }`,
        `  return lodash.post("/3", body);`,
        `}`,
        `const labels: string[] = [];`,
        `{ const labels = axios.create({ baseURL: "https://d.example.com" }); labels.put("/4", body); }`,
      ].join("\n"),
    });
    expect(f.summary()).toEqual([
      "axios-data-method @ src/a.ts:4 → https://a.example.com/1",
      "axios-instance-data-method @ src/a.ts:6 → https://b.example.com/2",
      "axios-instance-data-method @ src/a.ts:9 → https://c.example.com/3",
      "axios-instance-data-method @ src/a.ts:12 → https://d.example.com/4",
    ]);
  });

  it("follows a bare specifier that a path mapping resolves to project source", () => {
    const f = fixture(
      {
        "src/http/index.ts": `import axios from "axios";\nexport const api = axios.create({ baseURL: "https://api.example.de" });`,
        "src/main.ts": `import { api } from "@app/http";\napi.post("/v1/trips", trip);`,
      },
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- users' tsconfigs still set baseUrl; resolution must follow it
      { compilerOptions: { baseUrl: "/project", paths: { "@app/*": ["src/*"] } } },
    );
    expect(f.summary()).toEqual(["axios-instance-data-method @ src/main.ts:2 → https://api.example.de/v1/trips"]);
  });

  it("lets a catalogue that models a lib global or another package reach those calls", () => {
    const extra: SinkModel[] = [
      {
        id: "console-log-shipper",
        package: "global",
        member: "console.log",
        kind: "call",
        destinationKind: "url",
        destination: [],
        defaultDestination: "https://logs.example.com",
        payload: [{ argument: 0 }],
        examples: { match: ["console.log(x)"], noMatch: ["log(x)"] },
      },
      {
        id: "express-post",
        package: "express",
        member: "default().post",
        kind: "call",
        destinationKind: "url",
        destination: [{ argument: 0 }],
        payload: [],
        examples: { match: ["x"], noMatch: ["y"] },
      },
    ];
    const program = createInMemoryProgram(morph, {
      "src/a.ts": `import express from "express";\nconsole.log(state);\nconst app = express();\napp.post("https://hook.example.com/x", h);`,
    });
    const matcher = createSinkMatcher(morph, program, { sinks: [...catalogue, ...extra] });
    expect(matcher.sinkCallsIn(sourceFileOf(program, "src/a.ts")).map((s) => `${s.model.id} → ${describeStaticValue(s.destination)}`)).toEqual([
      "console-log-shipper → https://logs.example.com",
      "express-post → https://hook.example.com/x",
    ]);
  });
});

describe("sink pre-filter: same answers as without it", () => {
  it("finds the same sinks and destinations in every catalogue example", () => {
    const describeAll = (program: ts.Program, options: { prefilter: boolean; reuse: boolean }) => {
      const matcher = createSinkMatcher(morph, program, { sinks: catalogue }, options);
      return matcher.sinkCallsIn(sourceFileOf(program, "src/example.ts")).map((s) => `${s.model.id}:${s.location.line}:${describeStaticValue(s.destination)}`);
    };
    let compared = 0;
    for (const model of catalogue) {
      for (const snippet of [...model.examples.match, ...model.examples.noMatch]) {
        const program = createInMemoryProgram(morph, { "src/example.ts": snippet });
        expect(describeAll(program, { prefilter: true, reuse: false }), snippet).toEqual(describeAll(program, { prefilter: false, reuse: false }));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });
});
