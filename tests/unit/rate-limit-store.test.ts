import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { clearRateLimit, consumeRateLimit, pruneRateLimits } from "~/platform/rate-limit.server";

/** The shared counters in the RateLimitBucket table (a real SQLite file, as in production). */
const rule = { limit: 3, windowMs: 15 * 60_000 };
const T0 = new Date("2026-11-25T10:00:00Z");

function setClock(at: Date) {
  process.env.FIXED_NOW = at.toISOString();
  resetEnvCache();
}

beforeEach(async () => {
  await prisma.rateLimitBucket.deleteMany();
  process.env.RATE_LIMIT_FACTOR = "1";
  setClock(T0);
});
afterAll(() => {
  process.env.FIXED_NOW = "";
  delete process.env.RATE_LIMIT_FACTOR;
  resetEnvCache();
});

describe("rate limits in the database", () => {
  it("allows the limit, refuses the next attempt, and counts keys separately", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit("test:a", rule));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBe(900);
    expect((await consumeRateLimit("test:b", rule)).allowed).toBe(true);
  });

  it("starts a new window when the old one ends", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit("test:a", rule);
    setClock(new Date(T0.getTime() + 14 * 60_000));
    expect((await consumeRateLimit("test:a", rule)).allowed).toBe(false);
    setClock(new Date(T0.getTime() + 15 * 60_000));
    const fresh = await consumeRateLimit("test:a", rule);
    expect(fresh).toMatchObject({ allowed: true, remaining: 2, retryAfterSeconds: 900 });
  });

  it("applies RATE_LIMIT_FACTOR", async () => {
    process.env.RATE_LIMIT_FACTOR = "2";
    resetEnvCache();
    const results = [];
    for (let i = 0; i < 7; i++) results.push((await consumeRateLimit("test:a", rule)).allowed);
    expect(results).toEqual([true, true, true, true, true, true, false]);
  });

  it("counts every one of many simultaneous attempts exactly once", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit("test:burst", rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    const bucket = await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: "test:burst" } });
    expect(bucket.count).toBe(12);
  });

  it("can be cleared, and ended windows are pruned", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit("test:a", rule);
    await clearRateLimit("test:a");
    expect((await consumeRateLimit("test:a", rule)).allowed).toBe(true);
    await consumeRateLimit("test:b", rule);
    setClock(new Date(T0.getTime() + 16 * 60_000));
    expect(await pruneRateLimits()).toBe(2);
    expect(await prisma.rateLimitBucket.count()).toBe(0);
  });
});
