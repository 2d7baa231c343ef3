// Every outbound endpoint of the service, overridable per environment by the deployment.
export const ENDPOINTS = {
  euFleet: process.env.EU_FLEET_URL ?? "https://fleet-eu.autoflux.de/api/v2",
  roadside: "https://partner-api.roadside-assist.jp/v1",
  diag: "https://diag.autoflux.de",
  cnPlatform: "https://iov.autoflux.com.cn/ingest",
  metrics: "http://pushgateway.autoflux.internal:9091",
  insights: "https://collector.fleetinsight.io",
} as const;

export const PARTNER_HTTP = Symbol("PARTNER_HTTP");
