import { it } from "vitest";
import { scan } from "@vdx/core";
it("debug", async () => {
  const root = "/work/main/test/accuracy/flow/adas-uploader";
  const r = await scan({ paths: [root], cwd: root, asOf: "2026-06-01" });
  for (const f of r.flows) console.log(f.location.line, f.destination, f.jurisdiction, f.status, f.categories.join(","), f.assessment);
});
