import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

const xff = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddressFrom", () => {
  it("trusts no header without a configured proxy (hops 0): the client writes X-Forwarded-For", () => {
    expect(clientAddressFrom(xff("203.0.113.9"), 0)).toBeNull();
    expect(clientAddressFrom(new Headers({ "x-real-ip": "203.0.113.9" }), 0)).toBeNull();
  });

  it("takes the address the configured number of hops from the right", () => {
    // The client forged the first value; the proxy appended what it saw.
    expect(clientAddressFrom(xff("1.2.3.4, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(xff("1.2.3.4, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
    // Several header lines count as one list.
    const h = new Headers();
    h.append("x-forwarded-for", "1.2.3.4");
    h.append("x-forwarded-for", "198.51.100.7");
    expect(clientAddressFrom(h, 1)).toBe("198.51.100.7");
  });

  it("gives no address when the list is shorter than the hops or the entry is not an address", () => {
    expect(clientAddressFrom(xff(), 1)).toBeNull();
    expect(clientAddressFrom(xff("198.51.100.7"), 2)).toBeNull();
    expect(clientAddressFrom(xff("1.2.3.4, unknown"), 1)).toBeNull();
    expect(clientAddressFrom(xff("1.2.3.4, , "), 1)).toBeNull();
  });

  it("normalises forms of one address, and keys IPv6 by its /64 (one subscriber's block)", () => {
    expect(clientAddressFrom(xff("::ffff:198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(xff("198.51.100.7:53211"), 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(xff("2001:db8:aa:bb:1:2:3:4"), 1)).toBe("2001:db8:aa:bb::/64");
    expect(clientAddressFrom(xff("[2001:DB8:AA:BB::9]:443"), 1)).toBe("2001:db8:aa:bb::/64");
    expect(clientAddressFrom(xff("2001:db8::1"), 1)).toBe("2001:db8:0:0::/64");
  });
});
