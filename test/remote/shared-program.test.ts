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

const { remoteAccessWorthAnalysing, scan } = await import("@vdx/core");
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

describe("remoteAccessWorthAnalysing (the gate the CLI and the ESLint plugin share)", () => {
  const pack = { remote: { stores: [], replications: [], frameworks: [], controllers: [], exposures: [] } } as never;
  const config = { deployments: [], exposures: [] };
  it("needs a remote catalogue, then deployments, exposures, or a CORS / issuer / replication shape in the code", () => {
    expect(remoteAccessWorthAnalysing({ pack: {}, config: { ...config, deployments: [{ path: "eu/**", jurisdiction: "DE" }] }, sourceTexts: [] })).toBe(false);
    expect(remoteAccessWorthAnalysing({ pack, config: { ...config, deployments: [{ path: "eu/**", jurisdiction: "DE" }] }, sourceTexts: [] })).toBe(true);
    expect(remoteAccessWorthAnalysing({ pack, config: { ...config, exposures: [{ path: "/partner/**", origins: ["JP"] }] } as never, sourceTexts: [] })).toBe(true);
    expect(remoteAccessWorthAnalysing({ pack, config, sourceTexts: ['import cors from "cors";'] })).toBe(true);
    expect(remoteAccessWorthAnalysing({ pack, config, sourceTexts: ["app.use(cors({ origin: ORIGINS }));"] })).toBe(true);
    expect(remoteAccessWorthAnalysing({ pack, config, sourceTexts: ["await s3.send(new PutBucketReplicationCommand(input));"] })).toBe(true);
    expect(remoteAccessWorthAnalysing({ pack, config, sourceTexts: ["const corsHint = 'see docs'; await fetch(url, { body });"] })).toBe(false);
  });

  it("reads the sources lazily and stops at the first match", () => {
    let read = 0;
    function* texts() {
      for (const text of ["const a = 1;", "app.use(cors());", "never read"]) {
        read++;
        yield text;
      }
    }
    expect(remoteAccessWorthAnalysing({ pack, config, sourceTexts: texts() })).toBe(true);
    expect(read).toBe(2);
  });
});
