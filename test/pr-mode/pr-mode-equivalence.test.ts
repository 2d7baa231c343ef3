import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { scan, type Finding, type ScanResult } from "@vdx/core";
import { changedLinesSince } from "../../packages/core/src/scan/changed-lines.js";
import { filterByChange } from "../../packages/core/src/scan/diff-filter.js";
import { generateMonorepo } from "../../bench/monorepo-project.js";
import { gitCopy, resetToBase, touchLines } from "./project-copy.js";

/**
 * PR mode analyses only what a change can affect, yet must report exactly what a whole scan of the
 * changed project reports for the change: every finding whose flow touches a changed line. For each
 * project, each file that some finding's flow passes through is edited on the lines of those steps
 * (a comment appended: the lines change, the code does not), and the PR check is held to the whole
 * scan filtered by the same changed lines — finding by finding, flow steps included.
 */
const repo = fileURLToPath(new URL("../../", import.meta.url));
const AS_OF = "2026-06-01";
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const serialise = (root: string, findings: readonly Finding[]) =>
  findings.map((f) => JSON.stringify({ ...f, location: { ...f.location, file: relative(root, f.location.file) } }));

async function compare(root: string): Promise<{ expected: string[]; actual: string[]; result: ScanResult }> {
  const whole = await scan({ paths: [root], cwd: root, asOf: AS_OF });
  const { changes } = changedLinesSince("HEAD", root);
  const expected = filterByChange(whole.findings, whole.fields, whole.flows, changes);
  const pr = await scan({ paths: [root], cwd: root, asOf: AS_OF, changedSince: "HEAD" });
  expect(pr.errors).toEqual([]);
  expect(pr.diffFilter).toMatchObject({ ref: "HEAD" });
  expect(JSON.stringify(pr.fields)).toBe(JSON.stringify(expected.fields));
  expect(JSON.stringify(pr.flows)).toBe(JSON.stringify(expected.flows));
  return { expected: serialise(root, expected.findings), actual: serialise(root, pr.findings), result: pr };
}

/** Per project: the files flows pass through (not only where findings sit), each edited on its step lines. */
async function scenarios(root: string, limit: number): Promise<Map<string, number[]>[]> {
  const base = await scan({ paths: [root], cwd: root, asOf: AS_OF });
  const linesByFile = new Map<string, Set<number>>();
  for (const finding of base.findings) {
    for (const step of finding.flow ?? []) {
      if (!/\.[cm]?[jt]sx?$/.test(step.location.file)) continue;
      let lines = linesByFile.get(step.location.file);
      if (!lines) linesByFile.set(step.location.file, (lines = new Set()));
      lines.add(step.location.line);
    }
  }
  return [...linesByFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([file, lines]) => new Map([[file, [...lines]]]));
}

describe("PR mode reports what a whole scan reports for the change", () => {
  for (const name of ["telematics-gateway", "charging-backend", "adas-data-loop"]) {
    it(`on examples/${name}, each file flows pass through edited in turn`, async () => {
      const root = gitCopy(join(repo, "examples", name));
      copies.push(root);
      const cases = await scenarios(root, 3);
      expect(cases.length).toBeGreaterThan(0);
      let reported = 0;
      for (const edits of cases) {
        for (const [file, lines] of edits) touchLines(file, lines);
        const { expected, actual } = await compare(root);
        expect(actual).toEqual(expected);
        reported += actual.length;
        resetToBase(root);
      }
      expect(reported).toBeGreaterThan(0);
    }, 120_000);
  }

  it("on a generated monorepo, for helpers, clients, services, repositories and the app", async () => {
    const root = mkdtempSync(join(tmpdir(), "vdx-pr-mono-"));
    copies.push(root);
    generateMonorepo(root, { packages: 3, servicesPerPackage: 8, reposPerPackage: 3, utilsPerPackage: 2 });
    const copy = gitCopy(root);
    copies.push(copy);
    const edits: [string, number[]][] = [
      ["packages/shared/src/http.ts", [3]],
      ["packages/telemetry/src/client.ts", [8, 12]],
      ["packages/telemetry/src/services/svc0.ts", [10, 12]],
      ["packages/telemetry/src/repo/repo0.ts", [6]],
      ["packages/charging/src/routes.ts", [3]],
      ["apps/gateway/src/main.ts", [8]],
    ];
    let reported = 0;
    for (const [file, lines] of edits) {
      touchLines(join(copy, file), lines);
      const { expected, actual } = await compare(copy);
      expect(actual, file).toEqual(expected);
      reported += actual.length;
      resetToBase(copy);
    }
    expect(reported).toBeGreaterThan(5);
  }, 180_000);
});
