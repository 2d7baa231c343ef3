import type { PositionedDocument } from "./input-document.js";
import type { Jurisdiction } from "./pack.js";

export interface HostMapping {
  match: string;
  jurisdiction: Jurisdiction;
  /** What the host is (shown in messages). */
  service?: string;
}

export interface Deployment {
  path: string;
  jurisdiction: Jurisdiction;
}

export interface SanitizerSpec {
  function: string;
  removes: string[];
  adds: string[];
}

/** Scale facts of the organisation (regulation.md thresholds and scale-conditional categories). */
export interface Organization {
  ciio?: boolean;
  vehiclesInChina?: number;
  chargingVehicles?: number;
  platformVehicles?: number;
  /** Whether vehicle-flow/logistics data is aggregated at prefecture level or above (1) or not (0). */
  aggregationLevel?: number;
}

export type Severity = "error" | "warn";
export type UnknownHostsPolicy = "error" | "warn" | "ignore";

/** Exposure of a domestic service to foreign callers declared in config (issue: remote access). */
export interface ExposureSpec {
  path: string;
  origins: string[];
}

/** A loaded, validated `vdx.config.yaml`. Paths are absolute. */
export interface VdxConfig {
  /** Absolute path of the config file, or undefined when defaults are used. */
  file?: string;
  /** Directory the relative paths in the config resolve against. */
  root: string;
  rulePack: string;
  extends: string[];
  include: string[];
  exclude: string[];
  /** Folders or files outside `root` that `$ref`s, imports, includes and symbolic links may lead to (absolute). */
  allowRead?: string[];
  tsconfig?: string;
  assessments?: string;
  organization: Organization;
  hosts: HostMapping[];
  deployments: Deployment[];
  vehicleSide: string[];
  sanitizers: SanitizerSpec[];
  exposures: ExposureSpec[];
  unknownHosts: UnknownHostsPolicy;
  /** Per-rule severity overrides: `rules: { unclassified-signal: off }`. */
  rules: Record<string, Severity | "off">;
  /** The parsed file, so later checks (sanitizer category ids, host rules) can point at a line. */
  document?: PositionedDocument;
}
