import { describe, expect, it } from "vitest";
import { caseIndices, runFuzz, type CaseReport } from "./run-fuzz.js";

/**
 * The fast subset of the fuzz suite (issue 14 item 10): a few hundred seeded
 * cases of every input kind at small sizes, each in a project with canary
 * files, run by the built CLI in two worker processes. The full run
 * (≥ 10,000 cases, issue-sized inputs) is `bench/fuzz.ts`. A failing case
 * prints its id: replay it with `npx tsx bench/fuzz.ts --scale fast --first <index> --cases 1 --verbose`.
 */

const SEED = 14;
/** TypeScript cases build a program each (seconds): one in five of them keeps the subset fast. */
const indices = caseIndices(0, 210, (kind, index) => kind !== "typescript" || index % 5 === 0);

describe.skipIf(process.platform !== "linux")("fuzz subset", () => {
  it(`${indices.length} cases: no hang, crash, blow-up, lost canary or undocumented error`, async () => {
    const failures: string[] = [];
    let cases = 0;
    await runFuzz(
      { seed: SEED, indices, workers: 2, timeoutMs: 30_000, memoryLimitMb: 1024, scale: "fast", typescriptCanaryEvery: 0, rerunEvery: 40 },
      (report: CaseReport) => {
        cases++;
        if (report.judgement.problems.length > 0)
          failures.push(`${report.fuzzCase.id} (seed ${SEED}): ${report.judgement.problems.map((p) => `${p.problem}: ${p.detail}`).join("; ")}`);
      },
    );
    expect(cases).toBe(indices.length);
    expect(failures).toEqual([]);
  }, 600_000);
});
