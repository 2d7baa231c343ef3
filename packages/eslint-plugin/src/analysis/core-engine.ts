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
  if (remoteAccessWorthAnalysing({ pack: knowledge.pack, config: knowledge.config, sourceTexts: textsOf(program, files) })) {
    findings.push(...analyzeRemoteAccess(input).findings);
  }
  return findings;
}

/** Source texts read one by one: the gate stops at the first that matches. */
function* textsOf(program: ts.Program, files: readonly string[]): Iterable<string> {
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (sourceFile) yield sourceFile.text;
  }
}
