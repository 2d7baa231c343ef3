import { describe, expect, it } from "vitest";
import { analyzeProject, summarise, testPack } from "./helpers/flow-project.js";

// The payload carries exactly the fields that survive (issue 11 item 7): lodash-style pick/omit,
// destructuring rest, spreads, Object.fromEntries, map; and a field reviewed `@vdx none` stays
// unclassified whatever its name or the key that carries it says.
const pack = testPack();
const TYPES = `
export interface Session {
  id: string;
  /** @vdx none */
  state: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.sensitive.location-trajectory */
  lng: number;
  /** @vdx pi.general.identity-contact */
  driverPhone: string;
}
/**
 * Public charger directory, reviewed: a charger's coordinates are no one's location.
 * @vdx none
 */
export interface Charger { chargerId: string; latitude: number; longitude: number; hotlinePhone: string }
export interface Depot {
  name: string;
  /** @vdx none */
  depotVin: string;
  /** @vdx none */
  lat: number;
  /** @vdx none */
  lng: number;
}
export declare function session(): Session;
export declare function sessions(): Session[];
export declare function chargers(): Charger[];
export declare function depot(): Depot;
`;
const URL = `"https://telemetry.example-motors.de/v1"`;

type Case = string | [payload: string, setup: string];

/**
 * Categories sent by each case's `axios.post(…, <payload>)`, in a function that has `s` (Session),
 * `list` (Session[]), `c` (Charger[]), `d` (Depot): one program for all cases (programs are costly).
 */
function sentEach(cases: readonly Case[], imports = `import { pick, omit } from "lodash";`, extra: Record<string, string> = {}): string[] {
  const header = `import axios from "axios"; ${imports}\nimport { session, sessions, chargers, depot } from "./types";\n`;
  const bodies = cases.map((c, i) => {
    const [payload, setup] = typeof c === "string" ? [c, ""] : c;
    return `export async function upload${i}() {\n  const s = session(); const list = sessions(); const c = chargers(); const d = depot();\n  ${setup}\n  await axios.post(${URL}, ${payload});\n}\n`;
  });
  const main = header + bodies.join("");
  const lines = summarise(analyzeProject({ "src/types.ts": TYPES, "src/main.ts": main, ...extra }, { pack }));
  // Case i's sink is the 4th line of its function, after the header's lines and the cases before it.
  const headerLines = header.split("\n").length - 1;
  return cases.map((_c, i) =>
    lines
      .filter((l) => l.includes(`src/main.ts:${headerLines + 5 * i + 4} `))
      .map((l) => l.split(" ")[1]!)
      .join(" | "),
  );
}

const ALL = "pi.general.identity-contact,pi.general.vehicle-identifier,pi.sensitive.location-trajectory";

describe("pick and omit of utility libraries", () => {
  it("pick keeps only the named properties, omit drops them; however the library is imported", () => {
    const imports = `import { pick, omit } from "lodash"; import _ from "lodash"; import pickOnly from "lodash/pick"; import * as R from "ramda";
import { pick as pickEs } from "lodash-es"; import { SHARED } from "./keys"; const without = require("lodash.omit");`;
    expect(
      sentEach(
        [
          `pick(s, ["id", "state"])`,
          `pick(s, "id", "vin")`,
          `pickEs(s, SHARED)`,
          `omit(s, ["vin", "lat", "lng", "driverPhone"])`,
          `omit(s, ["lat", "lng"])`,
          `_.pick(s, ["id"])`,
          `pickOnly(s, ["id"])`,
          `without(s, ["vin", "lat", "lng"])`,
          `R.pick(["id", "vin"], s)`,
          ["pick(s, keys)", "const keys = process.argv.slice(2);"],
          `list.map((x) => pick(x, ["id", "lat", "lng"]))`,
        ],
        imports,
        { "src/keys.ts": `export const SHARED = ["id", "lat", "lng"] as const;` },
      ),
    ).toEqual([
      "",
      "pi.general.vehicle-identifier",
      "pi.sensitive.location-trajectory",
      "",
      "pi.general.identity-contact,pi.general.vehicle-identifier",
      "",
      "",
      "pi.general.identity-contact",
      "pi.general.vehicle-identifier",
      ALL, // keys vdx cannot read: the whole object may survive
      "pi.sensitive.location-trajectory",
    ]);
  });

  it("leaves a project function named pick to its own body", () => {
    expect(sentEach([`pick(s, ["id"])`], `function pick(value: unknown, _keys: string[]) { return value; }`)).toEqual([ALL]);
  });

  it("shapes what a caller passes: pick over a parameter keeps the caller's picked fields", () => {
    const main = `import axios from "axios"; import { pick } from "lodash"; import { session } from "./types";
async function forward(value: object) { await axios.post(${URL}, pick(value, ["id", "vin"])); }
export async function run() { await forward(session()); }
`;
    expect(summarise(analyzeProject({ "src/types.ts": TYPES, "src/main.ts": main }, { pack }))).toEqual([
      "unassessed-export@src/main.ts:2 pi.general.vehicle-identifier",
    ]);
  });
});

describe("destructuring rest, spreads, Object.fromEntries and map", () => {
  it("rest elements, overwriting spreads, Object.fromEntries over filtered entries or a key list, map", () => {
    expect(
      sentEach([
        ["shareable", "const { vin: _vin, driverPhone: _phone, lat: _lat, lng: _lng, ...shareable } = s;"],
        ["shareable", "const { driverPhone: _phone, ...shareable } = s;"],
        `{ ...s, vin: undefined, driverPhone: undefined, lat: 0, lng: 0 }`,
        `Object.fromEntries(Object.entries(s).filter(([key]) => key !== "driverPhone" && key !== "vin"))`,
        [`Object.fromEntries(Object.entries(s).filter(([key]) => !PRIVATE.includes(key)))`, `const PRIVATE = ["vin", "lat", "lng", "driverPhone"];`],
        `Object.fromEntries(Object.entries(s).filter(([key]) => key === "vin" || key === "id"))`,
        [`Object.fromEntries(PUBLIC.map((key) => [key, s[key]]))`, `const PUBLIC = ["id", "state"] as const;`],
        `Object.fromEntries(Object.entries(s).filter(([key]) => key.length > 2))`,
        `list.map((x) => ({ id: x.id, state: x.state }))`,
      ]),
    ).toEqual([
      "",
      "pi.general.vehicle-identifier,pi.sensitive.location-trajectory",
      "",
      "pi.sensitive.location-trajectory",
      "",
      "pi.general.vehicle-identifier",
      "",
      ALL, // a predicate vdx does not read keeps everything
      "",
    ]);
  });

  it("a rest parameter holds what the caller passes without the destructured properties", () => {
    const main = `import axios from "axios"; import { session } from "./types";
async function forward({ driverPhone, vin, ...rest }: { driverPhone: string; vin: string; [key: string]: unknown }) { await axios.post(${URL}, rest); }
export async function run() { await forward(session()); }
`;
    expect(summarise(analyzeProject({ "src/types.ts": TYPES, "src/main.ts": main }, { pack }))).toEqual([
      "unassessed-export@src/main.ts:2 pi.sensitive.location-trajectory",
    ]);
  });
});

describe("@vdx none stays unclassified whatever the names say", () => {
  it("a type or property reviewed none, read directly, under signal keys, destructured or copied; an unreviewed value under the same keys is classified", () => {
    expect(
      sentEach([
        `c`,
        `c.map((x) => ({ lat: x.latitude, lng: x.longitude, phone: x.hotlinePhone }))`,
        [`body`, `const body: Charger = { chargerId: "c1", latitude: 31.2, longitude: 121.5, hotlinePhone: "400" };`],
        `{ vin: d.depotVin, lat: d.lat, lng: d.lng }`,
        [`{ lat, lng }`, `const { lat, lng } = d;`],
        [`{ vin }`, `const vin = d.depotVin;`],
        [`{ lat: north * 1e-6, lng: east * 1e-6 }`, `const north = Math.random(); const east = Math.random();`],
      ]),
    ).toEqual(["", "", "", "", "", "", "pi.sensitive.location-trajectory"]);
  });
});
