import { isIP } from "node:net";

/**
 * The client's address for the per-address limits, or null when it can't be known (decision 011).
 *
 * X-Forwarded-For is written by whoever sends the request: only entries appended by our own
 * proxies can be believed, and those are the rightmost ones. With `trustedHops` proxies in front
 * of the app, the entry that many places from the right is the address the outermost proxy saw.
 * With none (0), nothing in the headers is the client's socket address (Next.js fills the header
 * from the socket only when the client sent none), so there is no address.
 */
export function clientAddressFrom(headers: Pick<Headers, "get">, trustedHops: number): string | null {
  if (trustedHops <= 0) return null;
  // Headers.get joins repeated header lines with ", ": one list either way.
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((e) => e.trim());
  if (entries.length < trustedHops) return null;
  return normaliseAddress(entries[entries.length - trustedHops] ?? "");
}

/** One key per address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 network. */
function normaliseAddress(raw: string): string | null {
  let a = raw;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1] ?? "";
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  const mapped = /^::ffff:([\d.]+)$/i.exec(a);
  if (mapped) a = mapped[1] ?? "";
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind !== 6) return null;
  // One subscriber usually gets a whole /64: per-address limits on single IPv6 addresses
  // would let them rotate through 2^64 of them.
  const groups = expandIpv6(a.toLowerCase());
  return groups
    ? `${groups
        .slice(0, 4)
        .map((g) => g.replace(/^0+(?=.)/, ""))
        .join(":")}::/64`
    : a.toLowerCase();
}

/** The eight groups of an IPv6 address (already checked by isIP); null for an IPv4 tail form. */
function expandIpv6(a: string): string[] | null {
  if (a.includes(".")) return null;
  const [head = "", tail] = a.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right];
}
