import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { InputError } from "../input/positioned-document.js";
import type { LoadOutcome } from "../model/diagnostics.js";
import type { RulePack } from "../model/pack.js";
import { suggestIds } from "../categories/did-you-mean.js";
import { applyCategories, applyExemptions } from "./apply-keyed-entries.js";
import { applyDestinations } from "./apply-destinations.js";
import { applySignals, applySinks } from "./apply-signals-sinks.js";
import { applyRoutes, applyStores } from "./apply-remote-catalogues.js";
import { applyDictionary } from "./apply-dictionaries.js";
import { applyVocabulary } from "./apply-vocabulary.js";
import { applyPropagation } from "./apply-propagation.js";
import { unknownCategoryFindings } from "./category-references.js";
import { fileStamp, packFileCandidates, readPackFolder, PACK_PARTS } from "./pack-files.js";
import { builtinPackDir, builtinPackIds, packSchemaPath } from "../paths/builtin-rules.js";
import { emptyPackState, toRulePack, type PackState } from "./pack-state.js";

export interface RulePackSpec {
  /** A built-in pack id (`"2026"`) or a pack folder, relative to `baseDir`. */
  rulePack: string;
  /** Folders merged over the base, in order (later wins), relative to `baseDir`. */
  extends: string[];
  baseDir: string;
}

/**
 * Loaded packs, per process: the ESLint plugin asks for the pack once per
 * linted file. The key is the set of folders; the stamp (modification time and
 * size of every pack and schema file) decides whether the entry is still good.
 * Callers must treat the returned pack as read-only: it is shared.
 */
const cache = new Map<string, { stamp: string; outcome: LoadOutcome<RulePack> }>();

/** Loads, validates and merges a rule pack and the folders that extend it. Never throws on bad input. */
export function loadRulePack(spec: RulePackSpec): LoadOutcome<RulePack> {
  const located = locateFolders(spec);
  if ("error" in located) {
    return { value: toRulePack(emptyPackState(spec.rulePack)), errors: [located.error], findings: [] };
  }
  const folders = [located.base, ...located.extends];
  // The folders that were not found are part of the key: they are left out of `folders`, and the
  // outcome cached for the same folders without them has no error saying so.
  const key = JSON.stringify([folders, located.extendErrors.map((error) => error.file)]);
  const stamp = stampOf(folders);
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.outcome;
  const outcome = buildPack(spec.rulePack, located.base, located.extends, located.extendErrors);
  cache.set(key, { stamp, outcome });
  return outcome;
}

/**
 * Every file whose content decides the pack `spec` loads (the pack and extending folders' files, the
 * pack schemas), or undefined when a folder cannot be found (loading reports that). For keys of a
 * persistent cache and for telling whether a change touched vdx's own inputs.
 */
export function rulePackInputFiles(spec: RulePackSpec): string[] | undefined {
  const located = locateFolders(spec);
  if ("error" in located || located.extendErrors.length > 0) return undefined;
  return stampOf([located.base, ...located.extends])
    .split("|")
    .map((entry) => entry.slice(0, entry.lastIndexOf("=")));
}

function buildPack(id: string, base: string, extendDirs: string[], extendErrors: InputError[]): LoadOutcome<RulePack> {
  const state: PackState = emptyPackState(id);
  state.errors.push(...extendErrors);
  [base, ...extendDirs].forEach((dir, index) => {
    const { folder, errors } = readPackFolder(dir, index === 0);
    state.errors.push(...errors);
    state.roots.push(dir);
    if (index === 0 && folder.manifest) {
      state.id = folder.manifest.id;
      state.version = folder.manifest.version;
      state.title = folder.manifest.title;
    }
    const { categories, exemptions, destinations, signals, sinks, stores, routes, vocabulary, propagation } = folder.documents;
    // Categories first: the other parts of the same folder may refer to them.
    if (categories) applyCategories(state, categories);
    if (exemptions) applyExemptions(state, exemptions);
    if (destinations) applyDestinations(state, destinations);
    if (signals) applySignals(state, signals);
    if (sinks) applySinks(state, sinks);
    if (stores) applyStores(state, stores);
    if (routes) applyRoutes(state, routes);
    if (vocabulary) applyVocabulary(state, vocabulary);
    if (propagation) applyPropagation(state, propagation);
    for (const dictionary of folder.dictionaries) applyDictionary(state, dictionary);
  });
  state.findings.push(...unknownCategoryFindings(state));
  return { value: toRulePack(state), errors: dedupe(state.errors), findings: state.findings };
}

type Located = { base: string; extends: string[]; extendErrors: InputError[] } | { error: InputError };

function locateFolders(spec: RulePackSpec): Located {
  const baseDir = resolve(spec.baseDir);
  const name = spec.rulePack.trim();
  const looksLikeId = name !== "" && !/[/\\]/.test(name) && !name.startsWith(".");
  const builtin = looksLikeId ? builtinPackDir(name) : undefined;
  let base = builtin;
  if (!base) {
    const candidate = isAbsolute(name) ? name : resolve(baseDir, name);
    if (name !== "" && isDirectory(candidate)) base = candidate;
  }
  if (!base) {
    const ids = builtinPackIds();
    const suggestion = suggestIds(name, ids, 1)[0];
    const hint = suggestion ? `; did you mean "${suggestion}"?` : "";
    return {
      error: {
        file: resolve(baseDir, name || "."),
        line: 1,
        column: 1,
        message: `rule pack "${name}" not found: it is neither a built-in pack (${ids.join(", ") || "none installed"}) nor a folder relative to ${baseDir}${hint}`,
      },
    };
  }
  const extendErrors: InputError[] = [];
  const extendDirs: string[] = [];
  for (const entry of spec.extends) {
    const dir = isAbsolute(entry) ? entry : resolve(baseDir, entry);
    if (isDirectory(dir)) extendDirs.push(dir);
    else extendErrors.push({ file: dir, line: 1, column: 1, message: `extends: "${entry}" is not a folder (resolved against ${baseDir})` });
  }
  return { base, extends: extendDirs, extendErrors };
}

function stampOf(folders: string[]): string {
  const files = [...folders.flatMap(packFileCandidates), ...["pack", "dictionary", ...PACK_PARTS].flatMap((part) => packSchemaPath(part) ?? [])];
  return files.map((file) => `${file}=${fileStamp(file)}`).join("|");
}

function isDirectory(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function dedupe(errors: InputError[]): InputError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
