import { describe, expect, it } from "vitest";
import { normaliseSarif, type SarifLog } from "./normalise-sarif.js";

const ROOT = "/home/ci/checkout";

function location(uri: string, index: number, line: number, column = 1) {
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%", index }, region: { startLine: line, startColumn: column } } };
}

/** A log as a reporter might emit it: unsorted, absolute paths, a tool version and a timestamp. */
function sampleLog(): SarifLog {
  return {
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "vdx",
            version: "9.9.9",
            semanticVersion: "9.9.9",
            rules: [{ id: "unassessed-export" }, { id: "inadequate-assessment" }],
          },
        },
        invocations: [{ executionSuccessful: true, startTimeUtc: "2026-06-01T10:00:00Z" }],
        originalUriBaseIds: { "%SRCROOT%": { uri: `file://${ROOT}/examples/demo/` } },
        artifacts: [{ location: { uri: "src/z.ts", uriBaseId: "%SRCROOT%" } }, { location: { uri: `file://${ROOT}/examples/demo/src/a.ts` } }],
        results: [
          {
            ruleId: "unassessed-export",
            ruleIndex: 0,
            message: { text: `reaches https://x.example.de (evidence generated-from:${ROOT}/examples/demo/proto/a.proto)` },
            locations: [location("src/z.ts", 0, 3)],
            codeFlows: [
              {
                threadFlows: [
                  {
                    locations: [
                      { location: location("src/z.ts", 0, 1) },
                      { location: { physicalLocation: { artifactLocation: { uri: `file://${ROOT}/examples/demo/src/a.ts`, index: 1 } } } },
                    ],
                  },
                ],
              },
            ],
          },
          {
            ruleId: "inadequate-assessment",
            ruleIndex: 1,
            message: { text: "record SA-1 expired" },
            locations: [{ physicalLocation: { artifactLocation: { uri: `file://${ROOT}/examples/demo/src/a.ts`, index: 1 }, region: { startLine: 9 } } }],
          },
          { ruleId: "unassessed-export", ruleIndex: 0, message: { text: "b" }, locations: [location("src/z.ts", 0, 3)] },
          { ruleId: "unassessed-export", ruleIndex: 0, message: { text: "a" }, locations: [location("src/z.ts", 0, 2, 5)] },
        ],
      },
    ],
  };
}

describe("normaliseSarif", () => {
  const normalised = normaliseSarif(sampleLog(), { roots: [ROOT] });
  const run = normalised.runs![0]!;

  it("drops the tool version and timestamps, keeps everything else", () => {
    expect(run.tool!.driver!.version).toBeUndefined();
    expect(run.tool!.driver!.semanticVersion).toBeUndefined();
    expect(run.tool!.driver!.name).toBe("vdx");
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("makes artifact URIs relative to %SRCROOT% and strips the checkout path from every string", () => {
    expect(run.originalUriBaseIds!["%SRCROOT%"]!.uri).toBe("examples/demo/");
    expect(run.artifacts!.map((a) => a.location)).toEqual([
      { uri: "src/a.ts", uriBaseId: "%SRCROOT%" },
      { uri: "src/z.ts", uriBaseId: "%SRCROOT%" },
    ]);
    expect(JSON.stringify(normalised)).not.toContain(ROOT);
    expect(run.results!.map((r) => r.message!.text)).toContain("reaches https://x.example.de (evidence generated-from:examples/demo/proto/a.proto)");
  });

  it("sorts rules, artifacts and results and renumbers the indices that point into them", () => {
    expect(run.tool!.driver!.rules!.map((r) => r.id)).toEqual(["inadequate-assessment", "unassessed-export"]);
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.message!.text?.slice(0, 7)])).toEqual([
      ["inadequate-assessment", 0, "record "],
      ["unassessed-export", 1, "a"],
      ["unassessed-export", 1, "b"],
      ["unassessed-export", 1, "reaches"],
    ]);
    const first = run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(first).toEqual({ uri: "src/a.ts", uriBaseId: "%SRCROOT%", index: 0 });
    const flow = JSON.stringify(run.results![3]!.codeFlows);
    expect(flow).toContain('{"index":1,"uri":"src/z.ts","uriBaseId":"%SRCROOT%"}');
    expect(flow).toContain('{"index":0,"uri":"src/a.ts","uriBaseId":"%SRCROOT%"}');
  });

  it("sorts object keys, so two key orders of the same log normalise to the same text", () => {
    const reordered = sampleLog();
    const firstRun = reordered.runs![0]!;
    reordered.runs = [Object.fromEntries(Object.entries(firstRun).reverse())];
    expect(JSON.stringify(normaliseSarif(reordered, { roots: [ROOT] }))).toBe(JSON.stringify(normalised));
    expect(Object.keys(run)).toEqual([...Object.keys(run)].sort());
  });

  it("does not modify its input", () => {
    const log = sampleLog();
    const before = JSON.stringify(log);
    normaliseSarif(log, { roots: [ROOT] });
    expect(JSON.stringify(log)).toBe(before);
  });
});
