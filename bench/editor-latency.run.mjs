// Launcher for editor-latency.ts on Node 20 (no type stripping): transpile with the
// repo's TypeScript next to the source, run, clean up. No other build step, no extra tool.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const source = fileURLToPath(new URL("./editor-latency.ts", import.meta.url));
const output = source.replace(/\.ts$/, ".compiled.mjs");
const { outputText } = ts.transpileModule(readFileSync(source, "utf8"), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  fileName: source,
});
writeFileSync(output, outputText);
try {
  await import(pathToFileURL(output).href);
} finally {
  rmSync(output, { force: true });
}
