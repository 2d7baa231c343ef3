import { createHmac } from "node:crypto";
import https from "node:https";

/**
 * Partner APIs that authenticate by HMAC over the raw body (no bearer tokens): sign, POST over
 * TLS, resolve with the status code.
 */
export function sendSigned(host: string, path: string, payload: object, secret: string): Promise<number> {
  const body = JSON.stringify(payload);
  const signature = createHmac("sha256", secret).update(body).digest("base64");
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: host,
        port: 443,
        path,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-signature": signature,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout talking to ${host}`)));
    req.write(body);
    req.end();
  });
}
