import type { Driver } from "../shared/types";

export async function pullDrivers() { // expect: unassessed-export behaviour=processing-abroad
  const response = await fetch("https://crm.charging.example.com.cn/v1/drivers"); // expect: unassessed-export behaviour=remote-access
  const drivers = (await response.json()) as Driver[];
  return drivers.map((d) => d.id);
}
