import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { describeE2E, e2e } from "./support/browser";
import { freePort, serverEnv, startAppServer } from "./support/server";

/**
 * `node server.js` (the production build) with a setting it does not accept: one line saying what is
 * wrong, exit code 1, nothing listening; never a stack trace, whether the setting is read while the app
 * loads (the database client), at the configuration check or by Express (TRUST_PROXY).
 */
async function startWith(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const directory = path.join(e2e.runDirectory, `refused-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(directory, { recursive: true });
  const databaseFile = path.join(directory, "app.db");
  copyFileSync(e2e.baseDatabase, databaseFile);
  const port = await freePort();
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...serverEnv(port, databaseFile), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      resolve(null);
    }, 20_000);
    child.once("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, stderr, stdout };
}

describeE2E("the server refuses to start on a bad setting", () => {
  it.each([
    ["OUTBOX_POLL_MS", "abc"],
    ["PORT", "abc"],
    ["RATE_LIMIT_FACTOR", "0"],
    ["TRUST_PROXY", "garbage"],
    ["APP_URL", "not-a-url"],
    ["RESEND_BASE_URL", "ftp://x"],
    ["EMAIL_FROM", "nobody"],
    ["SESSION_SECRET", "short"],
    ["FIXED_NOW", "yesterday"],
    ["DEMO_DATA", "disabled"],
  ])("%s=%s: one line naming it, exit code 1", async (name, value) => {
    const result = await startWith({ [name]: value });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/listening/);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Café Network cannot start: Invalid configuration: ${name}: `));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(["true", "1", "loopback, 10.0.0.0/8, fd00::/8"])("starts with TRUST_PROXY=%s, as Express takes it", async (value) => {
    const directory = path.join(e2e.runDirectory, `trust-proxy-${Date.now()}`);
    const server = await startAppServer({ baseDatabase: e2e.baseDatabase, directory, env: { TRUST_PROXY: value } });
    try {
      expect((await fetch(`${server.url}/healthcheck`)).status).toBe(200);
      expect(server.output()).not.toMatch(/Error/);
    } finally {
      await server.stop();
    }
  });
});
