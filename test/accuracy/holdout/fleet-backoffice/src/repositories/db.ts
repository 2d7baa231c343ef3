import { Pool } from "pg";

export const mainPool = new Pool({ connectionString: "postgres://fleetops@pg-main.fleetops.example-motors.com.cn:5432/fleet", max: 20 });
