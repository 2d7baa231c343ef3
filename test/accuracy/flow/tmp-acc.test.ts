import { it } from "vitest";
it("acc", async () => { await import("../../../bench/flow-accuracy.ts"); }, 120000);
