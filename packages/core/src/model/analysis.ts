import type { ClassifiedField } from "./schema-field.js";
import type { VdxConfig } from "./config.js";
import type { Behaviour, Finding } from "./finding.js";
import type { Jurisdiction, RulePack } from "./pack.js";
import type { SourceLocation } from "./location.js";
import type { AssessmentRegistry } from "./registry.js";
import type { VerdictStatus } from "./verdict.js";
import type { EngineObserver } from "./engine-observer.js";
import type { ReadScope } from "./read-scope.js";

// The contract between the scan and its analysers (schema, flow, remote access, a user's own):
// what an analyser is given and what it returns. The scan (scan/) runs them; the analysers
// (schema/, flow/, remote/, program/) depend on this file, not on the scan.

/**
 * The kinds of file an analyser can ask for. `schema` is every collected
 * `.json`/`.yaml`/`.yml` (package.json too): the schema analyser decides which
 * are JSON Schema / OpenAPI documents. `typescript` includes `.js` variants.
 */
export type FileKind = "proto" | "schema" | "vss" | "typescript";

export type FilesByKind = Record<FileKind, readonly string[]>;

/**
 * One flow of the export inventory (contracts.md "Inventory JSON"). `location.file`
 * is absolute inside the core; reporters make it relative to the scan root.
 */
export interface InventoryFlow {
  location: SourceLocation;
  categories: string[];
  destination: string;
  jurisdiction: Jurisdiction;
  behaviour: Behaviour;
  status: VerdictStatus;
  /** Record id that covers the flow or was the best candidate. */
  assessment?: string;
}

/** What an analyser sees: the scan's inputs plus what earlier analysers classified. */
export interface AnalysisContext {
  /** Scan root: the directory reported paths are relative to. */
  root: string;
  /** Where `$ref`s, imports and includes may lead (the root, the scanned paths, the config's `allowRead`). */
  readScope?: ReadScope;
  /** Every collected file (absolute, sorted) and the same files grouped by kind. */
  files: readonly string[];
  filesByKind: FilesByKind;
  config: VdxConfig;
  pack: RulePack;
  registry: AssessmentRegistry;
  asOf: string;
  /**
   * Fields classified by the analysers that ran before this one (`analyzers.ts`
   * order): the flow analyser reads the schema analyser's fields here.
   */
  fields: readonly ClassifiedField[];
  /** Report a finding as it is found (same effect as returning it in `findings`). */
  report(finding: Finding): void;
  /** Told what the flow analysis confirmed and looked up (the cache records confirmed callers with it). */
  observer?: EngineObserver;
  /** Told the fields and findings of the TypeScript declarations the flow analyser classified (the cache keeps them per file). */
  classified?(fields: readonly ClassifiedField[], findings: readonly Finding[]): void;
}

export interface AnalyzerOutput {
  findings?: Finding[];
  fields?: ClassifiedField[];
  flows?: InventoryFlow[];
}

/**
 * A pluggable analysis step. Register new analysers in `analyzers.ts`; the scan
 * runs them in that order, catches their exceptions (reported as
 * `invalid-input` at the scan root rather than crashing) and times each one.
 */
export interface Analyzer {
  id: string;
  run(context: AnalysisContext): Promise<AnalyzerOutput> | AnalyzerOutput;
}
