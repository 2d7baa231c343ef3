import { createFieldIndex, samePlainValue, type FieldIndex } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";
import type { FileClassification } from "./declaration-classifications.js";

interface LastIndex {
  classifications: readonly FileClassification[];
  index: FieldIndex;
}

const lastByKnowledge = new WeakMap<ProjectKnowledge, LastIndex>();

/**
 * The field index of a program state: the project's schema fields and the
 * fields of its TypeScript declarations, file by file in `classifications`.
 * Classifications are kept per `SourceFile` across states
 * (declaration-classifications.ts), so after an edit that changes no
 * declaration every file's classification is the same object as before: the
 * index built for the last state is handed out again instead of re-listing
 * and re-indexing every field of the project on each keystroke. The edited
 * file itself is classified again, usually to the same fields (an edit inside
 * a function body): compared by content, they keep the index too. The core's
 * summary reuse sees the same fields either way; the same index object only
 * saves the work.
 */
export function fieldIndexOf(knowledge: ProjectKnowledge, classifications: readonly FileClassification[]): FieldIndex {
  const last = lastByKnowledge.get(knowledge);
  if (last && sameFields(last.classifications, classifications)) {
    last.classifications = classifications;
    return last.index;
  }
  const index = createFieldIndex([...knowledge.schemaFields, ...classifications.flatMap((classification) => classification.fields)]);
  lastByKnowledge.set(knowledge, { classifications, index });
  return index;
}

function sameFields(a: readonly FileClassification[], b: readonly FileClassification[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i] || samePlainValue(item.fields, b[i]!.fields));
}
