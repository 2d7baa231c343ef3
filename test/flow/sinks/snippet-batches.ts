import type ts from "typescript";
import { type SinkModel } from "@vdx/core";
import { createSinkMatcher, compileSinkModel, type SinkCall } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf } from "./in-memory-program.js";

type TS = typeof ts;

/** One example snippet of the catalogue, addressed by its model, kind and index. */
export interface Snippet {
  key: string;
  text: string;
}

/**
 * Compiles the catalogue's example snippets in a few shared programs instead
 * of one program each (hundreds of models, two TypeScript copies): every
 * snippet becomes a module in its own folder, so its names, relative imports
 * and script globals stay its own. A snippet that imports a package whose
 * destination a program-wide call configures (`Sentry.init`, an OpenTelemetry
 * exporter) or that declares globals is kept apart, because there
 * another snippet's configuration would be visible: such snippets share a
 * program only with snippets of other configured models.
 */
export function createSnippetBatches(copy: TS, catalogue: readonly SinkModel[], snippets: readonly Snippet[], size = 150) {
  // Models configured program-wide, with the packages whose imports bring a snippet under that configuration.
  const configured = catalogue.flatMap((model) => {
    const compiled = compileSinkModel(model);
    if (!compiled.ok || !compiled.compiled.configuredBy) return [];
    const { matchesPackage, configuredBy } = compiled.compiled;
    return [{ id: model.id, touches: (specifier: string) => matchesPackage(specifier) || configuredBy.matchesPackage(specifier) }];
  });
  /** The configured models a snippet touches; "*" for a snippet that declares globals (it shares with nothing). */
  const touched = (text: string): Set<string> | "*" => {
    if (/\bdeclare\s+(global|module)\b/.test(text)) return "*";
    const specifiers = specifiersOf(text);
    return new Set(configured.filter((c) => specifiers.some((s) => c.touches(s))).map((c) => c.id));
  };

  const batchOf = new Map<string, { files: Record<string, string>; name: string }>();
  const batches: { files: Record<string, string>; uses: Set<string> }[] = [];
  let shared: (typeof batches)[number] | undefined;
  snippets.forEach((snippet, index) => {
    const name = `src/s${index}/example.ts`;
    const uses = touched(snippet.text);
    let batch: (typeof batches)[number] | undefined;
    if (uses === "*") {
      batches.push((batch = { files: {}, uses: new Set(["*"]) }));
    } else if (uses.size > 0) {
      // Snippets under program-wide configuration share a program only with snippets of other configured models.
      batch = batches.find((b) => b !== shared && !b.uses.has("*") && Object.keys(b.files).length < size && [...uses].every((id) => !b.uses.has(id)));
      if (!batch) batches.push((batch = { files: {}, uses: new Set() }));
      for (const id of uses) batch.uses.add(id);
    } else {
      if (!shared || Object.keys(shared.files).length >= size) batches.push((shared = { files: {}, uses: new Set() }));
      batch = shared;
    }
    // `export {}` keeps a script snippet's top-level names out of the other snippets' global scope.
    for (const [path, text] of Object.entries(filesOf(snippet.text))) {
      batch.files[path === MAIN_FILE ? name : `src/s${index}/${path.replace(/^src\//, "")}`] = `${text}\nexport {};\n`;
    }
    batchOf.set(snippet.key, { files: batch.files, name });
  });

  const results = new Map<Record<string, string>, (name: string) => SinkCall[]>();
  return {
    /** The sink calls the catalogue finds in one snippet, and the compiler problems of the matcher. */
    sinksOf(key: string): { calls: SinkCall[]; problems: readonly { model: string; message: string }[] } {
      const place = batchOf.get(key);
      if (!place) throw new Error(`no snippet ${key}`);
      let sinks = results.get(place.files);
      let problems: readonly { model: string; message: string }[] = [];
      if (!sinks) {
        const program = createInMemoryProgram(copy, place.files);
        const matcher = createSinkMatcher(copy, program, { sinks: catalogue });
        problems = matcher.problems;
        const cache = new Map<string, SinkCall[]>();
        sinks = (name) => {
          let calls = cache.get(name);
          if (!calls) cache.set(name, (calls = [...matcher.sinkCallsIn(sourceFileOf(program, name))]));
          return calls;
        };
        results.set(place.files, sinks);
      }
      return { calls: sinks(place.name), problems };
    },
    /** How many programs the snippets need. */
    programCount: batches.length,
  };
}

const MAIN_FILE = "src/example.ts";

/**
 * A snippet is `src/example.ts`, where sinks are looked for; lines `// file: <path>` start further files of
 * the same program (a client generated into the project, a module the example imports). Paths under `src/`
 * land in the snippet's own folder, so relative imports between them hold.
 */
function filesOf(snippet: string): Record<string, string> {
  const files: Record<string, string> = {};
  let current = MAIN_FILE;
  let lines: string[] = [];
  for (const line of snippet.split("\n")) {
    const next = /^\s*\/\/ file: (\S+)\s*$/.exec(line)?.[1];
    if (next === undefined) {
      lines.push(line);
      continue;
    }
    files[current] = lines.join("\n");
    current = next;
    lines = [];
  }
  files[current] = lines.join("\n");
  return files;
}

/** Module specifiers a snippet imports or requires. */
function specifiersOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) found.push(match[1]!.replace(/^node:/, ""));
  return found;
}
