import axios from "axios";
import type { Owner, Vin } from "@lanhai/domain";

/** Owners relocating to Malaysia can refinance through our partner bank's auto-credit API. */
export async function submitRefinancing(owner: Owner, vin: Vin, amountMyr: number): Promise<string> {
  const { data } = await axios({
    method: "post",
    url: "https://api.kredit-auto.com.my/v1/applications",
    data: { applicantName: owner.fullName, nationalId: owner.idCardNo, mobile: owner.mobile, vin, amountMyr },
    headers: { "x-partner": "lanhai" },
    timeout: 10_000,
  });
  return (data as { applicationId: string }).applicationId;
}
