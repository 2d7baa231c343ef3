import { readFileSync } from "node:fs";
import type { ClassifiedField } from "../model/schema-field.js";
import type { Finding } from "../model/finding.js";
import { createScanProgram } from "../program/index.js";
import type { Analyzer, AnalysisContext, AnalyzerOutput } from "../scan/types.js";
import { classifyTypeScriptDeclarations, createFieldIndex } from "../schema/index.js";
import { analyzeRemoteAccess } from "./analyze-remote-access.js";

/**
 * The scan's remote-access analyser. It needs its own program (analysers share
 * no state), so it first checks cheaply whether there is anything to find:
 * code deployed abroad, config exposures, or source text naming a CORS, auth
 * or replication call. A push-only project pays one text scan, not a second
 * type check.
 */
export const remoteAnalyzer: Analyzer = {
  id: "remote",
  run(context: AnalysisContext): AnalyzerOutput {
    const scanned = context.filesByKind.typescript;
    if (scanned.length === 0 || !context.pack.remote || !worthAnalysing(context)) return {};
    const built = createScanProgram({
      root: context.config.root,
      ...(context.config.tsconfig !== undefined ? { tsconfig: context.config.tsconfig } : {}),
      files: scanned,
    });
    const scannedSet = new Set(scanned);
    const files = built.files.filter((f) => scannedSet.has(f));
    const sourceFiles = files.map((f) => built.program.getSourceFile(f)).filter((sf) => sf !== undefined);
    // Declarations are classified against this program; the flow analyser reports their findings.
    let own: ClassifiedField[] = [];
    if (!context.fields.some((f) => f.source === "typescript" && sourceFiles.some((sf) => sf.fileName === f.location.file))) {
      own = classifyTypeScriptDeclarations(built.ts, built.program, sourceFiles, context.pack, context.fields).fields;
    }
    const result = analyzeRemoteAccess({
      ts: built.ts,
      program: built.program,
      files,
      pack: context.pack,
      config: context.config,
      registry: context.registry,
      asOf: context.asOf,
      fields: createFieldIndex([...context.fields, ...own]),
    });
    const findings: Finding[] = result.findings;
    return { findings, flows: result.flows };
  },
};

/** Code shapes of a CORS allow-list, an auth issuer or a replication call (what the catalogues' entries need). */
const HINTS = /(\bcors\s*\(|["'](?:cors|@fastify\/cors|@koa\/cors|hono\/cors)["']|\benableCors\b|\bcors\s*:|\bexpressjwt\b|\bissuerBaseURL\b|\b[Pp]utBucketReplication|\bReplicaUpdates\b|\bReplicationGroup\b|\bCopyObjectCommand\b|\breplication\s*:\s*\{)/;

function worthAnalysing(context: AnalysisContext): boolean {
  if (context.config.deployments.length > 0 || context.config.exposures.length > 0) return true;
  for (const file of context.filesByKind.typescript) {
    try {
      if (HINTS.test(readFileSync(file, "utf8"))) return true;
    } catch {
      // unreadable files are reported by the flow analyser's program
    }
  }
  return false;
}
