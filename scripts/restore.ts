/**
 * Puts a backup made by `npm run backup` in place of the embedded SQLite database. Stop the app first.
 *   npm run restore -- backups/2026-12-07T08-00-00Z.db
 * The backup is checked (`PRAGMA integrity_check`) before anything is touched. The database it replaces is
 * not deleted: it is moved aside, with its write-ahead log (-wal) and shared-memory (-shm) files, to
 * `<database>.before-restore-<UTC time>`, because SQLite would otherwise apply the old log to the restored
 * file and corrupt it. The restored file is readable by this user only (0600).
 * For a PostgreSQL DATABASE_URL it says how to use pg_restore instead and exits with code 2.
 */
import { chmodSync, copyFileSync, existsSync, renameSync } from "node:fs";
import path from "node:path";

process.env.DATABASE_URL ??= "file:./data/cafe-network.db";
const url = process.env.DATABASE_URL;

function fail(message: string, code = 1): never {
  console.error(`Café Network restore: ${message}`);
  process.exit(code);
}

if (!url.startsWith("file:")) {
  fail('DATABASE_URL is not the embedded SQLite file. For PostgreSQL use: pg_restore --clean --if-exists --dbname="$DATABASE_URL" <file>.dump', 2);
}

const { DATABASE_FILE_MODE, sqliteFilePath } = await import("../app/platform/database-file.server");
const { createPrismaClient } = await import("../app/platform/db.server");

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1) fail("usage: npm run restore -- <backup file>");
const backup = path.resolve(args[0]!);
if (!existsSync(backup)) fail(`there is no backup at ${backup}.`);
const target = sqliteFilePath(url);
if (backup === target) fail("the backup is the database itself.");

const check = createPrismaClient(`file:${backup}`);
try {
  const rows = await check.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
  const result = rows.map((r) => r.integrity_check).join("; ");
  if (result !== "ok") fail(`${backup} failed its integrity check (${result}); nothing was changed.`);
} catch (error) {
  fail(`${backup} cannot be read as a database (${error instanceof Error ? error.message : String(error)}); nothing was changed.`);
} finally {
  await check.$disconnect();
}

const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
const aside = `${target}.before-restore-${stamp}`;
const moved: string[] = [];
for (const suffix of ["", "-wal", "-shm", "-journal"]) {
  if (existsSync(target + suffix)) {
    renameSync(target + suffix, aside + suffix);
    moved.push(aside + suffix);
  }
}
copyFileSync(backup, target);
chmodSync(target, DATABASE_FILE_MODE);
console.log(`Restored ${backup} to ${target}, readable by this user only.`);
if (moved.length) console.log(`The database it replaced is kept at ${aside} (with its log files). Delete it once the app runs well.`);
console.log("Start the app again with npm start.");
