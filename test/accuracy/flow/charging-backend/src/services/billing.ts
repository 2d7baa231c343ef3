import got from "got";
import { billing } from "../integrations/clients";
import { findSession, type ChargingSession } from "../domain/session";

export class BillingService {
  private lastSession: ChargingSession | undefined;

  remember(session: ChargingSession): void {
    this.lastSession = session;
  }

  async charge(id: string): Promise<void> {
    const session = await findSession(id);
    await billing.post("charges", { json: { email: session.customerEmail, card: session.cardToken, kwh: session.kwh } }); // expect-none
  }

  async chargeWithLocationOfEvse(id: string): Promise<void> {
    const session = await findSession(id);
    await billing.post("charges/detailed", { json: { vin: session.vin, card: session.cardToken } }); // expect: inadequate-assessment pi.general.vehicle-identifier pi.sensitive.financial
  }

  async resendLast(): Promise<void> {
    if (!this.lastSession) return;
    await got.post("https://billing-eu.example-motors.de/replay", { json: this.lastSession }); // expect: unassessed-export conn.charging-network pi.general.identity-contact pi.general.vehicle-identifier pi.sensitive.financial
  }

  async resendLastKwh(): Promise<void> {
    await got.post("https://billing-eu.example-motors.de/kwh", { json: { kwh: this.lastSession?.kwh } }); // expect-none
  }
}
