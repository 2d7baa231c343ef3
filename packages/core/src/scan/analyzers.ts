import type { Analyzer } from "./types.js";
import { schemaAnalyzer } from "./schema-analyzer.js";
import { flowAnalyzer } from "../flow/flow-analyzer.js";
import { remoteAnalyzer } from "../remote/remote-analyzer.js";

/**
 * The analysers of a scan, in the order they run. Order matters: an analyser
 * sees the `fields` classified by those before it (flow analysis needs the
 * schema analyser's fields). Adding an analyser is one import and one entry.
 */
export const ANALYZERS: readonly Analyzer[] = [schemaAnalyzer, flowAnalyzer, remoteAnalyzer];
