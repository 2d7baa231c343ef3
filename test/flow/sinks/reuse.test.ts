import { describe, expect, it } from "vitest";
import type ts from "typescript";
import { createSinkMatcher, describeStaticValue, type SinkCall } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf } from "./in-memory-program.js";
import { loadCatalogue } from "./catalogue.js";
import { morph } from "./matcher-fixture.js";

const pack = { sinks: loadCatalogue() };

/** Program states of one project, each built from the previous one as an editor does. */
function editor(initial: Record<string, string>) {
  let files = { ...initial };
  let program = createInMemoryProgram(morph, files);
  return {
    get program() {
      return program;
    },
    edit(changes: Record<string, string>) {
      files = { ...files, ...changes };
      program = createInMemoryProgram(morph, files, { oldProgram: program });
    },
    sinks(file: string): readonly SinkCall[] {
      return createSinkMatcher(morph, program, pack).sinkCallsIn(sourceFileOf(program, file));
    },
    file(name: string): ts.SourceFile {
      return sourceFileOf(program, name);
    },
  };
}

const describeSink = (s: SinkCall) => `${s.model.id}:${s.location.line} → ${describeStaticValue(s.destination)}`;

const project = {
  "src/endpoints.ts": `export const EU = "https://eu.example.de/v1";`,
  "src/uses-endpoint.ts": `import axios from "axios";\nimport { EU } from "./endpoints";\nexport const send = (x: unknown) => axios.post(EU + "/a", x);`,
  "src/standalone.ts": `import axios from "axios";\nexport const ping = (x: unknown) => axios.post("https://ping.example.com/p", x);`,
  "src/init.ts": `import * as Sentry from "@sentry/node";\nSentry.init({ dsn: "https://k@o1.ingest.de.sentry.io/1" });`,
  "src/report.ts": `import * as Sentry from "@sentry/node";\nexport const report = (e: unknown) => Sentry.captureException(e);`,
};

describe("sink matcher: results reused across program states", () => {
  it("reuses the sinks of files whose imports did not change, and only those", () => {
    const e = editor(project);
    const before = { endpoint: e.sinks("src/uses-endpoint.ts"), standalone: e.sinks("src/standalone.ts") };
    expect(before.endpoint.map(describeSink)).toEqual(["axios-data-method:3 → https://eu.example.de/v1/a"]);
    const standaloneFile = e.file("src/standalone.ts");

    e.edit({ "src/endpoints.ts": `export const EU = "https://eu2.example.de/v2";` });
    expect(e.file("src/standalone.ts")).toBe(standaloneFile); // the precondition: the SourceFile object survived
    const after = { endpoint: e.sinks("src/uses-endpoint.ts"), standalone: e.sinks("src/standalone.ts") };
    expect(after.endpoint.map(describeSink)).toEqual(["axios-data-method:3 → https://eu2.example.de/v2/a"]);
    expect(after.endpoint[0]).not.toBe(before.endpoint[0]);
    expect(after.standalone[0]).toBe(before.standalone[0]);
  });

  it("re-resolves a sink whose configuring call elsewhere changed, or when a new one appears", () => {
    const e = editor(project);
    expect(e.sinks("src/report.ts").map(describeSink)).toEqual(["sentry-capture:2 → https://o1.ingest.de.sentry.io"]);
    e.edit({ "src/init.ts": `import * as Sentry from "@sentry/node";\nSentry.init({ dsn: "https://k@o1.ingest.us.sentry.io/1" });` });
    expect(e.sinks("src/report.ts").map(describeSink)).toEqual(["sentry-capture:2 → https://o1.ingest.us.sentry.io"]);
    // A second configuring call in a file nobody imports still changes the destination.
    e.edit({ "src/standalone.ts": `import * as Sentry from "@sentry/node";\nSentry.init({ dsn: "https://k@o2.ingest.de.sentry.io/2" });` });
    expect(e.sinks("src/report.ts").map(describeSink)).toEqual(["sentry-capture:2 → https://o2.ingest.de.sentry.io | https://o1.ingest.us.sentry.io"]);
  });

  it("starts over when a global declaration or the catalogue's enabled models change", () => {
    const e = editor({ ...project, "src/globals.d.ts": `declare const BUILD: string;` });
    const first = e.sinks("src/standalone.ts")[0];
    e.edit({ "src/globals.d.ts": `declare const BUILD: string;\ndeclare const API: string;` });
    const second = e.sinks("src/standalone.ts")[0];
    expect(second).not.toBe(first);
    expect(second && describeSink(second)).toBe(first && describeSink(first));
    e.edit({ "src/mq.ts": `import { connect } from "mqtt";\nconnect("mqtt://b.example.com").publish("t", "x");` });
    expect(e.sinks("src/standalone.ts")[0]).not.toBe(second);
  });

  it("answers matchCall and bindDestination for reused sinks", () => {
    const e = editor({
      "src/http.ts": `export function postJson(url: string, body: unknown) { return fetch(url, { method: "POST", body: JSON.stringify(body) }); }`,
      "src/caller.ts": `import { postJson } from "./http";\npostJson("https://api.example.de/x", {});`,
      "src/other.ts": `export const n = 1;`,
    });
    const sink = e.sinks("src/http.ts")[0]!;
    e.edit({ "src/other.ts": `export const n = 2;` });
    const matcher = createSinkMatcher(morph, e.program, pack);
    const [reused] = matcher.sinkCallsIn(e.file("src/http.ts"));
    expect(reused).toBe(sink);
    expect(matcher.matchCall(reused!.node)).toBe(sink);
    const caller = e.file("src/caller.ts").statements[1] as ts.ExpressionStatement;
    expect(sink.destination.kind).toBe("parameter");
    if (sink.destination.kind !== "parameter") return;
    expect(describeStaticValue(matcher.bindDestination(sink, sink.destination, caller.expression as ts.CallExpression))).toBe("https://api.example.de/x");
  });

  it("does not reuse when asked not to", () => {
    const e = editor(project);
    const first = e.sinks("src/standalone.ts")[0];
    e.edit({ "src/endpoints.ts": `export const EU = "x";` });
    const matcher = createSinkMatcher(morph, e.program, pack, { reuse: false });
    expect(matcher.sinkCallsIn(e.file("src/standalone.ts"))[0]).not.toBe(first);
  });
});
