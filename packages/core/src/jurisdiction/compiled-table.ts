import type { HostMapping } from "../model/config.js";
import type { CloudProvider, DestinationTable, HostRule, Jurisdiction } from "../model/pack.js";
import { compileHostGlob, compileUrlGlob, matchSpecificity, type CompiledHostGlob } from "./host-glob.js";
import { cidrContains, parseCidr, type CidrBlock, type IpAddress } from "./ip-address.js";

/**
 * The destination table with every glob turned into a regular expression once.
 * Cached per table object (the pack is cached per process and the ESLint plugin
 * resolves destinations file after file).
 */
export interface CompiledTable {
  hosts: { rule: HostRule; glob: CompiledHostGlob }[];
  clouds: { provider: CloudProvider; globs: CompiledHostGlob[] }[];
  providersByName: Map<string, CloudProvider>;
  cidrs: CidrBlock[];
  suffixes: string[];
  singleLabel: boolean;
}

export interface CompiledUserHost {
  mapping: HostMapping;
  /** Host glob, URL glob, or an IP block (`203.0.113.0/24`). */
  glob?: CompiledHostGlob;
  urlForm: boolean;
  cidr?: CidrBlock;
}

const tables = new WeakMap<DestinationTable, CompiledTable>();
const userTables = new WeakMap<HostMapping[], CompiledUserHost[]>();

export function compileTable(table: DestinationTable): CompiledTable {
  let compiled = tables.get(table);
  if (compiled) return compiled;
  const providersByName = new Map<string, CloudProvider>();
  for (const provider of table.clouds) {
    for (const name of [provider.id, ...(provider.aliases ?? [])]) {
      if (!providersByName.has(name.toLowerCase())) providersByName.set(name.toLowerCase(), provider);
    }
  }
  compiled = {
    hosts: table.hosts.map((rule) => ({ rule, glob: compileHostGlob(rule.match) })),
    clouds: table.clouds.map((provider) => ({
      provider,
      globs: provider.hostPatterns.map((p) => compileHostGlob(p, Object.keys(provider.regions))),
    })),
    providersByName,
    cidrs: table.internal.cidrs.flatMap((text) => parseCidr(text) ?? []),
    // Longest first: `.svc.cluster.local` is reported before `.cluster.local` and `.local`.
    suffixes: [...table.internal.suffixes].map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length),
    singleLabel: table.internal.singleLabel ?? false,
  };
  tables.set(table, compiled);
  return compiled;
}

export function compileUserHosts(hosts: HostMapping[]): CompiledUserHost[] {
  let compiled = userTables.get(hosts);
  if (compiled) return compiled;
  compiled = hosts.map((mapping) => {
    const cidr = mapping.match.includes("/") && !mapping.match.includes("://") ? parseCidr(mapping.match.trim()) : undefined;
    if (cidr) return { mapping, cidr, urlForm: false };
    const urlForm = mapping.match.includes("://");
    return { mapping, urlForm, glob: urlForm ? compileUrlGlob(mapping.match) : compileHostGlob(mapping.match) };
  });
  userTables.set(hosts, compiled);
  return compiled;
}

export interface BestMatch {
  score: number;
  jurisdiction: Jurisdiction;
  rule: string;
  service?: string;
  cloud?: { provider: string; region: string };
  kind: "host-rule" | "cloud-region";
}

/** The most specific pack rule for a host name; ties go to the earlier entry, host rules before clouds. */
export function bestPackMatch(compiled: CompiledTable, host: string): BestMatch | undefined {
  let best: BestMatch | undefined;
  for (const { rule, glob } of compiled.hosts) {
    const match = matchSpecificity(glob, host);
    if (match && (!best || match.score > best.score)) {
      best = { score: match.score, jurisdiction: rule.jurisdiction, rule: rule.match, kind: "host-rule", ...(rule.service ? { service: rule.service } : {}) };
    }
  }
  for (const { provider, globs } of compiled.clouds) {
    for (const glob of globs) {
      const match = matchSpecificity(glob, host);
      const region = match?.region;
      const jurisdiction = region !== undefined ? provider.regions[region] : undefined;
      if (match && region !== undefined && jurisdiction && (!best || match.score > best.score)) {
        best = {
          score: match.score,
          jurisdiction,
          rule: `${provider.id}:${region}`,
          service: `${provider.title} (${region})`,
          cloud: { provider: provider.id, region },
          kind: "cloud-region",
        };
      }
    }
  }
  return best;
}

/** The most specific config `hosts` entry; ties go to the earlier entry. */
export function bestUserMatch(compiled: CompiledUserHost[], subject: { host?: string; address?: IpAddress; url?: string }): CompiledUserHost | undefined {
  let best: { entry: CompiledUserHost; score: number } | undefined;
  for (const entry of compiled) {
    let score: number | undefined;
    if (entry.cidr) {
      score = subject.address && cidrContains(entry.cidr, subject.address) ? entry.cidr.prefix : undefined;
    } else if (entry.glob) {
      const target = entry.urlForm ? subject.url : subject.host;
      score = target !== undefined ? matchSpecificity(entry.glob, target)?.score : undefined;
    }
    if (score !== undefined && (!best || score > best.score)) best = { entry, score };
  }
  return best?.entry;
}

export function internalRange(compiled: CompiledTable, address: IpAddress): CidrBlock | undefined {
  // Most specific block first, so `127.0.0.0/8` is named rather than a wider one.
  return compiled.cidrs.filter((block) => cidrContains(block, address)).sort((a, b) => b.prefix - a.prefix)[0];
}

export function internalSuffix(compiled: CompiledTable, host: string): string | undefined {
  return compiled.suffixes.find((suffix) => (suffix.startsWith(".") ? host.endsWith(suffix) && host.length > suffix.length : host === suffix));
}
