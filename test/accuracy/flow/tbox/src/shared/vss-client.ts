/** The T-Box's databroker client (KUKSA-style API). */
export interface DataPoint {
  value: number | string | boolean;
  timestamp: number;
}

export declare class DatabrokerClient {
  constructor(address: string);
  getCurrentValue(path: string): Promise<DataPoint>;
  getCurrentValues(paths: string[]): Promise<Record<string, DataPoint>>;
  subscribe(paths: string[], onUpdate: (update: Record<string, DataPoint>) => void): void;
}

export const SIGNALS = {
  latitude: "Vehicle.CurrentLocation.Latitude",
  longitude: "Vehicle.CurrentLocation.Longitude",
  speed: "Vehicle.Speed",
  cabinTemperature: "Vehicle.Cabin.HVAC.AmbientAirTemperature",
} as const;

export const LATITUDE = "Vehicle.CurrentLocation.Latitude";
