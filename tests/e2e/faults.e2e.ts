import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { createClient } from "@libsql/client";
import { afterEach, expect, it } from "vitest";
import { t } from "~/lib/i18n";
import { describeE2E, e2e } from "./support/browser";
import { signInOverHttp as signIn, startAppServer, type AppServer } from "./support/server";

/**
 * Faults of the server process and its disk, on the production build:
 * - `kill -9` during a burst of writes: after a restart the database passes SQLite's integrity check and
 *   every write that was answered as done is there;
 * - a full disk, stood in for by RLIMIT_FSIZE set on the running server with prlimit (the database file
 *   cannot grow; as root, a read-only file or directory would not stop writes, and no small filesystem
 *   can be mounted here): a write answers the error page (500, with the site's look, the crisis numbers
 *   and "try again in a moment", no trace of the error), reads go on working, nothing is corrupted, and
 *   writes work again once space returns (the limit lifted, same process).
 */
const servers: AppServer[] = [];
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function start(options: Partial<Parameters<typeof startAppServer>[0]> = {}) {
  const server = await startAppServer({ baseDatabase: e2e.baseDatabase, directory: e2e.runDirectory, env: { PUBLIC_CACHE_SECONDS: "0" }, ...options });
  servers.push(server);
  return server;
}


async function query<T = Record<string, unknown>>(file: string, sql: string, args: (string | number)[] = []): Promise<T[]> {
  const db = createClient({ url: `file:${file}` });
  try {
    return (await db.execute({ sql, args })).rows as unknown as T[];
  } finally {
    db.close();
  }
}

const cafeIdOf = async (file: string) => (await query<{ id: string }>(file, `SELECT id FROM "Cafe" WHERE slug = ?`, ["beaumont-leys-living-room-cafe"]))[0]!.id;

/** Adds an offer (a write through the café write frame, audited); the answer's status. */
async function addOffer(server: AppServer, cookie: string, cafeId: string, title: string, description = ""): Promise<Response> {
  return fetch(`${server.url}/manage/cafes/${cafeId}/offers`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ intent: "add", title, description }).toString(),
    redirect: "manual",
  });
}

describeE2E("faults", () => {
  it("kill -9 during a burst of writes: the database is whole and every acknowledged write is there", async () => {
    const server = await start();
    const cookie = await signIn(server, "admin@example.org");
    const cafeId = await cafeIdOf(server.databaseFile);
    const acknowledged: string[] = [];
    let sent = 0;
    let stop = false;
    const writer = async (lane: number) => {
      for (let n = 0; !stop; n++) {
        const title = `Burst ${lane}-${n}`;
        sent += 1;
        try {
          const response = await addOffer(server, cookie, cafeId, title, "x".repeat(500));
          if (response.status === 302) acknowledged.push(title);
          else if (!stop) throw new Error(`A write answered ${response.status}`);
        } catch (error) {
          if (!stop) throw error;
        }
      }
    };
    const lanes = Promise.all([0, 1, 2, 3, 4, 5].map(writer));
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
    process.kill(-server.pid, "SIGKILL"); // the whole process group, mid-write
    stop = true;
    await lanes;
    expect(sent).toBeGreaterThan(acknowledged.length);

    const [integrity] = await query<{ integrity_check: string }>(server.databaseFile, "PRAGMA integrity_check");
    expect(integrity!.integrity_check).toBe("ok");
    const again = await start({ databaseFile: server.databaseFile });
    const titles = new Set((await query<{ title: string }>(again.databaseFile, `SELECT title FROM "Offer" WHERE title LIKE 'Burst %'`)).map((r) => r.title));
    expect(acknowledged.filter((t) => !titles.has(t))).toEqual([]);
    // Each saved offer was audited in its own transaction: no offer without its audit entry.
    const [{ audited }] = (await query<{ audited: number }>(
      again.databaseFile,
      `SELECT COUNT(*) AS audited FROM "AuditEvent" WHERE action LIKE '%offer%' AND entityId = ? AND "after" LIKE '%Burst %'`,
      [cafeId],
    )) as [{ audited: number }];
    expect(Number(audited)).toBe(titles.size);
    // The restarted server reads and writes.
    expect((await fetch(`${again.url}/cafes/beaumont-leys-living-room-cafe`)).status).toBe(200);
    expect((await addOffer(again, await signIn(again, "admin@example.org"), cafeId, "After the restart")).status).toBe(302);
  }, 120_000);

  it("a full disk: a write answers the error page, reads still work, nothing is corrupted, writes work again when space returns", async () => {
    // The server ignores SIGXFSZ, so a write past the limit fails (EFBIG) instead of killing it.
    const server = await start({ shellPrefix: "trap '' XFSZ;" });
    const cookie = await signIn(server, "admin@example.org");
    const cafeId = await cafeIdOf(server.databaseFile);
    const size = statSync(server.databaseFile).size;
    execFileSync("prlimit", ["--pid", String(server.pid), `--fsize=${size}:unlimited`]);

    let refused: Response | null = null;
    for (let n = 0; n < 200 && !refused; n++) {
      const response = await addOffer(server, cookie, cafeId, `Full disk ${n}`, "y".repeat(1000));
      if (response.status !== 302) refused = response;
    }
    expect(refused, "no write failed: the limit did not take").not.toBeNull();
    // The error page: the site's look, the crisis numbers, "try again in a moment", and nothing of the error.
    expect(refused!.status).toBe(500);
    const page = await refused!.text();
    expect(page).toContain(t("shell.crisis.label"));
    expect(page).toContain('class="site-header"');
    expect(page).toContain(t("error.title"));
    expect(page).toContain(escapeHtml(t("error.body")));
    expect(page).not.toMatch(/\.js:\d+|SQLITE|I\/O|LibsqlError|Prisma/);
    expect(server.output()).toMatch(/SQLITE_(IOERR|FULL)/); // the log says what happened

    // Reads go on working while the disk is full.
    expect((await fetch(`${server.url}/cafes/beaumont-leys-living-room-cafe`)).status).toBe(200);
    expect((await fetch(`${server.url}/?q=LE1+6RL`)).status).toBe(200);

    // Space returns: writes work again, on the same running server.
    execFileSync("prlimit", ["--pid", String(server.pid), "--fsize=unlimited:unlimited"]);
    expect((await addOffer(server, cookie, cafeId, "After the disk was freed")).status).toBe(302);
    const [integrity] = await query<{ integrity_check: string }>(server.databaseFile, "PRAGMA integrity_check");
    expect(integrity!.integrity_check).toBe("ok");
    const titles = (await query<{ title: string }>(server.databaseFile, `SELECT title FROM "Offer" WHERE cafeId = ?`, [cafeId])).map((r) => r.title);
    expect(titles).toContain("After the disk was freed");
  }, 120_000);
});
