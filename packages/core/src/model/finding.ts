import type { SourceLocation } from "./location.js";
import type { Jurisdiction } from "./pack.js";

/** Rule ids of contracts.md, shared by the CLI and the ESLint plugin. */
export type RuleId =
  | "unassessed-export"
  | "inadequate-assessment"
  | "vehicle-direct-export"
  | "unresolved-destination"
  | "unclassified-signal"
  | "unknown-category"
  | "invalid-input";

export type FindingLevel = "error" | "warn";

export type Behaviour = "push" | "remote-access" | "processing-abroad";

/** One step of an explanation path, from classification to sink. */
export interface FlowStep {
  location: SourceLocation;
  /** What happens here ("field Trip.lat classified pi.sensitive.location-trajectory by annotation"). */
  message: string;
}

export interface ExportProperties {
  categories: string[];
  destination: string;
  jurisdiction: Jurisdiction;
  behaviour: Behaviour;
  assessment?: string;
}

/** The values a finding's message template is filled with (ESLint's `data`): one string per placeholder. */
export type FindingData = Readonly<Record<string, string>>;

export interface Finding {
  ruleId: RuleId;
  level: FindingLevel;
  /**
   * The sentence, rendered from `messageId` and `data` by the message table
   * (`renderFindingMessage`); kept as a field for readers of the text (baseline, sort, explain).
   */
  message: string;
  /**
   * Which message of the rule this is (as ESLint's `LintMessage.messageId`): an id of the rule's
   * table in `messages/message-table.ts`, or `text` (a finished sentence in `data.text`).
   * Absent on findings of producers that set no id yet: `message` is then the text.
   */
  messageId?: string;
  /** The template's values (as ESLint's `data`): categories, destination, ids… as data, not prose. */
  data?: FindingData;
  location: SourceLocation;
  /** Export rules: the properties of contracts.md (SARIF `properties`). */
  export?: ExportProperties;
  /** Classification → sink path (SARIF `codeFlows`). */
  flow?: FlowStep[];
  /** Suggested category ids (unclassified-signal, unknown-category did-you-mean). */
  suggestions?: string[];
  /**
   * Stable identity of the finding without line numbers (SARIF `partialFingerprints`):
   * e.g. rule + relative file + enclosing symbol + categories + destination.
   */
  fingerprint: string;
  /** Free-form reasoning for `vdx explain file:line` (which records were tried and why each failed). */
  details?: string[];
}
