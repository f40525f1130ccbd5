import { describe, expect, it } from "vitest";
import { addressGroup, clientAddress, decide, effectiveLimit, retryMinutes } from "~/platform/rate-limit.server";

describe("rate-limit arithmetic", () => {
  it("multiplies limits by RATE_LIMIT_FACTOR, never below one attempt", () => {
    expect(effectiveLimit(5, 1)).toBe(5);
    expect(effectiveLimit(5, 50)).toBe(250);
    expect(effectiveLimit(5, 0.01)).toBe(1);
    expect(effectiveLimit(10, 1.5)).toBe(15);
  });

  it("allows attempts up to and including the limit", () => {
    const at = new Date("2026-11-25T10:00:00Z");
    const resetAt = new Date("2026-11-25T10:15:00Z");
    expect(decide(1, 5, resetAt, at)).toMatchObject({ allowed: true, remaining: 4 });
    expect(decide(5, 5, resetAt, at)).toMatchObject({ allowed: true, remaining: 0 });
    expect(decide(6, 5, resetAt, at)).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 900 });
  });

  it("never asks to wait less than a second or a minute", () => {
    const at = new Date("2026-11-25T10:00:00Z");
    expect(decide(9, 5, at, at).retryAfterSeconds).toBe(1);
    expect(retryMinutes({ retryAfterSeconds: 1 })).toBe(1);
    expect(retryMinutes({ retryAfterSeconds: 61 })).toBe(2);
    expect(retryMinutes({ retryAfterSeconds: 900 })).toBe(15);
  });

  it("takes the client address only from the server's load context, never from a header", () => {
    expect(clientAddress({ clientIp: "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress({ clientIp: 42 })).toBe("unknown");
  });

  it("groups IPv6 clients by their /64 network, and keeps IPv4 clients apart", () => {
    expect(clientAddress({ clientIp: "2001:db8:1:2:aaaa:bbbb:cccc:dddd" })).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:0db8:0001:0002:ffff::")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressGroup("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressGroup("::1")).toBe("0:0:0:0::/64");
    expect(addressGroup("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressGroup("64:ff9b::203.0.113.7")).toBe("64:ff9b:0:0::/64");
    // IPv4 clients, also as Express reports them on a dual-stack socket.
    expect(addressGroup("203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::ffff:cb00:7107")).toBe("203.0.113.7");
    expect(addressGroup("203.0.113.8")).not.toBe(addressGroup("203.0.113.7"));
    // Not an address: unchanged.
    expect(addressGroup("unknown")).toBe("unknown");
    expect(addressGroup("2001:db8::zz")).toBe("2001:db8::zz");
  });
});
