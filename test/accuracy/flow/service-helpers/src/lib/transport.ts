import axios from "axios";

/** A service client: the base URL is decided by whoever creates it. */
export class ServiceClient {
  constructor(private readonly baseUrl: string) {}

  send(body: unknown) {
    return axios.post(`${this.baseUrl}/v1/ingest`, body);
  }
}

export function sendTo(url: string, payload: unknown) {
  return fetch(url, { method: "POST", body: JSON.stringify(payload) });
}

export function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  return attempt().catch(() => attempt());
}

export function encode(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}
