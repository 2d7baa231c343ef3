import type ts from "typescript";
import { ts as morphTs } from "ts-morph";
import { createSinkMatcher, describeStaticValue, type SinkCall, type SinkMatcher } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf, type InMemoryOptions } from "./in-memory-program.js";
import { loadCatalogue } from "./catalogue.js";

export const morph = morphTs as unknown as typeof ts;
const catalogue = loadCatalogue();

export interface Fixture {
  program: ts.Program;
  matcher: SinkMatcher;
  /** Sink calls of one file. */
  sinks(file: string): readonly SinkCall[];
  /** Every sink call of the program's own files, as `model @ line → destination`. */
  summary(): string[];
}

export function fixture(files: Record<string, string>, options: InMemoryOptions & { ts?: typeof ts } = {}): Fixture {
  const copy = options.ts ?? morph;
  const program = createInMemoryProgram(copy, files, options);
  const matcher = createSinkMatcher(copy, program, { sinks: catalogue });
  const sinks = (file: string) => matcher.sinkCallsIn(sourceFileOf(program, file));
  const summary = () =>
    Object.keys(files)
      .filter((f) => !f.includes("node_modules") && !f.endsWith(".d.ts"))
      .flatMap((f) => sinks(f).map((s) => `${s.model.id} @ ${f}:${s.location.line} → ${describeStaticValue(s.destination)}`));
  return { program, matcher, sinks, summary };
}

/** The only sink call of a file (fails loudly when there are none or several). */
export function onlySink(f: Fixture, file: string): SinkCall {
  const calls = f.sinks(file);
  if (calls.length !== 1) throw new Error(`expected one sink in ${file}, got ${calls.length}: ${f.summary().join("; ")}`);
  return calls[0]!;
}
