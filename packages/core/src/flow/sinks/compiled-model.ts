import picomatch from "picomatch";
import type { ArgumentSelector, SinkModel } from "../../model/pack.js";
import type { MemberPattern } from "./member-path.js";
import { callIndexOfPrefix, parseMemberPath } from "./member-path.js";

/** A sink model with its access paths parsed and its selectors checked, ready for matching. */
export interface CompiledSinkModel {
  model: SinkModel;
  pattern: MemberPattern;
  matchesPackage(name: string): boolean;
  command?: { argument: number; pattern: MemberPattern };
  configuredBy?: { pattern: MemberPattern; destination: ArgumentSelector[]; base?: ArgumentSelector[] };
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
    if (commandPattern.ok) command = { argument: model.command.argument, pattern: commandPattern.pattern };
    else problems.push(`command.member: ${commandPattern.error}`);
  }
  let configuredBy: CompiledSinkModel["configuredBy"];
  if (model.configuredBy) {
    const initPattern = parseMemberPath(model.configuredBy.member);
    const { destination = [], base } = model.configuredBy;
    if (destination.length === 0 && !base) problems.push("configuredBy needs destination or base selectors");
    if (initPattern.ok) configuredBy = { pattern: initPattern.pattern, destination, ...(base ? { base } : {}) };
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
    ["destination", model.destination], ["payload", model.payload], ["base", model.base],
    ["region", model.region], ["endpoint", model.endpoint],
  ];
  for (const [group, selectors] of selectorGroups) {
    for (const [i, selector] of (selectors ?? []).entries()) {
      if (selector.call === undefined || selector.call === "command") {
        if (selector.call === "command" && !model.command) problems.push(`${group}[${i}]: call "command" needs a command`);
        continue;
      }
      const index = callIndexOfPrefix(pattern, selector.call);
      if (typeof index === "string") problems.push(`${group}[${i}]: ${index}`);
      else callIndex.set(selector, index);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const isMatch = model.package === "global" ? (name: string) => name === "global" : picomatch(model.package);
  return {
    ok: true,
    compiled: {
      model, pattern, matchesPackage: (name) => isMatch(name), callIndex,
      ...(command ? { command } : {}), ...(configuredBy ? { configuredBy } : {}), ...(reportAt !== undefined ? { reportAt } : {}),
    },
  };
}
