import { describe, expect, it } from "vitest";
import { analyzeRemote, SESSION_TYPES, summarise } from "./remote-project.js";

// CORS, auth issuers and plugins registered in one module govern the routes declared in others
// (docs/remote-access.md §2), with the path prefixes their routers and plugins are mounted at.
const REPO = `import pg from "pg";
import type { ChargeSession } from "../types";
const pool = new pg.Pool({ connectionString: "postgres://api@db.charging.example.com.cn:5432/charging" });
export const sessionsRepo = {
  async byId(id: string): Promise<ChargeSession | undefined> {
    const { rows } = await pool.query<ChargeSession>("SELECT id, vin, energy_wh FROM charge_sessions WHERE id = $1", [id]);
    return rows[0];
  },
  async countFor(vin: string): Promise<number> {
    const { rows } = await pool.query<{ n: number }>("SELECT count(*) AS n FROM charge_sessions WHERE vin = $1", [vin]);
    return rows[0]?.n ?? 0;
  },
};
`;

const remote = (result: ReturnType<typeof analyzeRemote>) => summarise(result).filter((l) => l.includes(" remote-access "));

describe("fastify: CORS in a helper module, routes in plugins mounted with prefixes", () => {
  const files = (corsModule: string) => ({
    "types.ts": SESSION_TYPES,
    "api/repo.ts": REPO,
    "api/origins.ts": `export const PORTAL_ORIGINS = ["https://portal.example-motors.com.cn", "https://portal.example-motors.de"];\n`,
    "api/plugins/cors.ts": corsModule,
    "api/routes/sessions.ts": `import type { FastifyPluginAsync } from "fastify";
import { sessionsRepo } from "../repo";
export const sessionRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { id: string } }>("/:id", async (request) => sessionsRepo.byId(request.params.id));
  app.get<{ Params: { vin: string } }>("/count/:vin", async (request) => ({ sessions: await sessionsRepo.countFor(request.params.vin) }));
};
`,
    "api/routes/partner.ts": `import type { FastifyInstance } from "fastify";
import { sessionsRepo } from "../repo";
export async function partnerRoutes(app: FastifyInstance): Promise<void> {
  app.route({ method: "GET", url: "/sessions/:id", handler: async (request: { params: { id: string } }) => sessionsRepo.byId(request.params.id) });
}
`,
    "api/server.ts": `import Fastify from "fastify";
import { enableCors } from "./plugins/cors";
import { sessionRoutes } from "./routes/sessions";
import { partnerRoutes } from "./routes/partner";
const app = Fastify();
await enableCors(app);
await app.register(sessionRoutes, { prefix: "/v1/sessions" });
await app.register(async (scope) => {
  await scope.register(partnerRoutes, { prefix: "/v2" });
}, { prefix: "/partner" });
`,
  });

  it("applies the app-level allow-list of a typed-instance helper to the routes of every plugin, and config exposures to the prefixed paths", () => {
    const cors = `import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import { PORTAL_ORIGINS } from "../origins";
export async function enableCors(app: FastifyInstance): Promise<void> {
  await app.register(cors, { origin: PORTAL_ORIGINS, credentials: true });
}
`;
    const result = analyzeRemote(files(cors), { config: { exposures: [{ path: "/partner/v2/**", origins: ["JP"] }] } });
    expect(remote(result)).toEqual([
      "unassessed-export remote-access api/routes/partner.ts:4 pi.general.vehicle-identifier → https://portal.example-motors.de (DE)",
      "unassessed-export remote-access api/routes/partner.ts:4 pi.general.vehicle-identifier → route://JP/partner/v2/sessions/:id (JP)",
      "unassessed-export remote-access api/routes/sessions.ts:4 pi.general.vehicle-identifier → https://portal.example-motors.de (DE)",
    ]);
    expect(result.findings.find((f) => f.location.line === 4 && f.location.file.endsWith("sessions.ts"))?.message).toContain("GET /v1/sessions/:id");
  });

  it("stays quiet when the allow-list names domestic origins only", () => {
    const cors = `import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
export async function enableCors(app: FastifyInstance): Promise<void> {
  await app.register(cors, { origin: ["https://portal.example-motors.com.cn"] });
}
`;
    expect(remote(analyzeRemote(files(cors)))).toEqual([]);
  });
});

describe("express and hono: routers and sub-apps mounted under a prefix", () => {
  it("gives express routers the prefix of app.use, so config exposures match the full path", () => {
    const result = analyzeRemote(
      {
        "types.ts": SESSION_TYPES,
        "api/repo.ts": REPO,
        "api/sessions.routes.ts": `import { Router } from "express";
import { sessionsRepo } from "./repo";
export const sessionsRouter = Router();
sessionsRouter.get("/:id", async (req, res) => { res.json(await sessionsRepo.byId(req.params.id)); });
`,
        "api/app.ts": `import express from "express";
import { sessionsRouter } from "./sessions.routes";
export function createApp() {
  const app = express();
  app.use(express.json());
  app.use("/partner/v1/sessions", sessionsRouter);
  return app;
}
`,
      },
      { config: { exposures: [{ path: "/partner/v1/**", origins: ["KR"] }] } },
    );
    expect(remote(result)).toEqual([
      "unassessed-export remote-access api/sessions.routes.ts:4 pi.general.vehicle-identifier → route://KR/partner/v1/sessions/:id (KR)",
    ]);
  });

  it("applies app.use(cors(…)) and an OpenID Connect issuer of the app module to routers declared in other folders", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "api/data/repo.ts": REPO,
      "api/http/routes/sessions.ts": `import { Router } from "express";
import { sessionsRepo } from "../../data/repo";
export const sessionsRouter = Router();
sessionsRouter.get("/:id", async (req, res) => {
  const session = await sessionsRepo.byId(req.params.id);
  res.json({ id: session?.id, vehicle: session?.vin });
});
`,
      "api/http/app.ts": `import cors from "cors";
import express from "express";
import { auth } from "express-openid-connect";
import { sessionsRouter } from "./routes/sessions";
import { PARTNER_ORIGINS, ISSUER } from "../settings";
const app = express();
app.use(cors({ origin: PARTNER_ORIGINS }));
app.use(auth({ issuerBaseURL: ISSUER, baseURL: "https://api.example-motors.com.cn", clientID: "api" }));
app.use("/api/v1/sessions", sessionsRouter);
`,
      "api/settings.ts": `export const PARTNER_ORIGINS = ["https://partners.example-motors.de"];
export const ISSUER = "https://login.example-motors.de";
`,
    });
    expect(remote(result)).toEqual([
      "unassessed-export remote-access api/http/routes/sessions.ts:6 pi.general.vehicle-identifier → https://login.example-motors.de (DE)",
      "unassessed-export remote-access api/http/routes/sessions.ts:6 pi.general.vehicle-identifier → https://partners.example-motors.de (DE)",
    ]);
  });

  it("gives hono sub-apps the prefix of app.route", () => {
    const result = analyzeRemote(
      {
        "types.ts": SESSION_TYPES,
        "api/repo.ts": REPO,
        "api/sessions.ts": `import { Hono } from "hono";
import { sessionsRepo } from "./repo";
export const sessions = new Hono();
sessions.get("/:id", async (c) => c.json(await sessionsRepo.byId(c.req.param("id"))));
`,
        "api/index.ts": `import { Hono } from "hono";
import { sessions } from "./sessions";
const app = new Hono();
app.route("/partner/v1/sessions", sessions);
`,
      },
      { config: { exposures: [{ path: "/partner/v1/**", origins: ["KR"] }] } },
    );
    expect(remote(result)).toEqual([
      "unassessed-export remote-access api/sessions.ts:4 pi.general.vehicle-identifier → route://KR/partner/v1/sessions/:id (KR)",
    ]);
  });
});

describe("CORS origins and issuers from configuration modules", () => {
  const project = (config: string, appConfig: string, use: string) => ({
    "types.ts": SESSION_TYPES,
    "api/repo.ts": REPO,
    "config/index.ts": config,
    "api/config.ts": appConfig,
    "api/routes.ts": `import { Router } from "express";
import { sessionsRepo } from "./repo";
export const router = Router();
router.get("/:id", async (req, res) => { res.json(await sessionsRepo.byId(req.params.id)); });
`,
    "api/app.ts": `import cors from "cors";
import express from "express";
import { auth } from "express-openid-connect";
import { apiConfig } from "./config";
import { router } from "./routes";
const app = express();
${use}
app.use("/sessions", router);
`,
  });
  const destinations = (files: Record<string, string>) =>
    summarise(analyzeRemote(files))
      .filter((l) => l.includes("remote-access"))
      .map((l) => l.split(" → ")[1]);

  it("follows an allow-list through configuration objects and spreads", () => {
    const config = `export const corsOrigins = {
  portal: ["https://portal.example-motors.com.cn", "https://portal.example-motors.de"],
  partners: ["https://partners.example-motors.de"],
};
`;
    const appConfig = `import { corsOrigins } from "../config";
export const apiConfig = {
  cors: { origins: corsOrigins.portal, withQuality: [...corsOrigins.partners, "https://quality.example-motors.de"], credentials: true },
};
`;
    expect(destinations(project(config, appConfig, "app.use(cors({ origin: apiConfig.cors.origins }));"))).toEqual(["https://portal.example-motors.de (DE)"]);
    expect(destinations(project(config, appConfig, "app.use(cors({ origin: apiConfig.cors.withQuality }));"))).toEqual([
      "https://partners.example-motors.de (DE)",
      "https://quality.example-motors.de (DE)",
    ]);
  });

  // The static evaluator's configuration-module support: environment helpers with literal fallbacks, literal tables.
  it("reads allow-lists and issuers from environment helpers with literal fallbacks and region tables", () => {
    const config = `const env = process.env;
export function list(name: string, fallback: readonly string[]): string[] {
  const raw = env[name];
  if (!raw) return [...fallback];
  return raw.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
}
export function str(name: string, fallback: string): string {
  return env[name] ?? fallback;
}
export const corsOrigins = { partners: list("PARTNER_ORIGINS", ["https://partners.example-motors.de"]) };
export const ORIGINS_BY_MARKET: Record<"cn" | "eu", string[]> = { cn: ["https://app.example-motors.com.cn"], eu: ["https://app.example-motors.de"] };
`;
    const appConfig = `import { corsOrigins, ORIGINS_BY_MARKET, str } from "../config";
const market = (process.env.MARKET ?? "cn") as "cn" | "eu";
export const apiConfig = {
  cors: { origins: corsOrigins.partners, byMarket: ORIGINS_BY_MARKET[market] },
  oidc: { issuerBaseURL: str("OIDC_ISSUER", "https://login.example-motors.de") },
};
`;
    expect(destinations(project(config, appConfig, "app.use(cors({ origin: apiConfig.cors.origins }));"))).toEqual(["https://partners.example-motors.de (DE)"]);
    expect(destinations(project(config, appConfig, "app.use(cors({ origin: apiConfig.cors.byMarket }));"))).toEqual(["https://app.example-motors.de (DE)"]);
    expect(
      destinations(
        project(
          config,
          appConfig,
          `app.use(auth({ issuerBaseURL: apiConfig.oidc.issuerBaseURL, baseURL: "https://api.example-motors.com.cn", clientID: "api" }));`,
        ),
      ),
    ).toEqual(["https://login.example-motors.de (DE)"]);
  });
});
