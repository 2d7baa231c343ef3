import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Makes every way Node opens a connection or resolves a name throw, and
 * records each attempt: sockets (net, tls, dgram), DNS, http(s) and fetch.
 * vdx never opens a network connection; a scan under this must give the same
 * output as without it, with no attempt recorded. Returns the record; the
 * caller runs `syncBuiltinESMExports()` if ES-module imports must see it.
 */
export function blockNetwork(): string[] {
  const attempts: string[] = [];
  const refuse = (what: string) =>
    function blocked(): never {
      attempts.push(what);
      throw new Error(`network access attempted (${what}); vdx must never open a connection`);
    };
  const patch = (moduleName: string, names: string[]): void => {
    const target = require(moduleName) as Record<string, unknown>;
    for (const name of names) if (typeof target[name] === "function") target[name] = refuse(`${moduleName}.${name}`);
  };
  patch("node:net", ["connect", "createConnection", "createServer"]);
  patch("node:tls", ["connect"]);
  patch("node:dgram", ["createSocket"]);
  patch("node:http", ["request", "get", "createServer"]);
  patch("node:https", ["request", "get", "createServer"]);
  patch("node:http2", ["connect"]);
  patch("node:dns", ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveTxt", "reverse"]);
  const dnsPromises = require("node:dns").promises as Record<string, unknown>;
  for (const name of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]) dnsPromises[name] = refuse(`dns.promises.${name}`);
  const net = require("node:net") as { Socket: { prototype: Record<string, unknown> } };
  net.Socket.prototype.connect = refuse("net.Socket.connect");
  (globalThis as Record<string, unknown>).fetch = refuse("fetch");
  (globalThis as Record<string, unknown>).WebSocket = refuse("WebSocket");
  return attempts;
}
