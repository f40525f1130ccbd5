import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { resetEnvCache } from "~/services/env.server";
import { checkConfiguration } from "~/services/startup.server";

/**
 * server.js calls checkConfiguration() before it listens: a deployment whose configuration is wrong
 * refuses to start, rather than failing at its first sign-in.
 */
const saved = { ...process.env };

afterEach(() => {
  for (const key of ["DATABASE_URL", "SESSION_SECRET", "RATE_LIMIT_FACTOR", "PUBLIC_CACHE_SECONDS"]) {
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

  it("refuses to start on an invalid setting, naming it", () => {
    configure({ PUBLIC_CACHE_SECONDS: "600" });
    expect(() => checkConfiguration()).toThrow(/Invalid configuration: PUBLIC_CACHE_SECONDS/);
  });

  it("warns that RATE_LIMIT_FACTOR is for tests only", () => {
    configure({ RATE_LIMIT_FACTOR: "50" });
    expect(checkConfiguration()).toEqual([expect.stringMatching(/RATE_LIMIT_FACTOR=50 .* must not be set in a real deployment/)]);
  });
});
