import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { createPrismaClient, prisma } from "~/platform/db.server";

/**
 * `npm run backup` copies the SQLite database while the app writes to it: the copy is consistent (it
 * passes SQLite's integrity check and holds every write acknowledged before the backup started), private
 * (0600), and the app runs on it once restored. For PostgreSQL it says to use pg_dump.
 */
const run = promisify(execFile);
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");
const TIMEOUT = 120_000;

/** What the server does before it listens (its checks, which open the database), then a read through the app's client. */
const START_AND_READ = `(async () => {
  const { checkConfiguration } = await import("./app/startup-checks.server.ts");
  await checkConfiguration();
  const { prisma } = await import("./app/platform/db.server.ts");
  const found = await prisma.organisation.findMany({ where: { name: "Backed Up Listening Group" }, select: { id: true } });
  console.log(JSON.stringify(found));
  await prisma.$disconnect();
})();`;

async function backup(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, "scripts/backup.ts", ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

describe("npm run backup", () => {
  it(
    "copies the database while a writer is busy, privately; the restored copy passes its integrity check, holds the data and the app starts on it",
    async () => {
      const marker = await prisma.organisation.create({ data: { slug: `backed-up-${Date.now()}`, name: "Backed Up Listening Group" } });

      // A writer, as the app would be, all through the backup: one organisation after another.
      let stop = false;
      const acknowledged: string[] = [];
      const errors: unknown[] = [];
      const writer = (async () => {
        for (let i = 0; !stop; i++) {
          try {
            const row = await prisma.organisation.create({ data: { slug: `writer-${process.pid}-${i}`, name: `Writer ${i}` } });
            acknowledged.push(row.slug);
          } catch (error) {
            errors.push(error);
          }
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      })();
      while (acknowledged.length < 5) await new Promise((resolve) => setTimeout(resolve, 5));
      const beforeBackup = acknowledged.length;

      const target = path.join(inject("runDirectory"), `backup-${process.pid}-${Date.now()}`, "copy.db");
      const result = await backup({}, "--", target);
      const afterBackup = acknowledged.length;
      stop = true;
      await writer;

      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Backup written: ${target} (`);
      expect(result.stdout).toMatch(new RegExp(`${statSync(target).size} bytes`));
      expect(statSync(target).mode & 0o777).toBe(0o600);
      // The app's writes went on during the backup, none refused.
      expect(afterBackup).toBeGreaterThan(beforeBackup);
      expect(errors).toEqual([]);

      // Restore: the copy as the database file.
      const restoredFile = path.join(path.dirname(target), "restored.db");
      copyFileSync(target, restoredFile);
      const restored = createPrismaClient(`file:${restoredFile}`);
      try {
        expect(await restored.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
        expect(await restored.organisation.findUnique({ where: { id: marker.id } })).toMatchObject({ name: "Backed Up Listening Group" });
        // A consistent snapshot: every write acknowledged before the backup began, and a prefix of the rest.
        const copied = new Set(
          (await restored.organisation.findMany({ where: { slug: { startsWith: `writer-${process.pid}-` } }, select: { slug: true } })).map((o) => o.slug),
        );
        expect(copied.size).toBeGreaterThanOrEqual(beforeBackup);
        expect(acknowledged.slice(0, copied.size).every((slug) => copied.has(slug))).toBe(true);
        expect(await restored.user.count()).toBe(await prisma.user.count());
      } finally {
        await restored.$disconnect();
      }

      // The app starts on it as `npm start` does: setup finds every migration applied and the data there.
      const setup = await run(process.execPath, [TSX, "scripts/setup.ts"], {
        env: { ...process.env, DATABASE_URL: `file:${restoredFile}`, DEMO_DATA: "off" },
      });
      expect(setup.stdout).toContain("Database migrations applied.");
      const started = await run(
        process.execPath,
        [TSX, "-e", START_AND_READ],
        { env: { ...process.env, DATABASE_URL: `file:${restoredFile}` } },
      );
      expect(JSON.parse(started.stdout.trim().split("\n").at(-1)!)).toEqual([{ id: marker.id }]);
    },
    TIMEOUT,
  );

  it(
    "restores over a database whose server stopped without closing it, its write-ahead log left beside it",
    async () => {
      const marker = await prisma.organisation.create({ data: { slug: `restored-${Date.now()}`, name: "Backed Up Listening Group" } });
      const dir = path.join(inject("runDirectory"), `restore-${process.pid}-${Date.now()}`);
      mkdirSync(dir, { recursive: true });
      const backupFile = path.join(dir, "backup.db");
      expect((await backup({}, "--", backupFile)).code).toBe(0);

      // A database in use: its writes still in the -wal file, as a killed server leaves them.
      const live = path.join(dir, "live.db");
      await prisma.$executeRawUnsafe(`VACUUM INTO '${live}'`);
      const writer = createPrismaClient(`file:${live}`);
      const leftovers = path.join(dir, "stopped");
      mkdirSync(leftovers);
      try {
        await writer.$queryRawUnsafe("PRAGMA journal_mode = WAL");
        for (let i = 0; i < 50; i++) await writer.organisation.create({ data: { slug: `after-backup-${i}`, name: `After ${i}` } });
        for (const suffix of ["", "-wal", "-shm"]) copyFileSync(live + suffix, path.join(leftovers, "cafe-network.db" + suffix));
      } finally {
        await writer.$disconnect();
      }
      const database = path.join(leftovers, "cafe-network.db");
      expect(statSync(`${database}-wal`).size).toBeGreaterThan(0);

      const restored = await run(process.execPath, [TSX, "scripts/restore.ts", "--", backupFile], { env: { ...process.env, DATABASE_URL: `file:${database}` } });
      expect(restored.stdout).toContain(`Restored ${backupFile} to ${database}`);
      expect(statSync(database).mode & 0o777).toBe(0o600);
      expect(existsSync(`${database}-wal`)).toBe(false);
      expect(readdirSync(leftovers).filter((f) => f.includes(".before-restore-")).length).toBe(3);

      const client = createPrismaClient(`file:${database}`);
      try {
        expect(await client.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
        expect(await client.organisation.findUnique({ where: { id: marker.id } })).toMatchObject({ name: "Backed Up Listening Group" });
        expect(await client.organisation.count({ where: { slug: { startsWith: "after-backup-" } } })).toBe(0);
      } finally {
        await client.$disconnect();
      }
    },
    TIMEOUT,
  );

  it("refuses to overwrite an existing file", async () => {
    const target = path.join(inject("runDirectory"), `existing-${process.pid}.db`);
    copyFileSync(process.env.DATABASE_URL!.replace(/^file:/, ""), target);
    const before = statSync(target).mtimeMs;
    const result = await backup({}, target);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
    expect(statSync(target).mtimeMs).toBe(before);
  }, TIMEOUT);

  it("says how to use pg_dump for a PostgreSQL database, and exits non-zero", async () => {
    const target = path.join(inject("runDirectory"), `never-${process.pid}.db`);
    const result = await backup({ DATABASE_URL: "postgresql://cafes@db.internal/cafes" }, target);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pg_dump .*"\$PGURL"/);
    expect(result.stderr).toMatch(/umask 077/);
    expect(result.stderr).toMatch(/pg_restore/);
    expect(existsSync(target)).toBe(false);
  }, TIMEOUT);
});
