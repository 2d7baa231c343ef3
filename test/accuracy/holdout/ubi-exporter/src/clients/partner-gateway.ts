import got from "got";
import type { PolicyHolder } from "../domain/trip.js";

/** The reinsurance pool's gateway (Zurich). */
export class PartnerGateway {
  private readonly http = got.extend({ prefixUrl: "https://gateway.motorpool-re.ch/api", headers: { "x-tenant": "autoflux" } });

  async pushPortfolio(holders: PolicyHolder[]): Promise<void> {
    await this.http.post("portfolio", { json: holders.map((h) => ({ policyNo: h.policyNo, vin: h.vin })) }); // expect: unassessed-export behaviour=push pi.general.vehicle-identifier
  }

  async pushPolicyCount(holders: PolicyHolder[]): Promise<void> {
    await this.http.post("portfolio/size", { json: { policies: holders.length } }); // negative: a count only
  }
}
