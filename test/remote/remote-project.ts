import { Project, ts } from "ts-morph";
import {
  analyzeRemoteAccess,
  classifyTypeScriptDeclarations,
  createFieldIndex,
  loadRulePack,
  type AssessmentRecord,
  type RemoteAnalysisResult,
  type RulePack,
  type VdxConfig,
} from "@vdx/core";

export const ROOT = "/proj";

let basePack: RulePack | undefined;

export function builtinPack(): RulePack {
  basePack ??= loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() }).value;
  return basePack;
}

export interface RemoteProjectOptions {
  config?: Partial<VdxConfig>;
  records?: AssessmentRecord[];
  asOf?: string;
}

export function remoteConfig(overrides: Partial<VdxConfig> = {}): VdxConfig {
  return {
    root: ROOT,
    rulePack: "2026",
    extends: [],
    include: [],
    exclude: [],
    organization: {},
    hosts: [
      { match: "*.example-motors.de", jurisdiction: "DE" },
      { match: "*.example-motors.com.cn", jurisdiction: "CN" },
      { match: "*.charging.example.com.cn", jurisdiction: "CN" },
    ],
    deployments: [{ path: "eu/**", jurisdiction: "DE" }],
    vehicleSide: [],
    sanitizers: [],
    exposures: [],
    unknownHosts: "warn",
    rules: {},
    ...overrides,
  };
}

/** Runs remote-access analysis on an in-memory project (paths relative to /proj; `eu/**` is deployed in DE). */
export function analyzeRemote(files: Record<string, string>, options: RemoteProjectOptions = {}): RemoteAnalysisResult {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, esModuleInterop: true, experimentalDecorators: true },
  });
  for (const [path, text] of Object.entries(files)) project.createSourceFile(`${ROOT}/${path}`, text);
  const program = project.getProgram().compilerObject;
  const pack = builtinPack();
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes("/node_modules/"));
  const classified = classifyTypeScriptDeclarations(ts, program, sourceFiles, pack, []);
  return analyzeRemoteAccess({
    ts,
    program,
    files: sourceFiles.map((sf) => sf.fileName),
    pack,
    config: remoteConfig(options.config),
    registry: { version: 1, records: options.records ?? [] },
    asOf: options.asOf ?? "2026-06-01",
    fields: createFieldIndex(classified.fields),
  });
}

/** `rule behaviour file:line categories → destination (jurisdiction)`, sorted. */
export function summarise(result: RemoteAnalysisResult): string[] {
  return result.findings
    .map((f) => `${f.ruleId} ${f.export?.behaviour} ${f.location.file.replace(`${ROOT}/`, "")}:${f.location.line} ${f.export?.categories.join(",")} → ${f.export?.destination} (${f.export?.jurisdiction})`)
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
