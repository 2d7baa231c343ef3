import type { ScanProgram } from "../../program/create-scan-program.js";
import type { ProjectGraph } from "./project-graph.js";
import type { FocusGrowth, ChangeView } from "./focus-growth.js";
import { topLevelNames } from "./top-level-names.js";

/**
 * PR mode: a changed declaration's value or type is read elsewhere — a URL constant, a client built at
 * module level, a function called from another module — and a flow that reads it passes through the
 * changed lines. Every file that can see a changed file and mentions the name of a declaration on a
 * changed line joins the focus (and what flows on from it is followed); a file among them that
 * re-exports that name under another name (`export { a as b }`) passes the new name on the same way.
 * (`export *` keeps the name, and files behind such a barrel already see the changed file.)
 */
export class NameReaders {
  /** Per file, the names whose readers are wanted. */
  private readonly wanted = new Map<string, Set<string> | "changed">();
  private readonly done = new Map<string, Set<string>>();

  constructor(
    private readonly graph: ProjectGraph,
    private readonly change: ChangeView,
  ) {
    for (const file of change.files) this.wanted.set(file, "changed");
  }

  expand(built: ScanProgram, growth: FocusGrowth): void {
    for (const [file, names] of [...this.wanted]) {
      const sourceFile = built.program.getSourceFile(file);
      if (!sourceFile) continue;
      this.wanted.delete(file);
      const declared = topLevelNames(built.ts, sourceFile);
      const chosen =
        names === "changed"
          ? declared.filter((entry) => this.change.touches(file, entry.start, entry.end)).map((entry) => entry.name)
          : declared.filter((entry) => entry.renames !== undefined && entry.renames !== entry.name && names.has(entry.renames)).map((entry) => entry.name);
      let done = this.done.get(file);
      if (!done) this.done.set(file, (done = new Set()));
      for (const name of chosen) {
        if (done.has(name)) continue;
        done.add(name);
        for (const reader of this.graph.candidates("identifiers", name, file)) {
          if (reader === file) continue;
          growth.addFocus(reader, true);
          // The reader may rename the export: its renames of `name` are looked for once it is loaded.
          let next = this.wanted.get(reader);
          if (next === undefined) this.wanted.set(reader, (next = new Set()));
          if (next !== "changed") next.add(name);
        }
      }
    }
  }
}
