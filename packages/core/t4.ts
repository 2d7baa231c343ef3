import { scan } from "./src/index.ts";
const r = await scan({ paths: [process.argv[2]!], cwd: process.argv[2]!, asOf: "2026-06-01" });
console.log(r.errors, r.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line} ${f.message.slice(0, 200)}`));
console.log((r as any).flows?.length, (r as any).stats);
