import type { ChargeDetailRecord } from "@lanhai/domain";
import { RoamingClient, type Tariff } from "@lanhai/sdk-roaming";
import { hubConfig } from "../config.js";

const roaming = new RoamingClient(hubConfig.roaming.partyId, {
  baseUrl: hubConfig.roaming.baseUrl,
  apiKey: process.env.VOLTARO_TOKEN,
  timeoutMs: 15_000,
});

/** Charge detail records of roaming customers, for the hub's settlement run. */
export async function pushCdr(cdr: ChargeDetailRecord): Promise<void> {
  // The hub settles with the driver's eMSP; the driver's own payment account stays with us.
  const { billingAccount: _billingAccount, ...shareable } = cdr;
  await roaming.pushCdr(shareable);
}

export async function currentTariffs(contractId: string): Promise<Tariff[]> {
  return roaming.tariffsFor(contractId);
}
