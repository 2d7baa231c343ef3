import type ts from "typescript";
import {
  analyzeFlows,
  analyzeRemoteAccess,
  fileListStep,
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

/** The gate's words in the files of the last program state asked, counted by the number of files holding each. */
interface ProjectGateWords {
  files: readonly ts.SourceFile[];
  fileCounts: Map<string, number>;
}

const projectWordsByPack = new WeakMap<object, ProjectGateWords>();

/**
 * The core's gate, with the words it looks for remembered per `SourceFile`
 * and their union carried from one program state to the next (an edit
 * changes one file's text; the gate reads every file's, and asking about
 * 1,200 unchanged files on every keystroke was most of its cost): whether
 * the config opens it on its own (deployments, exposures), else whether the
 * words of all files together do. The same answer as one call over all texts.
 */
function remoteGateOpen(sourceFiles: readonly ts.SourceFile[], knowledge: ProjectKnowledge): boolean {
  const { pack, config } = knowledge;
  if (remoteAccessWorthAnalysing({ pack, config, sourceTexts: [] })) return true;
  if (!pack.remote || sourceFiles.length === 0) return false;
  return remoteGateOpensWith(pack, [new Set(projectGateWords(knowledge, sourceFiles).fileCounts.keys())]);
}

function projectGateWords(knowledge: ProjectKnowledge, sourceFiles: readonly ts.SourceFile[]): ProjectGateWords {
  const { pack } = knowledge;
  let hints = hintsByPack.get(pack);
  if (!hints) hintsByPack.set(pack, (hints = new WeakMap()));
  const cache = hints;
  const wordsOf = (sourceFile: ts.SourceFile): ReadonlySet<string> => {
    let words = cache.get(sourceFile);
    if (words === undefined) cache.set(sourceFile, (words = remoteGateHintsIn(pack, sourceFile.text)));
    return words;
  };
  const count = (counts: Map<string, number>, file: ts.SourceFile, by: 1 | -1): void => {
    for (const word of wordsOf(file)) {
      const files = (counts.get(word) ?? 0) + by;
      if (files > 0) counts.set(word, files);
      else counts.delete(word);
    }
  };
  const last = projectWordsByPack.get(pack);
  if (last) {
    // Successive states share the `SourceFile`s of unchanged files: only the files that changed are counted again.
    const step = fileListStep(last.files, sourceFiles);
    for (const file of step.left) count(last.fileCounts, file, -1);
    for (const file of step.came) count(last.fileCounts, file, 1);
    last.files = sourceFiles;
    return last;
  }
  const counted: ProjectGateWords = { files: sourceFiles, fileCounts: new Map() };
  for (const file of sourceFiles) count(counted.fileCounts, file, 1);
  projectWordsByPack.set(pack, counted);
  return counted;
}
