import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE, runCli } from "../cli/harness.js";

/**
 * The telematics gateway's README shows its export inventory as `vdx inventory` writes it; this test
 * fails when the two drift apart (set VDX_UPDATE_EXAMPLE_INVENTORY=1 to rewrite the README's copy),
 * and checks that the JSON inventory carries the same recipients, records and counts.
 */
const README = join(EXAMPLE, "README.md");
const START = "<!-- vdx-inventory:start -->\n";
const END = "<!-- vdx-inventory:end -->";

describe("examples/telematics-gateway: the inventory in the README", () => {
  it("is what vdx inventory writes today", async () => {
    const markdown = await runCli(["inventory", ".", "--as-of", "2026-06-01"], EXAMPLE);
    expect(markdown.code).toBe(0);
    const readme = readFileSync(README, "utf8");
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(0);
    const current = readme.slice(start + START.length, end);
    if (process.env.VDX_UPDATE_EXAMPLE_INVENTORY === "1") writeFileSync(README, readme.slice(0, start + START.length) + markdown.stdout + readme.slice(end));
    else expect(current).toBe(markdown.stdout);

    const json = JSON.parse((await runCli(["inventory", ".", "--as-of", "2026-06-01", "--format", "json"], EXAMPLE)).stdout) as {
      summary: { flows: number; byStatus: Record<string, number> };
      recipients: { name: string; jurisdiction: string; records: { id: string; validity: string }[] }[];
    };
    for (const recipient of json.recipients) expect(markdown.stdout).toContain(`##### ${recipient.name.replace(/([\\`*_[\]<>])/g, "\\$1")} (`);
    for (const record of json.recipients.flatMap((r) => r.records)) expect(markdown.stdout).toContain(`record \`${record.id}\`: `);
    expect(json.recipients.find((r) => r.name === "Example Motors GmbH")?.records.map((r) => `${r.id} ${r.validity}`)).toEqual([
      "SA-2026-0142 valid",
      "SC-2023-0007 expired",
    ]);
    expect(json.summary.byStatus).toMatchObject({ covered: 1, expired: 1, inadequate: 1, gap: 1, "vehicle-direct": 1, "not-export": 2 });
    expect(markdown.stdout).toContain("```mermaid\nflowchart LR\n");
  });
});
