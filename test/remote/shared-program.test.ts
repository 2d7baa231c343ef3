import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";

// Count the programs a scan builds: the flow and remote analysers must share one.
const created = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../packages/core/src/program/create-scan-program.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../packages/core/src/program/create-scan-program.js")>();
  return {
    ...real,
    createScanProgram: (options: Parameters<typeof real.createScanProgram>[0]) => {
      created.count++;
      return real.createScanProgram(options);
    },
  };
});

const { scan } = await import("@vdx/core");
const REPO = fileURLToPath(new URL("../..", import.meta.url));

describe("one TypeScript program per scan", () => {
  it("the remote analyser runs on the flow analyser's program (charging-backend has code deployed abroad)", async () => {
    created.count = 0;
    const result = await scan({ paths: ["examples/charging-backend"], cwd: REPO, asOf: "2026-06-01" });
    expect(result.findings.some((f) => f.export?.behaviour === "remote-access")).toBe(true);
    expect(result.flows.some((f) => f.behaviour === "push")).toBe(true);
    expect(created.count).toBe(1);
  });
});
