import type ts from "typescript";
import {
  analyzeFlows,
  analyzeRemoteAccess,
  remoteAccessWorthAnalysing,
  remoteGateHintsIn,
  remoteGateOpensWith,
  type FieldIndex,
  type Finding,
} from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";

type TS = typeof ts;

/** The program state and project the core's export analyses run on, as the CLI's analysers run them on their ts-morph program. */
export interface ExportAnalysisInput {
  typescript: TS;
  program: ts.Program;
  /** The project files the CLI would analyse in this program, and their `SourceFile`s (in the same order). */
  files: readonly string[];
  sourceFiles: readonly ts.SourceFile[];
  knowledge: ProjectKnowledge;
  /** Every classified field of the project: schema files and TS declarations. */
  fields: FieldIndex;
  asOf: string;
}

/**
 * Pushed exports (`analyzeFlows`) reported in `file`: the core analyses what
 * the findings located there depend on, not the whole program (a keystroke
 * re-lints one file; the CLI asks for every file at once, and the parity test
 * holds the two to the same answer).
 */
export function pushedExportFindings(input: ExportAnalysisInput, file: string): readonly Finding[] {
  return analyzeFlows({ ...coreInput(input), focus: [file] }).findings;
}

/**
 * Remote access and processing abroad (`analyzeRemoteAccess`) over the whole
 * program, behind the CLI's own gate (`remoteAccessWorthAnalysing`), so both
 * front ends skip it on the same projects and report the same findings.
 */
export function remoteExportFindings(input: ExportAnalysisInput): readonly Finding[] {
  if (!remoteGateOpen(input.sourceFiles, input.knowledge)) return [];
  return analyzeRemoteAccess(coreInput(input)).findings;
}

function coreInput({ typescript, program, files, sourceFiles, knowledge, fields, asOf }: ExportAnalysisInput) {
  return { ts: typescript, program, files, sourceFiles, pack: knowledge.pack, config: knowledge.config, registry: knowledge.registry, asOf, fields };
}

const hintsByPack = new WeakMap<object, WeakMap<ts.SourceFile, ReadonlySet<string>>>();

/**
 * The core's gate, with the words it looks for remembered per `SourceFile`
 * (an edit changes one file's text; the gate reads every file's): whether
 * the config opens it on its own (deployments, exposures), else whether the
 * words of all files together do. The same answer as one call over all texts.
 */
function remoteGateOpen(sourceFiles: readonly ts.SourceFile[], knowledge: ProjectKnowledge): boolean {
  const { pack, config } = knowledge;
  if (remoteAccessWorthAnalysing({ pack, config, sourceTexts: [] })) return true;
  if (!pack.remote) return false;
  let hints = hintsByPack.get(pack);
  if (!hints) hintsByPack.set(pack, (hints = new WeakMap()));
  const cache = hints;
  function* perFile(): Generator<ReadonlySet<string>> {
    for (const sourceFile of sourceFiles) {
      let words = cache.get(sourceFile);
      if (words === undefined) cache.set(sourceFile, (words = remoteGateHintsIn(pack, sourceFile.text)));
      yield words;
    }
  }
  return remoteGateOpensWith(pack, perFile());
}
