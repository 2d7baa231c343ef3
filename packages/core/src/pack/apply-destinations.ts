import { joinPointer, splitPointer, type InputError, type PositionedDocument } from "../input/positioned-document.js";
import type { CloudProvider, EntryExamples, HostRule } from "../model/pack.js";
import { jurisdictionProblem } from "../jurisdiction/country-codes.js";
import { parseCidr } from "../jurisdiction/ip-address.js";
import { validateDocument } from "./pack-files.js";
import { isPlainObject, type PackState } from "./pack-state.js";

/**
 * destinations.yaml merges differently per list: an extending pack's host
 * rules go *before* the base's (they win ties, and users write narrower
 * rules), clouds merge by provider id (regions merged, patterns added), and
 * the internal block adds ranges and suffixes.
 */
export function applyDestinations(state: PackState, document: PositionedDocument): void {
  const value = document.value;
  if (!isPlainObject(value)) {
    const errors = validateDocument(document, "destinations");
    state.errors.push(
      ...(errors.length > 0 ? errors : [{ file: document.file, line: 1, column: 1, message: "expected a map with hosts, clouds and internal" }]),
    );
    return;
  }
  const clouds = Array.isArray(value.clouds) ? (value.clouds as unknown[]) : undefined;
  // An extending pack may add one region to a known provider without repeating its patterns.
  const effectiveClouds = clouds?.map((entry) => {
    if (!isPlainObject(entry) || typeof entry.id !== "string") return entry;
    const base = state.clouds.get(entry.id);
    if (!base) return entry;
    return { ...base, ...entry, regions: { ...base.regions, ...(isPlainObject(entry.regions) ? entry.regions : {}) } };
  });
  const effective = clouds ? { ...value, clouds: effectiveClouds } : value;
  const errors = [...validateDocument(document, "destinations", effective), ...semanticProblems(document, effective)];
  state.errors.push(...errors);

  const bad = { hosts: new Set<number>(), clouds: new Set<number>(), internal: false };
  for (const error of errors) {
    const [list, index] = splitPointer(error.pointer ?? "");
    if (list === "hosts" && index !== undefined) bad.hosts.add(Number(index));
    else if (list === "clouds" && index !== undefined) bad.clouds.add(Number(index));
    else if (list === "internal") bad.internal = true;
    else return; // the file's shape is wrong: take nothing from it
  }

  const hosts = Array.isArray(value.hosts) ? (value.hosts as HostRule[]).filter((_, i) => !bad.hosts.has(i)) : [];
  state.hosts = [...hosts, ...state.hosts];

  (effectiveClouds ?? []).forEach((entry, index) => {
    if (bad.clouds.has(index) || !isPlainObject(entry)) return;
    const provider = entry as unknown as CloudProvider;
    const base = state.clouds.get(provider.id);
    state.clouds.set(provider.id, base ? mergeProviders(base, provider, (value.clouds as Record<string, unknown>[])[index]!) : provider);
  });

  if (isPlainObject(value.internal) && !bad.internal) {
    const internal = value.internal as { cidrs?: string[]; suffixes?: string[]; singleLabel?: boolean; examples: EntryExamples };
    state.internal = {
      cidrs: union(state.internal.cidrs, internal.cidrs ?? []),
      suffixes: union(state.internal.suffixes, internal.suffixes ?? []),
      ...(internal.singleLabel !== undefined
        ? { singleLabel: internal.singleLabel }
        : state.internal.singleLabel !== undefined
          ? { singleLabel: state.internal.singleLabel }
          : {}),
      examples: concatExamples(state.internal.examples, internal.examples),
    };
  }
}

function mergeProviders(base: CloudProvider, merged: CloudProvider, own: Record<string, unknown>): CloudProvider {
  const ownExamples = isPlainObject(own.examples) ? (own.examples as unknown as EntryExamples) : undefined;
  return {
    ...merged,
    hostPatterns: union(base.hostPatterns, Array.isArray(own.hostPatterns) ? (own.hostPatterns as string[]) : []),
    aliases: union(base.aliases ?? [], Array.isArray(own.aliases) ? (own.aliases as string[]) : []),
    examples: ownExamples ? concatExamples(base.examples, ownExamples) : base.examples,
  };
}

/** Checks a schema cannot express: assigned country codes, well-formed CIDR blocks. */
function semanticProblems(document: PositionedDocument, value: Record<string, unknown>): InputError[] {
  const problems: InputError[] = [];
  const report = (segments: (string | number)[], message: string): void => {
    const pointer = joinPointer(segments);
    const at = document.locate(pointer);
    problems.push({ file: document.file, line: at.line, column: at.column, pointer, message });
  };
  const hosts = Array.isArray(value.hosts) ? value.hosts : [];
  hosts.forEach((rule, i) => {
    if (isPlainObject(rule) && typeof rule.jurisdiction === "string" && /^[A-Z]{2}$/.test(rule.jurisdiction)) {
      const problem = jurisdictionProblem(rule.jurisdiction, true);
      if (problem) report(["hosts", i, "jurisdiction"], problem);
    }
  });
  const clouds = Array.isArray(value.clouds) ? value.clouds : [];
  clouds.forEach((provider, i) => {
    if (!isPlainObject(provider) || !isPlainObject(provider.regions)) return;
    for (const [region, jurisdiction] of Object.entries(provider.regions)) {
      if (typeof jurisdiction !== "string" || !/^[A-Z]{2}$/.test(jurisdiction)) continue;
      const problem = jurisdictionProblem(jurisdiction, true);
      if (problem) report(["clouds", i, "regions", region], problem);
    }
  });
  const internal = isPlainObject(value.internal) ? value.internal : {};
  (Array.isArray(internal.cidrs) ? internal.cidrs : []).forEach((cidr, i) => {
    if (typeof cidr === "string" && !parseCidr(cidr)) report(["internal", "cidrs", i], `"${cidr}" is not a valid CIDR block (address/prefix length)`);
  });
  return problems;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function concatExamples(a: EntryExamples, b: EntryExamples | undefined): EntryExamples {
  return { match: [...a.match, ...(b?.match ?? [])], noMatch: [...a.noMatch, ...(b?.noMatch ?? [])] };
}
