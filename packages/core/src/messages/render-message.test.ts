import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unknownCategoryMessage } from "../categories/unknown-category-message.js";
import type { Finding, RuleId } from "../model/finding.js";
import { unclassifiedSignalFinding } from "../schema/findings.js";
import { FINDING_MESSAGES } from "./message-table.js";
import { findingMessage, interpolate, messageTemplates, renderFindingMessage, textMessage } from "./render-message.js";

const docsPage = (rule: string) => readFileSync(new URL(`../../../../docs/findings/${rule}.md`, import.meta.url), "utf8");
const placeholders = (template: string) => [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];

describe("the message table", () => {
  it("documents every message id and every data key on the rule's findings page", () => {
    for (const [rule, table] of Object.entries(FINDING_MESSAGES)) {
      const page = docsPage(rule);
      for (const [id, template] of Object.entries(table)) {
        const row = page.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
        expect(row, `${rule} ${id}`).toBeDefined();
        for (const key of placeholders(template)) expect(row, `${rule} ${id} ${key}`).toContain(`\`${key}\``);
      }
    }
  });

  it("gives each ESLint rule its templates and the generic text", () => {
    expect(messageTemplates("unknown-category")).toEqual({ unknownCategory: FINDING_MESSAGES["unknown-category"].unknownCategory, text: "{{text}}" });
  });
});

describe("rendering", () => {
  it("says the id, where it is and the did-you-mean, as before the table", () => {
    const message = unknownCategoryMessage("pi.sensitive.locaton", "Trip.lat", ["pi.sensitive.location-trajectory"]);
    expect(message.messageId).toBe("unknownCategory");
    expect(message.data).toEqual({ id: "pi.sensitive.locaton", where: "Trip.lat", didYouMean: '; did you mean "pi.sensitive.location-trajectory"?' });
    expect(message.message).toBe(
      'unknown category "pi.sensitive.locaton" in Trip.lat: the rule pack defines no such category; did you mean "pi.sensitive.location-trajectory"?',
    );
    expect(unknownCategoryMessage("x", "Trip.lat", []).message).toBe('unknown category "x" in Trip.lat: the rule pack defines no such category');
  });

  it("renders a finding from its id and data, whatever its message field says", () => {
    const finding = unclassifiedSignalFinding("/root", { file: "/root/a.proto", line: 3, column: 1 }, "Trip.lat", [
      { category: "pi.sensitive.location-trajectory", which: "term:lat", confidence: 0.8 },
    ]);
    expect(finding.messageId).toBe("unclassified");
    expect(finding.data).toEqual({ field: "Trip.lat", evidence: "pi.sensitive.location-trajectory (term:lat, confidence 0.80)" });
    expect(renderFindingMessage({ ...finding, message: "stale" })).toBe(finding.message);
    expect(finding.message).toMatch(/^Trip\.lat looks like vehicle data but carries no classification: pi\.sensitive\.location-trajectory \(term:lat/);
  });

  it("keeps the sentence of a finding without an id, with the generic id, or with an id its rule does not know", () => {
    const base = { ruleId: "invalid-input" as RuleId, message: "a finished sentence" };
    expect(renderFindingMessage(base)).toBe("a finished sentence");
    expect(renderFindingMessage({ ...base, ...textMessage("another sentence") })).toBe("another sentence");
    expect(renderFindingMessage({ ...base, messageId: "unknownCategory", data: { id: "x" } } satisfies Partial<Finding>)).toBe("a finished sentence");
  });

  it("interpolates as ESLint does: spaces inside the braces, and a name without data left as written", () => {
    expect(interpolate("{{ a }} and {{b}} and {{c}}", { a: "1", b: "2" })).toBe("1 and 2 and {{c}}");
    expect(interpolate("{{a}}", { a: "{{b}}", b: "no second pass" })).toBe("{{b}}");
  });

  it("types the data per message: the template's placeholders", () => {
    const message = findingMessage("invalid-input", "notScanned", { reason: "binary file" });
    expect(message).toEqual({ messageId: "notScanned", data: { reason: "binary file" }, message: "not scanned: binary file" });
    // @ts-expect-error -- `reason` is the placeholder of notScanned, not `problem`
    findingMessage("invalid-input", "notScanned", { problem: "x" });
  });
});
