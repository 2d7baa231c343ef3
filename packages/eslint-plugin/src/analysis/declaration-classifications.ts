import type ts from "typescript";
import { classifyTypeScriptDeclarations, type ClassifiedField, type Finding } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";
import { compareText, normalise } from "../file-paths.js";
import { classificationSnapshots } from "./classification-snapshot.js";
import { SourceFileReuse, type ProgramReuse } from "./source-file-reuse.js";

type TS = typeof ts;

/** What the core's TypeScript declaration classifier says about one file. */
export interface FileClassification {
  fields: readonly ClassifiedField[];
  /** `unclassified-signal`, `unknown-category` (and `invalid-input` when the file could not be classified). */
  findings: readonly Finding[];
}

const reuse = new SourceFileReuse<FileClassification>("declaration-classifications");

/**
 * The core's TypeScript declaration classifier (the function the CLI's
 * analysers call on their program) on the program ESLint holds, one file at a
 * time and remembered per `SourceFile` across program states: after an edit
 * only the edited file and the files that import it are classified again,
 * not every declaration of the project (which the export analysis needs as
 * its field index).
 *
 * Classifying files one by one gives what one call over all of them gives:
 * the core reports a declaration's problems only in the file that declares
 * it, and classifies the types a file references (in other files) the same
 * way whichever file asked.
 */
export class DeclarationClassifications {
  readonly #reuse: ProgramReuse<FileClassification>;
  readonly #thisState = new Map<ts.SourceFile, FileClassification>();
  readonly #notKept = new Set<ts.SourceFile>();

  constructor(
    private readonly typescript: TS,
    private readonly program: ts.Program,
    private readonly knowledge: ProjectKnowledge,
  ) {
    this.#reuse = reuse.inProgram(typescript, program, knowledge);
  }

  /**
   * The classification of each of `files` (absolute paths of this program), in the order given.
   * `keep`: remember new results for later program states. The whole-program field index keeps
   * them (the next state needs them all again); one file linted on its own does not, because the
   * file being linted is usually the one being edited, and keeping it would cost the reuse
   * bookkeeping on every keystroke for a result the next keystroke replaces.
   */
  of(files: readonly string[], options: { keep: boolean } = { keep: true }): FileClassification[] {
    const sourceFiles = files.map((file) => this.program.getSourceFile(file)).filter((sf): sf is ts.SourceFile => sf !== undefined);
    return this.ofSourceFiles(sourceFiles, options);
  }

  /** {@link of} for files already looked up in this program. */
  ofSourceFiles(sourceFiles: readonly ts.SourceFile[], options: { keep: boolean } = { keep: true }): FileClassification[] {
    const missing = sourceFiles.filter((sf) => !this.#known(sf));
    if (missing.length > 0) this.#classify(missing, options.keep);
    if (options.keep && this.#notKept.size > 0) {
      for (const sf of sourceFiles) if (this.#notKept.delete(sf)) this.#reuse.set(sf, this.#thisState.get(sf)!);
    }
    return sourceFiles.map((sf) => this.#thisState.get(sf)!);
  }

  /**
   * The classifications of the whole project (`files`: every project file, in field order), kept for later
   * states. After an edit only the files it can reach are examined (classification-snapshot.ts).
   */
  ofProject(files: readonly ts.SourceFile[]): FileClassification[] {
    const carried = classificationSnapshots.carryOver(this.typescript, this.knowledge, this.program, files);
    const examined = carried ? carried.recheck.map((position) => files[position]!) : files;
    const fresh = this.ofSourceFiles(examined);
    const results = carried ? carried.results : fresh;
    if (carried) carried.recheck.forEach((position, i) => (results[position] = fresh[i]!));
    classificationSnapshots.record(this.knowledge, this.program, files, results, examined, (file) => this.#reuse.dependenciesOf(file));
    return results;
  }

  /** Every field of `files`, in the order the CLI hands them to the field index (by file, line, column, path). */
  fieldsOf(files: readonly string[]): ClassifiedField[] {
    return this.of([...files].sort(compareText)).flatMap((classification) => classification.fields);
  }

  #known(sourceFile: ts.SourceFile): boolean {
    if (this.#thisState.has(sourceFile)) return true;
    const kept = this.#reuse.get(sourceFile);
    if (kept) this.#thisState.set(sourceFile, kept);
    return kept !== undefined;
  }

  /** One core call for all files not known yet: declarations they share are classified once. */
  #classify(sourceFiles: readonly ts.SourceFile[], keep: boolean): void {
    const { fields, findings } = classifyTypeScriptDeclarations(this.typescript, this.program, sourceFiles, this.knowledge.pack, this.knowledge.schemaFields, {
      root: this.knowledge.root,
    });
    const byFile = new Map<string, { fields: ClassifiedField[]; findings: Finding[] }>();
    const slot = (file: string) => {
      const key = normalise(file);
      let entry = byFile.get(key);
      if (!entry) byFile.set(key, (entry = { fields: [], findings: [] }));
      return entry;
    };
    for (const field of fields) slot(field.location.file).fields.push(field);
    for (const finding of findings) slot(finding.location.file).findings.push(finding);
    for (const sourceFile of sourceFiles) {
      const classification = byFile.get(normalise(sourceFile.fileName)) ?? { fields: [], findings: [] };
      this.#thisState.set(sourceFile, classification);
      if (keep) this.#reuse.set(sourceFile, classification);
      else this.#notKept.add(sourceFile);
    }
  }
}
