import type { SourceLocation } from "./location.js";

/** `important` = important data; `pi` / `pi-sensitive` = personal information. */
export type CategoryKind = "important" | "pi" | "pi-sensitive";

/** Mechanism codes of taxonomy.md. */
export type MechanismCode = "SA" | "SA*" | "SA+MAP" | "PI-VOL";

/** An ISO 3166-1 alpha-2 code (upper case), `internal`, or `unknown`. */
export type Jurisdiction = string;

/**
 * Scale condition under which a category is important data. The category is
 * important when `organization[fact] >= threshold` (or `>` when `exclusive`).
 * When the organisation does not declare the fact, the category is treated as
 * important (GB/T 43697: take the higher level).
 */
export interface ScaleCondition {
  fact: "vehiclesInChina" | "chargingVehicles" | "platformVehicles" | "aggregationLevel";
  threshold: number;
  exclusive?: boolean;
  /** Human-readable statement of the rule, zh/en, for messages. */
  description: string;
}

export interface Category {
  id: string;
  /** Chinese name. */
  name: string;
  /** English title. */
  title: string;
  kind: CategoryKind;
  /** Which export scenario the item belongs to (R&D, production, autonomous driving, connected services, OTA, security, personal). */
  scenario: string;
  mechanism: MechanismCode;
  /** Present on scale-conditional important data; absent = important (or PI) at any volume. */
  importantWhen?: ScaleCondition;
  /** Which rule/standard this traces to. */
  sources: string[];
  /** Where the entry was defined (pack file), for error messages and `vdx explain`. */
  definedAt?: SourceLocation;
}

export type ExemptionId = "E1" | "E2" | "E3" | "E4" | "E5" | "E6" | "E7" | "E8" | "E9";

export interface Exemption {
  id: ExemptionId;
  title: string;
  name?: string;
  confidence: "confirmed" | "inferred";
  /** E5–E7 need a prior filing reference with the competent department. */
  requiresFilingReference: boolean;
  /** Category ids the exemption can cover; empty = decided by `appliesTo`. */
  coversCategories: string[];
  /** Which data kinds the exemption can cover at all. */
  appliesTo: { kinds: CategoryKind[]; maxIndividuals?: number; forbidsCiio?: boolean; forbidsSensitive?: boolean };
  description: string;
}

/** Positive and negative examples carried by every detection entry; the test suite runs them. */
export interface EntryExamples {
  match: string[];
  noMatch: string[];
}

/**
 * One host rule. `match` is a host glob: `*.example.cn` matches any subdomain
 * (not the apex), `example.cn` only itself, `**.example.cn` apex and subdomains.
 */
export interface HostRule {
  match: string;
  jurisdiction: Jurisdiction;
  /** What this is (e.g. "Sentry SaaS (US region)"), shown in messages. */
  service?: string;
  examples: EntryExamples;
}

/** A cloud provider whose host names carry a region code. */
export interface CloudProvider {
  id: string;                // aws, azure, aliyun, tencent, huawei, baidu, gcp
  title: string;
  /** Host patterns with a `{region}` placeholder, e.g. `*.s3.{region}.amazonaws.com`. */
  hostPatterns: string[];
  /** region code -> jurisdiction */
  regions: Record<string, Jurisdiction>;
  examples: EntryExamples;
}

export interface InternalRanges {
  /** CIDR blocks (IPv4 and IPv6) that never leave the organisation's network. */
  cidrs: string[];
  /** Host suffixes (`.local`, `.internal`, `.svc.cluster.local`, `localhost`). */
  suffixes: string[];
  examples: EntryExamples;
}

export interface DestinationTable {
  hosts: HostRule[];
  clouds: CloudProvider[];
  internal: InternalRanges;
}

/** Where, in a call, a value is found: a positional argument, optionally a property path inside it. */
export interface ArgumentSelector {
  /** 0-based argument index; -1 = the receiver (`this`) of the call. */
  argument: number;
  /** Property path inside that argument, e.g. ["baseURL"] or ["params", "Body"]. */
  property?: string[];
}

/**
 * One sink model: how to recognise a network-sending call and where its
 * destination and payload are. Shape in the spirit of CodeQL client-request models.
 */
export interface SinkModel {
  id: string;
  /** npm package, or `global` for browser/Node globals (fetch, navigator.sendBeacon, XMLHttpRequest, WebSocket). */
  package: string;
  /**
   * Access path from the module export to the call, e.g. `default.post`, `S3Client#send`,
   * `Upload` (constructor), `connect`, `Instance#publish`. Grammar documented in sinks.schema.json.
   */
  member: string;
  kind: "call" | "construct";
  /** Where the destination is; several = first resolvable wins. */
  destination: ArgumentSelector[];
  /** Where the payload is; the data whose categories are exported. */
  payload: ArgumentSelector[];
  /** How the destination is to be read: a URL, a host, a bucket, a region, a DSN, a broker list, or inherited from the client instance. */
  destinationKind: "url" | "host" | "bucket" | "region" | "dsn" | "brokers" | "instance";
  /** For instance-creating models: what this call returns (e.g. `axios.create` returns an axios instance). */
  returns?: string;
  behaviour?: "push" | "remote-access";
  description?: string;
  examples: EntryExamples;
}

/** Signals of one category (owned by signals.yaml). */
export interface SignalTerm {
  /** Identifier parts, lower case, in order, e.g. ["license", "plate"]. Matched against split identifier parts. */
  parts: string[];
  /** Confidence 0..1 of the term alone. */
  confidence: number;
  /** Sibling-field parts that raise confidence (a `lat` beside `lng`). */
  context?: { parts: string[]; confidence: number };
  /** Parts that, if also present in the identifier, cancel the match (e.g. `plate` with `template`-like compounds). */
  unless?: string[];
  examples: EntryExamples;
}

export interface CategorySignals {
  category: string;
  terms: SignalTerm[];
  /** VSS paths; a trailing `.*` or `.**` is a prefix match. */
  vss: { path: string; confidence: number; examples: EntryExamples }[];
  /** Proto / ROS / OCPP message type names (full or short), e.g. `sensor_msgs/PointCloud2`. */
  types: { name: string; confidence: number; examples: EntryExamples }[];
}

export interface RulePack {
  id: string;
  version: string;
  title: string;
  /** Folder(s) the pack was loaded from, base first. */
  roots: string[];
  categories: Map<string, Category>;
  exemptions: Map<ExemptionId, Exemption>;
  destinations: DestinationTable;
  sinks: SinkModel[];
  signals: Map<string, CategorySignals>;
}
