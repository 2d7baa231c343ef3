/** A vehicle of a customer fleet, as stored in `fleet_vehicles`. */
export class FleetVehicle {
  /** @vdx pi.general.vehicle-identifier */
  vin!: string;
  /** @vdx pi.general.vehicle-identifier */
  plateNumber!: string;
  /** @vdx conn.operating-condition */
  mileageKm!: number;
  /** @vdx pi.sensitive.location-trajectory */
  lastLatitude!: number;
  /** @vdx pi.sensitive.location-trajectory */
  lastLongitude!: number;
  /** @vdx none */
  fleetId!: string;
  /** @vdx none */
  modelCode!: string;
}

export interface Driver {
  /** @vdx none */
  id: string;
  /** @vdx pi.general.identity-contact */
  name: string;
  /** @vdx pi.general.identity-contact */
  phone: string;
  /** @vdx pi.sensitive.id-document */
  licenceNumber: string;
}

export interface FleetSummary {
  /** @vdx none */
  fleetId: string;
  /** @vdx none */
  activeCount: number;
  /** @vdx none */
  averageAgeMonths: number;
}

export interface HandoverRequest {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  driver: Driver;
  /** @vdx none */
  dealerCode: string;
}

export interface DealerContactUpdate {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.identity-contact */
  email: string;
}
