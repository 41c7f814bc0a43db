// What one request source is for rate limiting: an IPv4 address, or the /64 an IPv6 address belongs to.
import { isIPv4, isIPv6 } from "node:net";

/**
 * An IPv6 subscriber usually gets a whole /64 and can rotate through 2^64 addresses, so a per-address
 * limit would not limit anything: the /64 is the source. IPv4-mapped addresses count as their IPv4
 * address. Anything else ("unknown", a malformed forwarded value) is its own source, as given.
 */
export function sourceKey(ip: string): string {
  const address = ip.split("%")[0] ?? ip; // drop an IPv6 zone id (fe80::1%eth0)
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return ip;
  const groups = expandIPv6(address.toLowerCase());
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (validated by the caller with isIPv6). */
function expandIPv6(address: string): number[] {
  const parse = (part: string): number[] =>
    part === ""
      ? []
      : part.split(":").flatMap((g) => {
          if (!g.includes(".")) return [Number.parseInt(g, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = g.split(".").map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = "", tail] = address.split("::");
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}
