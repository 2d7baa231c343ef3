import { afterAll, describe, expect, it } from "vitest";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCacheFile, writeCacheFile } from "../../packages/core/src/scan/cache/cache-file.js";
import { exampleCopy, runCli } from "./harness.js";
import { git } from "../pr-mode/project-copy.js";

/**
 * `--cache` may make a run cheaper, never different: every format, byte for byte, equals an uncached
 * run — after an edit, after a change to the config, the registry or an extending rule pack, when
 * the cache was written by another build of vdx, and when the cache file is truncated or garbage
 * (then verbose output says it was ignored).
 */
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const FORMATS = ["text", "json", "sarif", "markdown"] as const;

/** One scan writing every format to `<label>.<format>`; returns the texts and stderr. */
async function scanAll(root: string, label: string, extra: string[]): Promise<{ outputs: string[]; stderr: string }> {
  const args = ["scan", "--as-of", "2026-06-01", "--fail-on", "never", ...extra];
  for (const format of FORMATS) args.push("--format", format, "--output", join(root, "out", `${label}.${format}`));
  const result = await runCli(args, root);
  expect(result.code, result.stderr).toBe(0);
  return { outputs: FORMATS.map((format) => readFileSync(join(root, "out", `${label}.${format}`), "utf8")), stderr: result.stderr };
}

async function expectSame(root: string, label: string, extra: string[] = []): Promise<string> {
  const uncached = await scanAll(root, `${label}-plain`, extra);
  const cached = await scanAll(root, `${label}-cached`, [...extra, "--cache", "--verbose"]);
  FORMATS.forEach((format, i) => expect(cached.outputs[i], `${label}: ${format}`).toBe(uncached.outputs[i]));
  return cached.stderr;
}

function cacheFile(root: string): string {
  const dir = join(root, "node_modules", ".cache", "vdx");
  return join(
    dir,
    readdirSync(dir).find((name) => name.endsWith(".cache"))!,
  );
}

describe("vdx scan --cache", () => {
  it("replays a second run and gives the bytes of an uncached run, whatever changed in between", async () => {
    const root = exampleCopy();
    copies.push(root);
    mkdirSync(join(root, "out"));
    expect(await expectSame(root, "first")).toMatch(/cache .*: not used \(no cache yet\)/);
    expect(await expectSame(root, "second")).toMatch(/results replayed/);

    appendFileSync(
      join(root, "src/upload/uploader.ts"),
      `\nexport async function probe(pos: { latitude: number; longitude: number; vin: string }) {\n  await fetch("https://probe.example-motors.de/v1/pos", { method: "POST", body: JSON.stringify(pos) });\n}\n`,
    );
    expect(await expectSame(root, "edit")).not.toMatch(/results replayed/);

    writeFileSync(join(root, "vdx.config.yaml"), readFileSync(join(root, "vdx.config.yaml"), "utf8").replace("unknownHosts: warn", "unknownHosts: error"));
    expect(await expectSame(root, "config")).not.toMatch(/results replayed/);

    const registry = join(root, "data-export-assessments.yaml");
    writeFileSync(registry, readFileSync(registry, "utf8").replace(/validUntil: 2029-02-28/, "validUntil: 2026-05-31"));
    expect(await expectSame(root, "registry")).not.toMatch(/results replayed/);

    mkdirSync(join(root, "pack-extra"));
    writeFileSync(
      join(root, "vdx.config.yaml"),
      readFileSync(join(root, "vdx.config.yaml"), "utf8").replace('rulePack: "2026"', 'rulePack: "2026"\nextends: [pack-extra]'),
    );
    writeFileSync(
      join(root, "pack-extra", "destinations.yaml"),
      'hosts:\n  - { match: "*.example-motors.de", jurisdiction: CN, examples: { match: [probe.example-motors.de], noMatch: [example.org] } }\n',
    );
    expect(await expectSame(root, "pack-edit")).not.toMatch(/results replayed/);
    expect(await expectSame(root, "pack-again")).toMatch(/results replayed/);
  }, 120_000);

  it("ignores a cache of another build, a truncated one and garbage, and says so", async () => {
    const root = exampleCopy();
    copies.push(root);
    mkdirSync(join(root, "out"));
    await expectSame(root, "first");
    const file = cacheFile(root);
    const stored = readCacheFile(file);
    if (!("value" in stored)) throw new Error(stored.ignored);
    writeCacheFile(file, { ...(stored.value as object), engine: "another build" });
    expect(await expectSame(root, "other-build")).toMatch(/not used \(written by another build of vdx\)/);

    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    expect(await expectSame(root, "truncated")).toMatch(/not used \(its checksum does not match \(truncated or altered\)\)/);
    writeFileSync(file, "not a cache at all");
    expect(await expectSame(root, "garbage")).toMatch(/not used \(not a vdx cache of this format\)/);
  }, 120_000);

  it("gives a PR check the same bytes with and without the cache, and keeps the cache out of the change", async () => {
    const root = exampleCopy();
    copies.push(root);
    writeFileSync(join(root, ".gitignore"), "node_modules/\nout/\n");
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    mkdirSync(join(root, "out"));
    await scanAll(root, "base", ["--cache"]);
    appendFileSync(
      join(root, "src/upload/uploader.ts"),
      `\nexport async function probe(pos: { latitude: number; vin: string }) {\n  await fetch("https://probe.example-motors.de/v1/pos", { method: "POST", body: JSON.stringify(pos) });\n}\n`,
    );
    const stderr = await expectSame(root, "pr", ["--changed-since", "HEAD"]);
    expect(stderr).toMatch(/PR mode: 1 changed TypeScript files/);
    const json = JSON.parse(readFileSync(join(root, "out", "pr-cached.json"), "utf8")) as { findings: { file: string }[]; diffFilter: unknown };
    expect(json.diffFilter).toEqual({ ref: "HEAD", changedFiles: 1 });
    expect(json.findings.map((f) => f.file)).toEqual(["src/upload/uploader.ts"]);
  }, 120_000);
});
