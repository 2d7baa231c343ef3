import type ts from "typescript";
import type { Finding } from "../model/finding.js";
import type { SinkModel } from "../model/pack.js";
import type { TS } from "./values/typescript-module.js";
import { locationOf } from "./values/source-location.js";
import { isLibraryDeclaration } from "./sinks/package-names.js";
import { findingMessage } from "../messages/render-message.js";

const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self", "global"]);

/**
 * A script (a file without import or export) whose top-level declaration is named like a global the sink
 * catalogue watches (`function fetch(…)`, `var navigator`, `class WebSocket`). TypeScript merges it with the
 * library's global, so the checker resolves that name to it in every file of the project. vdx judges each
 * call site instead (in the script: this declaration; anywhere else: the library's global, a sink), and says
 * so here: one warning per shadowing declaration, so that a stray script never switches a sink off silently.
 */
export function shadowedGlobalSinkFindings(ts: TS, checker: ts.TypeChecker, sourceFiles: readonly ts.SourceFile[], sinks: readonly SinkModel[]): Finding[] {
  const watched = globalSinkNames(sinks);
  if (watched.size === 0) return [];
  const findings: Finding[] = [];
  for (const file of sourceFiles) {
    if (file.isDeclarationFile || ts.isExternalModule(file)) continue;
    for (const name of topLevelNames(ts, file)) {
      const models = watched.get(name.text);
      if (!models) continue;
      const symbol = checker.getSymbolAtLocation(name);
      if (!symbol?.declarations?.some(isLibraryDeclaration)) continue;
      findings.push({
        ruleId: "invalid-input",
        level: "warn",
        ...findingMessage("invalid-input", "shadowedGlobal", { name: name.text, models: models.join(", ") }),
        location: locationOf(name),
        fingerprint: `shadowed-global|${name.text}`,
      });
    }
  }
  return findings;
}

/** The global names sink models of package `global` start from (`fetch`, `navigator`, `WebSocket`), with their model ids. */
function globalSinkNames(sinks: readonly SinkModel[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const model of sinks) {
    if (model.package !== "global") continue;
    const segments = model.member.split(/[.#]/);
    const first = GLOBAL_OBJECTS.has(segments[0] ?? "") && segments.length > 1 ? segments[1]! : segments[0]!;
    if (!/^[A-Za-z_$][\w$]*$/.test(first)) continue;
    const ids = names.get(first) ?? [];
    if (!ids.includes(model.id)) ids.push(model.id);
    names.set(first, ids);
  }
  return names;
}

/** Names a script declares at its top level: functions, classes, variables (destructured ones too). */
function topLevelNames(ts: TS, file: ts.SourceFile): ts.Identifier[] {
  const names: ts.Identifier[] = [];
  const bindings = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindings(element.name);
  };
  for (const statement of file.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name);
    else if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) bindings(declaration.name);
  }
  return names;
}
