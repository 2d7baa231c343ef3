import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RulePack } from "@vdx/core";
import { ExportRelevance } from "../src/analysis/export-relevance.js";
import { expandBraces, sinkPackageMatcherOf } from "../src/analysis/sink-packages.js";
import { editingHost } from "./editing-host.js";

/** Just the part of a pack the relevance test reads: its sink catalogue. */
const pack = {
  sinks: [
    { package: "global", member: "fetch" },
    { package: "global", member: "navigator.sendBeacon" },
    { package: "axios", member: "default.{post,put}" },
    { package: "@aws-sdk/{client-s3,lib-storage}", member: "S3Client#send" },
    { package: "firebase-admin{,/database}", member: "database().ref" },
    { package: "http", member: "request" },
  ],
} as unknown as RulePack;

const files: Record<string, string> = {
  "node_modules/axios/index.d.ts": "declare const axios: { post(url: string, body: unknown): Promise<unknown> }; export default axios;",
  "node_modules/left-pad/index.d.ts": "export default function leftPad(text: string, width: number): string;",
  "src/http.ts": "export async function postJson(url: string, body: unknown) { return fetch(url, { method: 'POST', body: JSON.stringify(body) }); }",
  "src/relay.ts": "import { postJson } from './http';\nexport function relay(body: unknown) { return postJson('https://x.example.de', body); }",
  "src/math.ts":
    "export function clamp(v: number, lo: number, hi: number) { return Math.min(hi, Math.max(lo, v)); }\nexport function ping(): number { return pong() + 1; }\nexport function pong(): number { return ping() - 1; }",
  "src/plain.ts":
    "import { clamp, ping } from './math';\nimport leftPad from 'left-pad';\nexport function f(xs: number[]) { const m = new Map<string, number>(); m.set('a', 1); return xs.map((x) => clamp(x, 0, 1)).filter(Boolean).join(leftPad('', ping())); }",
  "src/direct.ts": "export function f() { return fetch('https://x.example.de'); }",
  "src/via-helper.ts": "import { postJson } from './http';\nexport const f = () => postJson('https://x.example.de', {});",
  "src/via-two-helpers.ts": "import { relay } from './relay';\nexport const f = () => relay({});",
  "src/callback.ts": "import { postJson } from './http';\nexport const f = (urls: string[]) => urls.forEach(postJson as (u: string) => void);",
  "src/indirect.ts": "import { postJson } from './http';\nexport const f = () => postJson.call(null, 'https://x.example.de', {});",
  "src/package.ts": "import axios from 'axios';\nexport const f = () => axios.post('https://x.example.de', {});",
  "src/parameter.ts": "export const f = (send: (body: string) => void) => send('x');",
  "src/beacon.ts": "export const f = () => navigator.sendBeacon('https://x.example.de', 'x');",
  "src/object.ts": "import { postJson } from './http';\nexport const handlers = { onDone: postJson };",
  "src/values.ts": "const n = 3;\nconst twice = (x: number) => x * 2;\nexport const f = () => [n].map(twice);",
  "src/wrap.ts": "import { clamp } from './math';\nexport function wrap(v: number) { return clamp(v, 0, 1); }",
  "src/uses-wrap.ts": "import { wrap } from './wrap';\nexport const f = () => wrap(2);",
  "src/local.ts": "function helper(xs: string[]) { return xs.map((x) => x.trim()); }\nexport const f = () => helper([' a ']);",
};

let root: string;
let program: ts.Program;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "vdx-relevance-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  program = ts.createProgram({
    rootNames: Object.keys(files)
      .filter((f) => f.startsWith("src/"))
      .map((f) => join(root, f)),
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      strict: true,
      noEmit: true,
      types: [],
    },
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const relevant = (file: string) => new ExportRelevance(ts, program, pack).fileMayHaveFindings(program.getSourceFile(join(root, file))!);

describe("ExportRelevance", () => {
  it.each(["src/plain.ts", "src/local.ts", "src/math.ts", "src/values.ts", "src/uses-wrap.ts"])("lets %s go: every call provably sends nothing", (file) => {
    expect(relevant(file)).toBe(false);
  });

  it.each([
    "src/direct.ts",
    "src/http.ts",
    "src/via-helper.ts",
    "src/via-two-helpers.ts",
    "src/callback.ts",
    "src/object.ts",
    "src/indirect.ts",
    "src/package.ts",
    "src/parameter.ts",
    "src/beacon.ts",
  ])("keeps %s: it calls, hands over or may receive a sender", (file) => {
    expect(relevant(file)).toBe(true);
  });
});

describe("ExportRelevance across program states (an editor session)", () => {
  // The language service keeps unchanged files' SourceFile objects; this host does the same.
  let states: ReturnType<typeof editingHost> | undefined; // the project is written in `beforeAll`
  let state: ts.Program | undefined;
  const edit = (file: string, text?: string) => {
    states ??= editingHost(
      new Map(),
      Object.keys(files)
        .filter((f) => f.startsWith("src/"))
        .map((f) => join(root, f)),
      { lib: ["lib.es2023.d.ts", "lib.dom.d.ts"] },
    );
    states.edit(join(root, file), text);
    state = states.program;
  };
  const relevantNow = (file: string) => new ExportRelevance(ts, state!, pack).fileMayHaveFindings(state!.getSourceFile(join(root, file))!);

  it("follows an edit of a helper into the files that call it, and back", () => {
    edit("src/uses-wrap.ts");
    expect(relevantNow("src/uses-wrap.ts")).toBe(false); // verdicts on wrap (wrap.ts) and clamp (math.ts) are kept from here on
    edit("src/uses-wrap.ts", `${files["src/uses-wrap.ts"]}\nexport const g = 1;`);
    expect(relevantNow("src/uses-wrap.ts")).toBe(false);
    // wrap.ts is unchanged, but what it calls now sends: its kept verdict must not be used.
    edit("src/math.ts", files["src/math.ts"]!.replace("return Math.min(hi, Math.max(lo, v));", "void fetch('https://x.example.de'); return v;"));
    expect(relevantNow("src/uses-wrap.ts")).toBe(true);
    edit("src/math.ts");
    expect(relevantNow("src/uses-wrap.ts")).toBe(false);
  });
});

describe("sink package catalogue", () => {
  it("expands braces, stars and subpath packages", () => {
    expect(expandBraces("@aws-sdk/{client-s3,lib-storage}")).toEqual(["@aws-sdk/client-s3", "@aws-sdk/lib-storage"]);
    expect(expandBraces("firebase-admin{,/database}")).toEqual(["firebase-admin", "firebase-admin/database"]);
    const isSink = sinkPackageMatcherOf({ sinks: [...(pack.sinks as object[]), { package: "@sentry/*", member: "init" }] } as unknown as RulePack);
    expect(["axios", "@aws-sdk/client-s3", "firebase-admin", "@sentry/node", "http"].every(isSink)).toBe(true);
    expect(["axios-retry", "@aws-sdk/client-ec2", "left-pad", "https", "@sentry"].some(isSink)).toBe(false);
  });
});
