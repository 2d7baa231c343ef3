import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempProject, type CliRun } from "../cli/harness.js";
import { canaryProject, type CanaryFinding } from "../fuzz/canaries.js";
import { CaseRunner, type RunOutcome } from "../fuzz/case-runner.js";

/**
 * Issue 14's reproductions on the input side (items 1, 2, 3, 8, 9), each in a
 * project with canary files whose findings must survive. Reads of devices run
 * in a worker process with a memory cap and a timeout, so a regression fails
 * the test instead of eating the machine.
 */

const AS_OF = ["--as-of", "2026-11-26"];
const linuxOnly = process.platform !== "linux";

interface JsonFinding {
  ruleId: string;
  level: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

function project(files: Record<string, string>): { root: string; expected: CanaryFinding[] } {
  const canaries = canaryProject(false);
  return { root: tempProject({ ...canaries.files, ...files }), expected: canaries.expected };
}

async function scanJson(root: string, extra: string[] = []): Promise<{ run: CliRun; findings: JsonFinding[] }> {
  const run = await runCli(["scan", ...AS_OF, "--format", "json", ...extra], root);
  return { run, findings: run.code === 2 ? [] : (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings };
}

/** Offset of the n-th `{` (1-based): in a chain of nested objects, where level n opens. */
function nthBrace(text: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf("{", at + 1);
  return at;
}

function expectCanaries(findings: readonly JsonFinding[], expected: readonly CanaryFinding[]): void {
  for (const canary of expected) {
    expect(
      findings.some((f) => f.ruleId === canary.ruleId && f.file === canary.file && f.line === canary.line),
      `canary ${canary.file}:${canary.line} lost`,
    ).toBe(true);
  }
}

describe.skipIf(linuxOnly)("item 1: only regular files are read, within a limit (device paths)", () => {
  let runner: CaseRunner | undefined;
  const isolated = async (root: string, extra: string[] = []): Promise<Extract<RunOutcome, { kind: "done" }>> => {
    runner ??= new CaseRunner({ timeoutMs: 30_000, memoryCapMb: 1500 });
    const outcome = await runner.run(root, ["scan", ...AS_OF, "--format", "json", ...extra]);
    expect(
      outcome.kind,
      `the scan ${outcome.kind === "done" ? "ended" : outcome.kind === "hang" ? "hung" : outcome.kind === "memory" ? "blew up" : "crashed"}`,
    ).toBe("done");
    return outcome as Extract<RunOutcome, { kind: "done" }>;
  };
  afterAll(() => runner?.close());

  const referrers: [string, string, string, number, RegExp][] = [
    [
      "a proto import",
      "fuzz/a.proto",
      'syntax = "proto3";\nimport "/dev/zero";\nmessage A { double x = 1; }\n',
      2,
      /import "\/dev\/zero" is not read: it is not a regular file/,
    ],
    [
      "a JSON Schema $ref to /dev/zero",
      "fuzz/a.schema.json",
      '{\n  "type": "object",\n  "properties": { "x": { "$ref": "/dev/zero" } }\n}\n',
      3,
      /cannot resolve \$ref "\/dev\/zero": .*not read/,
    ],
    [
      "a JSON Schema $ref to /dev/urandom",
      "fuzz/b.schema.json",
      '{\n  "type": "object",\n  "properties": { "x": { "$ref": "file:///dev/urandom" } }\n}\n',
      3,
      /cannot resolve \$ref "file:\/\/\/dev\/urandom"/,
    ],
    [
      "an OpenAPI $ref",
      "fuzz/api.yaml",
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\ncomponents:\n  schemas:\n    A:\n      $ref: '/dev/zero'\n",
      6,
      /cannot resolve \$ref "\/dev\/zero"/,
    ],
    ["a .vspec #include", "fuzz/a.vspec", "#include /dev/zero Vehicle.X\nVehicle:\n  type: branch\n  description: x.\n", 1, /#include \/dev\/zero: not read/],
  ];
  for (const [what, file, text, line, message] of referrers) {
    it(`${what} is reported at the reference, and the rest is scanned`, async () => {
      const { root, expected } = project({ [file]: text });
      const outcome = await isolated(root);
      expect(outcome.code).toBe(1);
      const findings = (JSON.parse(outcome.stdout) as { findings: JsonFinding[] }).findings;
      const mine = findings.filter((f) => f.file === file && f.ruleId === "invalid-input");
      expect(mine.map((f) => [f.line, f.message])).toEqual([[line, expect.stringMatching(message)]]);
      expectCanaries(findings, expected);
    });
  }

  it("`vdx scan --baseline /dev/zero` is an input error, not an endless read", async () => {
    const { root } = project({});
    const outcome = await isolated(root, ["--baseline", "/dev/zero"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe("/dev/zero:1:1: cannot read baseline: not a regular file\n");
  });

  it("a registry or tsconfig that is a device is an error at the config key", async () => {
    const { root } = project({});
    writeFileSync(join(root, "vdx.config.yaml"), 'rulePack: "2026"\nassessments: /dev/zero\ntsconfig: /dev/urandom\n');
    const outcome = await isolated(root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(
      "vdx.config.yaml:2:14: assessments: the registry file /dev/zero is not a regular file\nvdx.config.yaml:3:11: tsconfig: /dev/urandom is not a regular file\n",
    );
  });

  it("a scanned file linked to a device is reported, never read", async () => {
    const { root, expected } = project({});
    mkdirSync(join(root, "fuzz"));
    symlinkSync("/dev/zero", join(root, "fuzz", "zero.proto"));
    const outcome = await isolated(root);
    const findings = (JSON.parse(outcome.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.filter((f) => f.file === "fuzz/zero.proto").map((f) => f.message)).toEqual([
      "not scanned: a symbolic link to a device, FIFO or socket, not a regular file",
    ]);
    expectCanaries(findings, expected);
  });
});

describe("item 2: one bad schema costs only its own findings, reported on it with a position", () => {
  it("a JSON Schema nested 10,000 levels deep", async () => {
    const depth = 10_000;
    const deep = `{"type":"object","properties":{${'"a":{"type":"object","properties":{'.repeat(depth)}"z":{"type":"string"}${"}}".repeat(depth)}}}`;
    const { root, expected } = project({ "fuzz/deep.schema.json": deep });
    const { run, findings } = await scanJson(root);
    expect(run.code).toBe(1);
    const mine = findings.filter((f) => f.file === "fuzz/deep.schema.json");
    expect(mine).toEqual([
      expect.objectContaining({
        ruleId: "invalid-input",
        line: 1,
        column: nthBrace(deep, 257) + 1,
        message: expect.stringMatching(/not analysed: nested more than 256 levels/),
      }),
    ]);
    expect(findings.filter((f) => f.message.includes("Maximum call stack"))).toEqual([]);
    expectCanaries(findings, expected);
  });

  it("an OpenAPI self-alias (A: &A {…: *A})", async () => {
    const api = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\ncomponents:\n  schemas:\n    A: &A {type: object, properties: {me: *A}}\n";
    const { root, expected } = project({ "fuzz/api.yaml": api });
    const { run, findings } = await scanJson(root);
    expect(run.code).toBe(1);
    expect(findings.filter((f) => f.file === "fuzz/api.yaml")).toEqual([
      expect.objectContaining({
        ruleId: "invalid-input",
        line: 5,
        column: api.split("\n")[4]!.indexOf("*A") + 1,
        message: expect.stringMatching(/alias \*A is inside the node anchored &A/),
      }),
    ]);
    expectCanaries(findings, expected);
  });

  it("a protobuf nested deeper than protoc allows is reported at the brace that crosses the limit", async () => {
    const proto = `syntax = "proto3";\n${Array.from({ length: 40 }, (_, i) => `message N${i} {`).join("\n")}\n${"}".repeat(40)}\n`;
    const { root, expected } = project({ "fuzz/deep.proto": proto });
    const { findings } = await scanJson(root);
    expect(findings.filter((f) => f.file === "fuzz/deep.proto").map((f) => [f.line, f.message])).toEqual([
      [34, expect.stringMatching(/nested more than 32 levels/)],
    ]);
    expectCanaries(findings, expected);
  });
});

describe("item 3: no super-linear blow-ups in schema files", () => {
  // Generous bounds for a busy machine: before, these took minutes (quadratic).
  it("one protobuf message with 20,000 fields", async () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => `  int32 f${i} = ${i + 1};`).join("\n");
    const { root, expected } = project({ "fuzz/wide.proto": `syntax = "proto3";\npackage w;\nmessage Wide {\n${fields}\n}\n` });
    const started = Date.now();
    const { findings } = await scanJson(root);
    expect(Date.now() - started).toBeLessThan(30_000);
    expectCanaries(findings, expected);
  });

  it("an OpenAPI document with 20,000 anchors and aliases", async () => {
    const schemas = Array.from({ length: 20_000 }, (_, i) => `    S${i}: &a${i} {type: object, properties: {p${i}: {type: string}}}\n    T${i}: *a${i}`).join(
      "\n",
    );
    const { root, expected } = project({ "fuzz/api.yaml": `openapi: 3.0.3\ninfo: { title: t, version: '1' }\ncomponents:\n  schemas:\n${schemas}\n` });
    const started = Date.now();
    const { findings } = await scanJson(root);
    expect(Date.now() - started).toBeLessThan(45_000);
    expectCanaries(findings, expected);
  });
});

describe("item 8: every exit-2 message is file:line:column: message", () => {
  const bomb =
    [
      "x-a0: &a0 [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 11 }, (_, i) => `x-a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(", ")}]`),
    ].join("\n") + "\n";

  it("a YAML alias bomb in the config", async () => {
    const root = tempProject({ "vdx.config.yaml": `rulePack: "2026"\n${bomb}` });
    const run = await runCli(["scan", ...AS_OF], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^vdx\.config\.yaml:\d+:\d+: aliases expand this document to more than \d+ extra nodes at alias \*a\d+ \(a YAML alias bomb\?\); it is not read\n$/,
    );
  });

  it("a YAML alias bomb in the registry", async () => {
    const { root } = project({});
    writeFileSync(join(root, "data-export-assessments.yaml"), `version: 1\n${bomb.replace(/x-a/g, "a")}assessments: []\n`);
    const run = await runCli(["scan", ...AS_OF], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^data-export-assessments\.yaml:\d+:\d+: aliases expand .*alias bomb/m);
    expect(run.stderr).not.toMatch(/internal error|Excessive alias count/);
  });

  it("--output naming a folder", async () => {
    const { root } = project({});
    mkdirSync(join(root, "out"));
    const run = await runCli(["scan", ...AS_OF, "--output", "out"], root);
    expect(run).toMatchObject({ code: 2, stdout: "", stderr: "out:1:1: cannot write the file: it is a directory (EISDIR)\n" });
  });

  it.skipIf(linuxOnly)("--output /dev/full", async () => {
    const { root } = project({});
    const run = await runCli(["scan", ...AS_OF, "--output", "/dev/full"], root);
    // A device is refused before anything is written (reports are written to a temporary file and renamed).
    expect(run).toMatchObject({
      code: 2,
      stderr: "/dev/full:1:1: cannot write the file: it is a device, FIFO or socket, not a regular file (leave out --output to write to stdout)\n",
    });
  });

  it("YAML complex keys are an error at the key and print no Node warning", async () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on("warning", listener);
    try {
      const root = tempProject({ "vdx.config.yaml": 'rulePack: "2026"\n? [a, b]\n: 1\n' });
      const run = await runCli(["scan", ...AS_OF], root);
      expect(run).toMatchObject({ code: 2, stderr: "vdx.config.yaml:2:3: a map or a list cannot be a key (JSON keys are plain values)\n" });
      const { findings } = await scanJson(project({ "fuzz/api.yaml": "openapi: 3.0.3\ninfo: { title: t, version: '1' }\n? { a: 1 }\n: x\n" }).root);
      expect(findings.filter((f) => f.file === "fuzz/api.yaml").map((f) => f.message)).toEqual([
        expect.stringMatching(/invalid YAML: a map or a list cannot be a key/),
      ]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off("warning", listener);
    }
  });

  it("invalid JSON gets one finding, in JSON's words", async () => {
    const { root, expected } = project({
      "fuzz/broken.schema.json": '{\n  "type": "object",\n  "properties": { "vin": { "type": "string" }\n    "lat": {} }\n}\n',
    });
    const { findings } = await scanJson(root);
    expect(findings.filter((f) => f.file === "fuzz/broken.schema.json").map((f) => [f.line, f.column, f.message])).toEqual([
      [4, 5, "fuzz/broken.schema.json: invalid JSON: expected ',' or '}' after a property value, found '\"'"],
    ]);
    expectCanaries(findings, expected);
  });
});

describe.skipIf(linuxOnly)("item 9: paths", () => {
  const proto = 'syntax = "proto3";\npackage odd;\nmessage Pos {\n  // @vdx pi.sensitive.locaton-trajectory\n  double lng = 1;\n}\n';

  it("files named with line breaks are scanned; a name that is not UTF-8 is reported as such", async () => {
    const { root, expected } = project({ "odd/a\nb.proto": proto, "odd/c\rd.proto": proto });
    writeFileSync(Buffer.from(`${root}/odd/caf\xe9.proto`, "latin1"), proto);
    const { findings } = await scanJson(root);
    expect(
      findings
        .filter((f) => f.ruleId === "unknown-category" && f.file.startsWith("odd/"))
        .map((f) => f.file)
        .sort(),
    ).toEqual(["odd/a\nb.proto", "odd/c\rd.proto"]);
    const odd = findings.filter((f) => f.file.startsWith("odd/caf"));
    expect(odd.map((f) => f.message)).toEqual([expect.stringMatching(/^not scanned: its name is not valid UTF-8 \(caf\\xe9\.proto\)/)]);
    expect(odd[0]!.message).not.toMatch(/ENOENT/);
    expectCanaries(findings, expected);
  });

  it("text output escapes control characters of file names and messages", async () => {
    const { root } = project({
      "odd/\u001b[31mred\u0007.proto": proto,
      "odd/quoted.schema.json": '{"type":"object","properties":{"a":{"type":"string","x-vdx":"pi.\\u001b]0;pwned\\u0007\\u202e"}}}',
    });
    const run = await runCli(["scan", ...AS_OF], root);
    expect(run.stdout).toContain("odd/\\x1b[31mred\\x07.proto:5:3");
    expect(run.stdout).toContain('unknown category "pi.\\x1b]0;pwned\\x07\\u202e"');
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it("a link to a file outside the root is refused, and its content is never quoted", async () => {
    const outside = mkdtempSync(join(tmpdir(), "vdx-outside-"));
    writeFileSync(join(outside, "secret.proto"), "SECRET-TOKEN-4711 and more\n");
    const { root, expected } = project({});
    mkdirSync(join(root, "odd"));
    symlinkSync(join(outside, "secret.proto"), join(root, "odd", "link.proto"));
    const { run, findings } = await scanJson(root);
    expect(run.stdout).not.toContain("SECRET-TOKEN");
    expect(findings.filter((f) => f.file === "odd/link.proto").map((f) => f.message)).toEqual([
      "not scanned: a symbolic link that lies outside the scan root (allow its folder with `allowRead` in the config)",
    ]);
    expectCanaries(findings, expected);
  });

  it("absolute and .. $refs and imports stay inside the root unless allowRead says more", async () => {
    const outside = mkdtempSync(join(tmpdir(), "vdx-shared-"));
    writeFileSync(
      join(outside, "geo.proto"),
      'syntax = "proto3";\npackage shared;\n// @vdx pi.sensitive.location-trajectory\nmessage Geo { double lat = 1; }\n',
    );
    writeFileSync(
      join(outside, "geo.schema.json"),
      '{ "$defs": { "Geo": { "x-vdx": "pi.sensitive.location-trajectory", "type": "object", "properties": { "lat": { "type": "number" } } } } }\n',
    );
    const { root, expected } = project({
      "fuzz/trip.proto": `syntax = "proto3";\npackage trip;\nimport "${outside}/geo.proto";\nmessage Trip { shared.Geo at = 1; }\n`,
      "fuzz/trip.schema.json": `{\n  "type": "object",\n  "properties": {\n    "at": { "$ref": "../../../../../../../..${outside}/geo.schema.json#/$defs/Geo" }\n  }\n}\n`,
    });
    const refused = await scanJson(root);
    const mine = refused.findings.filter((f) => f.file.startsWith("fuzz/"));
    expect(mine.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        "fuzz/trip.proto",
        3,
        expect.stringMatching(
          /^fuzz\/trip\.proto: import ".*geo\.proto" is not read: it lies outside the scan root \(allow its folder with `allowRead` in the config\)/,
        ),
      ],
      [
        "fuzz/trip.schema.json",
        4,
        expect.stringMatching(
          /^fuzz\/trip\.schema\.json: cannot resolve \$ref ".*geo\.schema\.json#\/\$defs\/Geo": .*: not read: it lies outside the scan root/,
        ),
      ],
    ]);
    for (const finding of mine) expect(finding.message.split(root)).toHaveLength(1);
    expectCanaries(refused.findings, expected);

    writeFileSync(join(root, "vdx.config.yaml"), `${readFileSync(join(root, "vdx.config.yaml"), "utf8")}allowRead: ["${outside}"]\n`);
    const allowed = await scanJson(root);
    expect(allowed.findings.filter((f) => f.file.startsWith("fuzz/"))).toEqual([]);
    const inventory = JSON.parse((await runCli(["inventory", ...AS_OF, "--format", "json"], root)).stdout) as {
      fields: { path: string; categories: string[] }[];
    };
    expect(inventory.fields.find((f) => f.path === "trip.Trip.at")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(inventory.fields.find((f) => f.path === "fuzz/trip.schema.json#/properties/at")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
  });
});

describe("determinism and no network, with hostile inputs in the project", () => {
  it.skipIf(linuxOnly)("gives byte-identical output in-process and in a process where every socket API throws", async () => {
    const { root } = project({
      "fuzz/api.yaml": "openapi: 3.0.3\ninfo: { title: t, version: '1' }\ncomponents:\n  schemas:\n    A: &A {type: object, properties: {me: *A}}\n",
      "fuzz/ref.schema.json": '{ "type": "object", "properties": { "a": { "$ref": "https://schemas.example-motors.de/remote.json" } } }\n',
    });
    const first = await runCli(["scan", ...AS_OF, "--format", "sarif"], root);
    const second = await runCli(["scan", ...AS_OF, "--format", "sarif"], root);
    expect(second.stdout).toBe(first.stdout);
    const runner = new CaseRunner({ timeoutMs: 60_000, memoryCapMb: 1500 });
    try {
      const isolated = await runner.run(root, ["scan", ...AS_OF, "--format", "sarif"]);
      expect(isolated.kind).toBe("done");
      if (isolated.kind !== "done") return;
      expect(isolated.network).toEqual([]);
      expect(isolated.stdout).toBe(first.stdout);
    } finally {
      runner.close();
    }
  });
});

/** The FIFO case needs mkfifo: a scanned file that is a FIFO must not block the scan. */
describe.skipIf(linuxOnly)("a FIFO among the scanned files", () => {
  it("is reported and skipped, without blocking", async () => {
    const { root, expected } = project({});
    mkdirSync(join(root, "fuzz"));
    execFileSync("mkfifo", [join(root, "fuzz", "pipe.schema.json"), join(root, "fuzz", "pipe")]);
    const { findings } = await scanJson(root);
    expect(findings.filter((f) => f.file.startsWith("fuzz/")).map((f) => [f.file, f.message])).toEqual([
      ["fuzz/pipe.schema.json", "not scanned: a device, FIFO or socket, not a regular file"],
    ]);
    expectCanaries(findings, expected);
  });
});
