import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { fileCallNames, type FileCallNames, type IndexedCall } from "./file-call-names.js";

/**
 * A syntactic index of calls by callee name and of writes by target name
 * (no type checker). The engine asks it "who may call `postJson`?" and "who
 * may write `lastTrip`?", then confirms each candidate with the checker;
 * import aliases (`import { postJson as post }`) and default imports are
 * indexed under the exported name too.
 *
 * An editor builds one index per program state. Each file's part is kept per
 * `SourceFile` (file-call-names.ts), so a state after an edit walks only the
 * edited file; the index of a state only files each part under the names it
 * holds (on the first question), and gathers a name's candidates from the
 * parts that hold it, in program order, when that name is asked for.
 */
export class CallIndex {
  private parts: { calls: Map<string, FileCallNames[]>; writes: Map<string, FileCallNames[]> } | undefined;
  private readonly calls = new Map<string, readonly IndexedCall[]>();
  private readonly writes = new Map<string, readonly ts.Node[]>();

  constructor(private readonly ts: TS, private readonly files: readonly ts.SourceFile[]) {}

  callsNamed(name: string): readonly IndexedCall[] {
    let found = this.calls.get(name);
    if (!found) this.calls.set(name, (found = gather(this.partsByName().calls.get(name), (part) => part.calls.get(name))));
    return found;
  }

  writesNamed(name: string): readonly ts.Node[] {
    let found = this.writes.get(name);
    if (!found) this.writes.set(name, (found = gather(this.partsByName().writes.get(name), (part) => part.writes.get(name))));
    return found;
  }

  /** The files' parts by the names they hold: one pass over names, not one over all files per name asked. */
  private partsByName(): { calls: Map<string, FileCallNames[]>; writes: Map<string, FileCallNames[]> } {
    if (this.parts) return this.parts;
    const calls = new Map<string, FileCallNames[]>();
    const writes = new Map<string, FileCallNames[]>();
    for (const file of this.files) {
      const part = fileCallNames(this.ts, file);
      for (const name of part.calls.keys()) add(calls, name, part);
      for (const name of part.writes.keys()) add(writes, name, part);
    }
    return (this.parts = { calls, writes });
  }
}

function gather<T>(parts: readonly FileCallNames[] | undefined, of: (part: FileCallNames) => readonly T[] | undefined): readonly T[] {
  const found: T[] = [];
  for (const part of parts ?? []) for (const node of of(part) ?? []) found.push(node);
  return found;
}

function add<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
