import { describe, expect, it } from "vitest";
import { analyzeRemote, SESSION_TYPES, summarise } from "./remote-project.js";

// Document stores: `collection<T>(name)` types the documents, a projection keeps only the fields it
// names, a count reads no document, and a collection reached through a getter is still the store.
const REPORT = `export interface FaultReport {
  reportId: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx conn.operating-condition */
  faultCodes: string[];
}
`;

describe("document stores", () => {
  it("serves what a getter-reached collection returns, but not a count filtered by VIN (NestJS, CORS in main.ts)", () => {
    const result = analyzeRemote({
      "reports.ts": REPORT,
      "diag/reports.service.ts": `import { Injectable } from "@nestjs/common";
import { MongoClient } from "mongodb";
import type { FaultReport } from "../reports";
@Injectable()
export class ReportsService {
  private readonly mongo = new MongoClient("mongodb+srv://diag@diag.charging.example.com.cn/diag");
  private get reports() {
    return this.mongo.db("diag").collection<FaultReport>("fault_reports");
  }
  recent(vin: string): Promise<FaultReport[]> {
    return this.reports.find({ vin }).limit(50).toArray();
  }
  openCount(vin: string): Promise<number> {
    return this.reports.countDocuments({ vin, closed: false });
  }
}
`,
      "diag/reports.controller.ts": `import { Controller, Get, Param } from "@nestjs/common";
import { ReportsService } from "./reports.service";
@Controller("vehicles")
export class ReportsController {
  constructor(private readonly service: ReportsService) {}
  @Get(":vin/reports")
  async reports(@Param("vin") vin: string) {
    return this.service.recent(vin);
  }
  @Get(":vin/reports/open")
  async open(@Param("vin") vin: string) {
    return { open: await this.service.openCount(vin) };
  }
}
`,
      "diag/main.ts": `import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: ["https://quality.example-motors.de"] });
  await app.listen(3000);
}
void bootstrap();
`,
      "diag/app.module.ts": "export class AppModule {}\n",
    });
    expect(summarise(result)).toEqual([
      "unassessed-export remote-access diag/reports.controller.ts:7 conn.operating-condition,pi.general.vehicle-identifier → https://quality.example-motors.de (DE)",
    ]);
  });

  it("keeps only the fields a projection names when code abroad reads a typed collection", () => {
    const reader = (query: string) => ({
      "types.ts": SESSION_TYPES,
      "eu/sessions.ts": `import { MongoClient } from "mongodb";
import type { ChargeSession } from "../types";
const crm = new MongoClient("mongodb://reader@crm.charging.example.com.cn:27017/crm");
export async function siteSessions(site: string) {
  const sessions = crm.db("crm").collection<ChargeSession>("site_sessions");
  return sessions
    ${query}
    .toArray();
}
`,
    });
    const categories = (query: string) =>
      summarise(analyzeRemote(reader(query)))
        .filter((l) => l.includes("remote-access"))
        .map((l) => l.split(" ")[3]);
    expect(categories(`.find({ site }, { projection: { vin: 1, energyWh: 1 } })`)).toEqual(["pi.general.vehicle-identifier"]);
    expect(categories(`.find({ site }).project({ driverPhone: 0 })`)).toEqual(["pi.general.vehicle-identifier"]);
    expect(categories(`.find({ site }, { projection: { id: 1, energyWh: 1 } })`)).toEqual([]);
    expect(categories(`.find({ site })`)).toEqual(["pi.general.identity-contact,pi.general.vehicle-identifier"]);
  });
});
