/**
 * IP literals and CIDR blocks, without `node:net`: the resolver must report
 * *which* block matched (for messages and `vdx explain`), and IPv4-mapped IPv6
 * addresses (`::ffff:127.0.0.1`) must be checked against the IPv4 blocks.
 */

export type IpAddress = { family: 4; bytes: number[] } | { family: 6; bytes: number[] };

export interface CidrBlock {
  /** As written in the pack. */
  text: string;
  address: IpAddress;
  prefix: number;
}

function parseIPv4(text: string): IpAddress | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes.push(value);
  }
  return { family: 4, bytes };
}

function parseIPv6(text: string): IpAddress | undefined {
  let rest = text
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "")
    .toLowerCase();
  if (!rest.includes(":")) return undefined;
  // An embedded dotted IPv4 tail (`::ffff:10.1.2.3`) is the last two groups written in decimal.
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(rest);
  if (dotted) {
    const v4 = parseIPv4(dotted[1]!);
    if (!v4) return undefined;
    const [a, b, c, d] = v4.bytes as [number, number, number, number];
    rest = rest.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = rest.split("::");
  if (halves.length > 2) return undefined;
  const toGroups = (part: string): number[] | undefined => {
    if (part === "") return [];
    const groups: number[] = [];
    for (const group of part.split(":")) {
      if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
      groups.push(parseInt(group, 16));
    }
    return groups;
  };
  const head = toGroups(halves[0]!);
  const back = halves.length === 2 ? toGroups(halves[1]!) : [];
  if (!head || !back) return undefined;
  const missing = 8 - head.length - back.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<number>(missing).fill(0), ...back];
  return { family: 6, bytes: groups.flatMap((g) => [g >> 8, g & 0xff]) };
}

export function parseIp(text: string): IpAddress | undefined {
  return parseIPv4(text) ?? parseIPv6(text);
}

/** `::ffff:a.b.c.d` → the IPv4 address it maps; anything else unchanged. */
function unmapIPv4(address: IpAddress): IpAddress {
  if (address.family !== 6) return address;
  const b = address.bytes;
  const mapped = b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  return mapped ? { family: 4, bytes: b.slice(12) } : address;
}

export function parseCidr(text: string): CidrBlock | undefined {
  const slash = text.lastIndexOf("/");
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > address.bytes.length * 8) return undefined;
  return { text, address, prefix };
}

export function cidrContains(block: CidrBlock, candidate: IpAddress): boolean {
  const address = unmapIPv4(candidate);
  if (address.family !== block.address.family) return false;
  let bits = block.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((address.bytes[i] ?? 0) & mask) !== ((block.address.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Canonical text (dotted IPv4; compressed lower-case IPv6, RFC 5952; mapped IPv4 as `::ffff:a.b.c.d`). */
export function formatIp(address: IpAddress): string {
  if (address.family === 4) return address.bytes.join(".");
  // IPv4-mapped addresses read best in mixed notation (RFC 5952 §5).
  const unmapped = unmapIPv4(address);
  if (unmapped.family === 4) return `::ffff:${unmapped.bytes.join(".")}`;
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((address.bytes[i]! << 8) | address.bytes[i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
