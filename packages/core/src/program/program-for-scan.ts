import type { VdxConfig } from "../model/config.js";
import { createScanProgram, type ScanProgram } from "./create-scan-program.js";

/** What a scan step knows that decides its program (a subset of the scan's AnalysisContext). */
export interface ScanProgramContext {
  config: VdxConfig;
  filesByKind: { typescript: readonly string[] };
}

const programs = new WeakMap<VdxConfig, { key: string; program: ScanProgram }>();

/**
 * The one TypeScript program of a scan, shared by every analyser that needs
 * it (push flows, remote access): building it is most of the cost of a scan,
 * so it is built once per scan (keyed by the scan's config object and its
 * TypeScript files) and released with the scan.
 */
export function programForScan(context: ScanProgramContext): ScanProgram {
  const key = context.filesByKind.typescript.join("\n");
  const cached = programs.get(context.config);
  if (cached?.key === key) return cached.program;
  const program = createScanProgram({
    root: context.config.root,
    ...(context.config.tsconfig !== undefined ? { tsconfig: context.config.tsconfig } : {}),
    files: context.filesByKind.typescript,
  });
  programs.set(context.config, { key, program });
  return program;
}
