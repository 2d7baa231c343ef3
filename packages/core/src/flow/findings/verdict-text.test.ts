import { describe, expect, it } from "vitest";
import { evaluate, flow, record } from "../../verdict/fixtures/builders.js";
import { recordShortfall, verdictLines } from "./verdict-text.js";

describe("verdicts in words: the filing reference of E5–E7 records", () => {
  const e7 = (extra: Parameters<typeof record>[0] = {}) =>
    record({ id: "MIIT-OTA-2026-9", mechanism: "exemption", exemption: "E7", categories: ["ota.package-source"], validUntil: "2026-04-30", ...extra });
  const packageSource = flow({ categories: ["ota.package-source"] });

  it("names the record id as the filing reference when the record gives no other", () => {
    const verdict = evaluate(packageSource, { records: [e7()], asOf: "2026-07-01" });
    expect(verdict.status).toBe("expired");
    expect(recordShortfall(verdict, verdict.record)).toMatch(/^record MIIT-OTA-2026-9 \(filing reference MIIT-OTA-2026-9 \(the record id\)\) expired/);
  });

  it("names the record's filingReference when it has one", () => {
    const verdict = evaluate(packageSource, { records: [e7({ filingReference: "工信部OTA缺陷备 2026-0077" })], asOf: "2026-04-01" });
    expect(verdict.status).toBe("covered");
    expect(verdictLines(verdict)).toContain("Record MIIT-OTA-2026-9: covers the flow; filing reference 工信部OTA缺陷备 2026-0077 (filingReference)");
  });

  it("says nothing of filings for other mechanisms", () => {
    const verdict = evaluate(flow(), { records: [record({ validUntil: "2026-04-30" })], asOf: "2026-07-01" });
    expect(recordShortfall(verdict, verdict.record)).not.toContain("filing");
  });
});
