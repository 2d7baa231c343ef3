import type ts from "typescript";
import { analyzeFlows, type FlowAnalysisResult, type RulePack } from "@vdx/core";
import { createInMemoryProgram, ROOT, sourceFileOf } from "../sinks/in-memory-program.js";
import { morph } from "../sinks/matcher-fixture.js";
import { analysisInput } from "./analysis-input.js";
import { defaultConfig, LIBRARY_TYPES, testPack } from "./flow-project.js";

/**
 * Program states of one project (with the client libraries' types), each built from the previous one
 * as an editor does. A program built from scratch in between starts a new generation of global files
 * (`createReuseScope`), after which nothing kept applies.
 */
export function programStates(initial: Record<string, string>) {
  let files = { ...LIBRARY_TYPES, ...initial };
  let program = createInMemoryProgram(morph, files);
  return {
    get program() {
      return program;
    },
    /** The same texts in a program built from scratch: new `SourceFile` objects, nothing kept can apply. */
    fresh: () => createInMemoryProgram(morph, files),
    edit(changes: Record<string, string>) {
      files = { ...files, ...changes };
      program = createInMemoryProgram(morph, files, { oldProgram: program });
    },
    file: (name: string) => sourceFileOf(program, name),
  };
}

/** The whole flow analysis of one state, with a field index built per state as the ESLint plugin does. */
export function analyzeState(program: ts.Program, pack: RulePack = testPack()): FlowAnalysisResult {
  return analyzeFlows(analysisInput(morph, program, pack, defaultConfig({ root: ROOT })));
}
