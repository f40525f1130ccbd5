import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startFakeResend } from "../../support/fake-resend";
import { E2E_NOW, startAppServer } from "./server";

/**
 * Browser tests: build the app once, prepare a database with reference and demo data, start a fake
 * Resend API and the app (production build, "now" pinned), and tell the tests where they are.
 * Without a Chromium the tests are skipped with a loud warning, unless REQUIRE_E2E=1.
 */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

export default async function setup(project: TestProject) {
  const browserPath = findChromium();
  if (!browserPath) {
    if (process.env.REQUIRE_E2E === "1") {
      throw new Error("REQUIRE_E2E=1 but no Chromium was found (set CHROME_PATH or install Debian's chromium).");
    }
    const line = "!".repeat(78);
    console.warn(`\n${line}\n!! BROWSER TESTS SKIPPED: no Chromium found (CHROME_PATH, /usr/bin/chromium).\n!! Install it (apt-get install chromium) or set REQUIRE_E2E=1 to make this an error.\n${line}\n`);
    project.provide("e2e", { browserPath: "", baseUrl: "", resendUrl: "", baseDatabase: "", runDirectory: "", databaseFile: "" });
    return;
  }

  const runDirectory = path.resolve("tests/.tmp", `e2e-${process.pid}-${Date.now()}`);
  mkdirSync(runDirectory, { recursive: true });
  if (process.env.E2E_SKIP_BUILD !== "1") {
    execFileSync("npx", ["remix", "build"], {
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const baseDatabase = path.join(runDirectory, "base.db");
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/setup.ts"], {
    // Demo closures are placed relative to "now": seed with the same pinned instant the server uses.
    env: { ...process.env, DATABASE_URL: `file:${baseDatabase}`, DEMO_DATA: "on", SESSION_SECRET: "e2e-session-secret-at-least-32-characters", FIXED_NOW: E2E_NOW },
    stdio: ["ignore", "ignore", "inherit"],
  });

  const resend = await startFakeResend();
  const server = await startAppServer({
    baseDatabase,
    directory: runDirectory,
    env: { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resend.url, RATE_LIMIT_FACTOR: "50" },
  });

  project.provide("e2e", {
    browserPath,
    baseUrl: server.url,
    resendUrl: resend.url,
    baseDatabase,
    runDirectory,
    databaseFile: server.databaseFile,
  });

  return async () => {
    await server.stop();
    await resend.close();
    if (!process.env.KEEP_TEST_DB) rmSync(runDirectory, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    e2e: {
      browserPath: string;
      baseUrl: string;
      resendUrl: string;
      baseDatabase: string;
      runDirectory: string;
      databaseFile: string;
    };
  }
}
