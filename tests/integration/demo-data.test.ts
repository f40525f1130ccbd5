import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import { afterEach, describe, expect, inject, it } from "vitest";
import { demoDataDecision, resetEnvCache } from "~/platform/env.server";
import { checkConfiguration } from "~/startup-checks.server";

/**
 * The demo accounts share a password published in the README. A fresh clone with no settings shows the
 * demo (`npm start`); a deployment that looks real (an https APP_URL, a SESSION_SECRET, a database other
 * than the SQLite file) gets demo data only with an explicit DEMO_DATA=on, and a loud warning whenever demo
 * accounts with that password exist on it (setup, and the server's start).
 */
const run = promisify(execFile);
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");
const saved = { ...process.env };
/** Each setup applies the migrations and loads the reference data in a process of its own. */
const SETUP_TIMEOUT = 120_000;

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  for (const [key, value] of Object.entries(saved)) process.env[key] = value;
  resetEnvCache();
});

function configure(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

/** `npm run setup` on a new database file, with only the settings given (as on a fresh clone). */
async function setup(label: string, env: Record<string, string>) {
  const file = path.join(inject("runDirectory"), `demo-${label}-${process.pid}-${Date.now()}.db`);
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["SESSION_SECRET", "APP_URL", "DEMO_DATA", "RESEND_API_KEY", "RESEND_BASE_URL", "FIXED_NOW"]) delete base[key];
  const { stdout, stderr } = await run(process.execPath, [TSX, "scripts/setup.ts"], {
    env: { ...base, NODE_ENV: "production", DATABASE_URL: `file:${file}`, ...env },
  });
  const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: `file:${file}` }) });
  try {
    const users = await prisma.user.findMany({ select: { email: true } });
    return { file, stdout, stderr, emails: users.map((u) => u.email) };
  } finally {
    await prisma.$disconnect();
  }
}

describe("whether setup loads the demo data", () => {
  it("loads it when nothing says the deployment is real, and otherwise only with DEMO_DATA=on", () => {
    const decide = (env: Record<string, string | undefined>) => {
      configure({ APP_URL: undefined, SESSION_SECRET: undefined, DEMO_DATA: undefined, DATABASE_URL: "file:./data/cafe-network.db", ...env });
      return demoDataDecision();
    };
    expect(decide({})).toEqual({ load: true });
    expect(decide({ APP_URL: "http://localhost:3000" })).toEqual({ load: true });
    expect(decide({ APP_URL: "https://cafes.example.org" })).toEqual({ load: false, reason: expect.stringMatching(/APP_URL is https/) });
    expect(decide({ SESSION_SECRET: "a-shared-secret-for-every-instance" })).toEqual({ load: false, reason: expect.stringMatching(/SESSION_SECRET is set/) });
    expect(decide({ DATABASE_URL: "postgresql://cafes@db.internal/cafes" })).toEqual({
      load: false,
      reason: expect.stringMatching(/DATABASE_URL is not the embedded SQLite file/),
    });
    expect(decide({ APP_URL: "https://cafes.example.org", SESSION_SECRET: "a-shared-secret-for-every-instance", DEMO_DATA: "on" })).toEqual({ load: true });
    expect(decide({ DEMO_DATA: "off" })).toEqual({ load: false, reason: "DEMO_DATA is off" });
  });

  it("npm run setup with an https APP_URL and a SESSION_SECRET loads no demo account, and says how to create the first administrator", async () => {
    const result = await setup("real", { APP_URL: "https://cafes.example.nhs.uk", SESSION_SECRET: "a-shared-secret-for-every-instance" });
    expect(result.emails).toEqual([]);
    const lines = result.stdout.split("\n").filter((line) => /Demo data was not loaded/.test(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Demo data was not loaded: this looks like a real deployment \(APP_URL is https:\/\/cafes.example.nhs.uk, SESSION_SECRET is set\).*npm run create-admin -- <email address>.*DEMO_DATA=on/);
    expect(result.stderr).not.toMatch(/DEMO ACCOUNTS/);
    // Created readable by this user only.
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
  }, SETUP_TIMEOUT);

  it("npm run setup with DEMO_DATA=on loads it on such a deployment, with a loud warning", async () => {
    const result = await setup("forced", { SESSION_SECRET: "a-shared-secret-for-every-instance", DEMO_DATA: "on" });
    expect(result.emails).toContain("admin@example.org");
    expect(result.stderr).toMatch(/WARNING: DEMO ACCOUNTS WITH A PUBLIC PASSWORD ARE ACTIVE .*\(SESSION_SECRET is set\): admin@example.org, /);
  }, SETUP_TIMEOUT);

  it("npm run setup on a fresh clone with no settings loads the demo as before, without a warning", async () => {
    const result = await setup("fresh", {});
    expect(result.emails).toContain("admin@example.org");
    expect(result.stdout).toMatch(/Demo data loaded: .* sign in as admin@example.org/);
    expect(result.stderr).not.toMatch(/WARNING/);
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
  }, SETUP_TIMEOUT);
});

describe("the server's start", () => {
  it("warns loudly when demo accounts with the public password exist on a deployment that looks real", async () => {
    // This test's database has the demo accounts.
    configure({ SESSION_SECRET: "a-shared-secret-for-every-instance", APP_URL: "https://cafes.example.nhs.uk" });
    const warnings = await checkConfiguration();
    expect(warnings).toEqual([expect.stringMatching(/^DEMO ACCOUNTS WITH A PUBLIC PASSWORD ARE ACTIVE .*admin@example\.org.*"cafe-network-demo"/)]);
  });

  it("says nothing of them on a local try-out", async () => {
    configure({ SESSION_SECRET: undefined, APP_URL: undefined });
    expect(await checkConfiguration()).toEqual([]);
  });
});
