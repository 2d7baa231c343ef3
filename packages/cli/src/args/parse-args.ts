import { editDistance, suggestionDistanceLimit } from "@vdx/core";

interface FlagSpec {
  type: "string" | "boolean";
  /** May be given several times (values kept in order). */
  multiple?: boolean;
  /** One-letter alias, e.g. `h` for `--help`. */
  short?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

export interface ParsedArgs {
  positionals: string[];
  /** String flags: every value in order. Boolean flags: `["true"]` when present. */
  values: Map<string, string[]>;
  /** Every flag occurrence in command-line order (pairs `--format` with `--output`). */
  sequence: { flag: string; value: string }[];
}

/** A command-line mistake: exit code 2, message printed without a stack. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * A small parser for `--flag value`, `--flag=value`, `-x value`, booleans and
 * `--` (everything after it is positional). Unknown flags fail with a
 * did-you-mean among the command's flags.
 */
export function parseArgs(argv: readonly string[], specs: FlagSpecs): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], values: new Map(), sequence: [] };
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    } else {
      const long = byShort.get(arg.slice(1));
      if (long === undefined) throw new UsageError(unknownFlag(arg, specs));
      name = long;
    }
    const spec = specs[name];
    if (!spec) throw new UsageError(unknownFlag(arg.split("=")[0]!, specs));
    let value: string;
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      value = "true";
    } else if (inline !== undefined) {
      value = inline;
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) throw new UsageError(`--${name} needs a value`);
      value = next;
      i++;
    }
    const previous = parsed.values.get(name);
    if (previous && !spec.multiple && spec.type === "string") throw new UsageError(`--${name} given more than once`);
    parsed.values.set(name, [...(previous ?? []), value]);
    parsed.sequence.push({ flag: name, value });
  }
  return parsed;
}

function unknownFlag(flag: string, specs: FlagSpecs): string {
  const written = flag.replace(/^-+/, "");
  const candidates = Object.keys(specs)
    .map((name) => ({ name, distance: editDistance(written, name) }))
    .filter((c) => c.distance <= suggestionDistanceLimit(written))
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1));
  const hint = candidates[0] ? ` (did you mean --${candidates[0].name}?)` : "";
  return `unknown option ${flag}${hint}`;
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const values = args.values.get(name);
  return values ? values[values.length - 1] : undefined;
}

export function booleanFlag(args: ParsedArgs, name: string): boolean {
  return args.values.has(name);
}

/** One of `allowed`, or a usage error naming them. */
export function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const close = allowed.find(
    (a) => editDistance(a, value) <= suggestionDistanceLimit(value) || (value.length >= 3 && (a.startsWith(value) || value.startsWith(a))),
  );
  return fail(`--${name} must be one of ${allowed.join(", ")}, not "${value}"${close ? ` (did you mean ${close}?)` : ""}`);
}

function fail(message: string): never {
  throw new UsageError(message);
}
