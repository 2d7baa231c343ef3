import { it } from "vitest";
import { matchSignals } from "/work/wt/classify/packages/core/src/schema/index.js";
import { testPack } from "/work/wt/classify/test/schema/helpers/test-pack.js";
const pack = testPack();
const names: [string, string[]][] = JSON.parse(process.env.PROBE ?? "[]");
it("probe", () => {
  for (const [n, sib] of names) {
    const c = matchSignals(n, { siblings: sib }, pack).map((x) => `${x.category}:${x.confidence.toFixed(2)}`);
    console.log(`${n.padEnd(28)} [${sib.join(",")}] -> ${c.join(" ")}`);
  }
});
