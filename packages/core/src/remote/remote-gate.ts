import type { VdxConfig } from "../model/config.js";
import type { ArgumentSelector, ExposureModel, RemoteCatalogue, ReplicationModel, RulePack } from "../model/pack.js";
import { finalNames, parseMemberPath } from "../flow/sinks/member-path.js";
import { expandBraces } from "../flow/sinks/package-index.js";

export interface RemoteGateInput {
  pack: Pick<RulePack, "remote">;
  config: Pick<VdxConfig, "deployments" | "exposures">;
  /** The text of each analysed source file; read lazily, and only until the gate opens. */
  sourceTexts: Iterable<string>;
}

/**
 * Whether remote access and processing abroad can occur in the project at
 * all: the pack has remote catalogues, and code is deployed abroad, config
 * declares exposures, or the sources hold every word some exposure (CORS,
 * auth issuer) or replication model of the pack needs to be found (see
 * `remoteGateHintsIn`). The CLI and the ESLint plugin both ask this before
 * running `analyzeRemoteAccess`, so they agree on findings and push-only
 * projects pay one text scan, not the remote analysis.
 */
export function remoteAccessWorthAnalysing(input: RemoteGateInput): boolean {
  const remote = input.pack.remote;
  if (!remote) return false;
  if (input.config.deployments.length > 0 || input.config.exposures.length > 0) return true;
  const gate = gateOf(remote);
  return opensWithWordsOf(gate, wordsPerText(gate, input.sourceTexts));
}

function* wordsPerText(gate: CompiledGate, texts: Iterable<string>): Generator<ReadonlySet<string>> {
  for (const text of texts) yield gate.wordsIn(text);
}

/**
 * The words of the pack's remote models that a source text holds, for front
 * ends that remember them per file (the ESLint plugin): the gate is open when
 * the union over the project's files opens it (`remoteGateOpensWith`).
 */
export function remoteGateHintsIn(pack: Pick<RulePack, "remote">, text: string): ReadonlySet<string> {
  return pack.remote ? gateOf(pack.remote).wordsIn(text) : new Set();
}

/** Whether the words found in the project's files (`remoteGateHintsIn`, per file) open the gate; config aside. */
export function remoteGateOpensWith(pack: Pick<RulePack, "remote">, hints: Iterable<ReadonlySet<string>>): boolean {
  if (!pack.remote) return false;
  return opensWithWordsOf(gateOf(pack.remote), hints);
}

/**
 * Whether the words of the files, read in order and only until it opens, open the gate. The models are asked
 * after the first file and then only when a file brings a new word: most files hold none, and asking every
 * model after every file of a large project cost the editor about a millisecond per keystroke.
 */
function opensWithWordsOf(gate: CompiledGate, perFile: Iterable<ReadonlySet<string>>): boolean {
  const seen = new Set<string>();
  let asked = false;
  for (const words of perFile) {
    const before = seen.size;
    for (const word of words) seen.add(word);
    if (asked && seen.size === before) continue;
    asked = true;
    if (gate.opensWith(seen)) return true;
  }
  return false;
}

/**
 * One model's requirements: each group lists alternative words, and every
 * group needs one of its words somewhere in the project for the model to
 * find anything. Words are identifiers (`id:enableCors`) or quoted module
 * specifiers (`spec:@fastify/cors`, or `spec*:@scope/` for a package glob).
 */
interface GateModel {
  id: string;
  groups: string[][];
}

interface CompiledGate {
  wordsIn(text: string): Set<string>;
  opensWith(seen: ReadonlySet<string>): boolean;
  models: readonly GateModel[];
}

const gates = new WeakMap<RemoteCatalogue, CompiledGate>();

/** The gate of a remote catalogue (merged pack), compiled once per catalogue object. */
function gateOf(remote: RemoteCatalogue): CompiledGate {
  let gate = gates.get(remote);
  if (!gate) gates.set(remote, (gate = compileGate(remote)));
  return gate;
}

function compileGate(remote: RemoteCatalogue): CompiledGate {
  const models = [...remote.exposures.map(exposureRequirements), ...remote.replications.map(replicationRequirements)];
  const identifiers = new Set<string>();
  const specifiers = new Set<string>();
  const prefixes = new Set<string>();
  for (const model of models) {
    for (const word of model.groups.flat()) {
      if (word.startsWith("id:")) identifiers.add(word.slice(3));
      else if (word.startsWith("spec:")) specifiers.add(word.slice(5));
      else prefixes.add(word.slice(6));
    }
  }
  const alternatives: string[] = [];
  if (identifiers.size > 0) alternatives.push(`(?<![\\w$])(${[...identifiers].map(escape).join("|")})(?![\\w$])`);
  if (specifiers.size > 0) alternatives.push(`["'\`](${[...specifiers].map(escape).join("|")})["'\`]`);
  if (prefixes.size > 0) alternatives.push(`["'\`](${[...prefixes].map(escape).join("|")})`);
  const scanner = alternatives.length > 0 ? new RegExp(alternatives.join("|"), "g") : undefined;
  const groupCount = [identifiers.size > 0, specifiers.size > 0, prefixes.size > 0];
  const kinds = ["id:", "spec:", "spec*:"].filter((_, i) => groupCount[i]);
  return {
    models,
    wordsIn(text) {
      const found = new Set<string>();
      if (!scanner) return found;
      for (const match of text.matchAll(scanner)) {
        const index = match.slice(1).findIndex((group) => group !== undefined);
        if (index >= 0) found.add(kinds[index]! + match[index + 1]!);
      }
      return found;
    },
    opensWith(seen) {
      return models.some((model) => model.groups.every((group) => group.some((word) => seen.has(word))));
    },
  };
}

/** A CORS or auth model finds an exposure only at its call, with the origin's property path written out. */
function exposureRequirements(model: ExposureModel): GateModel {
  const groups = [callWords(model.member, model.package)];
  if (model.plugin) groups.push(specifierWords(model.plugin.package));
  groups.push(...commonPropertyWords(model.origin));
  return { id: model.id, groups: groups.filter((g) => g.length > 0) };
}

/**
 * A replication model finds a copy only at its call (and its command); when its targets come only from a
 * listed array (no destination selector), that array's property path and the path inside its elements too.
 */
function replicationRequirements(model: ReplicationModel): GateModel {
  const groups = [callWords(model.member, model.package)];
  if (model.command) groups.push(callWords(model.command.member, model.package));
  if (model.destination.length === 0 && model.targets) {
    groups.push(...commonPropertyWords([model.targets.selector]), ...model.targets.path.map((name) => [`id:${name}`]));
  }
  return { id: model.id, groups: groups.filter((g) => g.length > 0) };
}

/**
 * The callee names the call can be written with (the last member of the access path); for a call of the
 * module or a default export (`cors(…)`), whose local name is free, the package's specifier instead.
 */
function callWords(member: string, pkg: string): string[] {
  const parsed = parseMemberPath(member);
  if (!parsed.ok) return [];
  const names = finalNames(parsed.pattern);
  if (names === "*") return [];
  if (names.includes("()")) return specifierWords(pkg);
  return names.map((name) => `id:${name}`);
}

/** `@koa/cors` → the quoted specifier; `{a,b}` → either; `@scope/*` → any specifier starting `@scope/`. */
function specifierWords(pkg: string): string[] {
  return (expandBraces(pkg) ?? [pkg]).map((name) => {
    const glob = name.search(/[*?[\]!()+]/);
    return glob < 0 ? `spec:${name}` : `spec*:${name.slice(0, glob)}`;
  });
}

/**
 * Property names every selector reads through (a value found under `origin` needs `origin` written in some
 * object literal). Special segments (`(0)`, `name(0)`, `=a.b`) name what they read too, except argument indexes.
 */
function commonPropertyWords(selectors: readonly ArgumentSelector[]): string[][] {
  const sets = selectors.map((selector) => new Set((selector.property ?? []).flatMap(namesOfSegment)));
  if (sets.length === 0) return [];
  const [first, ...rest] = sets;
  return [...first!].filter((name) => rest.every((set) => set.has(name))).map((name) => [`id:${name}`]);
}

function namesOfSegment(segment: string): string[] {
  if (/^\(\d+\)$/.test(segment) || /^\d+$/.test(segment)) return [];
  const method = /^([A-Za-z_$][\w$]*)\(\d+\)$/.exec(segment);
  if (method) return [method[1]!];
  if (segment.startsWith("=")) return segment.slice(1).split(".").filter(Boolean);
  return /^[A-Za-z_$][\w$]*$/.test(segment) ? [segment] : [];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
