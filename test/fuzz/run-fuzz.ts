import { CaseRunner, type RunOutcome } from "./case-runner.js";
import { generateCase, type FuzzCase, type GenerateOptions } from "./generators.js";
import { judge, type Judgement } from "./judge.js";
import { writeFuzzProject } from "./project.js";
import { INPUT_KINDS, type InputKind } from "./templates.js";

export interface FuzzRunOptions extends GenerateOptions {
  seed: number;
  /** The cases to run (by index; the kind rotates with the index). */
  indices: readonly number[];
  /** Worker processes running cases in parallel. */
  workers: number;
  /** A case running longer is a hang. */
  timeoutMs: number;
  /** Peak resident memory a case may reach; a worker above twice this is killed. */
  memoryLimitMb: number;
  /** Run every n-th case twice and require byte-identical output (0 = never). */
  rerunEvery: number;
}

export interface CaseReport {
  fuzzCase: FuzzCase;
  outcome: RunOutcome;
  judgement: Judgement;
}

/** Indices `first … first + count - 1`, or only those whose kind is in `kinds`. */
export function caseIndices(first: number, count: number, keep: (kind: InputKind, index: number) => boolean = () => true): number[] {
  const indices: number[] = [];
  for (let index = first; indices.length < count; index++) if (keep(INPUT_KINDS[index % INPUT_KINDS.length]!, index)) indices.push(index);
  return indices;
}

/** The scan every case runs: JSON so the judge can read findings; the date pinned so output is reproducible. */
function scanArgs(fuzzCase: FuzzCase): string[] {
  return ["scan", "--as-of", "2026-11-26", "--format", "json", ...fuzzCase.argv];
}

/**
 * Generates, writes, runs and judges the cases, `workers` at a time, calling
 * `onCase` as each finishes (in completion order). Each project is deleted
 * after its case.
 */
export async function runFuzz(options: FuzzRunOptions, onCase: (report: CaseReport) => void): Promise<void> {
  const runners = Array.from({ length: options.workers }, () => new CaseRunner({ timeoutMs: options.timeoutMs, memoryCapMb: options.memoryLimitMb * 2 }));
  let next = 0;
  const work = async (runner: CaseRunner): Promise<void> => {
    while (next < options.indices.length) {
      const index = options.indices[next++]!;
      const fuzzCase = generateCase(options.seed, index, options);
      const project = writeFuzzProject(fuzzCase);
      try {
        const outcome = await runner.run(project.root, scanArgs(fuzzCase));
        const judgement = judge(fuzzCase, project.expected, outcome, options.memoryLimitMb);
        if (options.rerunEvery > 0 && index % options.rerunEvery === 0 && outcome.kind === "done") {
          const again = await runner.run(project.root, scanArgs(fuzzCase));
          if (again.kind !== "done" || again.stdout !== outcome.stdout || again.stderr !== outcome.stderr || again.code !== outcome.code) {
            judgement.problems.push({ problem: "bad-output", detail: "a second run gave different output (not deterministic)" });
          }
        }
        onCase({ fuzzCase, outcome, judgement });
      } finally {
        project.remove();
      }
    }
  };
  try {
    await Promise.all(runners.map(work));
  } finally {
    for (const runner of runners) runner.close();
  }
}
