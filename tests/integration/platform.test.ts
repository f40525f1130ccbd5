import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loader as healthcheck } from "~/routes/healthcheck";
import { resetEnvCache } from "~/platform/env.server";
import { secretFilePath, sessionSecrets } from "~/platform/session-secret.server";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("the session secret", () => {
  it("uses SESSION_SECRET when set, several comma-separated for rotation", () => {
    process.env.SESSION_SECRET = "new-secret-value-of-32-characters, old-secret-value-of-32-characters";
    resetEnvCache();
    expect(sessionSecrets()).toEqual(["new-secret-value-of-32-characters", "old-secret-value-of-32-characters"]);
  });

  it("on the embedded database without SESSION_SECRET, generates one once and keeps it beside the SQLite file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cafe-secret-"));
    delete process.env.SESSION_SECRET;
    process.env.DATABASE_URL = `file:${dir}/app.db`;
    resetEnvCache();
    const file = secretFilePath(process.env.DATABASE_URL);
    expect(file).toBe(path.join(dir, "session-secret"));
    expect(existsSync(file)).toBe(false);

    const first = sessionSecrets();
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(file, "utf8").trim()).toBe(first[0]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A restart reads the same secret, so sessions survive it.
    expect(sessionSecrets()).toEqual(first);
  });

  it("refuses to start on any other database without SESSION_SECRET", () => {
    delete process.env.SESSION_SECRET;
    process.env.DATABASE_URL = "postgresql://cafes@db.internal/cafes";
    resetEnvCache();
    expect(() => sessionSecrets()).toThrow(/SESSION_SECRET must be set/);
  });
});

describe("the health check", () => {
  it("answers 200 after a database query", async () => {
    const response = await healthcheck();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("OK");
  });
});
