import type { Producer } from "kafkajs";
import { domesticProducer, partnerProducer, ukKafka } from "./kafka.js";
import { mainPool } from "../repositories/db.js";
import { DriverRepository, SummaryRepository, VehicleRepository } from "../repositories/vehicle-repository.js";
import type { FleetVehicle } from "../domain/fleet.js";

/** Copies the position fields onto an outgoing message (shared by several topics). */
function enrichWithPosition(message: Record<string, unknown>, vehicle: FleetVehicle): void {
  message.lat = vehicle.lastLatitude;
  message.lng = vehicle.lastLongitude;
}

export class FleetEventPublisher {
  private readonly ukProducer: Producer = ukKafka.producer({ idempotent: true });
  private readonly vehicles = new VehicleRepository(mainPool);
  private readonly drivers = new DriverRepository(mainPool);
  private readonly summaries = new SummaryRepository(mainPool);

  async publishDomestic(fleetId: string): Promise<void> {
    const list = await this.vehicles.findByFleet(fleetId);
    await domesticProducer.send({ topic: "fleet.snapshot", messages: list.map((v) => ({ key: v.vin, value: JSON.stringify(v) })) }); // negative: domestic brokers
  }

  async publishUkDealerView(fleetId: string): Promise<void> {
    const list = await this.vehicles.findByFleet(fleetId);
    const messages = list.map((v) => ({ key: v.fleetId, value: JSON.stringify({ vin: v.vin, plate: v.plateNumber, mileageKm: v.mileageKm }) }));
    await this.ukProducer.send({ topic: "uk.fleet.dealer-view", messages }); // expect: inadequate-assessment behaviour=push conn.operating-condition pi.general.vehicle-identifier
  }

  async publishUkPositions(fleetId: string): Promise<void> {
    for (const v of await this.vehicles.findByFleet(fleetId)) {
      await this.ukProducer.send({ topic: "uk.fleet.positions", messages: [{ key: v.vin, value: `${v.lastLatitude},${v.lastLongitude}` }] }); // expect: inadequate-assessment behaviour=push pi.general.vehicle-identifier pi.sensitive.location-trajectory
    }
  }

  async publishUkDriverContacts(fleetId: string): Promise<void> {
    const drivers = await this.drivers.forFleet(fleetId);
    await this.ukProducer.send({ topic: "uk.fleet.drivers", messages: drivers.map((d) => ({ key: d.id, value: JSON.stringify({ name: d.name, phone: d.phone }) })) }); // negative: ordinary contact PI of 60k people, covered by SC-2026-0310
  }

  async publishUkDriverLicences(fleetId: string): Promise<void> {
    const drivers = await this.drivers.forFleet(fleetId);
    await this.ukProducer.sendBatch({ topicMessages: [{ topic: "uk.fleet.licences", messages: drivers.map((d) => ({ key: d.id, value: JSON.stringify(d) })) }] }); // expect: inadequate-assessment behaviour=push pi.general.identity-contact pi.sensitive.id-document
  }

  async publishSummaries(): Promise<void> {
    const rows = await this.summaries.all();
    await this.ukProducer.send({ topic: "uk.fleet.summaries", messages: rows.map((s) => ({ key: s.fleetId, value: JSON.stringify(s) })) }); // negative: summaries carry no classified field
  }

  async publishAnonymousPositions(fleetId: string): Promise<void> {
    for (const v of await this.vehicles.findByFleet(fleetId)) {
      const message: Record<string, unknown> = { fleet: v.fleetId, model: v.modelCode };
      enrichWithPosition(message, v);
      await this.ukProducer.send({ topic: "uk.fleet.heatmap", messages: [{ value: JSON.stringify(message) }] }); // expect: inadequate-assessment behaviour=push pi.sensitive.location-trajectory (stretch: parameter mutated by a callee)
    }
  }

  async publishToPartner(fleetId: string): Promise<void> {
    const list = await this.vehicles.findByFleet(fleetId);
    await partnerProducer.send({ topic: "partner.fleet", messages: list.map((v) => ({ key: v.vin, value: String(v.mileageKm) })) }); // expect: unresolved-destination behaviour=push conn.operating-condition pi.general.vehicle-identifier
  }
}
