import { isDomestic, type Category, type Organization } from "@vdx/core";
import { cell, code, codeCell } from "./markdown-escape.js";
import { plural } from "./summary.js";
import { inventoryDocument, type InventoryDocument, type InventoryInput, type InventoryOptions } from "./inventory.js";

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
 * The export inventory for compliance staff, the draft of a filing (which
 * describes data type, industry and scale): one summary row per data category
 * with its kind and mechanism from the rule pack, the flows grouped by the
 * jurisdiction they go to, then the classified fields grouped by category.
 */
export function formatInventoryMarkdown(result: InventoryInput, options: InventoryMarkdownOptions = {}): string {
  const doc = inventoryDocument(result, options);
  const facts = (id: string) => options.categories?.get(id);
  const abroad = doc.flows.filter((f) => placement(f) === "abroad");
  const unresolved = doc.flows.filter((f) => placement(f) === "unknown");
  const domestic = doc.flows.filter((f) => placement(f) === "domestic");
  const reviewed = doc.fields.filter((f) => f.categories.length === 0);
  const categoryIds = [...new Set([...doc.fields, ...doc.flows].flatMap((x) => x.categories))].sort();

  const out = [
    "## Data export inventory",
    "",
    `Rule pack ${code(`${result.pack.id}@${result.pack.version}`)} · as of ${result.asOf} · ` +
      `${plural(doc.flows.length, "flow")} (${abroad.length} abroad, ${unresolved.length} unresolved, ${domestic.length} domestic or internal) · ` +
      `${plural(doc.fields.length - reviewed.length, "classified field")} in ${plural(categoryIds.length, "category", "categories")}`,
  ];
  if (options.organization) out.push("", `Declared scale: ${scaleFacts(options.organization)}.`);

  out.push("", "### Data categories", "");
  if (categoryIds.length === 0) out.push("No classified data was found.");
  else {
    out.push("| category | 中文 | kind | mechanism | scale rule | fields | flows abroad or unresolved | their destinations | their status |");
    out.push("| --- | --- | --- | --- | --- | ---: | ---: | --- | --- |");
    for (const id of categoryIds) {
      const category = facts(id);
      const leaving = [...abroad, ...unresolved].filter((f) => f.categories.includes(id));
      const destinations = [...new Set(leaving.map((f) => `${f.destination} (${f.jurisdiction})`))].sort();
      out.push(
        `| ${code(id)}${category ? ` ${cell(category.title)}` : ""} | ${category ? cell(category.name) : "—"} | ${category ? KIND[category.kind] : "not in the pack"} | ` +
          `${category ? `${category.mechanism}: ${MECHANISM[category.mechanism]}` : "—"} | ${category ? scaleRule(category, options.organization) : "—"} | ` +
          `${doc.fields.filter((f) => f.categories.includes(id)).length} | ${leaving.length} | ${destinations.length > 0 ? destinations.map(codeCell).join("<br>") : "—"} | ${statusCounts(leaving)} |`,
      );
    }
  }

  out.push("", "### Flows by destination", "");
  if (doc.flows.length === 0) out.push("No flows of classified data to a network sink were found.");
  const groups = new Map<string, Flow[]>();
  for (const flow of [...abroad].sort((a, b) => byText(a.jurisdiction, b.jurisdiction))) pushTo(groups, `Abroad: ${flow.jurisdiction}`, flow);
  for (const flow of unresolved) pushTo(groups, "Unresolved: jurisdiction unknown", flow);
  for (const flow of domestic) pushTo(groups, "Domestic or internal: not exports", flow);
  for (const [title, flows] of groups) {
    out.push(`#### ${title}`, "", "| destination | jurisdiction | location | categories | behaviour | status | record |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const f of [...flows].sort((a, b) => byText(a.destination, b.destination) || byText(a.file, b.file) || a.line - b.line)) {
      out.push(
        `| ${codeCell(f.destination)} | ${f.jurisdiction} | ${codeCell(`${f.file}:${f.line}`)} | ${cell(f.categories.join(", "))} | ${f.behaviour} | ${f.status} | ${f.assessment ? codeCell(f.assessment) : "—"} |`,
      );
    }
    out.push("");
  }

  out.push(...(doc.flows.length === 0 ? [""] : []), "### Classified fields by category", "");
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

function fieldTable(fields: Field[]): string[] {
  return [
    "| location | path | evidence | confidence |",
    "| --- | --- | --- | ---: |",
    ...fields.map((f) => `| ${codeCell(`${f.file}:${f.line}`)} | ${codeCell(f.path)} | ${cell(f.evidence)} | ${f.confidence.toFixed(2)} |`),
  ];
}

function placement(flow: Flow): "abroad" | "unknown" | "domestic" {
  if (isDomestic(flow.jurisdiction)) return "domestic";
  return flow.jurisdiction === "unknown" ? "unknown" : "abroad";
}

function statusCounts(flows: Flow[]): string {
  if (flows.length === 0) return "—";
  const counts = new Map<string, number>();
  for (const f of flows) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => byText(a, b)).map(([status, n]) => `${n} ${status}`).join(", ");
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

function pushTo<T>(groups: Map<string, T[]>, key: string, value: T): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
