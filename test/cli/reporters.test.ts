import { describe, expect, it } from "vitest";
import { formatInventoryCsv, formatInventoryJson, formatInventoryMarkdown, formatJson, formatMarkdown, formatSarif, formatText, RULE_IDS } from "@vdx/cli";
import { findingMessage, normaliseJurisdiction } from "@vdx/core";
import { ROOT, sampleResult } from "./sample-result.js";

const options = { toolVersion: "9.9.9" };

describe("text reporter", () => {
  it("groups by file, prints path:line:col level message rule-id, the export flow and a summary", () => {
    const text = formatText(sampleResult(), { displayBase: ROOT, colour: false });
    const lines = text.split("\n");
    expect(lines[0]).toBe("apps/tbox/app.ts");
    expect(text).toContain(
      "  src/upload.ts:40:9  error  pi.sensitive.location-trajectory leaves to analytics.example.de (DE) with no covering record  unassessed-export",
    );
    expect(text).toContain("      push → analytics.example.de (DE) · pi.sensitive.location-trajectory");
    expect(text).toContain("      ↳ proto/telemetry.proto:12:3  field State.latitude classified");
    expect(text).toContain(
      "  proto/telemetry.proto:18:3  warn   field speed_kph looks like driving behaviour (suggested: pi.general.driving-behaviour)  unclassified-signal",
    );
    // did-you-mean already in the message: not repeated
    expect(text).not.toContain("trajectory?) (suggested");
    expect(lines.at(-2)).toBe("✖ 7 problems (5 errors, 2 warnings) · 9 files scanned");
    expect(text).not.toMatch(/\u001b\[/);
  });

  it("colours only when asked, and reports hidden findings", () => {
    const coloured = formatText(sampleResult(), { displayBase: ROOT, colour: true });
    expect(coloured).toContain("\u001b[31merror\u001b[39m");
    const clean = formatText(sampleResult({ findings: [], baselined: 3, unchanged: 2 }), { displayBase: "/work", colour: false });
    expect(clean).toBe("✔ no problems · 9 files scanned · 3 in baseline, 2 not touching the change not shown\n");
  });

  it("shows paths relative to the display base", () => {
    expect(formatText(sampleResult(), { displayBase: "/work", colour: false })).toContain("project/src/upload.ts:40:9");
  });
});

describe("json reporter", () => {
  it("has the documented stable shape with root-relative paths and a summary", () => {
    const doc = JSON.parse(formatJson(sampleResult(), options));
    expect(Object.keys(doc)).toEqual(["version", "tool", "root", "asOf", "rulePack", "findings", "errors", "summary"]);
    expect(doc.tool).toEqual({ name: "vdx", version: "9.9.9" });
    const first = doc.findings.find((f: { ruleId: string }) => f.ruleId === "unassessed-export");
    expect(first).toMatchObject({ file: "src/upload.ts", line: 40, column: 9, endLine: 40, endColumn: 30, level: "error" });
    expect(first.flow[0]).toEqual({ file: "proto/telemetry.proto", line: 12, column: 3, message: expect.any(String) });
    expect(first.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(first.details).toEqual(["no record lists analytics.example.de"]);
    expect(doc.summary).toMatchObject({ total: 7, errors: 5, warnings: 2, filesWithFindings: 5, filesScanned: 9 });
    expect(Object.keys(doc.summary.byRule)).toEqual([...RULE_IDS]);
  });
});

describe("json and sarif reporters: findings as data", () => {
  it("give a finding's message id and data beside the sentence rendered from them", () => {
    const [known] = sampleResult().findings.filter((f) => f.ruleId === "unknown-category");
    const finding = {
      ...known!,
      ...findingMessage("unknown-category", "unknownCategory", {
        id: "pi.sensitive.location-trajectroy",
        where: "flows[0].categories[0] (registry record SA-2)",
        didYouMean: '; did you mean "pi.sensitive.location-trajectory"?',
      }),
    };
    const result = sampleResult({ findings: [finding] });
    const [json] = JSON.parse(formatJson(result, options)).findings;
    expect(json.messageId).toBe("unknownCategory");
    expect(json.data).toEqual({
      id: "pi.sensitive.location-trajectroy",
      where: "flows[0].categories[0] (registry record SA-2)",
      didYouMean: '; did you mean "pi.sensitive.location-trajectory"?',
    });
    const sentence =
      'unknown category "pi.sensitive.location-trajectroy" in flows[0].categories[0] (registry record SA-2): the rule pack defines no such category; ' +
      'did you mean "pi.sensitive.location-trajectory"?';
    expect(json.message).toBe(sentence);
    // The sentence is rendered from the id and data, not read from the field; SARIF says it as `message.text`.
    const stale = sampleResult({ findings: [{ ...finding, message: "stale" }] });
    expect(JSON.parse(formatJson(stale, options)).findings[0].message).toBe(sentence);
    // SARIF also names the message (the rule's messageStrings hold the template) and passes the data in placeholder order.
    expect(JSON.parse(formatSarif(stale, options)).runs[0].results[0].message).toEqual({
      text: sentence,
      id: "unknownCategory",
      arguments: ["pi.sensitive.location-trajectroy", "flows[0].categories[0] (registry record SA-2)", '; did you mean "pi.sensitive.location-trajectory"?'],
    });
  });
});

describe("markdown reporter", () => {
  it("has a per-rule summary table and findings by file, escaping markdown in messages", () => {
    const md = formatMarkdown(sampleResult(), options);
    expect(md.startsWith("## vdx scan: 5 errors, 2 warnings\n")).toBe(true);
    for (const id of RULE_IDS) expect(md).toMatch(new RegExp(`\\| \\[\`${id}\`\\]\\([^)]+docs/findings/${id}\\.md\\) \\| (error|warn) \\| 1 \\|`));
    expect(md).toContain("#### `src/upload.ts`");
    expect(md).toContain("field speed\\_kph looks like");
    expect(md).toContain("  - push to `crm.example.de` (DE) · categories `pi.general.identity-contact` · record `SC-1`");
    expect(md).toContain("<details><summary>flow</summary>");
  });
});

describe("inventory reporters", () => {
  it("writes the contracts.md inventory JSON shape exactly", () => {
    const doc = JSON.parse(formatInventoryJson(sampleResult()));
    // The contract's keys first and unchanged; the filing draft's facts are added after them.
    expect(Object.keys(doc)).toEqual(["version", "fields", "flows", "summary", "recipients"]);
    expect(doc.fields[0]).toEqual({
      file: "proto/telemetry.proto",
      line: 12,
      path: "example.State.latitude",
      categories: ["pi.sensitive.location-trajectory"],
      evidence: "annotation",
      confidence: 1,
    });
    expect(doc.fields[1].evidence).toBe("signal:term:heart+rate");
    expect(doc.flows[1]).toEqual({
      file: "src/upload.ts",
      line: 52,
      categories: ["pi.general.identity-contact"],
      destination: 'crm "eu", main',
      jurisdiction: normaliseJurisdiction("DE"),
      behaviour: "push",
      status: "expired",
      assessment: "SC-1",
      recipient: { name: 'crm "eu", main', country: normaliseJurisdiction("DE"), source: "destination" },
      service: "src",
    });
    expect(doc.flows[0].assessment).toBeNull();
  });

  it("quotes CSV per RFC 4180", () => {
    const csv = formatInventoryCsv(sampleResult());
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe(
      "kind,file,line,path,categories,evidence,confidence,destination,jurisdiction,behaviour,status,assessment," +
        "recipient,recipient_country,recipient_source,service,record_mechanism,record_valid_from,record_valid_until,record_validity,declared_scale",
    );
    expect(rows[2]).toBe(
      'flow,src/upload.ts,52,,pi.general.identity-contact,,,"crm ""eu"", main",DE,push,expired,SC-1,"crm ""eu"", main",DE,destination,src,,,,,',
    );
    expect(rows[3]).toBe("field,proto/telemetry.proto,12,example.State.latitude,pi.sensitive.location-trajectory,annotation,1,,,,,,,,,,,,,,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("leaves fields reviewed with @vdx none out unless includeReviewed", () => {
    const input = withReviewedAndDomestic();
    const doc = JSON.parse(formatInventoryJson(input));
    expect(doc.fields.map((f: { path: string }) => f.path)).toEqual(["example.State.latitude", "Trip.heartRate"]);
    const all = JSON.parse(formatInventoryJson(input, { includeReviewed: true }));
    expect(all.fields.map((f: { path: string }) => f.path)).toContain("Trip.tripId");
    expect(formatInventoryCsv(input)).not.toContain("Trip.tripId");
    expect(formatInventoryCsv(input, { includeReviewed: true })).toContain("field,src/trip.ts,3,Trip.tripId,,annotation,1,,,,,,,,,,,,,,\r\n");
  });

  it("renders a markdown inventory for compliance staff: a status summary, categories with kind and mechanism, recipients, fields by category", () => {
    const md = formatInventoryMarkdown(withReviewedAndDomestic(), { categories: CATEGORIES, organization: { ciio: false, vehiclesInChina: 80_000 } });
    expect(md).toContain("3 flows (2 abroad, 0 unresolved, 1 domestic or internal) · 2 classified fields in 5 categories");
    expect(md).toContain("Declared scale: CIIO no · vehiclesInChina 80,000 · chargingVehicles not declared");
    // One summary row per category, with the pack's kind and mechanism and the flows that leave.
    expect(md).toContain(
      "| `pi.sensitive.location-trajectory` Precise location and trajectory | 行踪轨迹/精准定位 | sensitive PI | PI-VOL: by yearly volume of people | — | 1 | 1 | `analytics.example.de (DE)` | 1 gap |",
    );
    expect(md).toContain(
      "| `conn.operating-condition` Vehicle operating-condition data | 车辆运行工况数据 | important data | SA: security assessment | vehiclesInChina ≥ 100,000 (declared 80,000: not important) | 0 | 0 | — | — |",
    );
    // A category the pack does not know is still listed, and said so.
    expect(md).toMatch(/\| `pi\.general\.identity-contact` \| — \| not in the pack \|/);
    // The summary opens the document: flows by status and where they go.
    expect(md).toContain(
      "| status | abroad | unresolved | domestic or internal | total |\n| --- | ---: | ---: | ---: | ---: |\n| gap | 1 | 0 | 0 | 1 |\n| expired | 1 | 0 | 0 | 1 |\n| not-export | 0 | 0 | 1 | 1 |\n| **all** | 2 | 0 | 1 | 3 |",
    );
    // Flows by recipient within each jurisdiction, domestic ones last and labelled as not exports.
    const abroad = md.indexOf("#### Abroad: DE");
    const domestic = md.indexOf("#### Domestic or internal: not exports");
    expect(abroad).toBeGreaterThan(0);
    expect(domestic).toBeGreaterThan(abroad);
    expect(md).toContain("##### analytics.example.de (DE) — owner unknown: the destination's host\n\n- no record: nothing is declared for this recipient");
    expect(md.slice(domestic)).toContain("| `tsp.example.com.cn` | `src/upload.ts:12` | `src` | conn.operating-condition | push | not-export | — |");
    expect(md).toContain(
      "| `analytics.example.de` | `src/upload.ts:40` | `src` | pi.sensitive.location-trajectory, pi.general.vehicle-identifier | push | gap | — |",
    );
    // Fields under each of their categories; the reviewed field only on request.
    expect(md).toContain("#### `pi.sensitive.location-trajectory` — Precise location and trajectory (行踪轨迹/精准定位)");
    expect(md).toContain("| `proto/telemetry.proto:12` | `example.State.latitude` | annotation | 1.00 |");
    expect(md).not.toContain("Trip.tripId");
    expect(formatInventoryMarkdown(withReviewedAndDomestic(), { includeReviewed: true })).toMatch(/### Reviewed fields \(`@vdx none`\)[\s\S]*Trip\.tripId/);
  });
});

const CATEGORIES = new Map([
  [
    "pi.sensitive.location-trajectory",
    {
      id: "pi.sensitive.location-trajectory",
      name: "行踪轨迹/精准定位",
      title: "Precise location and trajectory",
      kind: "pi-sensitive" as const,
      mechanism: "PI-VOL" as const,
    },
  ],
  [
    "conn.operating-condition",
    {
      id: "conn.operating-condition",
      name: "车辆运行工况数据",
      title: "Vehicle operating-condition data",
      kind: "important" as const,
      mechanism: "SA" as const,
      importantWhen: { fact: "vehiclesInChina" as const, threshold: 100_000, description: "fleet telemetry at scale" },
    },
  ],
]);

/** The sample plus a field reviewed with `@vdx none` and a domestic flow carrying a scale-conditional category. */
function withReviewedAndDomestic() {
  const base = sampleResult();
  return sampleResult({
    fields: [
      ...base.fields,
      {
        path: "Trip.tripId",
        source: "typescript",
        location: { file: `${ROOT}/src/trip.ts`, line: 3, column: 3 },
        categories: [],
        evidence: { kind: "annotation" },
        confidence: 1,
      },
    ],
    flows: [
      ...base.flows,
      {
        location: { file: `${ROOT}/src/upload.ts`, line: 12, column: 3 },
        categories: ["conn.operating-condition"],
        destination: "tsp.example.com.cn",
        jurisdiction: normaliseJurisdiction("CN"),
        behaviour: "push",
        status: "not-export",
      },
    ],
  });
}
