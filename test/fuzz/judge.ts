import type { CanaryFinding } from "./canaries.js";
import type { FuzzCase } from "./generators.js";
import type { RunOutcome } from "./case-runner.js";

/** The ways a case can go wrong, each counted in the run's figures. */
export type Problem =
  "hang" | "memory" | "crash" | "exit-code" | "unexpected-fatal" | "error-format" | "noise" | "lost-canary" | "analyser-failure" | "network" | "bad-output";

export const PROBLEMS: readonly Problem[] = [
  "hang",
  "memory",
  "crash",
  "exit-code",
  "unexpected-fatal",
  "error-format",
  "noise",
  "lost-canary",
  "analyser-failure",
  "network",
  "bad-output",
];

export interface Judgement {
  problems: { problem: Problem; detail: string }[];
}

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The documented exit-2 forms: `file:line:column: message`, or a `vdx: …` usage line and its `Run …` hint. */
const DOCUMENTED_ERROR = /^(?:[^\n]+:\d+:\d+: \S[^\n]*|vdx: (?!internal error)\S[^\n]*|Run `vdx [^`]*` for usage\.)$/;

/**
 * What a demanding user expects of any input: an exit code in {0, 1, 2}, no
 * hang, no blow-up, no stack trace or internal error, exit 2 only for a broken
 * config, registry or baseline and then only documented error lines, a clean
 * stderr otherwise, every canary finding still reported, no analyser failure,
 * no network access, positions that exist.
 */
export function judge(fuzzCase: FuzzCase, expected: readonly CanaryFinding[], outcome: RunOutcome, memoryLimitMb: number): Judgement {
  const problems: Judgement["problems"] = [];
  const add = (problem: Problem, detail: string) => problems.push({ problem, detail });
  if (outcome.kind === "hang") add("hang", `no answer after ${Math.round(outcome.ms)} ms`);
  if (outcome.kind === "memory") add("memory", `killed at ${Math.round(outcome.peakRssMb)} MB resident`);
  if (outcome.kind === "crash") add("crash", `worker died (${outcome.exit}): ${firstLine(outcome.stray)}`);
  if (outcome.kind !== "done") return { problems };

  if (outcome.peakRssMb > memoryLimitMb) add("memory", `peak ${Math.round(outcome.peakRssMb)} MB resident`);
  if (outcome.network.length > 0) add("network", outcome.network.join(", "));
  if (outcome.warnings.length > 0) add("noise", `Node warning: ${outcome.warnings[0]}`);
  if (outcome.stray.trim() !== "") add("noise", `printed outside the CLI's output: ${firstLine(outcome.stray)}`);
  if (/internal error|\n\s+at .+:\d+:\d+\)?$|run\(\) threw/m.test(outcome.stderr))
    add("crash", firstLine(outcome.stderr.split("\n").find((l) => /internal error|threw|^\s+at /.test(l)) ?? outcome.stderr));
  if (![0, 1, 2].includes(outcome.code)) {
    add("exit-code", `exit ${outcome.code}`);
    return { problems };
  }
  if (outcome.code === 2) {
    if (!fuzzCase.fatalAllowed) add("unexpected-fatal", firstLine(outcome.stderr));
    const lines = outcome.stderr.replace(/\n$/, "").split("\n");
    const bad = lines.find((line) => !DOCUMENTED_ERROR.test(line));
    if (bad !== undefined || outcome.stderr === "")
      add("error-format", bad === undefined ? "exit 2 with nothing on stderr" : JSON.stringify(bad.slice(0, 200)));
    if (outcome.stdout !== "") add("bad-output", "exit 2 with a report on stdout");
    return { problems };
  }
  if (outcome.stderr !== "") add("noise", `stderr: ${firstLine(outcome.stderr)}`);
  let findings: JsonFinding[];
  try {
    findings = (JSON.parse(outcome.stdout) as { findings: JsonFinding[] }).findings;
  } catch {
    add("bad-output", `stdout is not the JSON report: ${firstLine(outcome.stdout)}`);
    return { problems };
  }
  for (const finding of findings) {
    if (!(finding.line >= 1 && finding.column >= 1)) add("bad-output", `finding at ${finding.file}:${finding.line}:${finding.column}`);
    if (/analysis of this file failed|analyser "[^"]+" failed/.test(finding.message))
      add("analyser-failure", `${finding.file}: ${finding.message.slice(0, 200)}`);
  }
  if (fuzzCase.canariesApply) {
    for (const canary of expected) {
      if (!findings.some((f) => f.ruleId === canary.ruleId && f.file === canary.file && f.line === canary.line))
        add("lost-canary", `${canary.ruleId} at ${canary.file}:${canary.line}`);
    }
  }
  return { problems };
}

function firstLine(text: string): string {
  return (text.trim().split("\n")[0] ?? "").slice(0, 200);
}
