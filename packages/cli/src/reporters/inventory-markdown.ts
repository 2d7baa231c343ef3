import { relativeToRoot, type Category, type Organization } from "@vdx/core";
import { cell, code, codeCell, inline } from "./markdown-escape.js";
import { plural } from "./summary.js";
import { inventoryDocument, scaleText, type InventoryDocument, type InventoryInput, type InventoryOptions } from "./inventory.js";
import { flowFacts, placementOf, recipientGroups, statusCounts, STATUSES, type RecipientSource } from "./inventory-facts.js";
import { inventoryMermaid } from "./inventory-mermaid.js";
import { diffFilterText } from "./text.js";

type CategoryFacts = Pick<Category, "id" | "name" | "title" | "kind" | "mechanism" | "importantWhen">;

export interface InventoryMarkdownOptions extends InventoryOptions {
  /** The pack's categories, for titles, kinds and mechanisms (a `RulePack` has them). */
  categories?: ReadonlyMap<string, CategoryFacts>;
  /** The config's scale facts: they decide scale-conditional categories. */
  organization?: Organization;
}

type Flow = InventoryDocument["flows"][number];
type Field = InventoryDocument["fields"][number];

const KIND: Record<Category["kind"], string> = { important: "important data", pi: "PI", "pi-sensitive": "sensitive PI" };
const MECHANISM: Record<Category["mechanism"], string> = {
  SA: "security assessment",
  "SA*": "security assessment (or E5–E7 with a filing)",
  "SA+MAP": "security assessment + map approval",
  "PI-VOL": "by yearly volume of people",
};

/**
 * The export inventory as the draft of a filing (which describes data type, scale and recipients)
 * and as a reviewer reads it in a pull request: a summary of flows by status (in PR mode, of the flows
 * the change touches), the declared scale, a Mermaid map (categories → sending code → destinations,
 * coloured by status), one row per data category with its kind, mechanism and scale rule, the flows
 * by recipient within each jurisdiction — each recipient with its records, their validity on the scan
 * date and declared scale — and the classified fields by category.
 */
export function formatInventoryMarkdown(result: InventoryInput, options: InventoryMarkdownOptions = {}): string {
  const doc = inventoryDocument(result, options);
  const facts = (id: string) => options.categories?.get(id);
  const flowFactsList = flowFacts({
    root: result.root,
    asOf: result.asOf,
    flows: result.flows,
    ...(result.registry ? { registry: result.registry } : {}),
    ...(result.config ? { hosts: result.config.hosts } : {}),
    ...(result.pack.destinations ? { pack: { destinations: result.pack.destinations } } : {}),
  });
  const rel = (file: string) => relativeToRoot(result.root, file);
  const reviewed = doc.fields.filter((f) => f.categories.length === 0);
  const categoryIds = [...new Set([...doc.fields, ...doc.flows].flatMap((x) => x.categories))].sort();
  const leaving = doc.flows.filter((f) => placementOf(f.jurisdiction) !== "domestic");

  const out = [
    "## Data export inventory",
    "",
    `Rule pack ${code(`${result.pack.id}@${result.pack.version}`)} · as of ${result.asOf} · ` +
      `${plural(doc.flows.length, "flow")} (${doc.summary.abroad} abroad, ${doc.summary.unresolved} unresolved, ${doc.summary.domestic} domestic or internal) · ` +
      `${plural(doc.fields.length - reviewed.length, "classified field")} in ${plural(categoryIds.length, "category", "categories")}`,
  ];
  const scope = diffFilterText(result);
  if (scope !== undefined) out.push("", `> ${inline(scope.replace(/findings whose flow touches/, "flows and fields that touch"))}`);
  out.push("", ...summaryTable(result));
  if (options.organization) out.push("", `Declared scale: ${scaleFacts(options.organization)}.`);

  if (flowFactsList.length > 0) out.push("", "### Map", "", ...inventoryMermaid(flowFactsList));

  out.push("", "### Data categories", "");
  if (categoryIds.length === 0) out.push("No classified data was found.");
  else {
    out.push("| category | 中文 | kind | mechanism | scale rule | fields | flows abroad or unresolved | their destinations | their status |");
    out.push("| --- | --- | --- | --- | --- | ---: | ---: | --- | --- |");
    for (const id of categoryIds) {
      const category = facts(id);
      const out_ = leaving.filter((f) => f.categories.includes(id));
      const destinations = [...new Set(out_.map((f) => `${f.destination} (${f.jurisdiction})`))].sort();
      out.push(
        `| ${code(id)}${category ? ` ${cell(category.title)}` : ""} | ${category ? cell(category.name) : "—"} | ${category ? KIND[category.kind] : "not in the pack"} | ` +
          `${category ? `${category.mechanism}: ${MECHANISM[category.mechanism]}` : "—"} | ${category ? scaleRule(category, options.organization) : "—"} | ` +
          `${doc.fields.filter((f) => f.categories.includes(id)).length} | ${out_.length} | ${destinations.length > 0 ? destinations.map(codeCell).join("<br>") : "—"} | ${statusText(out_)} |`,
      );
    }
  }

  out.push("", "### Recipients", "");
  if (flowFactsList.length === 0) out.push("No flows of classified data to a network sink were found.", "");
  let heading: string | undefined;
  for (const group of recipientGroups(flowFactsList)) {
    const title = jurisdictionTitle(group.jurisdiction);
    if (title !== heading) {
      out.push(`#### ${title}`, "");
      heading = title;
    }
    out.push(`##### ${inline(group.recipient.name)} (${group.recipient.country}) — ${SOURCE[group.recipient.source]}`, "");
    if (group.records.length > 0) {
      for (const record of group.records) {
        out.push(
          `- record ${code(record.id)}: ${record.mechanism}, ${record.validFrom} to ${record.validUntil}, **${record.validity}** on ${result.asOf}; declared scale: ${inline(scaleText(record.scale))}`,
        );
      }
    } else {
      out.push(`- no record: nothing is declared for this recipient`);
    }
    out.push("", "| destination | location | service | categories | behaviour | status | record |", "| --- | --- | --- | --- | --- | --- | --- |");
    const rows = [...group.flows].sort(
      (a, b) =>
        byText(a.flow.destination, b.flow.destination) ||
        byText(rel(a.flow.location.file), rel(b.flow.location.file)) ||
        a.flow.location.line - b.flow.location.line,
    );
    for (const { flow, service } of rows) {
      out.push(
        `| ${codeCell(flow.destination)} | ${codeCell(`${rel(flow.location.file)}:${flow.location.line}`)} | ${codeCell(service)} | ${cell(flow.categories.join(", "))} | ${flow.behaviour} | ${flow.status} | ${flow.assessment ? codeCell(flow.assessment) : "—"} |`,
      );
    }
    out.push("");
  }

  out.push("### Classified fields by category", "");
  if (categoryIds.length === 0) out.push("No classified fields were found.", "");
  for (const id of categoryIds) {
    const fields = doc.fields.filter((f) => f.categories.includes(id));
    if (fields.length === 0) continue;
    const category = facts(id);
    out.push(`#### ${code(id)}${category ? ` — ${cell(category.title)} (${category.name})` : ""}`, "");
    out.push(...fieldTable(fields), "");
  }
  if (reviewed.length > 0) {
    out.push("### Reviewed fields (`@vdx none`)", "", "Marked as reviewed and not export-relevant.", "", ...fieldTable(reviewed), "");
  }
  return out.join("\n").replace(/\n+$/, "") + "\n";
}

const SOURCE: Record<RecipientSource, string> = {
  record: "named by its record",
  config: "owner per the config's `hosts`",
  "rule-pack": "owner per the rule pack's destination table",
  destination: "owner unknown: the destination's host",
};

/** Flows by status and placement: the few lines a job summary or PR comment shows first. */
function summaryTable(result: InventoryInput): string[] {
  const counts = statusCounts(result.flows);
  const rows = STATUSES.filter((status) => counts[status].abroad + counts[status].unknown + counts[status].domestic > 0);
  if (rows.length === 0) return ["No flows of classified data."];
  const total = (p: "abroad" | "unknown" | "domestic") => rows.reduce((n, s) => n + counts[s][p], 0);
  return [
    "| status | abroad | unresolved | domestic or internal | total |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (s) => `| ${s} | ${counts[s].abroad} | ${counts[s].unknown} | ${counts[s].domestic} | ${counts[s].abroad + counts[s].unknown + counts[s].domestic} |`,
    ),
    `| **all** | ${total("abroad")} | ${total("unknown")} | ${total("domestic")} | ${result.flows.length} |`,
  ];
}

function jurisdictionTitle(jurisdiction: string): string {
  const placement = placementOf(jurisdiction);
  return placement === "abroad"
    ? `Abroad: ${jurisdiction}`
    : placement === "unknown"
      ? "Unresolved: jurisdiction unknown"
      : "Domestic or internal: not exports";
}

function fieldTable(fields: Field[]): string[] {
  return [
    "| location | path | evidence | confidence |",
    "| --- | --- | --- | ---: |",
    ...fields.map((f) => `| ${codeCell(`${f.file}:${f.line}`)} | ${codeCell(f.path)} | ${cell(f.evidence)} | ${f.confidence.toFixed(2)} |`),
  ];
}

function statusText(flows: Flow[]): string {
  if (flows.length === 0) return "—";
  const counts = new Map<string, number>();
  for (const f of flows) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => byText(a, b))
    .map(([status, n]) => `${n} ${status}`)
    .join(", ");
}

/** `vehiclesInChina ≥ 500,000 (declared 1,200,000: important)`, or "—" for categories without a scale rule. */
function scaleRule(category: CategoryFacts, organization: Organization | undefined): string {
  const condition = category.importantWhen;
  if (!condition) return "—";
  const rule = `${condition.fact} ${condition.exclusive ? ">" : "≥"} ${condition.threshold.toLocaleString("en-US")}`;
  const declared = organization?.[condition.fact];
  if (declared === undefined) return `${rule} (not declared: treated as important)`;
  const important = condition.exclusive ? declared > condition.threshold : declared >= condition.threshold;
  return `${rule} (declared ${declared.toLocaleString("en-US")}: ${important ? "important" : "not important"})`;
}

function scaleFacts(organization: Organization): string {
  const facts: string[] = [`CIIO ${organization.ciio ? "yes" : organization.ciio === false ? "no" : "not declared"}`];
  for (const key of ["vehiclesInChina", "chargingVehicles", "platformVehicles", "aggregationLevel"] as const) {
    const value = organization[key];
    facts.push(`${key} ${value === undefined ? "not declared" : value.toLocaleString("en-US")}`);
  }
  return facts.join(" · ");
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
