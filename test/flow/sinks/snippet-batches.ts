import type ts from "typescript";
import { createSinkMatcher, compileSinkModel, type SinkCall, type SinkModel } from "@vdx/core";
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
 * exporter) or that declares globals gets a program of its own, because there
 * another snippet's configuration would be visible.
 */
export function createSnippetBatches(copy: TS, catalogue: readonly SinkModel[], snippets: readonly Snippet[], size = 150) {
  const configured = catalogue.flatMap((model) => {
    const compiled = compileSinkModel(model);
    if (!compiled.ok || !compiled.compiled.configuredBy) return [];
    return [compiled.compiled.matchesPackage, compiled.compiled.configuredBy.matchesPackage];
  });
  const isolated = (text: string): boolean =>
    /\bdeclare\s+(global|module)\b/.test(text) || specifiersOf(text).some((specifier) => configured.some((matches) => matches(specifier)));

  const batchOf = new Map<string, { files: Record<string, string>; name: string }>();
  const batches: { files: Record<string, string>; result?: { sinks(name: string): SinkCall[] } }[] = [];
  let shared: (typeof batches)[number] | undefined;
  snippets.forEach((snippet, index) => {
    const name = `src/s${index}/example.ts`;
    let batch: (typeof batches)[number];
    if (isolated(snippet.text)) {
      batch = { files: {} };
      batches.push(batch);
    } else {
      if (!shared || Object.keys(shared.files).length >= size) batches.push((shared = { files: {} }));
      batch = shared;
    }
    // `export {}` keeps a script snippet's top-level names out of the other snippets' global scope.
    batch.files[name] = `${snippet.text}\nexport {};\n`;
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

/** Module specifiers a snippet imports or requires. */
function specifiersOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) found.push(match[1]!.replace(/^node:/, ""));
  return found;
}
