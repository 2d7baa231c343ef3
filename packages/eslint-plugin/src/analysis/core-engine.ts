import type ts from "typescript";
import { analyzeFlows, classifyTypeScriptDeclarations, createFieldIndex, type ClassifiedField, type Finding } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";

type TS = typeof ts;

/**
 * The core's TypeScript declaration classifier on the program ESLint holds:
 * the same function the CLI's schema analyser calls on its own program, so
 * `unclassified-signal` and `unknown-category` mean the same in both.
 */
export function classifyDeclarations(
  typescript: TS,
  program: ts.Program,
  files: readonly string[],
  knowledge: ProjectKnowledge,
): { fields: readonly ClassifiedField[]; findings: readonly Finding[] } {
  const sourceFiles = files.map((file) => program.getSourceFile(file)).filter((sf): sf is ts.SourceFile => sf !== undefined);
  return classifyTypeScriptDeclarations(typescript, program, sourceFiles, knowledge.pack, knowledge.schemaFields);
}

/**
 * The core's pushed-export analysis on the program ESLint holds (the CLI's
 * flow analyser calls the same `analyzeFlows` on its ts-morph program), with
 * every classified field of the project: schema files and TS declarations.
 */
export function analyseFlows(
  typescript: TS,
  program: ts.Program,
  files: readonly string[],
  knowledge: ProjectKnowledge,
  declarationFields: readonly ClassifiedField[],
  asOf: string,
): readonly Finding[] {
  return analyzeFlows({
    ts: typescript,
    program,
    files,
    pack: knowledge.pack,
    config: knowledge.config,
    registry: knowledge.registry,
    asOf,
    fields: createFieldIndex([...knowledge.schemaFields, ...declarationFields]),
  }).findings;
}
