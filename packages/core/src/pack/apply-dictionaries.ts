import { splitPointer, type PositionedDocument } from "../input/positioned-document.js";
import type { DictionaryContext, DictionaryGroup, DictionarySource, SignalDictionary } from "../model/signal-knowledge.js";
import { validateDocument } from "./pack-files.js";
import { isPlainObject, type PackState } from "./pack-state.js";

/**
 * One dictionary file. A dictionary with a known id (from the base or an
 * earlier folder) gets this file's groups after its own, so a name or leaf
 * listed again takes the later decision; sources, context and instances add
 * up. A group with a schema error, or citing a source the dictionary does
 * not declare, is left out and reported; a file whose top level is wrong is
 * left out whole.
 */
export function applyDictionary(state: PackState, document: PositionedDocument): void {
  const errors = validateDocument(document, "dictionary");
  state.errors.push(...errors);
  const badGroups = new Set<number>();
  for (const error of errors) {
    const [key, index] = splitPointer(error.pointer ?? "");
    if (key !== "groups" || index === undefined) return;
    badGroups.add(Number(index));
  }
  if (!isPlainObject(document.value)) return;
  // `instances` is optional in the file (dictionary.schema.json); a file without `groups` returned above.
  const value = document.value as unknown as Omit<SignalDictionary, "instances"> & { dictionary: string; instances?: SignalDictionary["instances"] };
  const id = value.dictionary;
  const existing = state.dictionaries.get(id);
  const sources = mergeSources(existing?.sources ?? [], value.sources);
  const known = new Set(sources.map((s) => s.id));
  const groups: DictionaryGroup[] = [];
  value.groups.forEach((group, i) => {
    if (badGroups.has(i)) return;
    if (!known.has(group.source)) {
      const at = document.locate(`/groups/${i}/source`);
      const message = `groups[${i}].source: "${group.source}" is not one of the dictionary's sources (${[...known].join(", ")})`;
      state.errors.push({ file: at.file, line: at.line, column: at.column, pointer: `/groups/${i}/source`, message });
      return;
    }
    groups.push(group);
    (group.categories ?? []).forEach((category, j) => {
      state.categoryReferences.push({ id: category, origin: { document, pointer: `/groups/${i}/categories/${j}` }, context: `dictionary ${id}` });
    });
  });
  state.dictionaries.set(id, {
    id,
    title: existing?.title ?? value.title,
    sources,
    context: mergeContext(existing?.context, value.context),
    instances: [...(existing?.instances ?? []), ...(value.instances ?? [])],
    groups: [...(existing?.groups ?? []), ...groups],
  });
}

function mergeSources(base: DictionarySource[], added: DictionarySource[]): DictionarySource[] {
  const byId = new Map(base.map((s) => [s.id, s]));
  for (const source of added) byId.set(source.id, source);
  return [...byId.values()];
}

function mergeContext(base: DictionaryContext | undefined, added: DictionaryContext | undefined): DictionaryContext {
  return {
    parts: [...new Set([...(base?.parts ?? []), ...(added?.parts ?? [])])],
    objects: [...new Set([...(base?.objects ?? []), ...(added?.objects ?? [])])],
  };
}
