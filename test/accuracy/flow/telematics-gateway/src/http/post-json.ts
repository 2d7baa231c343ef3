/** Shared helper: every caller decides where the JSON goes. */
export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** Same, with the country's top-level domain chosen by the caller. */
export function postRegional(tld: string, body: unknown): Promise<Response> {
  return postJson(`https://telemetry.example-motors.${tld}/v1/status`, body);
}
