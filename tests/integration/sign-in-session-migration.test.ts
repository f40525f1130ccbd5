import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import { createCookie } from "@remix-run/node";
import { beforeAll, describe, expect, inject, it } from "vitest";

/**
 * Signed-in people stay signed in across the release that renamed the sign-in `Session` table to
 * `SignInSession`: a database made by the migrations before it, holding a sign-in session, is brought up
 * to date by `prisma migrate deploy`, and the app then finds that session and its person.
 *
 * This file imports the app only after pointing DATABASE_URL at that database.
 */
const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const MIGRATIONS = path.resolve("prisma/migrations");
const RENAME = readdirSync(MIGRATIONS).find((name) => name.endsWith("_sign_in_session"));

let database = "";
const SIGN_IN_SESSION_ID = "signed-in-before-the-rename";
const EMAIL = "still-signed-in@tests.example";

function deploy(config: string | null) {
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy", ...(config ? ["--config", config] : [])], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

beforeAll(async () => {
  expect(RENAME, "the migration that renames Session to SignInSession").toBeDefined();
  // Inside the repository, so the configuration below finds the project's packages.
  const directory = path.join(inject("runDirectory"), `sign-in-session-migration-${process.pid}`);
  const earlier = path.join(directory, "migrations");
  mkdirSync(earlier, { recursive: true });
  for (const name of readdirSync(MIGRATIONS)) {
    if (name < RENAME!) cpSync(path.join(MIGRATIONS, name), path.join(earlier, name), { recursive: true });
  }
  cpSync(path.join(MIGRATIONS, "migration_lock.toml"), path.join(earlier, "migration_lock.toml"));
  const config = path.join(directory, "prisma.config.ts");
  writeFileSync(
    config,
    `import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaLibSQL({ url: process.env.DATABASE_URL }),
  schema: ${JSON.stringify(path.resolve("prisma/schema.prisma"))},
  migrations: { path: ${JSON.stringify(earlier)} },
});
`,
  );
  database = path.join(directory, "before-the-rename.db");

  // The database as the release before the rename left it, with someone signed in.
  deploy(config);
  const before = new PrismaClient({ adapter: new PrismaLibSQL({ url: `file:${database}` }) });
  const user = await before.user.create({ data: { email: EMAIL, name: "Still Signed In" }, select: { id: true } });
  const expiresAt = new Date(Date.now() + 7 * 24 * 3600_000);
  await before.$executeRaw`INSERT INTO "Session" ("id", "userId", "expiresAt", "createdAt", "userAgent") VALUES (${SIGN_IN_SESSION_ID}, ${user.id}, ${expiresAt}, ${new Date()}, ${"Browser before the release"})`;
  await before.$disconnect();

  // The release: the committed migrations, as `npm run setup` applies them.
  deploy(null);
});

describe("the migration to SignInSession", () => {
  it("keeps the sign-in session's row, with its person, expiry and browser", async () => {
    const after = new PrismaClient({ adapter: new PrismaLibSQL({ url: `file:${database}` }) });
    try {
      const row = await after.signInSession.findUnique({ where: { id: SIGN_IN_SESSION_ID }, include: { user: { select: { email: true } } } });
      expect(row?.user.email).toBe(EMAIL);
      expect(row?.userAgent).toBe("Browser before the release");
      expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now());
      const tables = await after.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Session', 'SignInSession')`;
      expect(tables.map((t) => t.name)).toEqual(["SignInSession"]);
      const indexes = await after.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'SignInSession' AND name NOT LIKE 'sqlite_%' ORDER BY name`;
      expect(indexes.map((i) => i.name)).toEqual(["SignInSession_expiresAt_idx", "SignInSession_userId_idx"]);
    } finally {
      await after.$disconnect();
    }
  });

  it("the app finds the person signed in with the cookie their browser already holds", async () => {
    process.env.DATABASE_URL = `file:${database}`;
    const { sessionSecrets } = await import("~/platform/session-secret.server");
    const { getUser } = await import("~/modules/identity/index.server");
    // The cookie the browser was given before the release: the same name, signed with the same secret.
    const cookie = await createCookie("cafe_session", { secrets: sessionSecrets() }).serialize(SIGN_IN_SESSION_ID);
    const user = await getUser(new Request("http://localhost:3000/account", { headers: { Cookie: cookie.split(";")[0]! } }));
    expect(user?.email).toBe(EMAIL);
    expect(user?.signInSessionId).toBe(SIGN_IN_SESSION_ID);
  });
});
