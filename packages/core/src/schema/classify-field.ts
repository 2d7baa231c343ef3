import type { Finding } from "../model/finding.js";
import type { SourceLocation } from "../model/location.js";
import type { RulePack } from "../model/pack.js";
import { STRONG_SIGNAL_CONFIDENCE, type ClassifiedField, type SignalCandidate } from "../model/schema-field.js";
import { suggestIds } from "../categories/did-you-mean.js";
import { matchSignals, type SignalContext } from "./signals/match-signals.js";
import { unclassifiedSignalFinding, unknownCategoryFinding } from "./findings.js";

/** Candidates below this are noise; from here up they are `unclassified-signal` warnings (from STRONG up they also classify). */
export const WEAK_SIGNAL_CONFIDENCE = 0.5;

/** An annotation as written (`@vdx a, b`, `x-vdx`, `(vdx.category)`), ids already checked against the pack. */
export interface Marking {
  ids: string[];
  none: boolean;
}

export const NO_MARKING: Marking = { ids: [], none: false };

/** Where a field's annotation comes from; the nearer one decides about `none`. */
interface FieldMarkings {
  /** Written on the field itself. */
  own: Marking;
  /** Inherited from the enclosing message / object / type, or from the referenced type. */
  inherited: Marking;
}

export interface FieldToClassify {
  path: string;
  source: ClassifiedField["source"];
  location: SourceLocation;
  identifier: string;
  /** Other spellings of the same field matched too, the strongest candidate per category kept (an enum member's string value). */
  alternatives?: string[];
  context: SignalContext;
  typeName?: string;
  container?: string;
  markings: FieldMarkings;
  /** The schema field a generated TS property was generated from. */
  generatedFrom?: { field: ClassifiedField; schemaFile: string };
  /** What the field's type carries (a TS property typed with an interface whose fields are classified). */
  fromType?: Pick<ClassifiedField, "categories" | "evidence" | "confidence">;
}

export interface ClassifyEnvironment {
  pack: RulePack;
  root: string;
  /**
   * When the caller named no scan root: the folder a given file's paths are
   * relative to (its project folder), so output never depends on the working
   * directory. Absent = `root` for every file.
   */
  rootOf?: (file: string) => string;
  findings: Finding[];
}

/** The folder `file`'s fingerprints and reported paths are relative to. */
export function rootFor(env: ClassifyEnvironment, file: string): string {
  return env.rootOf ? env.rootOf(file) : env.root;
}

/**
 * Decides one field: annotation first (authoritative), then the schema the
 * code was generated from, then strong signals. Signals without an
 * annotation become an `unclassified-signal` warning: strong ones still
 * classify the field (the warning asks to confirm), weak ones only suggest ids. A reviewed `none` field is returned with no
 * categories so that flow analysis does not re-guess it from its name.
 */
export function classifyField(input: FieldToClassify, env: ClassifyEnvironment): ClassifiedField | undefined {
  const base = {
    path: input.path,
    source: input.source,
    location: input.location,
    ...(input.typeName !== undefined ? { typeName: input.typeName } : {}),
    ...(input.container !== undefined ? { container: input.container } : {}),
  };
  const { own, inherited } = input.markings;
  if (own.none && own.ids.length === 0) return { ...base, categories: [], evidence: { kind: "annotation" }, confidence: 1 };
  const annotated = union(own.ids, inherited.ids);
  if (annotated.length > 0) return { ...base, categories: annotated, evidence: { kind: "annotation" }, confidence: 1 };
  if (inherited.none) return { ...base, categories: [], evidence: { kind: "annotation" }, confidence: 1 };

  // The schema decides for the code generated from it, a reviewed `none` included.
  if (input.generatedFrom && (input.generatedFrom.field.categories.length > 0 || input.generatedFrom.field.evidence.kind === "annotation")) {
    const origin = input.generatedFrom.field;
    return {
      ...base,
      categories: [...origin.categories],
      evidence: { kind: "generated-from", schema: input.generatedFrom.schemaFile },
      confidence: origin.confidence,
    };
  }

  if (input.fromType && input.fromType.categories.length > 0) return { ...base, ...input.fromType, categories: [...input.fromType.categories] };

  return fromCandidates(base, fieldCandidates(input, env.pack), env);
}

/** The signal candidates of a field: of its identifier and of its other spellings, at most one per category (the strongest), strongest first. */
export function fieldCandidates(input: Pick<FieldToClassify, "identifier" | "alternatives" | "context">, pack: RulePack): SignalCandidate[] {
  const candidates = matchSignals(input.identifier, input.context, pack);
  if (!input.alternatives || input.alternatives.length === 0) return candidates;
  const best = new Map(candidates.map((c) => [c.category, c]));
  for (const spelling of input.alternatives) {
    for (const candidate of matchSignals(spelling, input.context, pack)) {
      const current = best.get(candidate.category);
      if (!current || candidate.confidence > current.confidence) best.set(candidate.category, candidate);
    }
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.category.localeCompare(b.category));
}

function fromCandidates(
  base: Omit<ClassifiedField, "categories" | "evidence" | "confidence">,
  candidates: SignalCandidate[],
  env: ClassifyEnvironment,
): ClassifiedField | undefined {
  const strong = candidates.filter((c) => c.confidence >= STRONG_SIGNAL_CONFIDENCE);
  if (strong.length > 0) {
    const which = [...new Set(strong.map((c) => c.which))].join(",");
    // Classified, but only by its name: `unclassified-signal` asks for the confirming annotation.
    env.findings.push(unclassifiedSignalFinding(rootFor(env, base.location.file), base.location, base.path, strong, true));
    return { ...base, categories: strong.map((c) => c.category), evidence: { kind: "signal", which }, confidence: strong[0]!.confidence };
  }
  const weak = candidates.filter((c) => c.confidence >= WEAK_SIGNAL_CONFIDENCE);
  if (weak.length > 0) env.findings.push(unclassifiedSignalFinding(rootFor(env, base.location.file), base.location, base.path, weak));
  return undefined;
}

/**
 * Checks annotation ids against the pack: unknown ids become `unknown-category`
 * errors with a did-you-mean and are dropped from the marking.
 */
export function checkMarking(written: { ids: string[]; none: boolean }, where: { location: SourceLocation; path: string }, env: ClassifyEnvironment): Marking {
  const ids: string[] = [];
  for (const id of written.ids) {
    if (env.pack.categories.has(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else {
      env.findings.push(unknownCategoryFinding(rootFor(env, where.location.file), where.location, where.path, id, suggestIds(id, env.pack.categories.keys())));
    }
  }
  return { ids, none: written.none };
}

/** Combines two markings that apply together (message mark + field mark, two `$ref` routes). */
export function mergeMarkings(a: Marking, b: Marking): Marking {
  return { ids: union(a.ids, b.ids), none: a.none || b.none };
}

function union(a: string[], b: string[]): string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...new Set([...a, ...b])];
}
