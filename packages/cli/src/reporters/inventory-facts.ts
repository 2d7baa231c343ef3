import {
  isDomestic,
  isUnplaced,
  relativeToRoot,
  resolveDestination,
  type AssessmentRecord,
  type HostMapping,
  type InventoryFlow,
  type Jurisdiction,
  type RulePack,
  type VerdictStatus,
} from "@vdx/core";

/** Where a flow's recipient comes from: the record judged, a config `hosts` entry's service, the pack's destination table, or only the destination. */
export type RecipientSource = "record" | "config" | "rule-pack" | "destination";

interface Recipient {
  name: string;
  country: Jurisdiction;
  source: RecipientSource;
}

type Validity = "valid" | "expired" | "not yet valid";

export interface RecordFacts {
  id: string;
  mechanism: AssessmentRecord["mechanism"];
  validFrom: string;
  validUntil: string;
  /** On the scan date. */
  validity: Validity;
  scale: AssessmentRecord["scale"];
}

/** A flow of the inventory with what a filing needs beside it: who receives the data, which code sends it, the record. */
export interface FlowFacts {
  flow: InventoryFlow;
  recipient: Recipient;
  /** The code that sends: the flow's folder two levels below the root (`packages/trips`, `src/upload`). */
  service: string;
  record?: RecordFacts;
}

export interface RecipientGroup {
  jurisdiction: Jurisdiction;
  recipient: Recipient;
  flows: FlowFacts[];
  /** Records judged for these flows, by id. */
  records: RecordFacts[];
}

/** What the inventory facts are computed from (a scan result has all of it; without a registry or pack, recipients are the destinations). */
export interface InventoryContext {
  root: string;
  asOf: string;
  flows: readonly InventoryFlow[];
  registry?: { records: readonly AssessmentRecord[] };
  hosts?: readonly HostMapping[];
  pack?: Pick<RulePack, "destinations">;
}

export const STATUSES: readonly VerdictStatus[] = ["gap", "vehicle-direct", "expired", "inadequate", "covered", "not-export"];

/**
 * The facts the filing draft is made of, from a scan: each flow's recipient — the recipient its record
 * names, else who the config `hosts` entry or the rule pack's destination table says runs the host,
 * else the host itself — the sending code, and the record with its validity on the scan date. Pure.
 */
export function flowFacts(context: InventoryContext): FlowFacts[] {
  const records = new Map((context.registry?.records ?? []).map((record) => [record.id, record]));
  const owners = new Map<string, { name: string; source: RecipientSource } | undefined>();
  const ownerOf = (destination: string) => {
    if (!owners.has(destination)) owners.set(destination, destinationOwner(destination, context));
    return owners.get(destination);
  };
  return context.flows.map((flow) => {
    const record = flow.assessment !== undefined ? records.get(flow.assessment) : undefined;
    const owner = record ? undefined : ownerOf(flow.destination);
    const recipient: Recipient = record
      ? { name: record.recipient.name, country: record.recipient.country, source: "record" }
      : owner
        ? { name: owner.name, country: flow.jurisdiction, source: owner.source }
        : { name: hostOf(flow.destination), country: flow.jurisdiction, source: "destination" };
    return {
      flow,
      recipient,
      service: serviceOf(context.root, flow.location.file),
      ...(record ? { record: recordFacts(record, context.asOf) } : {}),
    };
  });
}

/** Flows grouped by jurisdiction (abroad first by code, then unknown, then domestic and internal) and recipient within it. */
export function recipientGroups(facts: readonly FlowFacts[]): RecipientGroup[] {
  const groups = new Map<string, RecipientGroup>();
  for (const fact of facts) {
    const key = `${fact.flow.jurisdiction}\u0000${fact.recipient.name}\u0000${fact.recipient.country}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { jurisdiction: fact.flow.jurisdiction, recipient: fact.recipient, flows: [], records: [] }));
    group.flows.push(fact);
    if (fact.record && !group.records.some((r) => r.id === fact.record!.id)) group.records.push(fact.record);
  }
  for (const group of groups.values()) group.records.sort((a, b) => compareText(a.id, b.id));
  return [...groups.values()].sort(
    (a, b) =>
      placementRank(a.jurisdiction) - placementRank(b.jurisdiction) ||
      compareText(a.jurisdiction, b.jurisdiction) ||
      compareText(a.recipient.name, b.recipient.name),
  );
}

export type Placement = "abroad" | "unknown" | "domestic";

export function placementOf(jurisdiction: string): Placement {
  if (isDomestic(jurisdiction)) return "domestic";
  return isUnplaced(jurisdiction) ? "unknown" : "abroad";
}

/** Flows counted by status and placement, every status present. */
export function statusCounts(flows: readonly InventoryFlow[]): Record<VerdictStatus, Record<Placement, number>> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, { abroad: 0, unknown: 0, domestic: 0 }])) as Record<VerdictStatus, Record<Placement, number>>;
  for (const flow of flows) counts[flow.status][placementOf(flow.jurisdiction)]++;
  return counts;
}

function recordFacts(record: AssessmentRecord, asOf: string): RecordFacts {
  const validity: Validity = asOf < record.validFrom ? "not yet valid" : asOf > record.validUntil ? "expired" : "valid";
  return { id: record.id, mechanism: record.mechanism, validFrom: record.validFrom, validUntil: record.validUntil, validity, scale: { ...record.scale } };
}

function destinationOwner(destination: string, context: InventoryContext): { name: string; source: RecipientSource } | undefined {
  if (!context.pack) return undefined;
  const resolved = resolveDestination(destination, { pack: context.pack as RulePack, hosts: [...(context.hosts ?? [])] });
  if (!resolved.service) return undefined;
  return { name: resolved.service, source: resolved.matchedBy === "user-host" ? "config" : "rule-pack" };
}

/** The host of a URL-like destination (`https://a.example.de/x` → `a.example.de`), else the destination as written. */
export function hostOf(destination: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(destination);
  return match ? match[1]!.toLowerCase() : destination;
}

/** The folder two levels below the root that holds the file (a workspace package, or `src/upload`); `.` for files at the root. */
function serviceOf(root: string, file: string): string {
  const parts = relativeToRoot(root, file).split("/");
  if (parts.length <= 1 || parts[0] === "..") return ".";
  return parts.slice(0, Math.min(2, parts.length - 1)).join("/");
}

function placementRank(jurisdiction: Jurisdiction): number {
  const placement = placementOf(jurisdiction);
  return placement === "abroad" ? 0 : placement === "unknown" ? 1 : 2;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
