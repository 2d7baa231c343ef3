import { it } from "vitest";
import { evaluate, flow, record } from "./fixtures/builders.js";
it("bench", () => {
  const records = Array.from({ length: 500 }, (_, i) => record({ id: `R-${i}`, recipient: { name: `Recipient ${i % 50}`, country: "DE" }, destinations: [`api${i}.example.de`, `s3://bucket-${i}-*`], mechanism: "standard-contract", scale: { individuals: 100 } }));
  const flows = Array.from({ length: 2000 }, (_, i) => flow({ destination: `https://api${i % 600}.example.de/v1/x` }));
  const t = performance.now();
  let covered = 0;
  for (const f of flows) if (evaluate(f, { records }).status === "covered") covered++;
  console.log("ms", (performance.now() - t).toFixed(0), "covered", covered);
});
