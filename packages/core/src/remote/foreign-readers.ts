import type { Finding } from "../model/finding.js";
import type { InventoryFlow } from "../model/analysis.js";
import { describeStaticValue } from "../flow/values/index.js";
import { enclosingFunctionName } from "../flow/taint/units.js";
import { isDomestic, isMainlandChina, isUnplaced, UNKNOWN_JURISDICTION } from "../jurisdiction/index.js";
import type { RemoteContext } from "./remote-context.js";
import { judgeRemoteFlow, unresolvedRemoteFinding, type RemoteFlow } from "./remote-findings.js";
import type { StoreRead } from "./store-reads.js";

/** Classified data that arrived in code deployed abroad, for processing-abroad entry points. */
export interface Arrival {
  read: StoreRead;
  /** Store destination the data came from and its jurisdiction. */
  destination: string;
  flow: RemoteFlow;
}

/**
 * Foreign readers of domestic stores: code placed abroad by `deployments`
 * that reads classified data from a store vdx places in China is remote
 * access, located at the read, with the reader's jurisdiction. A store vdx
 * cannot place is `unresolved-destination`; a store abroad or inside the
 * organisation's network is not remote access (the data is already where the
 * reader is).
 */
export function foreignReaderFlows(ctx: RemoteContext): { findings: Finding[]; flows: InventoryFlow[]; arrivals: Arrival[] } {
  const findings: Finding[] = [];
  const flows: InventoryFlow[] = [];
  const arrivals: Arrival[] = [];
  for (const file of ctx.files) {
    const code = ctx.placements.of(file.fileName);
    if (isDomestic(code.jurisdiction)) continue;
    for (const read of ctx.reads.readsIn(file)) {
      const data = ctx.dataOf(read);
      if (data.categories.length === 0) continue;
      const store = describeStaticValue(read.destination);
      for (const placed of ctx.place(read.destination, {
        ...(read.region ? { region: read.region } : {}),
        ...(read.endpoint ? { endpoint: read.endpoint } : {}),
        ...(read.model.cloud !== undefined ? { cloud: read.model.cloud } : {}),
        ...(read.model.regionFormat !== undefined ? { regionFormat: read.model.regionFormat } : {}),
      })) {
        const base: RemoteFlow = {
          behaviour: "remote-access",
          location: read.location,
          scope: enclosingFunctionName(ctx.ts, read.node),
          categories: data.categories,
          origins: data.origins,
          destination: placed.kind === "resolved" ? placed.destination : store,
          jurisdiction: code.jurisdiction,
          why: `the reader runs in ${code.jurisdiction}${code.deployment ? ` (deployments ${code.deployment})` : ""}`,
          action: `is read from ${placed.kind === "resolved" ? `${placed.destination} (${placed.jurisdiction})` : store} by code deployed in ${code.jurisdiction} via ${read.model.id}`,
          steps: read.steps,
          notes: [
            `Store: ${placed.kind === "resolved" ? `${placed.destination} → ${placed.jurisdiction}: ${placed.why}` : `${store} cannot be placed: ${placed.reason}`}`,
            ...data.evidence.map((e) => `Classified by: ${e}`),
          ],
          codeJurisdiction: code.jurisdiction,
          ...(code.deployment ? { deployment: code.deployment } : {}),
          ...(read.citedRecord ? { citedRecord: read.citedRecord } : {}),
        };
        if (placed.kind === "unresolved" || isUnplaced(placed.jurisdiction)) {
          const reason = placed.kind === "unresolved" ? placed.reason : placed.why;
          const finding = unresolvedRemoteFinding(base, reason, ctx);
          if (finding) findings.push(finding);
          flows.push({
            location: read.location,
            categories: data.categories,
            destination: base.destination,
            jurisdiction: UNKNOWN_JURISDICTION,
            behaviour: "remote-access",
            status: "gap",
          });
          continue;
        }
        if (!isMainlandChina(placed.jurisdiction)) continue; // a foreign or internal store: nothing stored in China is read
        const judged = judgeRemoteFlow(base, ctx);
        flows.push(judged.inventory);
        if (judged.finding) findings.push(judged.finding);
        arrivals.push({ read, destination: placed.destination, flow: base });
      }
    }
  }
  return { findings, flows, arrivals };
}
