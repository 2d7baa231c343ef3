import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePositionedDocument } from "../../../packages/core/src/input/positioned-document.js";
import type { Category, CategorySignals, RulePack } from "../../../packages/core/src/model/index.js";

const rulesDir = fileURLToPath(new URL("../../../rules/2026/", import.meta.url));

/**
 * The 2026 pack's categories and signals read straight from the YAML files,
 * so schema tests do not depend on the pack loader's merge logic (the pack
 * tests cover that). Loaded once per test file.
 */
let cached: RulePack | undefined;
export function testPack(): RulePack {
  if (cached) return cached;
  const categoriesDoc = parsePositionedDocument("categories.yaml", readFileSync(rulesDir + "categories.yaml", "utf8"));
  const signalsDoc = parsePositionedDocument("signals.yaml", readFileSync(rulesDir + "signals.yaml", "utf8"));
  if (categoriesDoc.errors.length > 0 || signalsDoc.errors.length > 0) throw new Error("rule pack YAML does not parse");
  const categories = new Map<string, Category>();
  for (const category of (categoriesDoc.value as { categories: Category[] }).categories) categories.set(category.id, category);
  const signals = new Map<string, CategorySignals>();
  for (const entry of (signalsDoc.value as { signals: CategorySignals[] }).signals) {
    signals.set(entry.category, { category: entry.category, terms: entry.terms ?? [], vss: entry.vss ?? [], types: entry.types ?? [] });
  }
  cached = {
    id: "2026",
    version: "test",
    title: "test",
    roots: [rulesDir],
    categories,
    exemptions: new Map(),
    destinations: { hosts: [], clouds: [], internal: { cidrs: [], suffixes: [], examples: { match: [], noMatch: [] } } },
    sinks: [],
    signals,
  };
  return cached;
}

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));
