import type { RulePack, SignalTerm } from "../../model/pack.js";
import type { SignalCandidate } from "../../model/schema-field.js";
import type { Abbreviation, Compounds, DictionaryGroup, Qualifier, SignalDictionary, SignalShape } from "../../model/signal-knowledge.js";
import { explainSignals, type SignalContext, type SignalExplanation } from "./match-signals.js";
import { termWhich } from "./signal-index.js";

/**
 * The examples every pack entry carries, run through the matcher. Each
 * function returns the problems of one entry (empty = its examples hold), so
 * the built-in pack's tests and a user checking an own pack run the same code.
 *
 * Name examples: `identifier`, `identifier: type`, `… with sibling, sibling`,
 * `… in Parent` (`data: bytes with width, height in CameraFrame`).
 */
function parseSignalExample(example: string): { identifier: string; context: SignalContext } {
  const match = /^([^\s:]+)(?::\s*(\S+))?(?: with ([^]*?))?(?: in (\S+))?$/.exec(example.trim());
  if (!match) throw new Error(`bad example "${example}"`);
  const siblings = match[3]?.split(/\s*,\s*/).filter(Boolean);
  const context: SignalContext = {
    ...(siblings ? { siblings: [match[1]!, ...siblings] } : {}),
    ...(match[4] ? { parents: [match[4]] } : {}),
    ...(match[2] ? { typeName: match[2] } : {}),
  };
  return { identifier: match[1]!, context };
}

const STRONG = 0.8;
const hasContext = (context: SignalContext): boolean => context.siblings !== undefined || context.parents !== undefined;
const explain = (example: string, pack: RulePack): SignalExplanation => {
  const { identifier, context } = parseSignalExample(example);
  return explainSignals(identifier, context, pack);
};

export function checkTermExamples(pack: RulePack, category: string, term: SignalTerm): string[] {
  const which = termWhich(term);
  const own = (c: SignalCandidate): boolean => c.category === category && (c.which === which || c.which.startsWith(which + "+"));
  const problems: string[] = [];
  for (const example of term.examples.match) {
    const hit = explain(example, pack).candidates.find(own);
    if (!hit) problems.push(`"${example}" should match ${which}`);
    // A context example proves the context: it must reach the context confidence.
    else if (term.context && hasContext(parseSignalExample(example).context) && hit.confidence !== term.context.confidence) {
      problems.push(`"${example}" should reach the context confidence ${term.context.confidence} (got ${hit.confidence})`);
    }
  }
  for (const example of term.examples.noMatch) {
    // A bare term below the warning level may still be a candidate; what must not happen is a classification.
    const hit = explain(example, pack).candidates.find(own);
    if (hit && hit.confidence >= STRONG) problems.push(`"${example}" must not classify via ${which}`);
  }
  return problems;
}

export function checkVssExamples(pack: RulePack, category: string, entry: { path: string; examples: { match: string[]; noMatch: string[] } }): string[] {
  const branch = entry.path.replace(/\.\*\*?$/, "");
  const problems: string[] = [];
  for (const path of entry.examples.match) {
    if (!explainSignals("", { vssPath: path }, pack).candidates.some((c) => c.category === category)) problems.push(`${path} should be ${category}`);
  }
  for (const path of entry.examples.noMatch) {
    if (explainSignals("", { vssPath: path }, pack).candidates.some((c) => c.category === category && c.which.startsWith(`vss:${branch}`)))
      problems.push(`${path} must not match vss:${entry.path}`);
  }
  return problems;
}

export function checkTypeExamples(pack: RulePack, category: string, which: string, examples: { match: string[]; noMatch: string[] }): string[] {
  const hit = (name: string): boolean => explainSignals("", { typeName: name }, pack).candidates.some((c) => c.category === category && c.which === which);
  return [
    ...examples.match.filter((name) => !hit(name)).map((name) => `${name} should match ${which}`),
    ...examples.noMatch.filter(hit).map((name) => `${name} must not match ${which}`),
  ];
}

export function checkShapeExamples(pack: RulePack, category: string, shape: SignalShape): string[] {
  const own = (c: SignalCandidate): boolean => c.category === category && c.which.startsWith(`shape:${shape.siblings.join("_")}`);
  const problems: string[] = [];
  for (const example of shape.examples.match) {
    const hit = explain(example, pack).candidates.find(own);
    if (!hit || hit.confidence < STRONG) problems.push(`"${example}" should classify as ${category} by its shape`);
  }
  for (const example of shape.examples.noMatch) {
    const hit = explain(example, pack).candidates.find(own);
    if (hit && hit.confidence >= STRONG) problems.push(`"${example}" must not classify as ${category} by its shape`);
  }
  return problems;
}

/** Parts a term's evidence names, its context part included (`term:plate_number+ctx:vin` → plate, number, vin). */
function termParts(which: string): string[] {
  if (!which.startsWith("term:")) return [];
  const [term, ...rest] = which.slice(5).split("+");
  return [...term!.split("_"), ...rest.filter((r) => r.startsWith("ctx:")).map((r) => r.slice(4))];
}

export function checkAbbreviationExamples(pack: RulePack, abbreviation: Abbreviation): string[] {
  const qualifiers = new Map((pack.vocabulary?.qualifiers ?? []).map((q) => [`qualifier:${q.id}`, q.parts.flat()]));
  const usesFull = (explanation: SignalExplanation, strongOnly: boolean): boolean =>
    explanation.candidates.some((c) => (!strongOnly || c.confidence >= STRONG) && termParts(c.which).includes(abbreviation.full)) ||
    (!strongOnly && explanation.suppressed.some((s) => qualifiers.get(s.by)?.includes(abbreviation.full)));
  return [
    ...abbreviation.examples.match
      .filter((e) => !usesFull(explain(e, pack), false))
      .map((e) => `"${e}" should read "${abbreviation.short}" as ${abbreviation.full}`),
    ...abbreviation.examples.noMatch.filter((e) => usesFull(explain(e, pack), true)).map((e) => `"${e}" must not classify through ${abbreviation.full}`),
  ];
}

export function checkQualifierExamples(pack: RulePack, qualifier: Qualifier): string[] {
  const stops = (e: string): boolean => {
    const explanation = explain(e, pack);
    return (
      explanation.suppressed.some((s) => s.by === `qualifier:${qualifier.id}`) || explanation.candidates.some((c) => c.which.includes(`+q:${qualifier.id}`))
    );
  };
  return [
    ...qualifier.examples.match.filter((e) => !stops(e)).map((e) => `"${e}" should be stopped by qualifier ${qualifier.id}`),
    ...qualifier.examples.noMatch.filter(stops).map((e) => `"${e}" must not be stopped by qualifier ${qualifier.id}`),
  ];
}

export function checkCompoundExamples(pack: RulePack, compounds: Compounds): string[] {
  const classifies = (e: string): boolean => explain(e, pack).candidates.some((c) => c.confidence >= STRONG && c.which.startsWith("term:"));
  return [
    ...compounds.examples.match.filter((e) => !classifies(e)).map((e) => `"${e}" should be read as words the pack knows and classify`),
    ...compounds.examples.noMatch.filter(classifies).map((e) => `"${e}" must stay one word and not classify`),
  ];
}

export function checkDictionaryExamples(pack: RulePack, dictionary: SignalDictionary, group: DictionaryGroup): string[] {
  if (group.types) {
    return (group.categories ?? []).flatMap((category) => {
      const names = group.types!.map((t) => `dict:${dictionary.id}:${t}`);
      const hit = (name: string): boolean =>
        explainSignals("", { typeName: name }, pack).candidates.some((c) => c.category === category && names.includes(c.which));
      return [
        ...group.examples.match.filter((n) => !hit(n)).map((n) => `${n} should be ${category} by this table`),
        ...group.examples.noMatch.filter(hit).map((n) => `${n} must not be ${category} by this table`),
      ];
    });
  }
  const decides = group.branch !== undefined ? vssDecision(group) : nameDecision(dictionary, group);
  return [...group.examples.match.flatMap((e) => decides(e, pack, true)), ...group.examples.noMatch.flatMap((e) => decides(e, pack, false))];
}

type Decides = (example: string, pack: RulePack, expected: boolean) => string[];

function vssDecision(group: DictionaryGroup): Decides {
  const whiches = new Set((group.leaves ?? []).map((leaf) => `vss:${group.branch}.${leaf}`));
  return (path, pack, expected) => {
    const explanation = explainSignals("", { vssPath: path }, pack);
    const decided =
      group.out !== undefined
        ? explanation.suppressed.some((s) => whiches.has(s.which))
        : explanation.candidates.some((c) => whiches.has(c.which) && group.categories!.includes(c.category));
    if (decided === expected) return [];
    return [
      expected
        ? `${path} should be decided by this table (${group.out !== undefined ? "out" : group.categories!.join(", ")})`
        : `${path} must not be decided by this table`,
    ];
  };
}

function nameDecision(dictionary: SignalDictionary, group: DictionaryGroup): Decides {
  const names = new Set((group.names ?? []).map((name) => `dict:${dictionary.id}:${name}`));
  const ours = (which: string): boolean => names.has(which.replace(/\+ctx$/, ""));
  return (example, pack, expected) => {
    const { context } = parseSignalExample(example);
    const explanation = explain(example, pack);
    if (group.out !== undefined) {
      const decided = explanation.suppressed.some((s) => ours(s.which));
      return decided === expected ? [] : [expected ? `"${example}" should be out by this table` : `"${example}" must not be out by this table`];
    }
    const hit = explanation.candidates.find((c) => ours(c.which) && group.categories!.includes(c.category));
    if (!expected) return hit && hit.confidence >= STRONG ? [`"${example}" must not classify by this table`] : [];
    const wanted = hasContext(context) ? group.confidence : group.alone;
    if (!hit) return [`"${example}" should come out of this table (${group.categories!.join(", ")})`];
    return hit.confidence === wanted ? [] : [`"${example}" should have confidence ${wanted} (got ${hit.confidence})`];
  };
}
