/**
 * A child process that runs fuzz cases with the built CLI, one after the
 * other, so 10,000 cases do not pay 10,000 start-ups; the parent kills and
 * replaces it when a case hangs or blows up. It reports, per case, the exit
 * code, the output, the peak resident memory, any Node warning and any
 * attempt to reach the network (every socket API throws here).
 * Run by `CaseRunner` (`node --import tsx test/fuzz/worker.ts`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { performance } from "node:perf_hooks";
import { blockNetwork } from "./no-network.js";

interface CaseRequest {
  id: number;
  cwd: string;
  argv: string[];
}

const attempts = blockNetwork();
syncBuiltinESMExports();
const warnings: string[] = [];
process.on("warning", (warning) => warnings.push(`${warning.name}: ${warning.message}`));

const { run } = (await import(new URL("../../packages/cli/dist/index.js", import.meta.url).href)) as typeof import("../../packages/cli/src/index.js");

/** Linux lets a process reset its own peak RSS (VmHWM); elsewhere the peak is the process's lifetime peak. */
function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

function peakRssKb(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

let queue = Promise.resolve();
process.on("message", (request: CaseRequest) => {
  queue = queue.then(async () => {
    warnings.length = 0;
    attempts.length = 0;
    // The previous case's garbage is not this case's memory: collect it before the peak is reset.
    (globalThis as { gc?: () => void }).gc?.();
    const exact = resetPeak();
    const started = performance.now();
    let stdout = "";
    let stderr = "";
    let code: number;
    try {
      code = await run(request.argv, {
        cwd: request.cwd,
        env: { NO_COLOR: "1" },
        stdout: { write: (text: string) => (stdout += text), isTTY: false },
        stderr: { write: (text: string) => (stderr += text) },
      });
    } catch (error) {
      // run() never throws; if it does, that is a crash of its own kind.
      code = -1;
      stderr += `run() threw: ${error instanceof Error ? error.stack : String(error)}`;
    }
    const ms = performance.now() - started;
    process.send!({ id: request.id, code, stdout, stderr, ms, peakRssKb: peakRssKb(), peakExact: exact, warnings: [...warnings], network: [...attempts] });
  });
});
process.send!({ ready: true });
