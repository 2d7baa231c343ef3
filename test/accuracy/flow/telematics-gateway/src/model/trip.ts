export interface Position {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.sensitive.location-trajectory */
  lng: number;
}

export interface Trip {
  id: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  start: Position;
  end: Position;
  /** @vdx pi.general.driving-behaviour */
  maxSpeedKmh: number;
  /** @vdx none — reviewed: the distance of a trip alone is kept as fleet statistics */
  distanceKm: number;
  firmwareVersion: string;
}

export interface Driver {
  driverId: string;
  /** @vdx pi.general.identity-contact */
  phone: string;
  /** @vdx pi.general.identity-contact */
  fullName: string;
  locale: string;
}

export interface VehicleStatus {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx conn.operating-condition */
  motorTemperatureC: number;
  /** @vdx conn.operating-condition */
  stateOfChargePercent: number;
  reportedAt: string;
}

export declare function currentTrip(): Trip;
export declare function recentTrips(limit: number): Promise<Trip[]>;
export declare function currentDriver(): Driver;
export declare function vehicleStatus(): VehicleStatus;
