import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeFlows, scan, type Analyzer, type Finding } from "@vdx/core";
import { ANALYZERS, scanTypeScript } from "@vdx/core/internals";
import { analysisInput } from "./helpers/analysis-input.js";
import { defaultConfig, testPack } from "./helpers/flow-project.js";
import { ROOT } from "./sinks/in-memory-program.js";
import { programStates } from "./helpers/program-states.js";
import { morph } from "./sinks/matcher-fixture.js";

/**
 * A flow analysis focused on one file (what the ESLint plugin runs on each
 * keystroke) reports exactly the findings the whole-program analysis (the
 * CLI's) locates in that file — on every example and corpus project, file by
 * file — while analysing less of the program.
 */
const repo = fileURLToPath(new URL("../../", import.meta.url));

function projectsUnder(folder: string): string[] {
  const base = join(repo, folder);
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, "vdx.config.yaml")))
    .map((entry) => join(base, entry.name))
    .sort();
}

const projects = ["examples", "test/accuracy/flow", "test/accuracy/remote", "test/accuracy/holdout", "test/accuracy/code-shapes"].flatMap(projectsUnder);

const describeFinding = (root: string, finding: Finding): string =>
  `${finding.ruleId} ${relative(root, finding.location.file)}:${finding.location.line}:${finding.location.column} [${(finding.export?.categories ?? []).join(",")}] ${finding.fingerprint} ${finding.message}`;

interface Comparison {
  files: number;
  mismatches: { file: string; whole: string[]; focused: string[] }[];
  wholeUnits: number;
  /** The most units one focused run analysed. */
  largestFocusedUnits: number;
  findings: number;
}

/** Runs in place of the scan's flow analyser, on the same program and fields (the scan's schema analyser runs first). */
function comparingAnalyzer(root: string, into: Comparison): Analyzer {
  return {
    id: "flow",
    run(context) {
      if (context.filesByKind.typescript.length === 0) return {};
      const { input } = scanTypeScript(context);
      const whole = analyzeFlows(input);
      into.wholeUnits = whole.stats.unitsAnalysed;
      into.findings = whole.findings.length;
      for (const file of input.files) {
        const focused = analyzeFlows({ ...input, focus: [file] });
        into.largestFocusedUnits = Math.max(into.largestFocusedUnits, focused.stats.unitsAnalysed);
        const expected = whole.findings
          .filter((f) => f.location.file === file)
          .map((f) => describeFinding(root, f))
          .sort();
        const actual = focused.findings.map((f) => describeFinding(root, f)).sort();
        into.files++;
        if (JSON.stringify(expected) !== JSON.stringify(actual)) into.mismatches.push({ file: relative(root, file), whole: expected, focused: actual });
      }
      return {};
    },
  };
}

describe("flow analysis focused on one file", () => {
  it("finds the projects", () => {
    expect(projects.length).toBeGreaterThanOrEqual(15);
  });

  for (const root of projects) {
    it(`equals the whole-program findings file by file: ${relative(repo, root)}`, async () => {
      const comparison: Comparison = { files: 0, mismatches: [], wholeUnits: 0, largestFocusedUnits: 0, findings: 0 };
      const analyzers = ANALYZERS.map((analyzer) => (analyzer.id === "flow" ? comparingAnalyzer(root, comparison) : analyzer)).filter((a) => a.id !== "remote");
      await scan({ paths: [root], cwd: root, asOf: "2026-06-01", analyzers });
      expect(comparison.files).toBeGreaterThan(0);
      expect(comparison.mismatches).toEqual([]);
      // Never more than the whole program; on a project with findings in several files, less.
      expect(comparison.largestFocusedUnits).toBeLessThanOrEqual(comparison.wholeUnits);
    }, 60_000);
  }

  it("analyses less than the whole program for a file of a larger project", async () => {
    const root = join(repo, "test/accuracy/holdout/fleet-backoffice");
    const comparison: Comparison = { files: 0, mismatches: [], wholeUnits: 0, largestFocusedUnits: 0, findings: 0 };
    const analyzers = ANALYZERS.map((analyzer) => (analyzer.id === "flow" ? comparingAnalyzer(root, comparison) : analyzer)).filter((a) => a.id !== "remote");
    await scan({ paths: [root], cwd: root, asOf: "2026-06-01", analyzers });
    expect(comparison.findings).toBeGreaterThan(0);
    expect(comparison.largestFocusedUnits).toBeLessThan(comparison.wholeUnits);
  }, 60_000);
});

const MODEL = `export interface Trip {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  note: string;
}`;

describe("what a focused run follows", () => {
  const e = programStates({
    "src/model.ts": MODEL,
    // A fixed destination whose payload each caller fills in: the finding sits at the sink, here.
    "src/http.ts": `import axios from "axios";\nexport function sendTrip(body: unknown) { return axios.post("https://telemetry.example-motors.de/v1", body); }\nexport function postTo(url: string, body: unknown) { return axios.post(url, body); }`,
    "src/a.ts": `import type { Trip } from "./model";\nimport { sendTrip } from "./http";\nexport function a(t: Trip) { return sendTrip({ lat: t.lat }); }`,
    "src/b.ts": `import type { Trip } from "./model";\nimport { sendTrip } from "./http";\nexport function b(t: Trip) { return sendTrip({ vin: t.vin }); }`,
    // A destination the caller supplies: the finding sits at the caller's call.
    "src/c.ts": `import type { Trip } from "./model";\nimport { postTo } from "./http";\nexport function c(t: Trip) { return postTo("https://eu.example-motors.de/v2", t.vin); }`,
    "src/plain.ts": `export function plain(n: number) { return n + 1; }`,
  });
  const input = analysisInput(morph, e.program, testPack(), defaultConfig({ root: ROOT }));
  const at = (result: { findings: Finding[] }) =>
    result.findings.map((f) => `${relative(ROOT, f.location.file)}:${f.location.line} [${(f.export?.categories ?? []).join(",")}]`).sort();

  it("collects every caller's data at a sink in the focused file", () => {
    const focused = analyzeFlows({ ...input, focus: [`${ROOT}/src/http.ts`] });
    expect(at(focused)).toEqual(["src/http.ts:2 [pi.general.vehicle-identifier,pi.sensitive.location-trajectory]"]);
  });

  it("reports a caller-supplied destination at the caller, and only in its file", () => {
    expect(at(analyzeFlows({ ...input, focus: [`${ROOT}/src/c.ts`] }))).toEqual(["src/c.ts:3 [pi.general.vehicle-identifier]"]);
    expect(at(analyzeFlows({ ...input, focus: [`${ROOT}/src/a.ts`] }))).toEqual([]);
  });

  it("leaves code that reaches no sink alone", () => {
    const whole = analyzeFlows(input);
    const plain = analyzeFlows({ ...input, focus: [`${ROOT}/src/plain.ts`] });
    expect(plain.findings).toEqual([]);
    expect(plain.stats.unitsAnalysed).toBe(0);
    expect(analyzeFlows({ ...input, focus: [`${ROOT}/src/c.ts`] }).stats.unitsAnalysed).toBeLessThan(whole.stats.unitsAnalysed);
    expect(at(whole)).toEqual(["src/c.ts:3 [pi.general.vehicle-identifier]", "src/http.ts:2 [pi.general.vehicle-identifier,pi.sensitive.location-trajectory]"]);
  });
});
