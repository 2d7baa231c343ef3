import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { MemberPattern } from "./member-path.js";
import type { CallFact, CallRoot } from "./call-facts.js";
import { finalNames } from "./member-path.js";
import { isInPackage, normalizePackageName } from "./package-names.js";

/** An access path the pre-filter must let through: a sink model's `member`, or a `configuredBy.member`. */
export interface PrefilterTarget {
  pattern: MemberPattern;
  matchesPackage(name: string): boolean;
}

export interface CallPrefilter {
  /** False only when the call provably cannot resolve to a path any target matches. */
  mayMatch(fact: CallFact): boolean;
  /** The callee-name test alone (what the matcher did before the pre-filter). */
  mayMatchByName(fact: CallFact): boolean;
}

/**
 * Decides, from a call's syntactic facts and the targets, whether resolving the call with the checker can
 * find anything. Each "no" is backed by what `ApiPathResolver.pathOfCall` can produce for that root kind
 * (see call-facts.ts): no path; a `global` path starting with a known member; or a path inside the package
 * a bare import names. The only checker call is module resolution of such an import (no type checking).
 */
export function createCallPrefilter(ts: TS, checker: ts.TypeChecker, targets: readonly PrefilterTarget[]): CallPrefilter {
  const memberNames = new Set<string>();
  let anyMemberName = false;
  for (const target of targets) {
    const names = finalNames(target.pattern);
    if (names === "*") anyMemberName = true;
    else for (const name of names) memberNames.add(name);
  }
  // Targets that accept the `global` package, and the first member names their paths may start with.
  const globalTargets = targets.filter((t) => t.matchesPackage("global"));
  const globalFirstNames = new Set<string>();
  let globalAnyFirst = false;
  for (const target of globalTargets) {
    const first = target.pattern.tokens[0];
    if (first?.kind !== "member" || first.names === "*" || first.optional) globalAnyFirst = true;
    else for (const name of first.names) globalFirstNames.add(name);
  }
  const externalPackages = new Map<ts.Node, string | null>();

  /** The package of a bare import as the resolver names it, or null when it resolves to project source. */
  const packageOf = (specifier: ts.StringLiteralLike): string | null => {
    let result = externalPackages.get(specifier);
    if (result === undefined) {
      result = normalizePackageName(specifier.text);
      const moduleSymbol = checker.getSymbolAtLocation(specifier);
      const moduleFile = moduleSymbol?.declarations?.find((d) => ts.isSourceFile(d));
      if (moduleFile && !moduleFile.isDeclarationFile && !isInPackage(moduleFile.fileName)) result = null;
      externalPackages.set(specifier, result);
    }
    return result;
  };

  const rootMayMatch = (root: CallRoot): boolean => {
    switch (root.kind) {
      case "local-callable":
        return false;
      case "inert-receiver":
        return globalAnyFirst || globalFirstNames.has(root.first);
      case "lib-global":
        return globalAnyFirst || globalFirstNames.has(root.name);
      case "package": {
        const pkg = packageOf(root.specifier);
        return pkg === null || targets.some((t) => t.matchesPackage(pkg));
      }
      case "other":
        return true;
    }
  };

  const mayMatchByName = (fact: CallFact): boolean => targets.length > 0 && (fact.name === undefined || anyMemberName || memberNames.has(fact.name));
  return {
    mayMatch: (fact) => mayMatchByName(fact) && rootMayMatch(fact.root),
    mayMatchByName,
  };
}
