import { describe, expect, it } from "vitest";
import { ts as morphTs } from "ts-morph";
import workspaceTs from "typescript";
import { createSinkMatcher, describeStaticValue, type SinkCall } from "@vdx/core";
import { createInMemoryProgram, sourceFileOf } from "./in-memory-program.js";
import { loadCatalogue } from "./catalogue.js";

const catalogue = loadCatalogue();

/** `// destination: …` lines of a snippet. */
function expectation(snippet: string, key: "destination" | "region" | "payload"): string | undefined {
  return new RegExp(`^\\s*// ${key}: (.+)$`, "m").exec(snippet)?.[1]?.trim();
}

function sinksOf(ts: typeof workspaceTs, snippet: string): readonly SinkCall[] {
  const program = createInMemoryProgram(ts, { "src/example.ts": snippet });
  const matcher = createSinkMatcher(ts, program, { sinks: catalogue });
  expect(matcher.problems).toEqual([]);
  return matcher.sinkCallsIn(sourceFileOf(program, "src/example.ts"));
}

// Both copies of TypeScript the analysis meets: ts-morph's (CLI) and the workspace's (ESLint plugin).
for (const [copy, ts] of [["ts-morph", morphTs], ["typescript", workspaceTs]] as const) {
  describe(`sink catalogue examples (${copy})`, () => {
    for (const model of catalogue) {
      describe(model.id, () => {
        model.examples.match.forEach((snippet, index) => {
          it(`match #${index + 1}`, () => {
            const calls = sinksOf(ts as typeof workspaceTs, snippet).filter((c) => c.model.id === model.id);
            expect(calls.length, `no ${model.id} call recognised in:\n${snippet}`).toBeGreaterThan(0);
            const first = calls[0]!;
            const destination = expectation(snippet, "destination");
            if (destination) expect(describeStaticValue(first.destination)).toBe(destination);
            const region = expectation(snippet, "region");
            if (region) expect(first.region && describeStaticValue(first.region)).toBe(region);
            const payload = expectation(snippet, "payload");
            if (payload) expect(first.payloads.map((p) => p.getText())).toContain(payload);
          });
        });
        model.examples.noMatch.forEach((snippet, index) => {
          it(`noMatch #${index + 1}`, () => {
            const calls = sinksOf(ts as typeof workspaceTs, snippet).filter((c) => c.model.id === model.id);
            expect(calls.map((c) => c.node.getText()), `unexpected ${model.id} call in:\n${snippet}`).toEqual([]);
          });
        });
      });
    }
  });
}
