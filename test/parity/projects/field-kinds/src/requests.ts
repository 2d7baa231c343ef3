// Inline object types, literal unions, enums and schema-builder-like objects.
declare const z: {
  object<T extends object>(shape: T): { extend<U extends object>(more: U): unknown };
  string(): unknown;
  number(): unknown;
};

export type DispatchRequest = {
  route: {
    vin: string;
    depotName: string;
  };
  stops: { lat: number; lng: number }[];
};

export type Metric = "odometer" | "speed" | "vin";

export enum ChargingState {
  Charging = "Charging",
  Idle = "Idle",
}

export const TripSchema = z.object({
  vin: z.string(),
  start: z.object({ lat: z.number(), lng: z.number() }),
});

export const COLUMNS = ["est_lat", "est_lng", "odometer"] as const;

export class Session {
  constructor(readonly plateNumber: string) {}
}
