import { describe, expect, it } from "vitest";
import { analyzeRemote, SESSION_TYPES, summarise } from "./remote-project.js";

// Processing abroad is reported once, at the entry point that starts the work (docs/remote-access.md §4):
// the job or handler around a read of a domestic store, reached through the project's calls, not the
// private helper that happens to hold the read.
const READER = `import type { ChargeSession } from "../types";
const CN_API = "https://api.charging.example.com.cn/v1";
async function loadSession(id: string): Promise<ChargeSession> {
  const response = await fetch(\`\${CN_API}/sessions/\${id}\`);
  return (await response.json()) as ChargeSession;
}
export async function sessionFor(id: string) {
  return loadSession(id);
}
`;

const at = (result: ReturnType<typeof analyzeRemote>, behaviour: string) =>
  summarise(result)
    .filter((line) => line.includes(` ${behaviour} `))
    .map((line) => line.split(" → ")[0]);

describe("processing abroad at the entry point", () => {
  it("reports a job registered by reference, not the helpers it calls", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "eu/reader.ts": READER,
      "eu/statements.ts": `import { sessionFor } from "./reader";
export async function nightlyStatements(ids: string[]): Promise<number> {
  let count = 0;
  for (const id of ids) if ((await sessionFor(id)).vin) count++;
  return count;
}
`,
      "eu/jobs.ts": `import { nightlyStatements } from "./statements";
export const jobs: Record<string, (ids: string[]) => Promise<number>> = { statements: nightlyStatements };
`,
    });
    expect(at(result, "processing-abroad")).toEqual([
      "unassessed-export processing-abroad eu/statements.ts:2 pi.general.identity-contact,pi.general.vehicle-identifier",
    ]);
    expect(at(result, "remote-access")).toEqual(["unassessed-export remote-access eu/reader.ts:4 pi.general.identity-contact,pi.general.vehicle-identifier"]);
    const finding = result.findings.find((f) => f.export?.behaviour === "processing-abroad")!;
    expect(finding.message).toContain("by nightlyStatements");
  });

  it("reports each route handler abroad that reaches the read through other modules", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "eu/reader.ts": READER,
      "eu/server.ts": `import Fastify from "fastify";
import { sessionFor } from "./reader";
const app = Fastify();
app.get<{ Params: { id: string } }>("/owner/sessions/:id", async (request) => {
  const session = await sessionFor(request.params.id);
  return { energy: session.energyWh };
});
app.get<{ Params: { id: string } }>("/support/sessions/:id", async (request) => sessionFor(request.params.id));
app.get("/healthz", async () => ({ ok: true }));
`,
    });
    expect(at(result, "processing-abroad")).toEqual([
      "unassessed-export processing-abroad eu/server.ts:4 pi.general.identity-contact,pi.general.vehicle-identifier",
      "unassessed-export processing-abroad eu/server.ts:8 pi.general.identity-contact,pi.general.vehicle-identifier",
    ]);
  });

  it("reports the handler of a hono app whose handler calls a method of a repository object", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "eu/repo.ts": `import type { ChargeSession } from "../types";
export const sessionsRepo = {
  async byId(id: string): Promise<ChargeSession> {
    const response = await fetch(\`https://api.charging.example.com.cn/v1/sessions/\${id}\`);
    return (await response.json()) as ChargeSession;
  },
};
`,
      "eu/index.ts": `import { Hono } from "hono";
import { sessionsRepo } from "./repo";
const app = new Hono();
app.get("/sessions/:id", async (c) => c.json(await sessionsRepo.byId(c.req.param("id"))));
`,
    });
    expect(at(result, "processing-abroad")).toEqual([
      "unassessed-export processing-abroad eu/index.ts:4 pi.general.identity-contact,pi.general.vehicle-identifier",
    ]);
  });

  it("does not climb into callers deployed elsewhere: the function abroad is the entry point", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "eu/reader.ts": READER,
      "cn/caller.ts": `import { sessionFor } from "../eu/reader";
export async function domesticReport(id: string) { return (await sessionFor(id)).energyWh; }
`,
    });
    expect(at(result, "processing-abroad")).toEqual([
      "unassessed-export processing-abroad eu/reader.ts:7 pi.general.identity-contact,pi.general.vehicle-identifier",
    ]);
  });

  it("keeps a queue consumer's callback as the entry point, and a callback of another read is not one", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "eu/consumer.ts": `import { Kafka } from "kafkajs";
import type { ChargeSession } from "../types";
const kafka = new Kafka({ clientId: "eu", brokers: ["kafka-1.charging.example.com.cn:9092"] });
const consumer = kafka.consumer({ groupId: "eu" });
export async function start(): Promise<void> {
  await consumer.run({
    eachMessage: async ({ message }) => {
      const session = JSON.parse(String(message.value)) as ChargeSession;
      console.log(session.vin);
    },
  });
}
`,
    });
    expect(at(result, "processing-abroad")).toEqual([
      "unassessed-export processing-abroad eu/consumer.ts:7 pi.general.identity-contact,pi.general.vehicle-identifier",
    ]);
  });

  it("reports a route handler abroad whose registering call types the body (fastify generics, express ReqBody)", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "eu/ingest.ts": `import Fastify from "fastify";
import express from "express";
import type { ChargeSession } from "../types";
const app = Fastify();
app.post<{ Body: ChargeSession; Params: { site: string } }>("/ingest/:site/sessions", async (request, reply) => {
  await store(request.body);
  return reply.code(204).send();
});
app.get<{ Params: { vin: string } }>("/owner/:vin/ping", async () => ({ ok: true }));
const web = express();
web.post<{ id: string }, unknown, ChargeSession>("/web/sessions/:id", (req, res) => { res.sendStatus(202); });
async function store(session: unknown): Promise<void> {}
`,
    });
    expect(at(result, "processing-abroad")).toEqual([
      "unassessed-export processing-abroad eu/ingest.ts:11 pi.general.identity-contact,pi.general.vehicle-identifier",
      "unassessed-export processing-abroad eu/ingest.ts:5 pi.general.identity-contact,pi.general.vehicle-identifier",
    ]);
    expect(result.findings.find((f) => f.location.line === 5)?.export?.destination).toBe("route://DE/ingest/:site/sessions");
  });
});
