import { otaConfig } from "./config.js";

interface ConsulService {
  ServiceAddress: string;
  ServicePort: number;
}

/** Brokers of the partner-integration cluster are registered in Consul by the platform team. */
export async function discoverBrokers(service: string): Promise<string[]> {
  const response = await fetch(`${otaConfig.consulUrl}/v1/catalog/service/${service}`);
  const entries = (await response.json()) as ConsulService[];
  return entries.map((entry) => `${entry.ServiceAddress}:${entry.ServicePort}`);
}
