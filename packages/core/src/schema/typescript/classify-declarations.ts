import path from "node:path";
import type ts from "typescript";
import type { Finding } from "../../model/finding.js";
import type { RulePack } from "../../model/pack.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import { rootFor, type ClassifyEnvironment } from "../classify-field.js";
import { relativeFile } from "../findings.js";
import { sortFields, sortFindings } from "../scan-schema-files.js";
import { GeneratedLinks } from "./generated-source.js";
import { createProjectFolderFinder } from "./project-folder.js";
import { TypeScriptClassifier } from "./typescript-classifier.js";
import { findingMessage } from "../../messages/render-message.js";

type TS = typeof ts;

export interface ClassifyDeclarationsOptions {
  /** Scan root (absolute, or resolved against the working directory once, here). */
  root?: string;
}

/**
 * Classifies the properties of the interfaces, type aliases and classes
 * declared in `files` (`Type.property`): `@vdx` JSDoc on the property or the
 * type, types they reference, `Pick`/`Omit`/`Partial`/`extends` keeping the
 * classification of the fields they keep, generated code linked back to its
 * schema (`generated-from:`), then signals.
 *
 * Written against the injected `ts` (the CLI passes ts-morph's, the ESLint
 * plugin the user's); nothing here imports TypeScript values.
 *
 * `options.root` is the scan root: `generated-from:` paths and fingerprints are
 * relative to it, as everywhere else in a scan. Without it they are relative to
 * each file's project folder (nearest `tsconfig.json` / `package.json`), never
 * to the process's working directory, so the result is the same wherever the
 * CLI or ESLint was started.
 */
export function classifyTypeScriptDeclarations(
  tsApi: TS,
  program: ts.Program,
  files: readonly ts.SourceFile[],
  pack: RulePack,
  schemaFields: readonly ClassifiedField[],
  options: ClassifyDeclarationsOptions = {},
): { fields: ClassifiedField[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const env: ClassifyEnvironment =
    options.root !== undefined
      ? { pack, root: path.resolve(options.root), findings }
      : { pack, root: program.getCurrentDirectory(), rootOf: createProjectFolderFinder(), findings };
  const classifier = new TypeScriptClassifier(tsApi, program, new Set(files), env, new GeneratedLinks(schemaFields));
  const fields: ClassifiedField[] = [];
  for (const file of files) {
    try {
      fields.push(...classifier.classifyFile(file));
    } catch (error) {
      // A checker surprise in one file must not lose the others.
      findings.push({
        ruleId: "invalid-input",
        level: "error",
        ...findingMessage("invalid-input", "classificationFailed", { file: file.fileName, reason: (error as Error).message }),
        location: { file: file.fileName, line: 1, column: 1 },
        fingerprint: `invalid-input|${relativeFile(rootFor(env, file.fileName), file.fileName)}|typescript`,
      });
    }
  }
  return { fields: sortFields(fields), findings: sortFindings(findings) };
}
