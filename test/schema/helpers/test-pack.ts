import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePositionedDocument } from "../../../packages/core/src/input/positioned-document.js";
import type { Category, CategorySignals, RulePack, SignalDictionary, Vocabulary } from "../../../packages/core/src/model/index.js";

const rulesDir = fileURLToPath(new URL("../../../rules/2026/", import.meta.url));

/** A pack file's parsed YAML; the pack's schema tests check its shape, so callers name it. */
function readYaml(file: string): unknown {
  const document = parsePositionedDocument(file, readFileSync(rulesDir + file, "utf8"));
  if (document.errors.length > 0) throw new Error(`rule pack YAML does not parse: ${file}: ${document.errors[0]!.message}`);
  return document.value;
}

/**
 * The 2026 pack's categories, signals, vocabulary and dictionaries read
 * straight from the YAML files, so schema tests do not depend on the pack
 * loader's merge logic (the pack tests cover that). Loaded once per test file.
 */
let cached: RulePack | undefined;
export function testPack(): RulePack {
  if (cached) return cached;
  const categories = new Map<string, Category>();
  for (const category of (readYaml("categories.yaml") as { categories: Category[] }).categories) categories.set(category.id, category);
  const signals = new Map<string, CategorySignals>();
  for (const entry of (readYaml("signals.yaml") as { signals: (Pick<CategorySignals, "category"> & Partial<CategorySignals>)[] }).signals) {
    signals.set(entry.category, {
      category: entry.category,
      terms: entry.terms ?? [],
      vss: entry.vss ?? [],
      types: entry.types ?? [],
      ...(entry.shapes ? { shapes: entry.shapes } : {}),
    });
  }
  const vocabulary = readYaml("vocabulary.yaml") as Partial<Vocabulary>;
  const dictionaries = readdirSync(rulesDir + "dictionaries")
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const value = readYaml(`dictionaries/${name}`) as Omit<SignalDictionary, "context" | "instances"> &
        Partial<Pick<SignalDictionary, "context" | "instances">> & { dictionary: string };
      return {
        id: value.dictionary,
        title: value.title,
        sources: value.sources,
        context: value.context ?? {},
        instances: value.instances ?? [],
        groups: value.groups,
      };
    });
  cached = {
    id: "2026",
    version: "test",
    title: "test",
    roots: [rulesDir],
    categories,
    exemptions: new Map(),
    destinations: { hosts: [], clouds: [], internal: { cidrs: [], suffixes: [], examples: { match: [], noMatch: [] } } },
    sinks: [],
    propagation: { mutators: new Set(), callbackResults: new Set(), emptyResults: new Set(), elementCallbacks: new Set(), containers: new Map() },
    signals,
    vocabulary: {
      abbreviations: vocabulary.abbreviations ?? [],
      qualifiers: vocabulary.qualifiers ?? [],
      ...(vocabulary.compounds ? { compounds: vocabulary.compounds } : {}),
    },
    dictionaries,
  };
  return cached;
}

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));
