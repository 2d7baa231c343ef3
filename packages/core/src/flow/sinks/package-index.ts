import picomatch from "picomatch";

/**
 * A model's `package` field as the catalogue index reads it: the exact names it
 * stands for (braces expanded: `firebase-admin{,/firestore}` → two names), or
 * a glob (`@sentry/*`) with the first path segment every match starts with.
 */
export type PackageSpec =
  { kind: "global" } | { kind: "names"; names: readonly string[] } | { kind: "glob"; test: (name: string) => boolean; scope: string | undefined };

const GLOB_CHARACTERS = /[*?[\]!()+]/;

export function packageSpecOf(pattern: string): PackageSpec {
  if (pattern === "global") return { kind: "global" };
  const names = expandBraces(pattern);
  if (names?.every((name) => !GLOB_CHARACTERS.test(name))) return { kind: "names", names: [...new Set(names)] };
  const test = picomatch(pattern);
  return { kind: "glob", test: (name) => test(name), scope: literalScope(pattern) };
}

/** `a{b,c}d` → [abd, acd] (nested braces too); undefined for a brace pattern it cannot read. */
export function expandBraces(pattern: string): string[] | undefined {
  const open = pattern.indexOf("{");
  if (open < 0) return pattern.includes("}") ? undefined : [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      close = i;
      break;
    } else if (c === "," && depth === 1) commas.push(i);
  }
  if (close < 0) return undefined;
  const bounds = [open, ...commas, close];
  const before = pattern.slice(0, open);
  const after = expandBraces(pattern.slice(close + 1));
  if (!after) return undefined;
  const result: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const inner = expandBraces(pattern.slice(bounds[i]! + 1, bounds[i + 1]));
    if (!inner) return undefined;
    for (const middle of inner) for (const tail of after) result.push(before + middle + tail);
  }
  return result;
}

/** The first path segment (`@scope` or the bare name) when the glob fixes it literally; else undefined. */
function literalScope(pattern: string): string | undefined {
  const glob = pattern.search(/[*?[\]!()+{]/);
  const prefix = glob < 0 ? pattern : pattern.slice(0, glob);
  const segments = prefix.split("/");
  const first = segments[0] ?? "";
  if (first.startsWith("@")) return segments.length >= 2 ? first : undefined;
  return segments.length >= 2 ? first : undefined;
}

/** `@sentry/node` → `@sentry`; `aws-sdk/clients/s3` → `aws-sdk`. */
function scopeOfName(name: string): string {
  return name.split("/")[0] ?? name;
}

/**
 * Which entries can match a set of imported package names, found with map
 * lookups per imported name: exact names by name, globs by the scope they
 * fix (`@sentry/*` under `@sentry`), and only globs without a literal first
 * segment tried against every name. The work is proportional to what the
 * program imports, whatever the size of the catalogue.
 */
export class PackageIndex<T> {
  private readonly byName = new Map<string, number[]>();
  private readonly globsByScope = new Map<string, number[]>();
  private readonly unscopedGlobs: number[] = [];
  private readonly globals: number[] = [];

  constructor(
    private readonly entries: readonly T[],
    private readonly specOf: (entry: T) => PackageSpec,
  ) {
    entries.forEach((entry, index) => {
      const spec = specOf(entry);
      // `{global,google.maps}`: a global of a script tag, or the same global typed by an `@types` package.
      if (spec.kind === "global" || (spec.kind === "names" && spec.names.includes("global"))) this.globals.push(index);
      if (spec.kind === "names") for (const name of spec.names) push(this.byName, name, index);
      else if (spec.kind === "glob" && spec.scope !== undefined) push(this.globsByScope, spec.scope, index);
      else if (spec.kind === "glob") this.unscopedGlobs.push(index);
    });
  }

  /** Entries of `global` and of any imported package, in catalogue order. */
  entriesFor(imported: Iterable<string>): T[] {
    const chosen = new Set<number>(this.globals);
    for (const name of imported) {
      for (const index of this.byName.get(name) ?? []) chosen.add(index);
      for (const index of [...(this.globsByScope.get(scopeOfName(name)) ?? []), ...this.unscopedGlobs]) {
        if (chosen.has(index)) continue;
        const spec = this.specOf(this.entries[index]!);
        if (spec.kind === "glob" && spec.test(name)) chosen.add(index);
      }
    }
    return [...chosen].sort((a, b) => a - b).map((index) => this.entries[index]!);
  }
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
