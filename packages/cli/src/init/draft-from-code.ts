import { readFileSync } from "node:fs";
import {
  collectFiles,
  groupByKind,
  isDomestic,
  isKnownForeign,
  isUnplaced,
  relativeToRoot,
  resolveDestination,
  scan,
  urlLiteralHosts,
  type Jurisdiction,
  type ScanResult,
} from "@vdx/core";
import { hostOf } from "../reporters/inventory-facts.js";

/** A host the code names, where vdx places it, and where it was seen. */
interface FoundHost {
  host: string;
  jurisdiction: Jurisdiction;
  /** Why vdx places it there (`rule-pack host rule *.de`), or why it cannot. */
  because: string;
  /** First place it appears (`src/upload/uploader.ts:32`). */
  seenAt: string;
}

/** A foreign destination that classified data reaches: the record a filing needs. */
interface NeededRecord {
  host: string;
  jurisdiction: Jurisdiction;
  categories: string[];
  seenAt: string[];
}

export interface CodeDraft {
  /** Foreign first (by jurisdiction), then the ones vdx cannot place, then China and internal. */
  hosts: FoundHost[];
  records: NeededRecord[];
  /** Why nothing could be drafted (the scan with the starter config failed). */
  problem?: string;
}

/**
 * What `vdx init` drafts from the code for the user to confirm: every host the sources name (a URL
 * literal, or the destination of a flow the scan follows) with the jurisdiction vdx gives it, and for
 * every foreign destination classified data reaches, the categories seen flowing there. Runs the scan
 * with the starter config just written; reads the code, never runs it.
 */
export async function draftFromCode(root: string): Promise<CodeDraft> {
  const result = await scan({ paths: [root], cwd: root });
  if (result.errors.length > 0) return { hosts: [], records: [], problem: `the starter config does not scan yet (${result.errors[0]!.message})` };
  const rel = (file: string) => relativeToRoot(result.root, file);
  const found = new Map<string, FoundHost>();
  const place = (host: string, seenAt: string) => {
    if (found.has(host)) return;
    const resolved = resolveDestination(host, { pack: result.pack, hosts: [] });
    const because =
      resolved.matchedBy === "none"
        ? "vdx cannot place it"
        : `${resolved.matchedBy} ${resolved.rule ?? ""}${resolved.service ? ` (${resolved.service})` : ""}`.trim();
    found.set(host, { host, jurisdiction: resolved.jurisdiction, because, seenAt });
  };
  for (const flow of result.flows) {
    const host = hostOf(flow.destination);
    if (!host.startsWith("<")) place(host, `${rel(flow.location.file)}:${flow.location.line}`);
  }
  for (const { file, line, host } of urlsInSources(result)) place(host, `${rel(file)}:${line}`);

  const records = new Map<string, NeededRecord>();
  for (const flow of result.flows) {
    const host = hostOf(flow.destination);
    if (!isKnownForeign(flow.jurisdiction) || flow.status === "not-export") continue;
    let record = records.get(host);
    if (!record) records.set(host, (record = { host, jurisdiction: flow.jurisdiction, categories: [], seenAt: [] }));
    record.categories = [...new Set([...record.categories, ...flow.categories])].sort();
    record.seenAt.push(`${rel(flow.location.file)}:${flow.location.line}`);
  }
  return {
    hosts: [...found.values()].sort(
      (a, b) => rank(a.jurisdiction) - rank(b.jurisdiction) || compare(a.jurisdiction, b.jurisdiction) || compare(a.host, b.host),
    ),
    records: [...records.values()].sort((a, b) => compare(a.jurisdiction, b.jurisdiction) || compare(a.host, b.host)),
  };
}

/** URLs written in string and template literals of the scanned source files (not in comments). */
function urlsInSources(result: ScanResult): { file: string; line: number; host: string }[] {
  const files = groupByKind(
    collectFiles({ root: result.root, paths: [result.root], include: result.config.include, exclude: result.config.exclude }),
  ).typescript;
  const urls: { file: string; line: number; host: string }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const { line, host } of urlLiteralHosts(file, text)) urls.push({ file, line, host });
  }
  return urls;
}

function rank(jurisdiction: Jurisdiction): number {
  if (isUnplaced(jurisdiction)) return 1;
  if (isDomestic(jurisdiction)) return 2;
  return 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
