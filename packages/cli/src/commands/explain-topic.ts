import type { Category, RulePack, VdxConfig } from "@vdx/core";
import type { RuleDescription } from "../rule-catalog.js";
import { ruleDocPath, ruleHelpUri } from "../project-links.js";
import { kindText, mechanismText, scaleText, signalLines } from "./describe-category.js";
import { wrap } from "./text-wrap.js";

/** `vdx explain <rule-id>`: the rule's catalogue entry and where its full page is. */
export function describeRule(rule: RuleDescription): string {
  return [
    `${rule.id} (default: ${rule.defaultLevel})`,
    "",
    rule.short,
    "",
    wrap(rule.full),
    "",
    "Why the law cares:",
    wrap(rule.why, "  "),
    "",
    "How to fix:",
    wrap(rule.fix, "  "),
    "",
    "Severity: set `rules: { " + rule.id + ": error | warn | off }` in vdx.config.yaml.",
    `Docs: ${ruleHelpUri(rule.id)} (in the repository: ${ruleDocPath(rule.id)})`,
    "",
  ].join("\n");
}

/** `vdx explain <category-id>`: meaning, mechanism, scale rule against the config, signals. */
export function describeCategory(category: Category, pack: RulePack, config: VdxConfig): string {
  const lines = [
    `${category.id}  ${category.name}  ${category.title}`,
    "",
    `kind:       ${kindText(category.kind)}`,
    `scenario:   ${category.scenario}`,
    `mechanism:  ${mechanismText(category, pack)}`,
  ];
  const scale = scaleText(category, config.organization);
  if (scale) lines.push(`scale rule: ${scale}`);
  if (category.sources.length > 0) lines.push(`sources:    ${category.sources.join("; ")}`);
  const signals = signalLines(category.id, pack);
  if (signals.length > 0) lines.push("", "Signals that suggest this category:", ...signals.map((s) => `  ${s}`));
  lines.push(
    "",
    "Why the law cares:",
    wrap(
      category.kind === "important"
        ? "Important data may leave China only after a CAC security assessment (or a recorded exemption that covers it), at any volume."
        : "Personal information of people in China may leave only under a security assessment, a standard contract or a certification, chosen by yearly volume and sensitivity.",
      "  ",
    ),
    "",
    `Annotate: /** @vdx ${category.id} */ · [(vdx.category) = "${category.id}"] · "x-vdx": "${category.id}"`,
    "",
  );
  return lines.join("\n");
}
