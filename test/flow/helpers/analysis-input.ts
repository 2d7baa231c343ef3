import { Project, ts as morphTs } from "ts-morph";
import {
  classifyTypeScriptDeclarations,
  createFieldIndex,
  type AssessmentRecord,
  type ClassifiedField,
  type RulePack,
  type TypeScriptAnalysisInput,
  type VdxConfig,
} from "@vdx/core";

/** ts-morph's TypeScript copy, the one the CLI analyses with, typed as the workspace `typescript` the core is written against. */
export const CLI_TS = morphTs as unknown as TypeScriptAnalysisInput["ts"];

/** Keys of `files` are relative to this root. */
export const ROOT = "/proj";

/** A ts-morph program over in-memory files (paths relative to {@link ROOT}), as the CLI builds one. */
export function inMemoryProject(files: Record<string, string>, compilerOptions: morphTs.CompilerOptions = {}): TypeScriptAnalysisInput["program"] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: morphTs.ScriptTarget.ES2022,
      module: morphTs.ModuleKind.ESNext,
      moduleResolution: morphTs.ModuleResolutionKind.Bundler,
      strict: true,
      esModuleInterop: true,
      ...compilerOptions,
    },
  });
  for (const [path, text] of Object.entries(files)) project.createSourceFile(`${ROOT}/${path}`, text);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- ts-morph's TypeScript and the workspace's are distinct types to the root tsconfig's check
  return project.getProgram().compilerObject as unknown as TypeScriptAnalysisInput["program"];
}

export interface AnalysisInputOptions {
  records?: AssessmentRecord[];
  asOf?: string;
  /** Fields classified elsewhere (schemas…), added to those of the program's declarations. */
  fields?: ClassifiedField[];
}

/**
 * What both TypeScript analysers (flows, remote access) take: the program's own files (no
 * declarations, no `node_modules`), classified with the real classifier against `pack`.
 */
export function analysisInput(
  ts: TypeScriptAnalysisInput["ts"],
  program: TypeScriptAnalysisInput["program"],
  pack: RulePack,
  config: VdxConfig,
  options: AnalysisInputOptions = {},
): TypeScriptAnalysisInput {
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes("/node_modules/"));
  const classified = classifyTypeScriptDeclarations(ts, program, sourceFiles, pack, options.fields ?? []);
  return {
    ts,
    program,
    files: sourceFiles.map((sf) => sf.fileName),
    pack,
    config,
    registry: { version: 1, records: options.records ?? [] },
    asOf: options.asOf ?? "2026-06-01",
    fields: createFieldIndex([...(options.fields ?? []), ...classified.fields]),
  };
}
