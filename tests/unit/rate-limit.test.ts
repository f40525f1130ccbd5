import { describe, expect, it } from "vitest";
import { clientAddress, decide, effectiveLimit, retryMinutes } from "~/services/rate-limit.server";

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
});
