import {
  analyzeFlows,
  loadRulePack,
  type AssessmentRecord,
  type ClassifiedField,
  type FlowAnalysisInput,
  type FlowAnalysisResult,
  type RulePack,
  type SinkModel,
  type VdxConfig,
} from "@vdx/core";
import { analysisInput, CLI_TS, inMemoryProject, ROOT } from "./analysis-input.js";
import { normaliseJurisdiction } from "@vdx/core";

export { ROOT };

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

/** The built-in pack, loaded once. */
export function builtinPack(): RulePack {
  basePack ??= loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() }).value;
  return basePack;
}

/** The built-in pack, with extra sink models when a test needs some the catalogue lacks. */
export function testPack(extraSinks: SinkModel[] = []): RulePack {
  const basePack = builtinPack();
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
      { match: "*.example-motors.de", jurisdiction: normaliseJurisdiction("DE") },
      { match: "*.example-motors.com.cn", jurisdiction: normaliseJurisdiction("CN") },
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
  const program = inMemoryProject({ ...LIBRARY_TYPES, ...files }, { allowJs: true });
  return analyzeFlows({
    ...analysisInput(CLI_TS, program, options.pack ?? testPack(), defaultConfig(options.config), options),
    ...(options.sinkCallsIn ? { sinkCallsIn: options.sinkCallsIn } : {}),
  });
}

/** `rule@line categories` of every finding, sorted, for compact assertions. */
export function summarise(result: FlowAnalysisResult): string[] {
  return result.findings.map((f) => `${f.ruleId}@${f.location.file.replace(`${ROOT}/`, "")}:${f.location.line} ${f.export?.categories.join(",") ?? ""}`).sort();
}

export function record(overrides: Partial<AssessmentRecord>): AssessmentRecord {
  return {
    id: "SA-2026-0001",
    mechanism: "security-assessment",
    exemption: null,
    recipient: { name: "Example Motors GmbH", country: normaliseJurisdiction("DE") },
    destinations: ["*.example-motors.de"],
    categories: [],
    scale: {},
    mapApproval: null,
    validFrom: "2026-01-01",
    validUntil: "2028-12-31",
    ...overrides,
  };
}
