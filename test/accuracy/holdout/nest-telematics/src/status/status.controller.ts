import { Controller, Get, Param } from "@nestjs/common";
import { Pool } from "pg";
import type { VehicleStatus } from "../domain/telemetry.js";

const pool = new Pool({ connectionString: "postgres://telematics@pg.iov.autoflux.com.cn:5432/iov" });

@Controller("status")
export class StatusController {
  @Get(":vin")
  async latest(@Param("vin") vin: string): Promise<VehicleStatus | undefined> { // negative: CORS allows only domestic consoles
    const { rows } = await pool.query<VehicleStatus>("SELECT * FROM vehicle_status WHERE vin = $1 ORDER BY received_at DESC LIMIT 1", [vin]);
    return rows[0];
  }
}
