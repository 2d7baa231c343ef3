#!/usr/bin/env node
import { processIo } from "../io.js";
import { runGithubAction } from "./github-action.js";

// The GitHub Action's entry (action.yml runs it); like bin.ts, the only place that sets the exit code.
runGithubAction(processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`::error title=vdx action::internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
