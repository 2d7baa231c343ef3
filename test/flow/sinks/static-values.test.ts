import { describe, expect, it } from "vitest";
import { ts } from "ts-morph";
import type tsType from "typescript";
import { createStaticEvaluator, describeStaticValue, type StaticValue } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf } from "./in-memory-program.js";

const TS = ts as unknown as typeof tsType;

/** Evaluates the initializer of `const probe = …` in src/main.ts of a fixture program. */
function probe(files: Record<string, string>, name = "probe"): StaticValue {
  const program = createInMemoryProgram(TS, files);
  const evaluator = createStaticEvaluator(TS, program.getTypeChecker());
  const main = sourceFileOf(program, "src/main.ts");
  let found: tsType.Expression | undefined;
  const visit = (node: tsType.Node): void => {
    if (TS.isVariableDeclaration(node) && TS.isIdentifier(node.name) && node.name.text === name && node.initializer) found = node.initializer;
    TS.forEachChild(node, visit);
  };
  visit(main);
  if (!found) throw new Error(`no const ${name} in fixture`);
  return evaluator.evaluate(found);
}

const text = (files: Record<string, string>) => describeStaticValue(probe(files));

describe("evaluateStaticString: literals and concatenation", () => {
  it("resolves literals, templates and +", () => {
    expect(text({ "src/main.ts": `const probe = "https://a.example.de";` })).toBe("https://a.example.de");
    expect(text({ "src/main.ts": "const host = 'api.example.de'; const probe = `https://${host}:${8443}/v1`;" })).toBe("https://api.example.de:8443/v1");
    expect(text({ "src/main.ts": `const base = "https://x.example.com"; const probe = base + "/a" + "/b";` })).toBe("https://x.example.com/a/b");
    expect(text({ "src/main.ts": `const probe = ["https://x.example.com", "v1", "up"].join("/");` })).toBe("https://x.example.com/v1/up");
    expect(text({ "src/main.ts": `const probe = "https://X.Example.com".toLowerCase();` })).toBe("https://x.example.com");
  });

  it("follows const identifiers across modules, re-exports, namespace and default imports", () => {
    const files = {
      "src/config/hosts.ts": `export const EU_HOST = "eu.example.de";\nexport default "https://default.example.com";`,
      "src/config/index.ts": `export { EU_HOST as HOST } from "./hosts";\nexport * from "./hosts";\nexport { default as DEFAULT_URL } from "./hosts";`,
      "src/main.ts": [
        `import { HOST, DEFAULT_URL } from "./config";`,
        `import * as hosts from "./config/hosts";`,
        `import fallback from "./config/hosts";`,
        "const probe = `https://${HOST}/a`;",
        "const viaNamespace = `https://${hosts.EU_HOST}/b`;",
        "const viaDefault = fallback;",
        "const viaReexportedDefault = DEFAULT_URL;",
      ].join("\n"),
    };
    expect(describeStaticValue(probe(files))).toBe("https://eu.example.de/a");
    expect(describeStaticValue(probe(files, "viaNamespace"))).toBe("https://eu.example.de/b");
    expect(describeStaticValue(probe(files, "viaDefault"))).toBe("https://default.example.com");
    expect(describeStaticValue(probe(files, "viaReexportedDefault"))).toBe("https://default.example.com");
  });

  it("reads object properties: nested, as const, other files, spreads, destructuring, typed objects", () => {
    const files = {
      "src/config.ts": [
        `const defaults = { api: { baseUrl: "https://old.example.com" }, timeout: 5 };`,
        `export const config = { ...defaults, api: { baseUrl: "https://api.example.fr", region: "eu-west-3" } } as const;`,
        `interface Settings { url: string }`,
        `export const settings: Settings = { url: "https://typed.example.com" };`,
      ].join("\n"),
      "src/main.ts": [
        `import { config, settings } from "./config";`,
        `const probe = config.api.baseUrl;`,
        `const { api: { region } } = config;`,
        `const destructured = region;`,
        `const typed = settings.url;`,
        `const element = config["api"]["baseUrl"];`,
      ].join("\n"),
    };
    expect(describeStaticValue(probe(files))).toBe("https://api.example.fr");
    expect(describeStaticValue(probe(files, "destructured"))).toBe("eu-west-3");
    expect(describeStaticValue(probe(files, "typed"))).toBe("https://typed.example.com");
    expect(describeStaticValue(probe(files, "element"))).toBe("https://api.example.fr");
  });

  it("keeps where each part of a value was written (origin)", () => {
    const value = probe({
      "src/consts.ts": `export const HOST = "h.example.de";`,
      "src/main.ts": `import { HOST } from "./consts";\nconst probe = "https://" + HOST;`,
    });
    expect(value.kind).toBe("known");
    if (value.kind !== "known") return;
    expect(value.origin.map((o) => [o.file.replace("/project/", ""), o.line])).toEqual([
      ["src/main.ts", 2],
      ["src/consts.ts", 1],
    ]);
  });
});

describe("evaluateStaticString: URLs, environment, alternatives, enums", () => {
  it("resolves new URL(path, base) and its href/origin/host/toString()", () => {
    const main = [
      `const base = new URL("https://api.example.us/v1/");`,
      `const probe = new URL("trips", base.href).toString();`,
      `const origin = new URL("/x?y=1", "https://api.example.us:8443/v1/").origin;`,
      `const absolute = new URL("/root", "https://api.example.us/v1/").href;`,
      `const hostname = base.hostname;`,
    ].join("\n");
    expect(text({ "src/main.ts": main })).toBe("https://api.example.us/v1/trips");
    expect(describeStaticValue(probe({ "src/main.ts": main }, "origin"))).toBe("https://api.example.us:8443");
    expect(describeStaticValue(probe({ "src/main.ts": main }, "absolute"))).toBe("https://api.example.us/root");
    expect(describeStaticValue(probe({ "src/main.ts": main }, "hostname"))).toBe("api.example.us");
  });

  it("uses the default of process.env.X ?? / || and marks it overridable", () => {
    const value = probe({ "src/main.ts": `const probe = process.env.TELEMETRY_URL ?? "https://t.example.de";` });
    expect(value).toMatchObject({ kind: "known", value: "https://t.example.de", overridable: { env: "TELEMETRY_URL" } });
    expect(text({ "src/main.ts": `const probe = process.env["API"] || "https://a.example.com";` })).toBe(
      "https://a.example.com (default; overridable by $API)",
    );
    expect(text({ "src/main.ts": `const probe = import.meta.env.VITE_API ?? "https://vite.example.com";` })).toBe(
      "https://vite.example.com (default; overridable by $VITE_API)",
    );
    const bare = probe({ "src/main.ts": `const probe = process.env.TELEMETRY_URL;` });
    expect(bare).toMatchObject({ kind: "unknown", reason: "environment variable TELEMETRY_URL has no default in code" });
  });

  it("returns both branches of a ternary as alternatives", () => {
    const value = probe({ "src/main.ts": `declare const prod: boolean;\nconst probe = prod ? "https://eu.example.com" : "https://cn.example.cn";` });
    expect(value).toMatchObject({ kind: "known", value: "https://eu.example.com", alternatives: ["https://eu.example.com", "https://cn.example.cn"] });
    expect(
      probe({ "src/main.ts": `declare const prod: boolean; declare const other: string;\nconst probe = prod ? "https://eu.example.com" : other;` }).kind,
    ).toBe("unknown");
  });

  it("resolves enum members, also from other files", () => {
    const files = {
      "src/endpoints.ts": `export enum Endpoint { Eu = "https://eu.example.com", Us = "https://us.example.com" }\nexport const enum Port { Tls = 8883 }`,
      "src/main.ts": `import { Endpoint, Port } from "./endpoints";\nconst probe = Endpoint.Us + ":" + Port.Tls;`,
    };
    expect(text(files)).toBe("https://us.example.com:8883");
  });

  it("evaluates project functions that return static values, binding their parameters", () => {
    const files = {
      "src/urls.ts": `const BASE = "https://api.example.jp";\nexport function api(path: string) { return BASE + path; }\nexport const base = () => BASE;`,
      "src/main.ts": `import { api, base } from "./urls";\nconst probe = api("/v1/x");\nconst viaArrow = base() + "/y";`,
    };
    expect(describeStaticValue(probe(files))).toBe("https://api.example.jp/v1/x");
    expect(describeStaticValue(probe(files, "viaArrow"))).toBe("https://api.example.jp/y");
  });
});

describe("evaluateStaticString: parameters and unknowns", () => {
  it("returns a parameter value with its prefix, suffix and property path", () => {
    const value = probe({ "src/main.ts": "export function post(opts: { host: string }) {\n  const probe = `https://${opts.host}/v1`;\n  return probe;\n}" });
    expect(value).toMatchObject({ kind: "parameter", index: 0, propertyPath: ["host"], prefix: "https://", suffix: "/v1" });
    const destructured = probe({ "src/main.ts": "export function post({ target: { url } }: any, body: unknown) {\n  const probe = url;\n}" });
    expect(destructured).toMatchObject({ kind: "parameter", index: 0, propertyPath: ["target", "url"] });
  });

  it("binds a parameter at a call site: the caller's argument, wrapped", () => {
    const program = createInMemoryProgram(TS, {
      "src/main.ts": [
        "export function send(host: string) { const probe = `https://${host}/ingest`; return probe; }",
        `const FOREIGN = "eu.example.de";`,
        `send(FOREIGN);`,
        `export function relay(h: string) { send(h); }`,
      ].join("\n"),
    });
    const evaluator = createStaticEvaluator(TS, program.getTypeChecker());
    const main = sourceFileOf(program, "src/main.ts");
    const calls: tsType.CallExpression[] = [];
    let init: tsType.Expression | undefined;
    const visit = (node: tsType.Node): void => {
      if (TS.isCallExpression(node) && node.expression.getText() === "send") calls.push(node);
      if (TS.isVariableDeclaration(node) && node.name.getText() === "probe") init = node.initializer;
      TS.forEachChild(node, visit);
    };
    visit(main);
    const value = evaluator.evaluate(init!);
    expect(value.kind).toBe("parameter");
    if (value.kind !== "parameter") return;
    expect(describeStaticValue(evaluator.bindParameter(value, calls[0]))).toBe("https://eu.example.de/ingest");
    // The relay passes its own parameter on: the question moves one caller up.
    expect(evaluator.bindParameter(value, calls[1])).toMatchObject({ kind: "parameter", prefix: "https://", suffix: "/ingest" });
  });

  it("explains what it cannot resolve, with a location", () => {
    const value = probe({ "src/main.ts": `declare function lookup(): string;\nconst probe = lookup();` });
    expect(value.kind).toBe("unknown");
    if (value.kind !== "unknown") return;
    expect(value.reason).toMatch(/lookup/);
    expect(value.location).toMatchObject({ file: "/project/src/main.ts", line: 2 });
    expect(probe({ "src/main.ts": `let url = "https://a.example.com";\nurl = "https://b.example.com";\nconst probe = url;` })).toMatchObject({
      kind: "unknown",
      reason: "url is reassigned",
    });
    expect(text({ "src/main.ts": `let url = "https://a.example.com";\nconst probe = url;` })).toBe("https://a.example.com");
    expect(probe({ "src/main.ts": `import { URL_X } from "some-package";\nconst probe = URL_X;` })).toMatchObject({ kind: "unknown" });
  });

  it("survives cycles and very deep chains", () => {
    expect(probe({ "src/main.ts": `const a: string = b + "x";\nconst b: string = a + "y";\nconst probe = a;` }).kind).toBe("unknown");
    const chain = Array.from({ length: 200 }, (_, i) => `const c${i + 1} = c${i};`).join("\n");
    const deep = probe({ "src/main.ts": `const c0 = "https://deep.example.com";\n${chain}\nconst probe = c200;` });
    expect(deep.kind).toBe("unknown");
    const shallow = probe({ "src/main.ts": `const c0 = "https://deep.example.com";\n${chain}\nconst probe = c20;` });
    expect(describeStaticValue(shallow)).toBe("https://deep.example.com");
  });
});
