import got, { type Got } from "got";

/** A got instance with our retry policy and bearer auth, rooted at `prefixUrl`. */
export function createGotClient(prefixUrl: string, token?: string): Got {
  return got.extend({
    prefixUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    retry: { limit: 2, methods: ["GET", "PUT", "POST"] },
    timeout: { request: 15_000 },
    responseType: "json",
  });
}
