import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Deployment, ExposureSpec, HostMapping, Organization, SanitizerSpec, Severity, UnknownHostsPolicy, VdxConfig } from "../model/config.js";
import { normaliseJurisdiction } from "../jurisdiction/domestic.js";

/**
 * Raw parsed config → `VdxConfig`, with defaults and absolute paths. Tolerant
 * by design: schema errors are reported separately, and a value of the wrong
 * type falls back to its default so that later stages still get a usable config.
 */

const DEFAULT_RULE_PACK = "2026";
export const DEFAULT_ASSESSMENTS_FILE = "data-export-assessments.yaml";
const UNKNOWN_HOSTS: readonly UnknownHostsPolicy[] = ["error", "warn", "ignore"];
const SEVERITIES: readonly (Severity | "off")[] = ["error", "warn", "off"];

type RawMap = Record<string, unknown>;

function isMap(value: unknown): value is RawMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
}

function maps(value: unknown): RawMap[] {
  return Array.isArray(value) ? value.filter(isMap) : [];
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** `2026` is a built-in pack id; anything that looks like a path is a folder relative to the config. */
function looksLikePath(value: string): boolean {
  return value.startsWith(".") || value.includes("/") || value.includes("\\") || isAbsolute(value);
}

function organization(raw: unknown): Organization {
  if (!isMap(raw)) return {};
  const result: Organization = {};
  if (typeof raw.ciio === "boolean") result.ciio = raw.ciio;
  for (const fact of ["vehiclesInChina", "chargingVehicles", "platformVehicles", "aggregationLevel"] as const) {
    const value = count(raw[fact]);
    if (value !== undefined) result[fact] = value;
  }
  return result;
}

export function normalizeConfig(raw: unknown, root: string, file: string | undefined): VdxConfig {
  const source: RawMap = isMap(raw) ? raw : {};
  const absolute = (p: string) => resolve(root, p);
  const rulePack = text(source.rulePack) ?? DEFAULT_RULE_PACK;

  const hosts: HostMapping[] = maps(source.hosts).flatMap((h) => {
    const match = text(h.match);
    const jurisdiction = text(h.jurisdiction);
    if (!match || !jurisdiction) return [];
    const service = text(h.service);
    return [{ match, jurisdiction: normaliseJurisdiction(jurisdiction), ...(service ? { service } : {}) }];
  });
  const deployments: Deployment[] = maps(source.deployments).flatMap((d) => {
    const path = text(d.path);
    const jurisdiction = text(d.jurisdiction);
    return path && jurisdiction ? [{ path, jurisdiction: normaliseJurisdiction(jurisdiction) }] : [];
  });
  const sanitizers: SanitizerSpec[] = maps(source.sanitizers).flatMap((s) => {
    const fn = text(s.function);
    return fn ? [{ function: fn, removes: texts(s.removes), adds: texts(s.adds) }] : [];
  });
  const exposures: ExposureSpec[] = maps(source.exposures).flatMap((e) => {
    const path = text(e.path);
    return path ? [{ path, origins: texts(e.origins) }] : [];
  });
  const rules: Record<string, Severity | "off"> = {};
  if (isMap(source.rules)) {
    for (const [id, severity] of Object.entries(source.rules)) {
      if (SEVERITIES.includes(severity as Severity)) rules[id] = severity as Severity | "off";
    }
  }
  const unknownHosts = UNKNOWN_HOSTS.includes(source.unknownHosts as UnknownHostsPolicy) ? (source.unknownHosts as UnknownHostsPolicy) : "warn";

  const tsconfig = text(source.tsconfig);
  const declaredAssessments = text(source.assessments);
  const defaultAssessments = join(root, DEFAULT_ASSESSMENTS_FILE);
  const assessments = declaredAssessments !== undefined ? absolute(declaredAssessments) : existsSync(defaultAssessments) ? defaultAssessments : undefined;

  return {
    ...(file !== undefined ? { file } : {}),
    root,
    rulePack: looksLikePath(rulePack) ? absolute(rulePack) : rulePack,
    extends: texts(source.extends).map(absolute),
    include: texts(source.include),
    exclude: texts(source.exclude),
    allowRead: texts(source.allowRead).map(absolute),
    ...(tsconfig !== undefined ? { tsconfig: absolute(tsconfig) } : {}),
    ...(assessments !== undefined ? { assessments } : {}),
    organization: organization(source.organization),
    hosts,
    deployments,
    vehicleSide: texts(source.vehicleSide),
    sanitizers,
    exposures,
    unknownHosts,
    rules,
  };
}
