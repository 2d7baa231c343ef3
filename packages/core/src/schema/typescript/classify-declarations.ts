import type ts from "typescript";
import type { Finding } from "../../model/finding.js";
import type { RulePack } from "../../model/pack.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { ClassifyEnvironment } from "../classify-field.js";
import { relativeFile } from "../findings.js";
import { sortFields, sortFindings } from "../scan-schema-files.js";
import { GeneratedLinks } from "./generated-source.js";
import { TypeScriptClassifier } from "./typescript-classifier.js";

type TS = typeof ts;

/**
 * Classifies the properties of the interfaces, type aliases and classes
 * declared in `files` (`Type.property`): `@vdx` JSDoc on the property or the
 * type, types they reference, `Pick`/`Omit`/`Partial`/`extends` keeping the
 * classification of the fields they keep, generated code linked back to its
 * schema (`generated-from:`), then signals.
 *
 * Written against the injected `ts` (the CLI passes ts-morph's, the ESLint
 * plugin the user's); nothing here imports TypeScript values.
 */
export function classifyTypeScriptDeclarations(
  tsApi: TS,
  program: ts.Program,
  files: readonly ts.SourceFile[],
  pack: RulePack,
  schemaFields: readonly ClassifiedField[],
): { fields: ClassifiedField[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const env: ClassifyEnvironment = { pack, root: program.getCurrentDirectory(), findings };
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
        message: `${file.fileName}: type classification failed: ${(error as Error).message}`,
        location: { file: file.fileName, line: 1, column: 1 },
        fingerprint: `invalid-input|${relativeFile(env.root, file.fileName)}|typescript`,
      });
    }
  }
  return { fields: sortFields(fields), findings: sortFindings(findings) };
}

