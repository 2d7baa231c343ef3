import { analyzeRemoteAccess, normaliseJurisdiction, type AssessmentRecord, type RemoteAnalysisResult, type VdxConfig } from "@vdx/core";
import { analysisInput, CLI_TS, inMemoryProject, ROOT } from "../flow/helpers/analysis-input.js";
import { builtinPack, defaultConfig } from "../flow/helpers/flow-project.js";

export { builtinPack };

export interface RemoteProjectOptions {
  config?: Partial<VdxConfig>;
  records?: AssessmentRecord[];
  asOf?: string;
}

/** The flow tests' configuration, plus a CN charging host and `eu/**` deployed in DE. */
function remoteConfig(overrides: Partial<VdxConfig> = {}): VdxConfig {
  const base = defaultConfig();
  return defaultConfig({
    hosts: [...base.hosts, { match: "*.charging.example.com.cn", jurisdiction: normaliseJurisdiction("CN") }],
    deployments: [{ path: "eu/**", jurisdiction: normaliseJurisdiction("DE") }],
    ...overrides,
  });
}

/** Runs remote-access analysis on an in-memory project (paths relative to /proj; `eu/**` is deployed in DE). */
export function analyzeRemote(files: Record<string, string>, options: RemoteProjectOptions = {}): RemoteAnalysisResult {
  const program = inMemoryProject(files, { experimentalDecorators: true });
  return analyzeRemoteAccess(analysisInput(CLI_TS, program, builtinPack(), remoteConfig(options.config), options));
}

/** `rule behaviour file:line categories → destination (jurisdiction)`, sorted. */
export function summarise(result: RemoteAnalysisResult): string[] {
  return result.findings
    .map(
      (f) =>
        `${f.ruleId} ${f.export?.behaviour} ${f.location.file.replace(`${ROOT}/`, "")}:${f.location.line} ${f.export?.categories.join(",")} → ${f.export?.destination} (${f.export?.jurisdiction})`,
    )
    .sort();
}

export const SESSION_TYPES = `
export interface ChargeSession {
  id: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.identity-contact */
  driverPhone: string;
  energyWh: number;
}
`;
