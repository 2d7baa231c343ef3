import type { VdxConfig } from "../model/config.js";
import type { RulePack } from "../model/pack.js";

/**
 * Code shapes of what the remote catalogues look for besides deployments and
 * exposures: a CORS allow-list, an auth issuer, a replication or copy call.
 */
const REMOTE_HINTS = /(\bcors\s*\(|["'](?:cors|@fastify\/cors|@koa\/cors|hono\/cors)["']|\benableCors\b|\bcors\s*:|\bexpressjwt\b|\bissuerBaseURL\b|\b[Pp]utBucketReplication|\bReplicaUpdates\b|\bReplicationGroup\b|\bCopyObjectCommand\b|\bCreateGlobalTableCommand\b|\breplication\s*:\s*\{)/;

export interface RemoteGateInput {
  pack: Pick<RulePack, "remote">;
  config: Pick<VdxConfig, "deployments" | "exposures">;
  /** The text of each analysed source file; read lazily, and only until one matches. */
  sourceTexts: Iterable<string>;
}

/**
 * Whether remote access and processing abroad can occur in the project at
 * all: the pack has remote catalogues, and code is deployed abroad, config
 * declares exposures, or some source names a CORS, auth-issuer or replication
 * call. The CLI and the ESLint plugin both ask this before running
 * `analyzeRemoteAccess`, so they agree on findings and push-only projects pay
 * one text scan, not the remote analysis.
 */
export function remoteAccessWorthAnalysing(input: RemoteGateInput): boolean {
  if (!input.pack.remote) return false;
  if (input.config.deployments.length > 0 || input.config.exposures.length > 0) return true;
  for (const text of input.sourceTexts) if (REMOTE_HINTS.test(text)) return true;
  return false;
}
