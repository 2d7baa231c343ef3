import { describe, expect, it } from "vitest";
import { analyzeProject, record, summarise } from "./helpers/flow-project.js";
import { normaliseJurisdiction } from "@vdx/core";

// Shapes a blind held-out corpus found wrong (bench/RESULTS.md, "Held-out accuracy"), one test each.

const MODEL = `
export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;
`;

const KAFKA_TYPES = {
  "node_modules/kafkajs/index.d.ts": `
    export interface Message { key?: string; value: string }
    export interface Producer { send(record: { topic: string; messages: Message[] }): Promise<void> }
    export class Kafka { constructor(config: { clientId?: string; brokers: string[] }); producer(): Producer }`,
  "node_modules/kafkajs/package.json": `{ "name": "kafkajs", "types": "index.d.ts" }`,
};

describe("one finding per sink call and jurisdiction", () => {
  const producer = (brokers: string[]) => `import { Kafka } from "kafkajs"; import { loadTrip } from "../model";
const kafka = new Kafka({ clientId: "gw", brokers: ${JSON.stringify(brokers)} });
const producer = kafka.producer();
export async function publish() {
  await producer.send({ topic: "trips", messages: [{ value: JSON.stringify(loadTrip()) }] });
}
`;

  it("reports a producer of a two-broker cluster once, naming both brokers", () => {
    const result = analyzeProject({
      ...KAFKA_TYPES,
      "src/model.ts": MODEL,
      "src/a/publish.ts": producer(["kafka-a.example-motors.de:9093", "kafka-b.example-motors.de:9093"]),
    });
    expect(summarise(result)).toEqual(["unassessed-export@src/a/publish.ts:5 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
    expect(result.findings[0]?.export?.destination).toBe("kafka://kafka-a.example-motors.de:9093 | kafka://kafka-b.example-motors.de:9093");
    expect(result.flows).toHaveLength(2);
  });

  it("keeps one finding per jurisdiction when the brokers are in different countries", () => {
    const result = analyzeProject(
      { ...KAFKA_TYPES, "src/model.ts": MODEL, "src/a/publish.ts": producer(["kafka-a.example-motors.de:9093", "kafka-b.example-motors.fr:9093"]) },
      {
        config: {
          hosts: [
            { match: "*.example-motors.de", jurisdiction: normaliseJurisdiction("DE") },
            { match: "*.example-motors.fr", jurisdiction: normaliseJurisdiction("FR") },
          ],
        },
      },
    );
    expect(result.findings.map((f) => f.export?.jurisdiction).sort()).toEqual(["DE", "FR"]);
  });

  it("keeps brokers apart when the registry judges them differently", () => {
    const covering = record({
      destinations: ["kafka-a.example-motors.de"],
      categories: ["pi.sensitive.location-trajectory", "pi.general.vehicle-identifier"],
      mapApproval: "MNR-1",
      scale: { individuals: 1000, sensitiveIndividuals: 1000 },
    });
    const result = analyzeProject(
      { ...KAFKA_TYPES, "src/model.ts": MODEL, "src/a/publish.ts": producer(["kafka-a.example-motors.de:9093", "kafka-b.example-motors.de:9093"]) },
      { records: [covering] },
    );
    expect(result.findings.map((f) => f.export?.destination)).toEqual(["kafka://kafka-b.example-motors.de:9093"]);
  });
});

describe("a known host with a dynamic path", () => {
  const files = (body: string) => ({
    "src/model.ts": MODEL,
    "src/a/send.ts": `import axios from "axios"; import { loadTrip, type Trip } from "../model";
declare function lookupId(): string;
const client = axios.create({ baseURL: "https://api.example-motors.de/v2" });
${body}
`,
  });

  it("keeps the base URL's host when a path segment comes from data (no caller supplies it)", () => {
    const result = analyzeProject(files(`export async function put(trip: Trip) {\n  await client.put(\`/trips/\${trip.id}\`, trip);\n}`));
    expect(summarise(result)).toEqual(["unassessed-export@src/a/send.ts:5 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
    expect(result.findings[0]?.export?.destination).toBe("https://api.example-motors.de/v2/trips/{…}");
  });

  it("keeps the host of template literals and concatenations with an unknown or second dynamic part", () => {
    const result = analyzeProject(
      files(
        [
          "export async function a() {\n  await axios.post(`https://api.example-motors.de/x/${lookupId()}`, loadTrip());\n}",
          'export async function b(id: string, v: string) {\n  await axios.post("https://api.example-motors.de/x/" + id + "/" + v, loadTrip());\n}',
          'export async function c() {\n  await client.post("/items/" + lookupId(), loadTrip());\n}',
        ].join("\n"),
      ),
    );
    expect(result.findings.map((f) => `${f.ruleId} ${f.export?.destination}`)).toEqual([
      "unassessed-export https://api.example-motors.de/x/{…}",
      "unassessed-export https://api.example-motors.de/x/{…}",
      "unassessed-export https://api.example-motors.de/v2/items/{…}",
    ]);
  });

  it("matches records by host, so a covering record covers the dynamic path", () => {
    const covering = record({
      categories: ["pi.sensitive.location-trajectory", "pi.general.vehicle-identifier"],
      mapApproval: "MNR-1",
      scale: { individuals: 1000, sensitiveIndividuals: 1000 },
    });
    const result = analyzeProject(files(`export async function put(trip: Trip) {\n  await client.put(\`/trips/\${trip.id}\`, trip);\n}`), {
      records: [covering],
    });
    expect(result.findings).toEqual([]);
    expect(result.flows.map((f) => f.status)).toEqual(["covered"]);
  });

  it("still leaves a host that the dynamic part chooses unresolved", () => {
    const result = analyzeProject(files("export async function a() {\n  await axios.post(`https://${lookupId()}/x`, loadTrip());\n}"));
    expect(result.findings.map((f) => f.ruleId)).toEqual(["unresolved-destination"]);
  });
});

describe("whole values returned by a project repository", () => {
  const DRIVER = `export interface Driver {\n  id: string;\n  /** @vdx pi.general.identity-contact */\n  name: string;\n}\n`;
  const REPO = `import type { Driver } from "./model";
declare const pool: { query(sql: string, params?: unknown[]): Promise<{ rows: any[] }> };
export abstract class BaseRepository<T> {
  protected async many(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await pool.query(sql, params);
    return result.rows as T[];
  }
}
export class DriverRepository extends BaseRepository<Driver> {
  forFleet(id: string): Promise<Driver[]> { return this.many("SELECT * FROM drivers WHERE fleet = $1", [id]); }
}
export function anonymise(d: Driver): Driver { return { ...d, name: "" }; }
`;
  const sender = (body: string) => `import axios from "axios"; import { DriverRepository, anonymise } from "./repo";
export class Publisher {
  private readonly drivers = new DriverRepository();
  async publish(id: string) {
${body}
  }
}
`;

  it("carries the classified fields of T through a generic base repository when the rows are sent whole", () => {
    const result = analyzeProject({
      "src/model.ts": DRIVER,
      "src/repo.ts": REPO,
      "src/send.ts": sender(
        `    const drivers = await this.drivers.forFleet(id);\n    await axios.post("https://api.example-motors.de/d", JSON.stringify(drivers));`,
      ),
    });
    expect(summarise(result)).toEqual(["unassessed-export@src/send.ts:6 pi.general.identity-contact"]);
  });

  it("does the same for an awaited call used directly as the payload", () => {
    const result = analyzeProject({
      "src/model.ts": DRIVER,
      "src/repo.ts": REPO,
      "src/send.ts": sender(`    await axios.post("https://api.example-motors.de/d", await this.drivers.forFleet(id));`),
    });
    expect(summarise(result)).toEqual(["unassessed-export@src/send.ts:5 pi.general.identity-contact"]);
  });

  it("does not re-add by type what a project function overwrote (an anonymiser)", () => {
    const result = analyzeProject({
      "src/model.ts": DRIVER,
      "src/repo.ts": REPO,
      "src/send.ts": sender(
        `    const drivers = await this.drivers.forFleet(id);\n    await axios.post("https://api.example-motors.de/d", drivers.map((d) => anonymise(d)));`,
      ),
    });
    expect(summarise(result)).toEqual([]);
  });
});

describe("a destination made of several caller-supplied parts", () => {
  const helper = `import axios from "axios";
export async function send(base: string, path: string, body: unknown): Promise<void> {
  await axios.post(base + path, body);
}
`;

  it("binds base and path at each caller and reports there, not inside the helper", () => {
    const result = analyzeProject({
      "src/model.ts": MODEL,
      "src/send.ts": helper,
      "src/a/callers.ts": `import { send } from "../send"; import { loadTrip } from "../model";
const BASE = "https://telemetry.example-motors.de";
export async function live() {
  await send(BASE, "/v1/live", loadTrip());
}
export async function home() {
  await send("https://ingest.example-motors.com.cn", "/v1/live", loadTrip());
}
`,
    });
    expect(summarise(result)).toEqual(["unassessed-export@src/a/callers.ts:4 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
    expect(result.findings[0]?.export?.destination).toBe("https://telemetry.example-motors.de/v1/live");
    expect(result.flows.map((f) => `${f.location.line} ${f.jurisdiction}`).sort()).toEqual(["4 DE", "7 CN"]);
  });

  it("binds through a second helper level", () => {
    const result = analyzeProject({
      "src/model.ts": MODEL,
      "src/send.ts": helper + `export async function sendLive(base: string, body: unknown) {\n  await send(base, "/v1/live", body);\n}\n`,
      "src/a/caller.ts": `import { sendLive } from "../send"; import { loadTrip } from "../model";\nexport async function go() {\n  await sendLive("https://telemetry.example-motors.de", loadTrip());\n}\n`,
    });
    expect(summarise(result)).toEqual(["unassessed-export@src/a/caller.ts:3 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
  });
});
