import { FleetVehicles } from "./fleet-vehicles.js";

type Region = "eu" | "cn";

const SERVERS: Record<Region, string> = {
  eu: "https://fleet.example-motors.de",
  cn: "https://fleet.example-motors.com.cn",
};

/**
 * A regional API client: the server is a placeholder until the constructor takes the one given or
 * picks it from a region table; sub-APIs hold the client and send through its `request`, so each of
 * their methods is a send to wherever the instance was built for.
 */
export class FleetApi {
  server: string | null = null;
  readonly vehicles: FleetVehicles;

  constructor(
    private readonly accessToken: string,
    options: { region: Region; server?: string },
  ) {
    // A proxy's server, else the region's.
    this.server = options.server ?? SERVERS[options.region];
    this.vehicles = new FleetVehicles(this);
  }

  async request(method: "GET" | "POST", path: string, json: Record<string, unknown> | null = null): Promise<unknown> {
    if (!this.server) throw new Error("no server");
    // The bearer token authenticates the caller to the server that issued it: not exported data.
    const headers = { Authorization: `Bearer ${this.accessToken}`, "Content-Type": "application/json" };
    const response = await fetch(`${this.server}/${path}`, { method, headers, body: json ? JSON.stringify(json) : null });
    return response.json();
  }
}
