export interface TripSample {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.sensitive.location-trajectory */
  route: [number, number][];
  /** Software version of the telematics unit. */
  firmware: string;
}

export declare function nextSample(): TripSample;
