import type ts from "typescript";
import type { TS } from "../../program/create-scan-program.js";
import type { FileProfile } from "./file-profile.js";

export type NameKind = "calls" | "writes" | "identifiers";

/**
 * The project's files as their profiles describe them: who imports whom (resolved as the compiler
 * resolves, with the program's options), and which files hold a name. Answers the two questions a
 * focused run asks before it trusts a program built from part of the project: "who could call or
 * write this declaration?" (files that hold the name *and* can see the declaration, i.e. import its
 * file directly or through others) and "which files does every file see?" (scripts, declaration
 * files, global augmentations: always loaded).
 */
export class ProjectGraph {
  private readonly imports = new Map<string, Set<string>>();
  private readonly importers = new Map<string, Set<string>>();
  private readonly byName: Record<NameKind, Map<string, string[]>> = { calls: new Map(), writes: new Map(), identifiers: new Map() };
  private readonly closures = new Map<string, ReadonlySet<string>>();
  private readonly forward = new Map<string, ReadonlySet<string>>();

  constructor(
    ts: TS,
    options: ts.CompilerOptions,
    readonly profiles: ReadonlyMap<string, FileProfile>,
    /** Imports resolved by an earlier run that still hold (the cache's, for unchanged files of an unchanged file list). */
    knownImports?: (file: string) => readonly string[] | undefined,
  ) {
    const cache = ts.createModuleResolutionCache(process.cwd(), (name) => name, options);
    const modes = moduleModes(ts, options);
    for (const [file, profile] of profiles) {
      const known = knownImports?.(file);
      const targets = new Set<string>(known ?? []);
      for (const specifier of known ? [] : profile.imports) {
        for (const mode of modes) {
          const resolved = ts.resolveModuleName(specifier, file, options, ts.sys, cache, undefined, mode).resolvedModule?.resolvedFileName;
          if (resolved !== undefined && resolved !== file && profiles.has(resolved)) targets.add(resolved);
        }
        // `/// <reference path>` and other plain paths the resolver does not take as module names.
        const relative = specifier.startsWith(".") ? ts.sys.resolvePath(`${file.slice(0, file.lastIndexOf("/"))}/${specifier}`) : undefined;
        if (relative !== undefined && profiles.has(relative)) targets.add(relative);
      }
      this.imports.set(file, targets);
      for (const target of targets) {
        let set = this.importers.get(target);
        if (!set) this.importers.set(target, (set = new Set()));
        set.add(file);
      }
      for (const kind of ["calls", "writes", "identifiers"] as const) {
        for (const name of profile[kind]) {
          const holders = this.byName[kind].get(name);
          if (holders) holders.push(file);
          else this.byName[kind].set(name, [file]);
        }
      }
    }
  }

  /** Every file's resolved project imports (for the cache). */
  allImports(): Map<string, string[]> {
    return new Map([...this.imports].map(([file, targets]) => [file, [...targets].sort()]));
  }

  /** Project files `file` imports directly. */
  importsOf(file: string): ReadonlySet<string> {
    return this.imports.get(file) ?? new Set();
  }

  /** `file` and every project file that imports it, directly or through others: all that can see its declarations. */
  seeing(file: string): ReadonlySet<string> {
    let closure = this.closures.get(file);
    if (!closure) {
      const found = new Set<string>([file]);
      const queue = [file];
      while (queue.length > 0) {
        for (const importer of this.importers.get(queue.pop()!) ?? []) {
          if (!found.has(importer)) {
            found.add(importer);
            queue.push(importer);
          }
        }
      }
      this.closures.set(file, (closure = found));
    }
    return closure;
  }

  /** `file` and every project file it imports, directly or through others. */
  reaching(file: string): ReadonlySet<string> {
    let closure = this.forward.get(file);
    if (!closure) {
      const found = new Set<string>([file]);
      const queue = [file];
      while (queue.length > 0) {
        for (const target of this.imports.get(queue.pop()!) ?? []) {
          if (!found.has(target)) {
            found.add(target);
            queue.push(target);
          }
        }
      }
      this.forward.set(file, (closure = found));
    }
    return closure;
  }

  /**
   * The files on which "this call in `caller` resolves to that declaration in `declaredIn`" depends:
   * the files on an import path from one to the other, and what the ones in between import (an
   * `export *` of another module can make a name ambiguous). While none of them changes, nor any file
   * every file sees, the call still resolves there.
   */
  resolutionPath(caller: string, declaredIn: string): string[] {
    const between = [...this.reaching(caller)].filter((file) => this.seeing(declaredIn).has(file));
    const path = new Set<string>([caller, declaredIn, ...between]);
    for (const file of between) if (file !== caller && file !== declaredIn) for (const target of this.importsOf(file)) path.add(target);
    return [...path].sort();
  }

  /** Files holding `name` (as a callee, a write target or any identifier). */
  holders(kind: NameKind, name: string): readonly string[] {
    return this.byName[kind].get(name) ?? [];
  }

  /**
   * Files that may hold a call or write of the declaration named `name` in `declaredIn`: holders of
   * the name that can see its file. Files that change what every file sees are always loaded anyway.
   */
  candidates(kind: NameKind, name: string, declaredIn: string): string[] {
    const seeing = this.profiles.has(declaredIn) ? this.seeing(declaredIn) : undefined;
    // A declaration outside the profiled files (a global script, a library): any holder may use it.
    return this.holders(kind, name).filter((file) => seeing === undefined || seeing.has(file));
  }

  /** Scripts, declaration files and global augmentations, and types named `Vehicle`: every focused program has them. */
  alwaysLoaded(): string[] {
    return [...this.profiles]
      .filter(([, profile]) => profile.global || profile.vehicleType)
      .map(([file]) => file)
      .sort();
  }
}

/** Under node16/nodenext an import and a `require` of one specifier may resolve differently: both are edges. */
function moduleModes(ts: TS, options: ts.CompilerOptions): ts.ResolutionMode[] {
  const kind = options.moduleResolution;
  if (kind === ts.ModuleResolutionKind.Node16 || kind === ts.ModuleResolutionKind.NodeNext) return [ts.ModuleKind.ESNext, ts.ModuleKind.CommonJS];
  return [undefined];
}
