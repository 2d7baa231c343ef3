import { Project, ts } from "ts-morph";
import {
  analyzeFlows,
  classifyTypeScriptDeclarations,
  createFieldIndex,
  loadRulePack,
  type AssessmentRecord,
  type ClassifiedField,
  type FlowAnalysisInput,
  type FlowAnalysisResult,
  type RulePack,
  type SinkModel,
  type VdxConfig,
} from "@vdx/core";

export const ROOT = "/proj";

/** Type declarations of the client libraries the tests use, as a project's node_modules would have them. */
export const LIBRARY_TYPES: Record<string, string> = {
  "node_modules/axios/index.d.ts": `
    export interface AxiosRequestConfig { baseURL?: string; headers?: Record<string, string> }
    export interface AxiosInstance {
      post(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<{ data: unknown }>;
      put(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<{ data: unknown }>;
      get(url: string, config?: AxiosRequestConfig): Promise<{ data: unknown }>;
    }
    export interface AxiosStatic extends AxiosInstance { create(config?: AxiosRequestConfig): AxiosInstance }
    declare const axios: AxiosStatic;
    export default axios;`,
  "node_modules/axios/package.json": `{ "name": "axios", "types": "index.d.ts" }`,
};

let basePack: RulePack | undefined;

/** The built-in pack, with extra sink models when a test needs some the catalogue lacks. */
export function testPack(extraSinks: SinkModel[] = []): RulePack {
  basePack ??= loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() }).value;
  const ids = new Set(extraSinks.map((s) => s.id));
  return { ...basePack, sinks: [...basePack.sinks.filter((s) => !ids.has(s.id)), ...extraSinks] };
}

export interface ProjectOptions {
  config?: Partial<VdxConfig>;
  records?: AssessmentRecord[];
  pack?: RulePack;
  asOf?: string;
  fields?: ClassifiedField[];
  /** Replaces the pack's sink matcher (engine tests that pin their own sinks). */
  sinkCallsIn?: FlowAnalysisInput["sinkCallsIn"];
}

export function defaultConfig(overrides: Partial<VdxConfig> = {}): VdxConfig {
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
    ],
    deployments: [],
    vehicleSide: [],
    sanitizers: [],
    exposures: [],
    unknownHosts: "warn",
    rules: {},
    ...overrides,
  };
}

/** Analyses an in-memory project (paths relative to /proj) with the real classifier, sink matcher and evaluator. */
export function analyzeProject(files: Record<string, string>, options: ProjectOptions = {}): FlowAnalysisResult {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      esModuleInterop: true,
      allowJs: true,
    },
  });
  for (const [path, text] of Object.entries({ ...LIBRARY_TYPES, ...files })) project.createSourceFile(`${ROOT}/${path}`, text);
  const program = project.getProgram().compilerObject;
  const pack = options.pack ?? testPack();
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes("/node_modules/"));
  const classified = classifyTypeScriptDeclarations(ts, program, sourceFiles, pack, options.fields ?? []);
  return analyzeFlows({
    ts,
    program,
    files: sourceFiles.map((sf) => sf.fileName),
    pack,
    config: defaultConfig(options.config),
    registry: { version: 1, records: options.records ?? [] },
    asOf: options.asOf ?? "2026-06-01",
    fields: createFieldIndex([...(options.fields ?? []), ...classified.fields]),
    ...(options.sinkCallsIn ? { sinkCallsIn: options.sinkCallsIn } : {}),
  });
}

/** `rule@line categories` of every finding, sorted, for compact assertions. */
export function summarise(result: FlowAnalysisResult): string[] {
  return result.findings
    .map((f) => `${f.ruleId}@${f.location.file.replace(`${ROOT}/`, "")}:${f.location.line} ${f.export?.categories.join(",") ?? ""}`)
    .sort();
}

export function record(overrides: Partial<AssessmentRecord>): AssessmentRecord {
  return {
    id: "SA-2026-0001",
    mechanism: "security-assessment",
    exemption: null,
    recipient: { name: "Example Motors GmbH", country: "DE" },
    destinations: ["*.example-motors.de"],
    categories: [],
    scale: {},
    mapApproval: null,
    validFrom: "2026-01-01",
    validUntil: "2028-12-31",
    ...overrides,
  };
}
