import createClient from "openapi-fetch";
import type { paths } from "@lanhai/dealer-api";
import type { Owner, Vin } from "@lanhai/domain";
import { bffConfig } from "../config.js";

const dealerApi = createClient<paths>({
  baseUrl: bffConfig.dealerApi,
  headers: { "x-api-key": process.env.DEALER_API_KEY ?? "" },
});

/** Owners who move to Singapore or Malaysia are handed over to a dealer there (E2-2026-SG-DLR). */
export async function referToDealer(owner: Owner, vin: Vin, dealerCode: string): Promise<void> {
  const { error } = await dealerApi.POST("/v1/dealers/{dealerCode}/referrals", {
    params: { path: { dealerCode }, query: { vin } },
    body: { customerName: owner.fullName, mobile: owner.mobile, preferredLanguage: owner.preferredLanguage },
  });
  if (error) throw new Error(`dealer referral rejected: ${JSON.stringify(error)}`);
}

/** Private sale to a buyer abroad: the dealer registers the new keeper. */
export async function transferOwnership(owner: Owner, vin: Vin, dealerCode: string): Promise<void> {
  const { error } = await dealerApi.POST("/v1/dealers/{dealerCode}/ownership-transfers", {
    params: { path: { dealerCode } },
    body: { vin, customerName: owner.fullName, idCardNo: owner.idCardNo },
  });
  if (error) throw new Error(`ownership transfer rejected: ${JSON.stringify(error)}`);
}
