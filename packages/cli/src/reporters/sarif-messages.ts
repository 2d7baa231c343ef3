import { FINDING_MESSAGES, messageTemplate, type Finding, type RuleId } from "@vdx/core";

// SARIF 2.1.0 message strings (§3.11.5, §3.11.7–3.11.11): a result may carry `message.id` and
// `message.arguments`, which a consumer looks up in the `messageStrings` of the result's rule and fills
// in. vdx's templates use ESLint's `{{name}}`; SARIF numbers its placeholders (`{0}`) and writes a
// literal brace twice. `message.text` stays beside the id: GitHub code scanning reads only the text, and
// a consumer that has the text uses it. The generic `text` message (a finished sentence as its only
// argument) gets no id: `{0}` tells a consumer nothing the text does not.

/** A vdx template as a SARIF format string, and the data keys of its placeholders in number order. */
export interface SarifFormat {
  text: string;
  names: string[];
}

const PLACEHOLDER = /\{\{([^{}]+?)\}\}|[{}]/g;

/** `"{{payload}} reaches {{destination}}"` → `{ text: "{0} reaches {1}", names: ["payload", "destination"] }`. */
export function sarifFormat(template: string): SarifFormat {
  const names: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string | undefined) => {
    if (name === undefined) return whole + whole; // a literal brace
    const key = name.trim();
    let index = names.indexOf(key);
    if (index === -1) index = names.push(key) - 1;
    return `{${index}}`;
  });
  return { text, names };
}

/**
 * `tool.driver.rules[].messageStrings` of `rule`: every template it reports with, ids sorted, each a
 * sentence (SARIF's best practice SARIF2001 asks for the final period the templates leave to the caller).
 */
export function ruleMessageStrings(rule: RuleId): Record<string, { text: string }> {
  const templates: Readonly<Record<string, string>> = FINDING_MESSAGES[rule];
  return Object.fromEntries(
    Object.keys(templates)
      .sort()
      .map((id) => [id, { text: sentence(sarifFormat(templates[id] ?? "").text) }]),
  );
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * `message.id` and `message.arguments` of a finding, when its id is one of its rule's templates and it
 * carries data; an absent data key is passed as the placeholder it left (what the text shows too).
 */
export function resultMessageReference(finding: Pick<Finding, "ruleId" | "messageId" | "data">): { id: string; arguments: string[] } | undefined {
  const { messageId, data } = finding;
  if (messageId === undefined || data === undefined) return undefined;
  const template = Object.hasOwn(FINDING_MESSAGES[finding.ruleId], messageId) ? messageTemplate(finding.ruleId, messageId) : undefined;
  if (template === undefined) return undefined;
  const args = sarifFormat(template).names.map((name) => data[name] ?? `{{${name}}}`);
  return { id: messageId, arguments: args };
}
