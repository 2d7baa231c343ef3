import { readFileSync } from "node:fs";
import type ts from "typescript";
import type { TS } from "../../program/create-scan-program.js";
import { fileCallNames } from "../../flow/taint/file-call-names.js";
import { changesWhatEveryFileSees } from "../../flow/sinks/match-reuse.js";
import { isJs } from "../../program/create-scan-program.js";

/**
 * What one file's syntax says that decides which other files an analysis of it may need: what it
 * imports, the names it calls and writes (the taint engine's index of callers and writers, built by
 * the same walk), every identifier it mentions (who may read a cell), and whether it changes what
 * every file sees (scripts, declaration files, `declare global`). Depends on the file's text alone, so
 * the cache keeps it by content hash and a PR run parses only the files that changed.
 */
export interface FileProfile {
  /** Module specifiers as written: imports, re-exports, `require`, `import()`, `/// <reference path>`. */
  imports: string[];
  /** A script, a declaration file, or a module that augments the global scope or another module. */
  global: boolean;
  /** Callee names, as the taint engine's call index files them (import aliases under the exported name too). */
  calls: string[];
  /** Names written (assignment targets, `x.push(…)` receivers), as the call index files them. */
  writes: string[];
  /** Every identifier the file mentions: a superset of the cells it may read. */
  identifiers: string[];
  /** It declares a type named `Vehicle`: its fields have VSS-like paths (`Vehicle.Speed`) that signal reads look up by path. */
  vehicleType: boolean;
}

/** Bump when the profile's meaning changes: cached profiles of another version are not used. */
export const PROFILE_VERSION = 1;

function profileOfText(ts: TS, file: string, text: string): FileProfile {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKindOf(ts, file));
  const names = fileCallNames(ts, sourceFile);
  const identifiers = new Set<string>();
  let vehicleType = false;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) identifiers.add(node.text);
    else if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) && node.name?.text === "Vehicle") {
      vehicleType = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  const pre = ts.preProcessFile(text, true, true);
  const imports = new Set<string>([...pre.importedFiles.map((f) => f.fileName), ...pre.referencedFiles.map((f) => f.fileName)]);
  return {
    imports: [...imports].sort(),
    global: changesWhatEveryFileSees(ts, sourceFile) && !(isJs(file) && isCommonJsModule(ts, sourceFile)),
    calls: [...names.calls.keys()].sort(),
    writes: [...names.writes.keys()].sort(),
    identifiers: [...identifiers].sort(),
    vehicleType,
  };
}

function scriptKindOf(ts: TS, file: string): ts.ScriptKind {
  if (file.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (file.endsWith(".jsx")) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/**
 * A JavaScript file that `require`s or assigns `module.exports` / `exports.x` at its top level: the
 * compiler treats it as a CommonJS module (its declarations are not global), which the parser alone
 * does not mark. Anything less clear stays a script, which only makes the file always loaded.
 */
function isCommonJsModule(ts: TS, file: ts.SourceFile): boolean {
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "require") return true;
      }
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
      const target = statement.expression.left.getText(file);
      if (target === "module.exports" || target.startsWith("module.exports.") || target.startsWith("exports.")) return true;
    }
  }
  return false;
}

/** Profiles by file: the cache's when the file's content is unchanged, else parsed now. Undefined: unreadable. */
export type ProfileSource = (file: string) => FileProfile | undefined;

/** The profile of a file on disk, or undefined when it cannot be read (the source check reports it). */
export function parseProfile(ts: TS, file: string): FileProfile | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  return profileOfText(ts, file, text);
}

/** Whether a value read from the cache is a profile of this version's shape (a corrupt entry is never trusted). */
export function isFileProfile(value: unknown): value is FileProfile {
  if (!value || typeof value !== "object") return false;
  const p = value as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
  return (
    strings(p.imports) && strings(p.calls) && strings(p.writes) && strings(p.identifiers) && typeof p.global === "boolean" && typeof p.vehicleType === "boolean"
  );
}
