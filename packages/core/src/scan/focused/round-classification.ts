import type ts from "typescript";
import type { Finding } from "../../model/finding.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { AnalysisContext } from "../types.js";
import type { ScanProgram } from "../../program/create-scan-program.js";
import { classifyTypeScriptDeclarations } from "../../schema/index.js";
import { sortFields } from "../../schema/scan-schema-files.js";
import type { ClassificationStore } from "../cache/scan-cache.js";

/**
 * The TypeScript declarations of a growing program, each file classified once: in the round it is
 * loaded, everything it imports is loaded with it, so a later round's program gives it the same
 * classification. (The rounds of a focused analysis only add files.)
 */
export class RoundClassification {
  private readonly done = new Set<string>();
  private readonly fields: ClassifiedField[] = [];
  private readonly findings: Finding[] = [];
  /** Files classified here, and files whose classification came from the cache. */
  readonly counts = { classified: 0, reused: 0 };

  constructor(
    private readonly context: AnalysisContext,
    private readonly store?: ClassificationStore,
  ) {}

  /**
   * Classifies the files not classified yet (or takes the cache's classification of a file whose
   * imports are unchanged); returns every field so far (in scan order) and every finding.
   */
  update(built: ScanProgram, sourceFiles: readonly ts.SourceFile[]): { fields: ClassifiedField[]; findings: Finding[] } {
    const fresh = sourceFiles.filter((sf) => !this.done.has(sf.fileName));
    if (fresh.length === 0) return { fields: this.fields, findings: this.findings };
    const toClassify: ts.SourceFile[] = [];
    for (const sf of fresh) {
      this.done.add(sf.fileName);
      const stored = this.store?.get(sf.fileName);
      if (stored) {
        this.counts.reused++;
        this.fields.push(...stored.fields);
        this.findings.push(...stored.findings);
      } else {
        toClassify.push(sf);
      }
    }
    this.counts.classified += toClassify.length;
    if (toClassify.length > 0) {
      const classified = classifyTypeScriptDeclarations(built.ts, built.program, toClassify, this.context.pack, this.context.fields, {
        root: this.context.root,
      });
      this.fields.push(...classified.fields);
      this.findings.push(...classified.findings);
      storeByFile(
        this.store,
        toClassify.map((sf) => sf.fileName),
        classified.fields,
        classified.findings,
      );
    }
    sortFields(this.fields);
    return { fields: this.fields, findings: this.findings };
  }
}

/** Stores classification results file by file — unless one sits outside the classified files (then nothing is kept). */
export function storeByFile(
  store: ClassificationStore | undefined,
  files: readonly string[],
  fields: readonly ClassifiedField[],
  findings: readonly Finding[],
): void {
  if (!store) return;
  const classified = new Set(files);
  if (fields.some((f) => !classified.has(f.location.file)) || findings.some((f) => !classified.has(f.location.file))) return;
  for (const file of files)
    store.put(
      file,
      fields.filter((f) => f.location.file === file),
      findings.filter((f) => f.location.file === file),
    );
}
