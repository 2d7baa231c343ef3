import { testPack } from "./test/schema/helpers/test-pack.js";
import { explainSignals } from "./packages/core/src/schema/index.js";
const pack = testPack();
for (const id of process.argv.slice(2)) console.log(id, JSON.stringify(explainSignals(id, {}, pack)));
