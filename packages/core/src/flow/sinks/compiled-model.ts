import type { ArgumentSelector, SinkModel } from "../../model/pack.js";
import type { MemberPattern } from "./member-path.js";
import { callIndexOfPrefix, parseMemberPath } from "./member-path.js";
import { packageSpecOf, type PackageSpec } from "./package-index.js";

/** A sink model with its access paths parsed and its selectors checked, ready for matching. */
export interface CompiledSinkModel {
  model: SinkModel;
  pattern: MemberPattern;
  /** The `package` field read once: exact names, a glob, or `global` (the catalogue index is built on it). */
  packageSpec: PackageSpec;
  matchesPackage(name: string): boolean;
  /** The argument (or the values at `selectors`) that must be created by `pattern` in a package `matchesPackage` accepts. */
  command?: { argument?: number; selectors: ArgumentSelector[]; pattern: MemberPattern; matchesPackage(name: string): boolean };
  /** The value at `selector` must be one of `equals`. */
  when?: { selector: ArgumentSelector; equals: ReadonlySet<string> };
  /** The configuring call: its access path, its package test (the model's own unless `configuredBy.package`), its selectors. */
  configuredBy?: { pattern: MemberPattern; matchesPackage(name: string): boolean; destination: ArgumentSelector[]; base?: ArgumentSelector[] };
  /** Call index (among the pattern's call tokens) of the call that opens the send this call belongs to (`reportAt`). */
  reportAt?: number;
  /** Call index (among the pattern's call tokens) of each selector that names a `call` prefix. */
  callIndex: Map<ArgumentSelector, number>;
}

export type CompileResult = { ok: true; compiled: CompiledSinkModel } | { ok: false; problems: string[] };

/** Checks a model's access paths and selector references (the pack loader reports these with positions). */
export function validateSinkModel(model: SinkModel): string[] {
  const result = compileSinkModel(model);
  return result.ok ? [] : result.problems;
}

export function compileSinkModel(model: SinkModel): CompileResult {
  const problems: string[] = [];
  const parsed = parseMemberPath(model.member);
  if (!parsed.ok) return { ok: false, problems: [`member: ${parsed.error}`] };
  const pattern = parsed.pattern;
  const construct = model.member.startsWith("new:");
  if (construct !== (model.kind === "construct")) {
    problems.push(`kind "${model.kind}" does not agree with member "${model.member}" (use "new:" exactly for constructions)`);
  }
  let command: CompiledSinkModel["command"];
  if (model.command) {
    const commandPattern = parseMemberPath(model.command.member);
    const selectors = model.command.selector ?? [];
    if (model.command.argument === undefined && selectors.length === 0) problems.push("command needs an argument or a selector");
    const commandPackage = model.command.package === undefined ? undefined : packageMatcher(packageSpecOf(model.command.package));
    if (commandPattern.ok) {
      command = {
        ...(model.command.argument === undefined ? {} : { argument: model.command.argument }),
        selectors,
        pattern: commandPattern.pattern,
        matchesPackage: commandPackage ?? packageMatcher(packageSpecOf(model.package)),
      };
    } else problems.push(`command.member: ${commandPattern.error}`);
  }
  const when = model.when ? { selector: model.when.selector, equals: new Set(model.when.equals) } : undefined;
  let configuredBy: CompiledSinkModel["configuredBy"];
  if (model.configuredBy) {
    const initPattern = parseMemberPath(model.configuredBy.member);
    const initPackage = packageMatcher(packageSpecOf(model.configuredBy.package ?? model.package));
    const { destination = [], base } = model.configuredBy;
    if (destination.length === 0 && !base) problems.push("configuredBy needs destination or base selectors");
    if (initPattern.ok) configuredBy = { pattern: initPattern.pattern, matchesPackage: initPackage, destination, ...(base ? { base } : {}) };
    else problems.push(`configuredBy.member: ${initPattern.error}`);
  }
  let reportAt: number | undefined;
  if (model.reportAt !== undefined) {
    const index = callIndexOfPrefix(pattern, model.reportAt);
    if (typeof index === "string") problems.push(`reportAt: ${index}`);
    else reportAt = index;
  }
  const callIndex = new Map<ArgumentSelector, number>();
  const selectorGroups: [string, ArgumentSelector[] | undefined][] = [
    ["destination", model.destination],
    ["payload", model.payload],
    ["base", model.base],
    ["region", model.region],
    ["endpoint", model.endpoint],
    ["command.selector", model.command?.selector],
    ["when.selector", model.when ? [model.when.selector] : undefined],
  ];
  for (const [group, selectors] of selectorGroups) {
    for (const [i, selector] of (selectors ?? []).entries()) {
      if (selector.call === undefined || selector.call === "command") {
        if (selector.call === "command" && !model.command) problems.push(`${group}[${i}]: call "command" needs a command`);
        if (selector.call === "command" && group === "command.selector") problems.push(`${group}[${i}]: a command cannot be read from itself`);
        continue;
      }
      const index = callIndexOfPrefix(pattern, selector.call);
      if (typeof index === "string") problems.push(`${group}[${i}]: ${index}`);
      else callIndex.set(selector, index);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const packageSpec = packageSpecOf(model.package);
  return {
    ok: true,
    compiled: {
      model,
      pattern,
      packageSpec,
      matchesPackage: packageMatcher(packageSpec),
      callIndex,
      ...(command ? { command } : {}),
      ...(when ? { when } : {}),
      ...(configuredBy ? { configuredBy } : {}),
      ...(reportAt !== undefined ? { reportAt } : {}),
    },
  };
}

/** A name test for a package spec: set lookup for exact names, the glob otherwise. */
function packageMatcher(spec: PackageSpec): (name: string) => boolean {
  if (spec.kind === "global") return (name) => name === "global";
  if (spec.kind === "glob") return spec.test;
  const names = new Set(spec.names);
  return (name) => names.has(name);
}
