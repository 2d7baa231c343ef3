import { describe, expect, it } from "vitest";
import { ts } from "ts-morph";
import type tsType from "typescript";
import { createStaticEvaluator, describeStaticValue } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf } from "./in-memory-program.js";
import { fixture, onlySink } from "./matcher-fixture.js";

const TS = ts as unknown as typeof tsType;
const PROCESS = `declare const process: { env: Record<string, string | undefined> };\n`;

/** `describeStaticValue` of the initializer of `const probe = …` in src/main.ts. */
function probe(files: Record<string, string>, name = "probe"): string {
  const program = createInMemoryProgram(TS, files);
  const evaluator = createStaticEvaluator(TS, program.getTypeChecker());
  let found: tsType.Expression | undefined;
  const visit = (node: tsType.Node): void => {
    if (TS.isVariableDeclaration(node) && TS.isIdentifier(node.name) && node.name.text === name && node.initializer) found = node.initializer;
    TS.forEachChild(node, visit);
  };
  visit(sourceFileOf(program, "src/main.ts"));
  if (!found) throw new Error(`no const ${name} in fixture`);
  return describeStaticValue(evaluator.evaluate(found));
}

describe("configuration modules", () => {
  it("reads the environment through aliases and destructuring defaults", () => {
    const files = {
      "src/env.ts": `${PROCESS}const env = process.env;\nexport const A = env.A_URL ?? "https://a.example.de";\nexport const { B_URL = "https://b.example.de" } = process.env;\nconst { env: e } = process;\nexport const C = e["C_URL"] || "https://c.example.de";\nexport const D = env.D_URL;`,
      "src/main.ts": `import { A, B_URL, C, D } from "./env";\nconst probe = A;\nconst b = B_URL;\nconst c = C;\nconst d = \`\${D}/x\`;`,
    };
    expect(probe(files)).toBe("https://a.example.de (default; overridable by $A_URL)");
    expect(probe(files, "b")).toBe("https://b.example.de (default; overridable by $B_URL)");
    expect(probe(files, "c")).toBe("https://c.example.de (default; overridable by $C_URL)");
    expect(probe(files, "d")).toBe("<unresolved: environment variable D_URL has no default in code>");
  });

  it("reads a helper's env[name] ?? fallback as the caller's fallback, overridable by the variable the caller names", () => {
    const files = {
      "src/settings.ts": `${PROCESS}const env = process.env;\nexport function setting(name: string, fallback: string): string { return env[name] ?? fallback; }\nexport function required(name: string): string { return process.env[name]!; }`,
      "src/main.ts": `import { setting, required } from "./settings";\nconst probe = setting("PARTNER_URL", "https://partner.example.jp/api");\nconst bare = required("PARTNER_URL");`,
    };
    expect(probe(files)).toBe("https://partner.example.jp/api (default; overridable by $[name])");
    expect(probe(files, "bare")).toBe("<unresolved: environment variable [name] has no default in code>");
  });

  it("takes a list helper's literal fallback as the hosts that ship, overridable by the variable it parses", () => {
    const files = {
      "src/main.ts": `${PROCESS}function hosts(value: string | undefined, fallback: string[]): string[] {
        return value ? value.split(",").map((h) => h.trim()) : fallback;
      }
      const HOSTS = hosts(process.env.HOSTS, ["https://a.example.de", "https://b.example.cn"]);
      const probe = HOSTS;
      function firstHost(): string { for (const host of HOSTS) { return host; } throw new Error("no host"); }
      const viaLoop = firstHost();
      const list = "https://x.example.de, https://y.example.de".split(",");
      function anyOfList(): string { for (const entry of list) { return entry; } throw new Error("empty"); }
      const fromList = anyOfList();`,
    };
    expect(probe(files)).toBe("https://a.example.de | https://b.example.cn (default; overridable by $HOSTS)");
    expect(probe(files, "viaLoop")).toBe("https://a.example.de | https://b.example.cn (default; overridable by $HOSTS)");
    expect(probe(files, "fromList")).toBe("https://x.example.de | https://y.example.de");
  });

  it("judges every value of a literal table looked up with a run-time key", () => {
    const files = {
      "src/main.ts": `type Region = "eu" | "cn";
      const HOSTS: Record<Region, string> = { eu: "https://eu.example.de", cn: "https://cn.example.cn" };
      const BY_CODE = new Map([["eu", "https://m-eu.example.de"], ["cn", "https://m-cn.example.cn"]]);
      function pick(region: Region) { return HOSTS[region]; }
      function pickMap(code: string) { return BY_CODE.get(code); }
      const probe = pick("eu");
      const viaMap = pickMap("eu");`,
    };
    expect(probe(files)).toBe("https://eu.example.de | https://cn.example.cn");
    expect(probe(files, "viaMap")).toBe("https://m-eu.example.de | https://m-cn.example.cn");
  });

  it("computes string methods on known text and on a caller's value", () => {
    const files = {
      "src/main.ts": `const probe = "https://api.example.de/v1///".replace(/\\/+$/, "");
      const template = "https://{region}.example.de".replace("{region}", "eu");
      function normalise(base: string) { return base.trim().replace(/\\/+$/, ""); }
      const viaCaller = normalise(" https://caller.example.de/ ");
      const notStatic = "https://api.example.de".replace(/api/, (m) => m.toUpperCase());`,
    };
    expect(probe(files)).toBe("https://api.example.de/v1");
    expect(probe(files, "template")).toBe("https://eu.example.de");
    expect(probe(files, "viaCaller")).toBe("https://caller.example.de");
    expect(probe(files, "notStatic")).toMatch(/^<unresolved/);
  });

  it("places a base URL followed by a computed path by the base, and keeps an unknown head unresolved", () => {
    const files = {
      "src/main.ts": `declare const path: string;
      const BASE = "https://api.example.de";
      const probe = \`\${BASE}\${path}\`;
      const withPort = "http://10.1.2.3:8080" + path;
      const partialHost = "https://api." + path;`,
    };
    expect(probe(files)).toBe("https://api.example.de/{…}");
    expect(probe(files, "withPort")).toBe("http://10.1.2.3:8080/{…}");
    expect(probe(files, "partialHost")).toMatch(/^<unresolved/);
  });
});

describe("SDK client destinations", () => {
  it("configures a client made by a static factory in another module with the factory call's arguments", () => {
    const f = fixture({
      "src/factory.ts": `import axios from "axios";\nexport class Factory { static make(baseURL: string) { return axios.create({ baseURL }); } }`,
      "src/api.ts": `import type { AxiosInstance } from "axios";\nimport { Factory } from "./factory";\nexport class Api {\n  private readonly http: AxiosInstance = Factory.make("https://trips.example.de");\n  send(x: unknown) { return this.http.post("/trips", x); }\n}`,
    });
    expect(describeStaticValue(onlySink(f, "src/api.ts").destination)).toBe("https://trips.example.de/trips");
  });

  it("configures a client from a caching factory by the instance it makes, not the cache it reads first", () => {
    const f = fixture({
      "src/kit/client-cache.ts": `import axios, { type AxiosInstance } from "axios";\nexport class ClientCache {\n  private static readonly made = new Map<string, AxiosInstance>();\n  static forBase(baseURL: string, timeoutMs = 5_000): AxiosInstance {\n    const known = ClientCache.made.get(baseURL);\n    if (known) return known;\n    const client = axios.create({ baseURL, timeout: timeoutMs });\n    ClientCache.made.set(baseURL, client);\n    return client;\n  }\n}`,
      "src/kit/index.ts": `export { ClientCache } from "./client-cache.js";`,
      "src/claims.ts": `import type { AxiosInstance } from "axios";\nimport { ClientCache } from "./kit/index.js";\nexport class Claims {\n  private readonly http: AxiosInstance;\n  constructor() { this.http = ClientCache.forBase("https://claims.example.de/v1"); }\n  file(claim: unknown) { return this.http.post("/claims", claim); }\n}`,
    });
    expect(describeStaticValue(onlySink(f, "src/claims.ts").destination)).toBe("https://claims.example.de/v1/claims");
  });

  it("reads a field a base class in another file sets from its constructor", () => {
    const f = fixture({
      "src/base.ts": `import axios, { type AxiosInstance } from "axios";\nexport abstract class Base {\n  protected readonly http: AxiosInstance;\n  constructor(baseUrl = "https://sdk.example.de") { this.http = axios.create({ baseURL: baseUrl }); }\n}`,
      "src/api.ts": `import { Base } from "./base";\nexport class Api extends Base {\n  send(x: unknown) { return this.http.post("/x", x); }\n}`,
    });
    const sink = onlySink(f, "src/api.ts");
    expect(sink.model.id).toBe("axios-instance-data-method");
    // The base URL is the constructor's parameter: where the instance is built decides (its default when nobody builds it).
    expect(sink.destination.kind).toBe("parameter");
  });

  it("joins a client's base with a request path a caller supplies, the way the client does", () => {
    const f = fixture({
      "src/mutator.ts": `import Axios, { type AxiosRequestConfig } from "axios";\nexport const INSTANCE = Axios.create({ baseURL: "https://gen.example.de/" });\nexport const call = (config: AxiosRequestConfig) => INSTANCE({ ...config });`,
    });
    const sink = onlySink(f, "src/mutator.ts");
    const bound = f.matcher.evaluator.bindParameter(sink.destination as Extract<typeof sink.destination, { kind: "parameter" }>, undefined);
    expect(describeStaticValue(sink.destination)).toBe("https://gen.example.de/ + <parameter config.url>");
    expect(bound.kind).toBe("unknown");
  });
});

describe("request objects", () => {
  it("sends a Request to its URL", () => {
    const f = fixture({ "src/main.ts": `declare const body: string;\nawait fetch(new Request("https://req.example.de/v1", { method: "POST", body }));` });
    expect(describeStaticValue(onlySink(f, "src/main.ts").destination)).toBe("https://req.example.de/v1");
  });
});
