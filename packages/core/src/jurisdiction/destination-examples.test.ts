import { describe, expect, it } from "vitest";
import { loadRulePack } from "../pack/load-rule-pack.js";
import { resolveDestination } from "./resolve-destination.js";

/**
 * Every entry of destinations.yaml carries examples; this runs all of them, so
 * a rule that is edited into matching too much or too little fails here.
 */
const outcome = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() });
const pack = outcome.value;
const ctx = { pack, hosts: [] };

describe("destinations.yaml examples", () => {
  it("loads without errors", () => {
    expect(outcome.errors).toEqual([]);
    expect(pack.destinations.hosts.length).toBeGreaterThan(40);
  });

  it("every host rule, cloud provider and the internal block has at least one positive and one negative example", () => {
    const entries = [
      ...pack.destinations.hosts.map((h) => ({ name: h.match, examples: h.examples })),
      ...pack.destinations.clouds.map((c) => ({ name: c.id, examples: c.examples })),
      { name: "internal", examples: pack.destinations.internal.examples },
    ];
    for (const { name, examples } of entries) {
      expect(examples.match.length, `${name} has no positive example`).toBeGreaterThan(0);
      expect(examples.noMatch.length, `${name} has no negative example`).toBeGreaterThan(0);
    }
  });

  describe.each(pack.destinations.hosts.map((rule) => [rule.match, rule] as const))("host rule %s", (_name, rule) => {
    it.each(rule.examples.match)("matches %s", (example) => {
      const resolved = resolveDestination(example, ctx);
      expect(resolved).toMatchObject({ matchedBy: "host-rule", rule: rule.match, jurisdiction: rule.jurisdiction });
    });
    it.each(rule.examples.noMatch)("does not match %s", (example) => {
      const resolved = resolveDestination(example, ctx);
      expect(resolved.matchedBy === "host-rule" && resolved.rule === rule.match).toBe(false);
    });
  });

  describe.each(pack.destinations.clouds.map((provider) => [provider.id, provider] as const))("cloud %s", (_name, provider) => {
    it.each(provider.examples.match)("places %s by its region", (example) => {
      const resolved = resolveDestination(example, ctx);
      expect(resolved.matchedBy).toBe("cloud-region");
      expect(resolved.cloud?.provider).toBe(provider.id);
      expect(resolved.jurisdiction).toBe(provider.regions[resolved.cloud!.region]);
      expect(resolved.rule).toBe(`${provider.id}:${resolved.cloud!.region}`);
    });
    it.each(provider.examples.noMatch)("does not place %s", (example) => {
      const resolved = resolveDestination(example, ctx);
      expect(resolved.matchedBy === "cloud-region" && resolved.cloud?.provider === provider.id).toBe(false);
    });
  });

  describe("internal block", () => {
    const { internal } = pack.destinations;
    it.each(internal.examples.match)("%s is internal", (example) => {
      const resolved = resolveDestination(example, ctx);
      expect(resolved.jurisdiction).toBe("internal");
      expect(["internal-range", "internal-suffix"]).toContain(resolved.matchedBy);
    });
    it.each(internal.examples.noMatch)("%s is not internal", (example) => {
      expect(resolveDestination(example, ctx).jurisdiction).not.toBe("internal");
    });
  });

  it("every region of every provider maps to an upper-case ISO code, and no region code is claimed twice by one provider", () => {
    for (const provider of pack.destinations.clouds) {
      for (const [region, jurisdiction] of Object.entries(provider.regions)) {
        expect(region, provider.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(jurisdiction, `${provider.id}:${region}`).toMatch(/^[A-Z]{2}$/);
      }
    }
  });
});
