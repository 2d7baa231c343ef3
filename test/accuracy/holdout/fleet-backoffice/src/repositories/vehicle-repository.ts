import type { Pool } from "pg";
import { BaseRepository } from "./base-repository.js";
import type { Driver, FleetSummary, FleetVehicle } from "../domain/fleet.js";

export class VehicleRepository extends BaseRepository<FleetVehicle> {
  constructor(pool: Pool) {
    super(pool, "fleet_vehicles");
  }

  findByFleet(fleetId: string): Promise<FleetVehicle[]> {
    return this.many("SELECT * FROM fleet_vehicles WHERE fleet_id = $1", [fleetId]);
  }
}

export class DriverRepository extends BaseRepository<Driver> {
  constructor(pool: Pool) {
    super(pool, "drivers");
  }

  forFleet(fleetId: string): Promise<Driver[]> {
    return this.many("SELECT id, name, phone, licence_number FROM drivers WHERE fleet_id = $1", [fleetId]);
  }
}

export class SummaryRepository extends BaseRepository<FleetSummary> {
  constructor(pool: Pool) {
    super(pool, "fleet_summaries");
  }

  all(): Promise<FleetSummary[]> {
    return this.many("SELECT fleet_id, active_count, average_age_months FROM fleet_summaries");
  }
}
