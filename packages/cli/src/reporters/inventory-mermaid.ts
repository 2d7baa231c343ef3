import type { VerdictStatus } from "@vdx/core";
import { hostOf, type FlowFacts } from "./inventory-facts.js";

/** Worst first: a destination or edge takes the colour of its worst flow. */
const SEVERITY: readonly VerdictStatus[] = ["vehicle-direct", "gap", "expired", "inadequate", "covered", "not-export"];

const COLOUR: Record<VerdictStatus, string> = {
  "vehicle-direct": "#8b0000",
  gap: "#d73a49",
  expired: "#e36209",
  inadequate: "#dbab09",
  covered: "#22863a",
  "not-export": "#6a737d",
};

/**
 * The inventory as a Mermaid flowchart GitHub renders: data categories → the code that sends them
 * (folders two levels deep) → destinations (host and jurisdiction). Each destination and each edge
 * into it takes the colour of its worst flow's status; the legend under it says which colour is what.
 * Node ids are positional (`c0`, `s0`, `d0`) and every label is quoted, so no name can break the graph.
 */
export function inventoryMermaid(facts: readonly FlowFacts[]): string[] {
  if (facts.length === 0) return [];
  const categories = [...new Set(facts.flatMap((f) => f.flow.categories))].sort();
  const services = [...new Set(facts.map((f) => f.service))].sort();
  const destinationKey = (f: FlowFacts) => `${hostOf(f.flow.destination)} (${f.flow.jurisdiction})`;
  const destinations = [...new Set(facts.map(destinationKey))].sort();
  const id = (list: readonly string[], prefix: string) => (value: string) => `${prefix}${list.indexOf(value)}`;
  const cat = id(categories, "c");
  const svc = id(services, "s");
  const dst = id(destinations, "d");

  const lines = ["```mermaid", "flowchart LR"];
  for (const c of categories) lines.push(`  ${cat(c)}["${label(c)}"]`);
  for (const s of services) lines.push(`  ${svc(s)}["${label(s)}"]`);
  for (const d of destinations) lines.push(`  ${dst(d)}["${label(d)}"]`);

  const edges: { from: string; to: string; status?: VerdictStatus }[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    for (const c of f.flow.categories) {
      const key = `${cat(c)}>${svc(f.service)}`;
      if (!seen.has(key)) {
        seen.add(key);
        edges.push({ from: cat(c), to: svc(f.service) });
      }
    }
  }
  const worstByEdge = new Map<string, VerdictStatus>();
  const worstByDestination = new Map<string, VerdictStatus>();
  for (const f of facts) {
    const key = `${svc(f.service)}>${dst(destinationKey(f))}`;
    worstByEdge.set(key, worse(worstByEdge.get(key), f.flow.status));
    worstByDestination.set(destinationKey(f), worse(worstByDestination.get(destinationKey(f)), f.flow.status));
  }
  for (const [key, status] of [...worstByEdge].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [from, to] = key.split(">") as [string, string];
    edges.push({ from, to, status });
  }
  edges.forEach((edge) => lines.push(`  ${edge.from} --> ${edge.to}`));
  edges.forEach((edge, index) => {
    if (edge.status) lines.push(`  linkStyle ${index} stroke:${COLOUR[edge.status]},stroke-width:2px`);
  });
  const used = new Set(worstByDestination.values());
  for (const status of SEVERITY) if (used.has(status)) lines.push(`  classDef ${className(status)} fill:${COLOUR[status]},color:#fff,stroke:${COLOUR[status]}`);
  for (const d of destinations) lines.push(`  class ${dst(d)} ${className(worstByDestination.get(d)!)}`);
  lines.push(
    "```",
    "",
    `Colours (destinations and the edges into them, by their worst flow): ${SEVERITY.filter((s) => used.has(s))
      .map((s) => `${COLOUR_NAME[s]} ${s}`)
      .join(", ")}.`,
  );
  return lines;
}

const COLOUR_NAME: Record<VerdictStatus, string> = {
  "vehicle-direct": "dark red",
  gap: "red",
  expired: "orange",
  inadequate: "yellow",
  covered: "green",
  "not-export": "grey",
};

function worse(a: VerdictStatus | undefined, b: VerdictStatus): VerdictStatus {
  if (a === undefined) return b;
  return SEVERITY.indexOf(a) <= SEVERITY.indexOf(b) ? a : b;
}

function className(status: VerdictStatus): string {
  return `status_${status.replace(/-/g, "_")}`;
}

/** A Mermaid label inside double quotes: quotes and angle brackets as entities, line breaks folded. */
function label(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}
