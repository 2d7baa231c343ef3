import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The layers of @vdx/core are its folders (docs/ARCHITECTURE.md "Folders and layers"). This test reads
// the import graph of packages/core/src — type-only imports included, because a type cycle is still a
// cycle a reader has to untangle — and holds the rules that keep the folders layers.

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../packages/core/src");

/** Relative module specifiers of a file: static imports and re-exports (type-only too), and `import()`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)"(\.{1,2}\/[^"]+)"/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** `src`-relative file → the `src`-relative files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const targets = [...readFileSync(file, "utf8").matchAll(SPECIFIER)].map((match) =>
      relative(SRC, resolve(dirname(file), (match[1] ?? "").replace(/\.js$/, ".ts"))),
    );
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** A top-level folder of src (`flow`, `model`), or `.` for the package's own index files. */
function folderOf(file: string): string {
  const slash = file.indexOf("/");
  return slash === -1 ? "." : file.slice(0, slash);
}

/** The strongly connected components of more than one node (Tarjan): each is a cycle. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

const graph = importGraph();

function folderGraph(): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    const edges = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) edges.add(folderOf(target));
    folders.set(from, edges);
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges].sort()]));
}

/** `file → target` for every import from a file of `folder` into one of `into`. */
function importsFrom(folder: string, into: (targetFolder: string) => boolean): string[] {
  return [...graph].flatMap(([file, targets]) =>
    folderOf(file) === folder ? targets.filter((target) => into(folderOf(target))).map((target) => `${file} → ${target}`) : [],
  );
}

describe("@vdx/core layers", () => {
  it("reads the import graph (the test would pass vacuously on an empty one)", () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get("scan/scan.ts")).toContain("scan/types.ts");
  });

  it("has no cycle between folders", () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it("has no cycle between files, type-only imports included", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("model/ imports nothing outside model/", () => {
    expect(importsFrom("model", (target) => target !== "model")).toEqual([]);
  });

  it.each(["flow", "program", "remote", "schema", "jurisdiction", "verdict"])("%s/ does not import the scan that runs it", (folder) => {
    expect(importsFrom(folder, (target) => target === "scan")).toEqual([]);
  });

  it("paths/ is a leaf", () => {
    expect(importsFrom("paths", (target) => target !== "paths")).toEqual([]);
  });

  it("finds a cycle and an import across a layer when there is one", () => {
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c"]]);
    expect(folderOf("flow/taint/units.ts")).toBe("flow");
    expect(folderOf("index.ts")).toBe(".");
  });
});
