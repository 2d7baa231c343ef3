import { pathToFileURL } from "node:url";

/**
 * Normalises a SARIF log so that a snapshot of it depends only on what vdx found, not on the
 * tool version, the checkout's absolute path or the order a reporter happened to emit things in:
 *
 * - `tool.driver.version` / `semanticVersion` (and those of extensions) and `*TimeUtc` stamps are dropped;
 * - absolute paths and `file://` URLs under one of `roots` become relative (in URIs and in message text),
 *   and absolute artifact URIs under the run's `%SRCROOT%` become relative to it;
 * - rules, artifacts and results are sorted (rule ids; artifact URIs; result file, line, column, rule,
 *   message), with `ruleIndex` and `artifactLocation.index` renumbered to match;
 * - object keys are sorted, so key order of the reporter is not part of the snapshot.
 *
 * The input is not modified.
 */
export function normaliseSarif(log: unknown, options: { roots: readonly string[] }): SarifLog {
  const copy = structuredClone(log) as SarifLog;
  // Artifact URIs first, while `%SRCROOT%` is still the absolute URL they may start with.
  for (const run of copy.runs ?? []) relativiseArtifactUris(run);
  const relativised = replaceRoots(copy, options.roots) as SarifLog;
  for (const run of relativised.runs ?? []) normaliseRun(run);
  return sortKeys(relativised) as SarifLog;
}

/** The slice of SARIF 2.1.0 the normaliser reads; everything else is carried through untouched. */
export interface SarifLog {
  runs?: SarifRun[];
  [key: string]: unknown;
}

interface SarifRun {
  tool?: { driver?: SarifComponent; extensions?: SarifComponent[] };
  originalUriBaseIds?: Record<string, { uri?: string }>;
  artifacts?: { location?: ArtifactLocation; [key: string]: unknown }[];
  results?: SarifResult[];
  [key: string]: unknown;
}

interface SarifComponent {
  version?: string;
  semanticVersion?: string;
  rules?: { id: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

interface ArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  index?: number;
}

export interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: ArtifactLocation; region?: { startLine?: number; startColumn?: number } } }[];
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

function normaliseRun(run: SarifRun): void {
  for (const component of [run.tool?.driver, ...(run.tool?.extensions ?? [])]) {
    if (!component) continue;
    delete component.version;
    delete component.semanticVersion;
  }
  renumberRules(run);
  renumberArtifacts(run);
  run.results?.sort(compareResults);
}

/** Absolute `file://` artifact URIs under `%SRCROOT%` become relative to it, as contracts.md asks. */
function relativiseArtifactUris(run: SarifRun): void {
  const base = run.originalUriBaseIds?.["%SRCROOT%"]?.uri;
  if (!base?.startsWith("file://")) return;
  visit([run.artifacts, run.results], (node) => {
    const location = node as ArtifactLocation;
    if (typeof location.uri !== "string" || !location.uri.startsWith("file://")) return;
    if (location.uri.startsWith(base)) {
      location.uri = location.uri.slice(base.length);
      location.uriBaseId = "%SRCROOT%";
    }
  });
}

function renumberRules(run: SarifRun): void {
  const rules = run.tool?.driver?.rules;
  if (!rules) return;
  const oldIds = rules.map((rule) => rule.id);
  rules.sort((a, b) => compareText(a.id, b.id));
  const newIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  for (const result of run.results ?? []) {
    if (typeof result.ruleIndex !== "number") continue;
    const id = oldIds[result.ruleIndex] ?? result.ruleId;
    const index = id === undefined ? undefined : newIndex.get(id);
    if (index !== undefined) result.ruleIndex = index;
  }
}

function renumberArtifacts(run: SarifRun): void {
  const artifacts = run.artifacts;
  if (!artifacts) return;
  const order = artifacts.map((artifact, oldIndex) => ({ artifact, oldIndex }));
  order.sort((a, b) => compareText(artifactKey(a.artifact.location), artifactKey(b.artifact.location)));
  const newIndex = new Map(order.map(({ oldIndex }, index) => [oldIndex, index]));
  run.artifacts = order.map(({ artifact }) => artifact);
  // Every artifactLocation that points into `artifacts` (results, code flows, related locations) follows.
  visit(run, (node) => {
    const location = node as ArtifactLocation;
    if (typeof location.index === "number" && "uri" in location) location.index = newIndex.get(location.index) ?? location.index;
  });
}

function artifactKey(location: ArtifactLocation | undefined): string {
  return `${location?.uriBaseId ?? ""}\u0000${location?.uri ?? ""}`;
}

function compareResults(a: SarifResult, b: SarifResult): number {
  const la = a.locations?.[0]?.physicalLocation;
  const lb = b.locations?.[0]?.physicalLocation;
  return (
    compareText(la?.artifactLocation?.uri ?? "", lb?.artifactLocation?.uri ?? "") ||
    (la?.region?.startLine ?? 0) - (lb?.region?.startLine ?? 0) ||
    (la?.region?.startColumn ?? 0) - (lb?.region?.startColumn ?? 0) ||
    compareText(a.ruleId ?? "", b.ruleId ?? "") ||
    compareText(a.message?.text ?? "", b.message?.text ?? "")
  );
}

/** Code-unit order, not locale order: the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Replaces every absolute occurrence of a root (as a path or a file URL) in every string value. */
function replaceRoots(value: unknown, roots: readonly string[]): unknown {
  const prefixes = roots
    .map((root) => root.replace(/[\\/]+$/, ""))
    .flatMap((root) => [pathToFileURL(root).href + "/", root + "/", root.replace(/\\/g, "/") + "/"])
    .sort((a, b) => b.length - a.length);
  const rewrite = (text: string): string => prefixes.reduce((current, prefix) => current.split(prefix).join(""), text);
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return rewrite(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        if (key.endsWith("TimeUtc")) continue;
        out[key] = walk(child);
      }
      return out;
    }
    return node;
  };
  return walk(value);
}

function visit(node: unknown, callback: (node: object) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, callback);
  } else if (node !== null && typeof node === "object") {
    callback(node);
    for (const child of Object.values(node)) visit(child, callback);
  }
}

function sortKeys(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (node !== null && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node).sort(compareText)) out[key] = sortKeys((node as Record<string, unknown>)[key]);
    return out;
  }
  return node;
}
