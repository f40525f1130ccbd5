import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { readFlag, resetEnvCache } from "~/platform/env.server";
import { checkConfiguration, trustProxySetting } from "~/platform/startup.server";

/**
 * server.js calls checkConfiguration() before it listens: a deployment whose configuration is wrong
 * refuses to start, rather than failing at its first sign-in.
 */
const saved = { ...process.env };

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  for (const key of Object.keys(saved)) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetEnvCache();
});

function configure(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

describe("checking the configuration at start", () => {
  it("creates the embedded setup's session secret beside the SQLite file at once, not at the first sign-in", () => {
    const directory = mkdtempSync(path.join(inject("runDirectory"), "startup-"));
    configure({ DATABASE_URL: `file:${path.join(directory, "cafe-network.db")}`, SESSION_SECRET: undefined });
    expect(checkConfiguration()).toEqual([]);
    const file = path.join(directory, "session-secret");
    expect(existsSync(file)).toBe(true);
    const secret = readFileSync(file, "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    // A restart keeps it (sessions survive).
    checkConfiguration();
    expect(readFileSync(file, "utf8").trim()).toBe(secret);
  });

  it("refuses to start on any other database without SESSION_SECRET", () => {
    configure({ DATABASE_URL: "postgresql://cafes@db.internal/cafes", SESSION_SECRET: undefined });
    expect(() => checkConfiguration()).toThrow(/SESSION_SECRET must be set/);
    configure({ SESSION_SECRET: "a-shared-secret-for-every-instance" });
    expect(() => checkConfiguration()).not.toThrow();
  });

  it("accepts a SQLite file or a PostgreSQL address as DATABASE_URL, and refuses anything else, naming it", () => {
    for (const url of ["postgresql://cafes:secret@db.internal:5432/cafes", "postgres://cafes@10.0.0.5/cafes?connection_limit=5"]) {
      configure({ DATABASE_URL: url, SESSION_SECRET: "a-shared-secret-for-every-instance" });
      expect(() => checkConfiguration()).not.toThrow();
    }
    for (const url of ["mysql://cafes@db.internal/cafes", "postgresql://db.internal", "cafe-network.db"]) {
      configure({ DATABASE_URL: url, SESSION_SECRET: "a-shared-secret-for-every-instance" });
      expect(() => checkConfiguration()).toThrow(/Invalid configuration: DATABASE_URL: must be a SQLite file .* or a PostgreSQL address/);
    }
  });

  it("refuses to start on an invalid setting, naming it", () => {
    configure({ PUBLIC_CACHE_SECONDS: "600" });
    expect(() => checkConfiguration()).toThrow(/Invalid configuration: PUBLIC_CACHE_SECONDS/);
  });

  it("warns that RATE_LIMIT_FACTOR is for tests only", () => {
    configure({ RATE_LIMIT_FACTOR: "50" });
    expect(checkConfiguration()).toEqual([expect.stringMatching(/RATE_LIMIT_FACTOR=50 .* must not be set in a real deployment/)]);
  });

  it("accepts only on/off words for DEMO_DATA: a mistyped value refuses to start instead of loading the demo accounts", () => {
    for (const value of ["on", "ON", "true", "yes", "1", " On "]) expect(readFlag(value, false)).toBe(true);
    for (const value of ["off", "Off", "false", "no", "0"]) expect(readFlag(value, true)).toBe(false);
    expect(readFlag(undefined, true)).toBe(true);
    expect(readFlag("", false)).toBe(false);
    for (const value of ["disabled", "maybe", "of", "none", "2"]) {
      configure({ DEMO_DATA: value });
      expect(() => checkConfiguration()).toThrow(new RegExp(`DEMO_DATA: must be "on" or "off" .*not "${value}"`));
    }
    configure({ DEMO_DATA: "OFF" });
    expect(() => checkConfiguration()).not.toThrow();
  });

  it.each([
    ["APP_URL", "not-a-url", /APP_URL: must be a web address starting with https:\/\//],
    ["APP_URL", "cafes.example.org", /APP_URL: must be a web address/],
    ["RESEND_BASE_URL", "ftp://x", /RESEND_BASE_URL: must be a web address/],
    ["POSTCODE_API_URL", "api.postcodes.io", /POSTCODE_API_URL: must be a web address/],
    ["MAP_TILE_URL", "tiles", /MAP_TILE_URL: must be "none" or a tile address/],
    ["MAP_TILE_URL", "https://tile.example.org/tiles.png", /MAP_TILE_URL: must be "none" or a tile address/],
    ["EMAIL_FROM", "nobody", /EMAIL_FROM: must be an email address/],
    ["EMAIL_FROM", "Café Network <nobody>", /EMAIL_FROM: must be an email address/],
    ["SESSION_SECRET", "short", /SESSION_SECRET: each secret \(comma-separated\) must be at least 32 characters/],
    ["SESSION_SECRET", "a-new-secret-that-is-long-enough-to-sign,old", /SESSION_SECRET: each secret/],
    ["FIXED_NOW", "yesterday", /FIXED_NOW: must be an ISO 8601 instant/],
    ["FIXED_NOW", "2026-11-25", /FIXED_NOW: must be an ISO 8601 instant/],
    ["TRUST_PROXY", "garbage", /TRUST_PROXY: must be true, false, a number of proxies/],
    ["TRUST_PROXY", "10.0.0.0/33", /TRUST_PROXY: must be/],
    ["OUTBOX_POLL_MS", "abc", /OUTBOX_POLL_MS:/],
    ["PORT", "abc", /PORT:/],
    ["RATE_LIMIT_FACTOR", "0", /RATE_LIMIT_FACTOR:/],
    ["SESSION_IDLE_MINUTES", "four hours", /SESSION_IDLE_MINUTES: must be a whole number of minutes/],
    ["SESSION_IDLE_MINUTES", "2.5", /SESSION_IDLE_MINUTES: must be a whole number of minutes/],
    ["SESSION_IDLE_MINUTES", "1", /SESSION_IDLE_MINUTES: must be at least 5 minutes/],
    ["SESSION_IDLE_MINUTES", "50000", /SESSION_IDLE_MINUTES: must be at most 43200 minutes/],
  ])("refuses to start with %s=%j, naming the setting", (name, value, message) => {
    configure({ [name]: value });
    expect(() => checkConfiguration()).toThrow(message);
  });

  it("never repeats the session secret in its message", () => {
    configure({ SESSION_SECRET: "short-but-private" });
    expect(() => checkConfiguration()).toThrow(/SESSION_SECRET/);
    try {
      checkConfiguration();
    } catch (error) {
      expect(String(error)).not.toContain("short-but-private");
    }
  });

  it("accepts the values a real deployment uses", () => {
    configure({
      APP_URL: "https://cafes.example.nhs.uk",
      RESEND_BASE_URL: "http://127.0.0.1:4010",
      POSTCODE_API_URL: "https://api.postcodes.io/",
      MAP_TILE_URL: "https://{s}.tile.example.org/{z}/{x}/{y}.png",
      EMAIL_FROM: "Café Network <no-reply@cafes.example.nhs.uk>",
      SESSION_SECRET: "0123456789abcdef0123456789abcdef, fedcba9876543210fedcba9876543210",
      FIXED_NOW: "2026-11-25T18:30:00.000+00:00",
      DEMO_DATA: "off",
      SESSION_IDLE_MINUTES: "480",
    });
    expect(() => checkConfiguration()).not.toThrow();
    configure({ EMAIL_FROM: "no-reply@cafes.example.nhs.uk", MAP_TILE_URL: "none" });
    expect(() => checkConfiguration()).not.toThrow();
  });

  it("reads TRUST_PROXY as Express's trust proxy setting takes it", () => {
    const cases: [string | undefined, boolean | number | string][] = [
      [undefined, "loopback"],
      ["true", true],
      ["FALSE", false],
      ["2", 2],
      ["loopback, 10.0.0.0/8", "loopback,10.0.0.0/8"],
      ["uniquelocal,fd00::/8,192.168.1.1", "uniquelocal,fd00::/8,192.168.1.1"],
      ["10.0.0.0/255.0.0.0", "10.0.0.0/255.0.0.0"],
    ];
    for (const [value, setting] of cases) {
      configure({ TRUST_PROXY: value });
      expect(trustProxySetting()).toEqual(setting);
    }
  });
});
