import type { Vin } from "@lanhai/domain";
import { AxiosFactory } from "@lanhai/http-kit";
import type { VehicleState } from "@lanhai/proto";
import { pushEta, pushFleetPositions, type EtaEstimate } from "./logistics-partner.js";

interface Shipment {
  shipmentId: string;
  vin: Vin;
  dealerCode: string;
}

const planner = AxiosFactory.getAxiosInstance("https://delivery-planner.lanhai.internal/api", { timeoutMs: 3_000 });
const inTransit = new Map<string, VehicleState>();

export function trackDeliveryVehicle(state: VehicleState): void {
  inTransit.set(state.vin, state);
}

export async function flushDeliveryPositions(): Promise<void> {
  const states = [...inTransit.values()];
  inTransit.clear();
  if (states.length > 0) await pushFleetPositions("DELIVERY", states);
}

export async function refreshEtas(): Promise<void> {
  const { data: shipments } = await planner.get<Shipment[]>("/shipments", { params: { status: "IN_TRANSIT" } });
  for (const shipment of shipments) {
    const { data: eta } = await planner.get<EtaEstimate>(`/shipments/${shipment.shipmentId}/eta`);
    await pushEta(shipment.vin, eta);
  }
}
