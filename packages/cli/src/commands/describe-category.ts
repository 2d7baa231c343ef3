import type { Category, CategoryKind, MechanismCode, Organization, RulePack } from "@vdx/core";

const KIND_TEXT: Record<CategoryKind, string> = {
  important: "important data (重要数据, GB/T 43697-2024)",
  pi: "personal information (个人信息)",
  "pi-sensitive": "sensitive personal information (敏感个人信息)",
};

export function kindText(kind: CategoryKind): string {
  return KIND_TEXT[kind];
}

/** What export of the category needs, in words (regulation.md "Mechanisms and thresholds"). */
export function mechanismText(category: Category, pack: RulePack): string {
  const exemptions = [...pack.exemptions.values()].filter((e) => e.coversCategories.includes(category.id)).map((e) => e.id);
  const texts: Record<MechanismCode, string> = {
    SA: category.importantWhen ? "a CAC security assessment once the scale rule below makes it important data" : "a CAC security assessment, at any volume",
    "SA*":
      "a CAC security assessment, unless a recorded exemption applies" +
      (exemptions.length > 0 ? ` (${exemptions.join(", ")}, with a prior filing reference)` : " (E5/E6/E7, with a prior filing reference)"),
    "SA+MAP": "a CAC security assessment plus the surveying authority's approval for provision abroad (record `mapApproval`)",
    "PI-VOL":
      category.kind === "pi-sensitive"
        ? "by yearly volume: sensitive PI of ≥ 10,000 people (or any PI from a CIIO) needs a security assessment; " +
          "fewer needs a standard contract or certification"
        : "by yearly volume: ≥ 1,000,000 people (or a CIIO) needs a security assessment; 100,000–999,999 a standard " +
          "contract or certification; < 100,000 is exempt (E8, still worth recording)",
  };
  return `${category.mechanism}: ${texts[category.mechanism]}`;
}

/** The scale condition in one short line for tables: `chargingVehicles > 100,000`. */
export function scaleCondition(category: Category): string {
  const condition = category.importantWhen;
  if (!condition) return "";
  return `${condition.fact} ${condition.exclusive ? ">" : "≥"} ${condition.threshold.toLocaleString("en-US")}`;
}

/** The scale rule and how the config's organisation facts decide it today. */
export function scaleText(category: Category, organization: Organization | undefined): string | undefined {
  const condition = category.importantWhen;
  if (!condition) return undefined;
  const declared = organization?.[condition.fact];
  const comparison = condition.exclusive ? ">" : "≥";
  const rule = `${condition.description} (${condition.fact} ${comparison} ${condition.threshold.toLocaleString("en-US")})`;
  if (declared === undefined) return `${rule}; ${condition.fact} is not declared in the config, so it is treated as important data (就高从严)`;
  const important = condition.exclusive ? declared > condition.threshold : declared >= condition.threshold;
  return `${rule}; the config declares ${condition.fact} = ${declared.toLocaleString("en-US")}, so it is ${important ? "" : "not "}important data`;
}

/** The pack's signals for the category, grouped, for `vdx explain`. */
export function signalLines(categoryId: string, pack: RulePack): string[] {
  const signals = pack.signals.get(categoryId);
  if (!signals) return [];
  const lines: string[] = [];
  if (signals.terms.length > 0) lines.push(`identifier parts: ${signals.terms.map((t) => t.parts.join("_")).join(", ")}`);
  if (signals.vss.length > 0) lines.push(`VSS paths: ${signals.vss.map((v) => v.path).join(", ")}`);
  if (signals.types.length > 0) lines.push(`message types: ${signals.types.map((t) => t.name).join(", ")}`);
  return lines;
}
