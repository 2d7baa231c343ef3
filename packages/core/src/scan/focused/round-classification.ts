import type ts from "typescript";
import type { Finding } from "../../model/finding.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { AnalysisContext } from "../types.js";
import type { ScanProgram } from "../../program/create-scan-program.js";
import { classifyTypeScriptDeclarations } from "../../schema/index.js";
import { sortFields } from "../../schema/scan-schema-files.js";

/**
 * The TypeScript declarations of a growing program, each file classified once: in the round it is
 * loaded, everything it imports is loaded with it, so a later round's program gives it the same
 * classification. (The rounds of a focused analysis only add files.)
 */
export class RoundClassification {
  private readonly done = new Set<string>();
  private readonly fields: ClassifiedField[] = [];
  private readonly findings: Finding[] = [];

  constructor(private readonly context: AnalysisContext) {}

  /** Classifies the files not classified yet; returns every field so far (in scan order) and every finding. */
  update(built: ScanProgram, sourceFiles: readonly ts.SourceFile[]): { fields: ClassifiedField[]; findings: Finding[] } {
    const fresh = sourceFiles.filter((sf) => !this.done.has(sf.fileName));
    if (fresh.length > 0) {
      for (const sf of fresh) this.done.add(sf.fileName);
      const classified = classifyTypeScriptDeclarations(built.ts, built.program, fresh, this.context.pack, this.context.fields, { root: this.context.root });
      this.fields.push(...classified.fields);
      this.findings.push(...classified.findings);
      sortFields(this.fields);
    }
    return { fields: this.fields, findings: this.findings };
  }
}
