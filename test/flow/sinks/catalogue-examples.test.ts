import { describe, expect, it } from "vitest";
import { ts as morphTs } from "ts-morph";
import workspaceTs from "typescript";
import { describeStaticValue } from "@vdx/core/internals";
import { loadCatalogue } from "./catalogue.js";
import { createSnippetBatches, type Snippet } from "./snippet-batches.js";

const catalogue = loadCatalogue();

/** `// destination: …` lines of a snippet. */
function expectation(snippet: string, key: "destination" | "region" | "payload"): string | undefined {
  return new RegExp(`^\\s*// ${key}: (.+)$`, "m").exec(snippet)?.[1]?.trim();
}

const snippets: Snippet[] = catalogue.flatMap((model) => [
  ...model.examples.match.map((text, index) => ({ key: `${model.id} match ${index}`, text })),
  ...model.examples.noMatch.map((text, index) => ({ key: `${model.id} noMatch ${index}`, text })),
]);

// Both copies of TypeScript the analysis meets: ts-morph's (CLI) and the workspace's (ESLint plugin).
// The snippets are compiled in a few shared programs per copy (snippet-batches.ts), not one each.
for (const [copy, ts] of [
  ["ts-morph", morphTs],
  ["typescript", workspaceTs],
] as const) {
  describe(`sink catalogue examples (${copy})`, () => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the analysis takes either copy of TypeScript, typed as the workspace's
    const batches = createSnippetBatches(ts as typeof workspaceTs, catalogue, snippets);
    const sinksOf = (key: string) => {
      const { calls, problems } = batches.sinksOf(key);
      expect(problems).toEqual([]);
      return calls;
    };
    for (const model of catalogue) {
      describe(model.id, () => {
        model.examples.match.forEach((snippet, index) => {
          it(`match #${index + 1}`, () => {
            const calls = sinksOf(`${model.id} match ${index}`).filter((c) => c.model.id === model.id);
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
            const calls = sinksOf(`${model.id} noMatch ${index}`).filter((c) => c.model.id === model.id);
            expect(
              calls.map((c) => c.node.getText()),
              `unexpected ${model.id} call in:\n${snippet}`,
            ).toEqual([]);
          });
        });
      });
    }
  });
}
