import type { ChargeDetailRecord } from "@lanhai/domain";
import { BaseApiClient, type ClientOptions } from "@lanhai/sdk-core";

export type OutgoingCdr = Omit<ChargeDetailRecord, "billingAccount">;

export interface Tariff {
  id: string;
  currency: string;
  elements: { priceComponents: { type: "ENERGY" | "TIME" | "FLAT"; price: number }[] }[];
}

/** Client of the roaming hub's eMSP interface (OCPI 2.2.1 plus the hub's extensions). */
export class RoamingClient extends BaseApiClient {
  constructor(
    private readonly partyId: string,
    options: ClientOptions,
  ) {
    super(options);
  }

  async pushCdr(cdr: OutgoingCdr): Promise<void> {
    await this.request("POST", `/emsp/cdrs?party=${this.partyId}`, cdr);
  }

  async tariffsFor(contractId: string): Promise<Tariff[]> {
    return this.request<Tariff[]>("GET", `/emsp/tariffs?contract=${encodeURIComponent(contractId)}`);
  }
}
