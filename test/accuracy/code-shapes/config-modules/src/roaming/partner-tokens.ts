import partnerRequest from "./partner-request";

/** A key-value store the operator fills when it registers with a partner (run-time configuration). */
interface RegistrationStore {
  get(key: string): string;
}

export interface DriverCard {
  uid: string;
  contractId: string;
  driverEmail: string;
}

export class PartnerTokens {
  constructor(private readonly store: RegistrationStore) {}

  private endpoint(module: string): string {
    return `${this.store.get("partner.base")}/${module}`;
  }

  async publish(card: DriverCard): Promise<unknown> {
    return partnerRequest({ // expect: unresolved-destination pi.general.identity-contact
      method: "PUT",
      uri: this.endpoint("tokens"),
      headers: { Authorization: this.store.get("partner.token") },
      body: card,
    });
  }

  async versions(): Promise<unknown> {
    return partnerRequest({ method: "GET", uri: this.endpoint("versions"), headers: { Authorization: this.store.get("partner.token") } }); // expect-none
  }
}
