import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parsePositionedDocument } from "../../packages/core/src/input/positioned-document.js";
import {
  checkAbbreviationExamples,
  checkCompoundExamples,
  checkDictionaryExamples,
  checkQualifierExamples,
  checkShapeExamples,
  checkTermExamples,
  checkTypeExamples,
  checkVssExamples,
  splitIdentifier,
} from "../../packages/core/src/schema/index.js";
import { testPack } from "./helpers/test-pack.js";

const pack = testPack();
const rules = fileURLToPath(new URL("../../rules/", import.meta.url));

function validates(schemaFile: string, dataFile: string): void {
  const schema = JSON.parse(readFileSync(rules + `schema/${schemaFile}`, "utf8"));
  const document = parsePositionedDocument(dataFile, readFileSync(rules + `2026/${dataFile}`, "utf8"));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  expect(validate(document.value), `${dataFile}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

describe("signals.yaml", () => {
  it("validates against rules/schema/signals.schema.json", () => validates("signals.schema.json", "signals.yaml"));

  it("has signals for every category of the pack, and only for those", () => {
    expect([...pack.signals.keys()].sort()).toEqual([...pack.categories.keys()].sort());
    for (const signals of pack.signals.values()) {
      expect(signals.terms.length + signals.vss.length + signals.types.length, signals.category).toBeGreaterThan(0);
    }
  });

  for (const signals of pack.signals.values()) {
    describe(signals.category, () => {
      for (const term of signals.terms) {
        it(`term:${term.parts.join("_")}: its examples match, its counter-examples do not`, () => {
          expect(checkTermExamples(pack, signals.category, term)).toEqual([]);
        });
      }
      for (const entry of signals.vss) it(`vss:${entry.path}`, () => expect(checkVssExamples(pack, signals.category, entry)).toEqual([]));
      for (const entry of signals.types) {
        it(`type:${entry.name}`, () => expect(checkTypeExamples(pack, signals.category, `type:${entry.name}`, entry.examples)).toEqual([]));
      }
      for (const shape of signals.shapes ?? []) {
        it(`shape:${shape.types[0]} beside ${shape.siblings.join(", ")}`, () => expect(checkShapeExamples(pack, signals.category, shape)).toEqual([]));
      }
    });
  }
});

describe("vocabulary.yaml", () => {
  it("validates against rules/schema/vocabulary.schema.json", () => validates("vocabulary.schema.json", "vocabulary.yaml"));
  for (const abbreviation of pack.vocabulary!.abbreviations) {
    it(`abbreviation ${abbreviation.short} → ${abbreviation.full}`, () => expect(checkAbbreviationExamples(pack, abbreviation)).toEqual([]));
  }
  for (const qualifier of pack.vocabulary!.qualifiers) {
    it(`qualifier ${qualifier.id}`, () => expect(checkQualifierExamples(pack, qualifier)).toEqual([]));
  }
  it("splits concatenated words into known ones, and leaves other words whole", () => {
    expect(checkCompoundExamples(pack, pack.vocabulary!.compounds!)).toEqual([]);
  });
  it("never abbreviates a word to itself or chains abbreviations", () => {
    const shorts = new Set(pack.vocabulary!.abbreviations.map((a) => a.short));
    for (const { short, full } of pack.vocabulary!.abbreviations) {
      expect(full, short).not.toBe(short);
      expect(shorts.has(full), `${short} → ${full} is itself abbreviated`).toBe(false);
    }
  });
});

describe("dictionaries", () => {
  const files = readdirSync(rules + "2026/dictionaries").filter((name) => name.endsWith(".yaml"));
  for (const file of files)
    it(`${file} validates against rules/schema/dictionary.schema.json`, () => validates("dictionary.schema.json", `dictionaries/${file}`));

  for (const dictionary of pack.dictionaries!) {
    describe(dictionary.id, () => {
      it("cites a source for every table, and every category exists", () => {
        const sources = new Set(dictionary.sources.map((s) => s.id));
        for (const group of dictionary.groups) {
          expect(sources.has(group.source), `${dictionary.id}: ${group.source}`).toBe(true);
          for (const category of group.categories ?? []) expect(pack.categories.has(category), category).toBe(true);
          if (group.alone !== undefined) expect(group.alone, `${dictionary.id}: alone < confidence`).toBeLessThan(group.confidence!);
        }
      });
      it("lists a name or leaf once per scope (a second listing would silently win)", () => {
        const seen = new Map<string, number>();
        const duplicates: string[] = [];
        dictionary.groups.forEach((group, i) => {
          const scope = JSON.stringify(group.context ?? {});
          const keys = [
            ...(group.names ?? []).map((n) => `${scope}|${splitIdentifier(n).join("_")}`),
            ...(group.leaves ?? []).map((l) => `${group.branch}.${l}`),
          ];
          for (const key of keys) {
            if (seen.has(key)) duplicates.push(`${key} in groups ${seen.get(key)! + 1} and ${i + 1}`);
            seen.set(key, i);
          }
        });
        expect(duplicates).toEqual([]);
      });
      dictionary.groups.forEach((group, i) => {
        const label = group.branch ?? group.names?.slice(0, 3).join(", ") ?? group.types?.slice(0, 2).join(", ");
        it(`group ${i + 1} (${label}): its examples hold`, () => expect(checkDictionaryExamples(pack, dictionary, group)).toEqual([]));
      });
    });
  }
});

describe("the pack loader's view of the signal files", () => {
  it("is the same signals, vocabulary and dictionaries the schema tests use", async () => {
    const { loadRulePack } = await import("../../packages/core/src/pack/index.js");
    const loaded = loadRulePack({ rulePack: "2026", extends: [], baseDir: fileURLToPath(new URL("../..", import.meta.url)) });
    expect(loaded.errors).toEqual([]);
    expect(loaded.findings).toEqual([]);
    const normalise = (signals: Map<string, unknown>) => JSON.stringify([...signals.entries()].sort(([a], [b]) => a.localeCompare(b)));
    expect(normalise(loaded.value.signals)).toBe(normalise(pack.signals));
    expect(loaded.value.vocabulary).toEqual(pack.vocabulary);
    const groups = (dictionaries: typeof pack.dictionaries) => (dictionaries ?? []).map((d) => [d.id, d.groups]).sort();
    expect(groups(loaded.value.dictionaries)).toEqual(groups(pack.dictionaries));
  });
});
