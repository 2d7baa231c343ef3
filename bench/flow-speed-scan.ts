/** Child process of bench/flow-speed.ts: one full scan of a directory, figures on stdout. */
import { performance } from "node:perf_hooks";
import { scan } from "../packages/core/src/index.js";

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const result = await scan({ paths: [root], cwd: root, asOf: "2026-06-01" });
const seconds = (performance.now() - started) / 1000;
const timings = Object.entries(result.stats.timings)
  .map(([k, v]) => `${k}=${(v / 1000).toFixed(1)}s`)
  .join(" ");
console.log(
  `scan=${seconds.toFixed(1)}s files=${result.stats.files.total} findings=${result.findings.length} flows=${result.flows.length} errors=${result.errors.length} ${timings}`,
);
console.log(`maxRSS=${process.resourceUsage().maxRSS}`);
