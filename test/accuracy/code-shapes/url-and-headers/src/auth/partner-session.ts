const IDENTITY = "https://login.example-motors.de";
const PARTNER_API = "https://partner.example-motors.de/v2";

interface PartnerCredentials {
  clientId: string;
  /** @vdx pi.sensitive.id-document */
  clientSecret: string;
}

interface IssuedToken {
  /** @vdx pi.sensitive.id-document */
  access_token: string;
}

export class PartnerSession {
  constructor(private readonly credentials: PartnerCredentials) {}

  /** The client secret itself is posted to the token endpoint: it is the payload of this request. */
  async token(): Promise<string> {
    const body = new URLSearchParams({ grant_type: "client_credentials", client_id: this.credentials.clientId, client_secret: this.credentials.clientSecret });
    const response = await fetch(`${IDENTITY}/oauth/token`, { method: "POST", body: body.toString() }); // expect: unassessed-export pi.sensitive.id-document
    const issued = (await response.json()) as IssuedToken;
    return `Bearer ${issued.access_token}`;
  }

  /** The issued token goes back in the Authorization header only: it authenticates, nothing is exported. */
  async rootCertificates(): Promise<unknown> {
    const response = await fetch(`${PARTNER_API}/root-certificates`, { headers: { Accept: "application/json", Authorization: await this.token() } }); // expect-none
    return response.json();
  }

  async revoke(): Promise<void> {
    const authorization = await this.token();
    await fetch(`${PARTNER_API}/sessions/current`, { method: "DELETE", headers: { authorization } }); // expect-none
  }

  /** A token in any other header is data like any other. */
  async forward(): Promise<void> {
    await fetch(`${PARTNER_API}/forward`, { method: "POST", headers: { "X-Upstream-Token": await this.token() } }); // expect: unassessed-export pi.sensitive.id-document
  }
}
