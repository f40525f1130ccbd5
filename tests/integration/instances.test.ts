import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outboxJobs } from "~/modules/outbox/index.server";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { CHANNEL, startChangeFeed, stopChangeFeed } from "~/platform/change-feed.server";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { claimJobTurn, runTurn, type BackgroundJob } from "~/platform/jobs.server";
import { listedCafeIndex } from "~/modules/cafe/index.server";
import { invalidatePublicData, publicDataVersion, settledPublicData } from "~/platform/public-cache.server";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { postgresqlForTests } from "../support/postgresql-server";

/**
 * What lets several app instances share one database: background jobs take turns (each turn claimed by
 * one instance), and news of a change to the public data reaches the other instances (PostgreSQL).
 */

describe("background jobs across instances", () => {
  let resend: FakeResend;
  beforeAll(async () => {
    resend = await startFakeResend();
    process.env.RESEND_API_KEY = "re_instances_test_key";
    process.env.RESEND_BASE_URL = resend.url;
    resetEnvCache();
  });
  afterAll(async () => {
    await resend.close();
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    resetEnvCache();
  });
  beforeEach(async () => {
    await prisma.jobLease.deleteMany();
    await prisma.emailOutbox.deleteMany();
    resend.emails.length = 0;
  });

  it("gives each turn of a job to exactly one of several instances claiming it at once", async () => {
    const claims = await Promise.all(["a", "b", "c", "d", "e"].map((instance) => claimJobTurn("hourly purge", 60_000, instance)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    // The turn is held: nobody gets it again until the lease runs out…
    expect(await claimJobTurn("hourly purge", 60_000, "f")).toBe(false);
    // …and then the next instance to ask does.
    await prisma.jobLease.update({ where: { name: "hourly purge" }, data: { claimedUntil: new Date(Date.now() - 1) } });
    expect(await claimJobTurn("hourly purge", 60_000, "f")).toBe(true);
    expect((await prisma.jobLease.findUniqueOrThrow({ where: { name: "hourly purge" } })).claimedBy).toBe("f");
  });

  it("runs a periodic job once when two instances' runners fire together", async () => {
    let runs = 0;
    const job: BackgroundJob = { name: "count", everyMs: 60_000, run: async () => void (runs += 1) };
    const ran = await Promise.all([runTurn(job, "one"), runTurn(job, "two")]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
  });

  it("sends each outbox email exactly once when two instances' job runners deliver at the same time", async () => {
    for (let i = 0; i < 8; i++) {
      await prisma.$transaction((tx) => enqueueEmail(tx, { to: `race${i}@example.org`, subject: `Race ${i}`, text: "Hello", kind: "test" }));
    }
    const [job] = outboxJobs();
    expect(job).toBeDefined();
    // Two instances whose turns do not collide (the lease ran out between them) still never send one row twice.
    await Promise.all([
      runTurn(job!, "instance-a"),
      (async () => {
        await prisma.jobLease.updateMany({ data: { claimedUntil: new Date(0) } });
        await runTurn(job!, "instance-b");
      })(),
    ]);
    // Whatever the first turns left is sent by later ones.
    for (let i = 0; i < 3; i++) {
      await prisma.jobLease.updateMany({ data: { claimedUntil: new Date(0) } });
      await Promise.all([runTurn(job!, "instance-a"), runTurn(job!, "instance-b")]);
    }
    expect(resend.emails.map((e) => e.to[0]).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `race${i}@example.org`).sort());
    expect(await prisma.emailOutbox.count({ where: { status: "sent" } })).toBe(8);
  });
});

// The change feed needs a PostgreSQL server whichever database this run's Prisma client uses.
const postgresUrl = await postgresqlForTests();
const postgres = postgresUrl ? { url: postgresUrl } : null;

describe.skipIf(!postgres)("news of changes between instances (PostgreSQL LISTEN/NOTIFY)", () => {
  let other: pg.Client;
  const heard: string[] = [];
  beforeAll(async () => {
    await startChangeFeed(postgres!.url);
    other = new pg.Client({ connectionString: postgres!.url });
    await other.connect();
    other.on("notification", (m) => heard.push(m.payload ?? ""));
    await other.query(`LISTEN ${CHANNEL}`);
  });
  afterAll(async () => {
    await stopChangeFeed();
    await other?.end();
  });

  const waitFor = async (done: () => boolean, ms = 2000) => {
    const until = Date.now() + ms;
    while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    return done();
  };

  it("forgets the public data within two seconds of a change made on another instance", async () => {
    const before = publicDataVersion();
    await other.query("SELECT pg_notify($1, $2)", [CHANNEL, "0123456789ab:public-data"]);
    expect(await waitFor(() => publicDataVersion() > before)).toBe(true);
  });

  it("builds the next index while answering from the current one, and swaps it in", async () => {
    const before = await listedCafeIndex();
    await other.query("SELECT pg_notify($1, $2)", [CHANNEL, "0123456789ab:public-data"]);
    // While the next index is built, searches are answered at once from the current one.
    await new Promise((r) => setTimeout(r, 50));
    const during = Date.now();
    expect(await listedCafeIndex()).toBeDefined();
    expect(Date.now() - during).toBeLessThan(250);
    await settledPublicData();
    const after = await listedCafeIndex();
    expect(after).not.toBe(before);
    expect(after.version).toBe(publicDataVersion());
  });

  it("tells the other instances of its own changes, once, and does not act on its own news again", async () => {
    heard.length = 0;
    const before = publicDataVersion();
    invalidatePublicData();
    expect(await waitFor(() => heard.length > 0)).toBe(true);
    expect(heard[0]).toMatch(/^[0-9a-f]{12}:public-data$/);
    await new Promise((r) => setTimeout(r, 200));
    expect(publicDataVersion()).toBe(before + 1);
  });
});
