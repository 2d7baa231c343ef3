import { describe, expect, it } from "vitest";
import { FINDING_MESSAGES, type RuleId } from "@vdx/core";
import { resultMessageReference, ruleMessageStrings, sarifFormat } from "./sarif-messages.js";

describe("SARIF message strings", () => {
  it("numbers placeholders by first use, reuses a repeated one and doubles literal braces", () => {
    expect(sarifFormat('global "{{name}}" merges with "{{ name }}" ({{models}})')).toEqual({
      text: 'global "{0}" merges with "{0}" ({1})',
      names: ["name", "models"],
    });
    expect(sarifFormat("a {b} c {{x}}")).toEqual({ text: "a {{b}} c {0}", names: ["x"] });
  });

  it("lists every template of a rule as a sentence, without the generic text message", () => {
    const rule: RuleId = "unresolved-destination";
    const strings = ruleMessageStrings(rule);
    expect(Object.keys(strings)).toEqual(Object.keys(FINDING_MESSAGES[rule]).sort());
    expect(strings.unplacedHost?.text).toBe("{0} reaches {1}{2} via {3}, a host in no destination table: add it to config hosts with its jurisdiction.");
  });

  it("passes a finding's data in placeholder order, and nothing for an id its rule does not know", () => {
    const data = { where: "config", id: "pi.x", didYouMean: ' (did you mean "pi.y"?)' };
    expect(resultMessageReference({ ruleId: "unknown-category", messageId: "unknownCategory", data })).toEqual({
      id: "unknownCategory",
      arguments: ["pi.x", "config", ' (did you mean "pi.y"?)'],
    });
    expect(resultMessageReference({ ruleId: "unknown-category", messageId: "unassessedExport", data })).toBeUndefined();
    expect(resultMessageReference({ ruleId: "unknown-category", messageId: "unknownCategory" })).toBeUndefined();
    expect(resultMessageReference({ ruleId: "unknown-category", messageId: "text", data: { text: "a sentence" } })).toBeUndefined();
    expect(resultMessageReference({ ruleId: "unknown-category", messageId: "unknownCategory", data: { id: "pi.x" } })?.arguments).toEqual([
      "pi.x",
      "{{where}}",
      "{{didYouMean}}",
    ]);
  });
});
