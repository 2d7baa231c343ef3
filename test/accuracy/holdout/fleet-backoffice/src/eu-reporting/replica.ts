import { Pool } from "pg";

// Read-only replica in China; the reporting worker runs in Frankfurt.
export const replica = new Pool({ connectionString: process.env.FLEET_RO_URL ?? "postgres://reporter@pg-ro.fleetops.example-motors.com.cn:5432/fleet" });
export const euWarehouse = new Pool({ connectionString: "postgres://reporter@warehouse.example-motors.de:5432/reporting" });
