import type ts from "typescript";
import { analyzeFlows, analyzeRemoteAccess, classifyTypeScriptDeclarations, createFieldIndex, type ClassifiedField, type Finding } from "@vdx/core";
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
 * The core's export analyses on the program ESLint holds, as the CLI's flow
 * and remote-access analysers run them on their ts-morph program: pushed
 * exports (`analyzeFlows`), then remote access and processing abroad
 * (`analyzeRemoteAccess`), with every classified field of the project
 * (schema files and TS declarations).
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
  if (remoteAccessWorthAnalysing(program, files, knowledge)) findings.push(...analyzeRemoteAccess(input).findings);
  return findings;
}

/**
 * The CLI's remote analyser runs only when the project can have remote
 * access at all: code deployed abroad, declared exposures, or source text
 * naming a CORS, auth or replication call. The same gate here keeps the two
 * front ends on the same findings (and spares push-only projects the work).
 */
const REMOTE_HINTS = /\b(cors|enableCors|expressjwt|issuerBaseURL|Replication|ReplicaUpdates|ReplicationGroup|CopyObjectCommand|replication)\b/;

function remoteAccessWorthAnalysing(program: ts.Program, files: readonly string[], knowledge: ProjectKnowledge): boolean {
  if (!knowledge.pack.remote) return false;
  if (knowledge.config.deployments.length > 0 || knowledge.config.exposures.length > 0) return true;
  return files.some((file) => REMOTE_HINTS.test(program.getSourceFile(file)?.text ?? ""));
}
