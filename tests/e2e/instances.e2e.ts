import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { postgresqlForTests, withDatabase } from "../support/postgresql-server";
import { e2e, hasBrowser } from "./support/browser";
import { E2E_NOW, signInOverHttp, startAppServer, type AppServer } from "./support/server";

/**
 * Two app servers on one PostgreSQL, as behind a load balancer, requests alternating between them (no
 * browser needed: the production build the browser tests' setup made). Skipped with a loud warning
 * without PostgreSQL; REQUIRE_POSTGRES=1 makes that an error.
 */
const postgres = hasBrowser ? await postgresqlForTests() : null;
const database = `cafe_instances_${process.pid}`;
const url = postgres ? withDatabase(postgres, database) : "";

let a: AppServer;
let b: AppServer;
let resend: FakeResend;
let db: pg.Client;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgres! });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function form(server: AppServer, pathname: string, fields: Record<string, string>, cookie?: string) {
  return fetch(server.url + pathname, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
}

describe.skipIf(!postgres)("two instances on one PostgreSQL", () => {
  beforeAll(async () => {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${database}`);
    });
    execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/setup.ts"], {
      env: { ...process.env, DATABASE_URL: url, DEMO_DATA: "on", FIXED_NOW: E2E_NOW, SESSION_SECRET: "e2e-session-secret-at-least-32-characters" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    resend = await startFakeResend();
    const env = { DATABASE_URL: url, RESEND_API_KEY: "re_instances_key", RESEND_BASE_URL: resend.url, RATE_LIMIT_FACTOR: "1" };
    const directory = path.join(e2e.runDirectory, "instances");
    [a, b] = await Promise.all([
      startAppServer({ baseDatabase: "", databaseFile: "(PostgreSQL)", directory, env }),
      startAppServer({ baseDatabase: "", databaseFile: "(PostgreSQL)", directory, env }),
    ]);
    db = new pg.Client({ connectionString: url });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await resend?.close();
    await db?.end();
    if (postgres) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  });

  it("keeps someone signed in on one instance signed in on the other", async () => {
    const cookie = await signInOverHttp(a, "admin@example.org");
    const onB = await fetch(`${b.url}/account`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(onB.status).toBe(200);
  });

  it("counts a rate limit across both: five wrong passwords, alternating, refuse the right one", async () => {
    for (let i = 0; i < 5; i++) {
      const wrong = await form(i % 2 ? b : a, "/sign-in", { email: "cafe@example.org", password: `wrong-password-${i}` });
      expect(wrong.status).not.toBe(302);
    }
    const right = await form(b, "/sign-in", { email: "cafe@example.org", password: "cafe-network-demo" });
    expect(right.status).not.toBe(302);
  });

  it("sends an email once although both instances deliver the outbox", async () => {
    const asked = await form(a, "/forgot-password", { email: "officer@example.org" });
    expect(asked.status).toBe(302);
    // Until the email is sent and every claim on it has finished its attempt (each claim counts one in
    // `attempts`, and each finished attempt is a row of its history, written after the provider answered).
    type Row = { status: string; attempts: number; finished: number };
    const emailRow = async () =>
      (
        await db.query<Row>(
          `SELECT o.status, o.attempts, (SELECT COUNT(*)::int FROM "EmailAttempt" a WHERE a."emailId" = o.id) AS finished
             FROM "EmailOutbox" o WHERE o."to" = 'officer@example.org' AND o.kind = 'password-reset'`,
        )
      ).rows;
    const until = Date.now() + 10_000;
    let rows = await emailRow();
    while (Date.now() < until && !(rows.length === 1 && rows[0]!.status === "sent" && rows[0]!.finished === rows[0]!.attempts)) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await emailRow();
    }
    expect(rows).toEqual([{ status: "sent", attempts: 1, finished: 1 }]);
    expect(resend.emails.filter((e) => e.to[0] === "officer@example.org")).toHaveLength(1);
  });

  it("shows a café paused on one instance as paused on the other within two seconds", async () => {
    const search = "/?q=LE1+6RL";
    const before = await (await fetch(b.url + search)).text();
    const slug = /href="\/cafes\/([a-z0-9-]+)"/.exec(before)?.[1];
    expect(slug).toBeDefined();
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Cafe" WHERE slug = $1`, [slug]);
    const cookie = await signInOverHttp(a, "admin@example.org");
    const paused = await form(a, `/admin/cafes/${rows[0]!.id}`, { intent: "status", status: "paused" }, cookie);
    expect(paused.status).toBe(302);
    const at = Date.now();
    let gone = false;
    while (!gone && Date.now() - at < 2000) {
      gone = !(await (await fetch(b.url + search)).text()).includes(`href="/cafes/${slug}"`);
      if (!gone) await new Promise((r) => setTimeout(r, 50));
    }
    expect(gone).toBe(true);
  });

  it("gives the last CAP place raced from both instances at once to exactly one caller", async () => {
    const { rows: cafes } = await db.query<{ id: string }>(`SELECT id FROM "Cafe" WHERE status = 'open' AND slug = 'beaumont-leys-living-room-cafe'`);
    const cafeId = cafes[0]?.id;
    expect(cafeId).toBeDefined();
    const today = E2E_NOW.slice(0, 10); // London is on GMT in November
    const exceptionId = `race${process.pid}`;
    await db.query(
      `INSERT INTO "ScheduleException" (id, "cafeId", kind, "startDate", "endDate", "startTime", "endTime", reason, "capPlaces", "updatedAt")
       VALUES ($1, $2, 'extra', $3, $3, '20:00', '21:30', 'The last place', 1, now())`,
      [exceptionId, cafeId, today],
    );
    const cookie = await signInOverHttp(b, "cap@example.org");
    const book = (server: AppServer, i: number) =>
      form(server, "/cap/book", { option: `${cafeId}|${today}|exception:${exceptionId}`, callerName: `Caller ${i}`, callbackNumber: "", needs: "", consent: "on" }, cookie).then(
        async (r) => (await r.arrayBuffer(), r.status),
      );
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => book(i % 2 ? b : a, i)));
    expect(statuses.filter((s) => s === 302)).toHaveLength(1);
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Booking" WHERE "slotKey" = $1 AND place IS NOT NULL`, [`exception:${exceptionId}`]);
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
