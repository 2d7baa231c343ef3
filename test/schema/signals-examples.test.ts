import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parsePositionedDocument } from "../../packages/core/src/input/positioned-document.js";
import type { SignalCandidate } from "../../packages/core/src/model/index.js";
import { matchSignals, type SignalContext } from "../../packages/core/src/schema/index.js";
import { testPack } from "./helpers/test-pack.js";

const pack = testPack();
const rules = fileURLToPath(new URL("../../rules/", import.meta.url));

/** `lat with lng, alt in Trip` → identifier `lat`, siblings [lng, alt], parents [Trip]. */
function parseTermExample(example: string): { identifier: string; context: SignalContext } {
  const match = /^(\S+)(?: with ([^]*?))?(?: in (\S+))?$/.exec(example.trim());
  if (!match) throw new Error(`bad example ${example}`);
  const siblings = match[2]?.split(/\s*,\s*/).filter(Boolean);
  return { identifier: match[1]!, context: { ...(siblings ? { siblings } : {}), ...(match[3] ? { parents: [match[3]] } : {}) } };
}

const byWhich = (candidates: SignalCandidate[], category: string, which: string): SignalCandidate | undefined =>
  candidates.find((c) => c.category === category && (c.which === which || c.which.startsWith(which + "+ctx:")));

describe("signals.yaml", () => {
  it("validates against rules/schema/signals.schema.json", () => {
    const schema = JSON.parse(readFileSync(rules + "schema/signals.schema.json", "utf8"));
    const document = parsePositionedDocument("signals.yaml", readFileSync(rules + "2026/signals.yaml", "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(document.value), JSON.stringify(validate.errors)).toBe(true);
  });

  it("has signals for every category of the pack, and only for those", () => {
    expect([...pack.signals.keys()].sort()).toEqual([...pack.categories.keys()].sort());
    for (const signals of pack.signals.values()) {
      expect(signals.terms.length + signals.vss.length + signals.types.length, signals.category).toBeGreaterThan(0);
    }
  });

  for (const signals of pack.signals.values()) {
    describe(signals.category, () => {
      for (const term of signals.terms) {
        const which = `term:${term.parts.join("_")}`;
        it(`${which}: its examples match, its counter-examples do not`, () => {
          expect(term.examples.match.length).toBeGreaterThan(0);
          expect(term.examples.noMatch.length).toBeGreaterThan(0);
          for (const example of term.examples.match) {
            const { identifier, context } = parseTermExample(example);
            const hit = byWhich(matchSignals(identifier, context, pack), signals.category, which);
            expect(hit, `"${example}" should match ${which}`).toBeDefined();
            // A context example proves the context: it must reach the context confidence.
            if (term.context && (context.siblings || context.parents)) expect(hit!.confidence, example).toBe(term.context.confidence);
          }
          for (const example of term.examples.noMatch) {
            const { identifier, context } = parseTermExample(example);
            const hit = byWhich(matchSignals(identifier, context, pack), signals.category, which);
            // A bare term below the warning level may still be a candidate; what must not happen is a classification.
            if (hit) expect(hit.confidence, `"${example}" must not classify via ${which}`).toBeLessThan(0.8);
          }
        });
      }
      for (const entry of signals.vss) {
        it(`vss:${entry.path}`, () => {
          for (const path of entry.examples.match) {
            expect(matchSignals("", { vssPath: path }, pack).some((c) => c.category === signals.category), path).toBe(true);
          }
          for (const path of entry.examples.noMatch) {
            expect(matchSignals("", { vssPath: path }, pack).some((c) => c.category === signals.category && c.which.startsWith(`vss:${entry.path.replace(/\.\*\*?$/, "")}`)), path).toBe(false);
          }
        });
      }
      for (const entry of signals.types) {
        it(`type:${entry.name}`, () => {
          for (const name of entry.examples.match) {
            expect(byWhich(matchSignals("", { typeName: name }, pack), signals.category, `type:${entry.name}`), name).toBeDefined();
          }
          for (const name of entry.examples.noMatch) {
            expect(byWhich(matchSignals("", { typeName: name }, pack), signals.category, `type:${entry.name}`), name).toBeUndefined();
          }
        });
      }
    });
  }
});

describe("the pack loader's view of signals.yaml", () => {
  it("is the same signals the schema tests use", async () => {
    const { loadRulePack } = await import("../../packages/core/src/pack/index.js");
    const loaded = loadRulePack({ rulePack: "2026", extends: [], baseDir: fileURLToPath(new URL("../..", import.meta.url)) });
    expect(loaded.errors).toEqual([]);
    const normalise = (signals: Map<string, unknown>) => JSON.stringify([...signals.entries()].sort(([a], [b]) => a.localeCompare(b)));
    expect(normalise(loaded.value.signals)).toBe(normalise(pack.signals));
  });
});
