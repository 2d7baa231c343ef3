import type { ServiceVisit } from "@lanhai/domain";
import { aftersalesToken, hubConfig } from "./config.js";

export async function serviceHistory(vin: string): Promise<ServiceVisit[]> {
  const url = new URL(`vehicles/${encodeURIComponent(vin)}/service-visits`, hubConfig.aftersalesApi);
  url.searchParams.set("limit", "50");
  const response = await fetch(url, { headers: { authorization: `Bearer ${aftersalesToken()}` } });
  if (!response.ok) throw new Error(`aftersales API answered ${response.status}`);
  return (await response.json()) as ServiceVisit[];
}
