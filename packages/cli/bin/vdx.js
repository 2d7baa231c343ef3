#!/usr/bin/env node
// The `vdx` command. A committed launcher rather than `dist/bin.js` itself, so
// the bin target exists before the first build: pnpm links workspace bins at
// install time, when `dist/` is not there yet.
import "../dist/bin.js";
