import { describe, expect, it } from "vitest";
import { analyzeProject, summarise, testPack } from "./helpers/flow-project.js";

// A callback an unknown API calls (an event emitter, a message bus) is an entry point for what it
// receives from outside the program: a parameter the code types is judged by that type.
const pack = testPack();
const TYPES = `
export interface FaultSnapshot {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx conn.operating-condition */
  codes: string[];
}
`;

describe("typed parameters of library callbacks", () => {
  it("judges an event listener's typed parameter by its type, through a project helper that sends it", () => {
    const result = analyzeProject(
      {
        "src/types.ts": TYPES,
        "src/uplink.ts": `import mqtt from "mqtt";
import type { FaultSnapshot } from "./types";
const broker = mqtt.connect("mqtts://field-test.example-motors.de:8883");
export function publishFault(snapshot: FaultSnapshot): void {
  broker.publish(\`faults/\${snapshot.vin}\`, JSON.stringify(snapshot));
}
`,
        "src/main.ts": `import { EventEmitter } from "node:events";
import type { FaultSnapshot } from "./types";
import { publishFault } from "./uplink";
export const bus = new EventEmitter();
bus.on("fault", (snapshot: FaultSnapshot) => publishFault(snapshot));
bus.on("heartbeat", (at: number) => publishFault({ vin: "", codes: [String(at)] } as never));
`,
      },
      { pack },
    );
    expect(summarise(result)).toEqual(["unassessed-export@src/uplink.ts:5 conn.operating-condition,pi.general.vehicle-identifier"]);
  });

  it("keeps array and promise callbacks to what the receiver holds, whatever their parameters are typed", () => {
    const result = analyzeProject(
      {
        "src/types.ts": TYPES + "export declare function snapshots(): FaultSnapshot[];\nexport declare function maskVin<T>(value: T): T;\n",
        "src/main.ts": `import axios from "axios";
import { maskVin, snapshots, type FaultSnapshot } from "./types";
export async function send(): Promise<void> {
  const masked = snapshots().map((s) => maskVin(s));
  masked.forEach((m: FaultSnapshot) => void axios.post("https://quality.example-motors.de/v1", m));
  await Promise.resolve(masked[0]).then((m: FaultSnapshot) => axios.post("https://quality.example-motors.de/v2", m));
}
`,
      },
      { pack, config: { sanitizers: [{ function: "maskVin", removes: ["pi.general.vehicle-identifier"], adds: [] }] } },
    );
    expect(summarise(result)).toEqual(["unassessed-export@src/main.ts:5 conn.operating-condition", "unassessed-export@src/main.ts:6 conn.operating-condition"]);
  });
});
