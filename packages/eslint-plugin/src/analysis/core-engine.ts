import type ts from "typescript";
import { analyzeFlows, analyzeRemoteAccess, createFieldIndex, remoteAccessWorthAnalysing, type ClassifiedField, type Finding } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";

type TS = typeof ts;

/**
 * The core's export analyses on the program ESLint holds, as the CLI's flow
 * and remote-access analysers run them on their ts-morph program: pushed
 * exports (`analyzeFlows`), then remote access and processing abroad
 * (`analyzeRemoteAccess`), with every classified field of the project
 * (schema files and TS declarations). The remote analysis runs behind the
 * CLI's own gate (`remoteAccessWorthAnalysing`), so both front ends skip it
 * on the same projects and report the same findings.
 */
export function analyseFlows(
  typescript: TS,
  program: ts.Program,
  files: readonly string[],
  knowledge: ProjectKnowledge,
  declarationFields: readonly ClassifiedField[],
  asOf: string,
): readonly Finding[] {
  const input = {
    ts: typescript,
    program,
    files,
    pack: knowledge.pack,
    config: knowledge.config,
    registry: knowledge.registry,
    asOf,
    fields: createFieldIndex([...knowledge.schemaFields, ...declarationFields]),
  };
  const findings = [...analyzeFlows(input).findings];
  if (remoteGateOpen(program, files, knowledge)) findings.push(...analyzeRemoteAccess(input).findings);
  return findings;
}

const hintsByPack = new WeakMap<object, WeakMap<ts.SourceFile, boolean>>();

/**
 * The core's gate, asked file by file and remembered per `SourceFile` (an
 * edit changes one file's text; the gate reads every file's): whether the
 * config opens it on its own (deployments, exposures), else whether any
 * file's text does. The same answer as one call over all texts.
 */
function remoteGateOpen(program: ts.Program, files: readonly string[], knowledge: ProjectKnowledge): boolean {
  const { pack, config } = knowledge;
  if (remoteAccessWorthAnalysing({ pack, config, sourceTexts: [] })) return true;
  if (!pack.remote) return false;
  let hints = hintsByPack.get(pack);
  if (!hints) hintsByPack.set(pack, (hints = new WeakMap()));
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) continue;
    let hinted = hints.get(sourceFile);
    if (hinted === undefined) hints.set(sourceFile, (hinted = remoteAccessWorthAnalysing({ pack, config, sourceTexts: [sourceFile.text] })));
    if (hinted) return true;
  }
  return false;
}
