import { describe, expect, it } from "vitest";
import { cidrContains, formatIp, parseCidr, parseIp } from "./ip-address.js";

describe("IP literals", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::1", "::1"],
    ["0:0:0:0:0:0:0:1", "::1"],
    ["2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["::ffff:10.1.2.3", "::ffff:10.1.2.3"],
    ["::ffff:a01:203", "::ffff:10.1.2.3"],
    ["fe80::1%eth0", "fe80::1"],
    ["[2606:4700:4700::1111]", "2606:4700:4700::1111"],
    ["1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"],
  ])("%s → %s", (input, canonical) => {
    expect(formatIp(parseIp(input)!)).toBe(canonical);
  });

  it.each(["256.0.0.1", "1.2.3", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "example.com", "::g", "1:2:3:4:5:6:7"])("rejects %s", (input) => {
    expect(parseIp(input)).toBeUndefined();
  });
});

describe("CIDR blocks", () => {
  const block = (text: string) => parseCidr(text)!;
  it("contain what they should, at the bit boundary", () => {
    expect(cidrContains(block("172.16.0.0/12"), parseIp("172.31.255.255")!)).toBe(true);
    expect(cidrContains(block("172.16.0.0/12"), parseIp("172.32.0.0")!)).toBe(false);
    expect(cidrContains(block("100.64.0.0/10"), parseIp("100.127.255.255")!)).toBe(true);
    expect(cidrContains(block("100.64.0.0/10"), parseIp("100.128.0.0")!)).toBe(false);
    expect(cidrContains(block("fc00::/7"), parseIp("fdff::1")!)).toBe(true);
    expect(cidrContains(block("fc00::/7"), parseIp("fe00::1")!)).toBe(false);
    expect(cidrContains(block("0.0.0.0/0"), parseIp("8.8.8.8")!)).toBe(true);
  });
  it("check IPv4-mapped IPv6 addresses against IPv4 blocks, never across families otherwise", () => {
    expect(cidrContains(block("127.0.0.0/8"), parseIp("::ffff:127.0.0.1")!)).toBe(true);
    expect(cidrContains(block("::1/128"), parseIp("127.0.0.1")!)).toBe(false);
  });
  it("reject malformed blocks", () => {
    for (const text of ["10.0.0.0", "10.0.0.0/33", "::/129", "x/8", "10.0.0.0/a"]) expect(parseCidr(text), text).toBeUndefined();
  });
});
