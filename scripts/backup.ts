/**
 * Takes a consistent copy of the embedded SQLite database while the app runs:
 *   npm run backup                  → backups/<UTC timestamp>.db
 *   npm run backup -- <file>        → that file (which must not exist yet)
 * The copy is made by SQLite itself (`VACUUM INTO`, through the same driver the app uses): one read
 * transaction, so it holds every write committed before it started and none after, while the app goes on
 * reading and writing. The copy is created readable by this user only (0600), checked with
 * `PRAGMA integrity_check`, and its path and size printed. To restore, stop the app and copy the file over
 * the database file (or point DATABASE_URL at it), then start the app.
 * For a PostgreSQL DATABASE_URL it says how to use pg_dump instead and exits with code 2.
 */
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import path from "node:path";

process.env.DATABASE_URL ??= "file:./data/cafe-network.db";
const url = process.env.DATABASE_URL;

function fail(message: string, code = 1): never {
  console.error(`Café Network backup: ${message}`);
  process.exit(code);
}

if (!url.startsWith("file:")) {
  fail(
    "DATABASE_URL is not the embedded SQLite file, so this command cannot copy it. For PostgreSQL use its own tool\n" +
      "(the dump holds password hashes and callers' numbers: owner-only; pg_dump refuses the app's connection_limit option):\n" +
      "  umask 077 && mkdir -p backups\n" +
      `  PGURL="$(node -e 'const u = new URL(process.env.DATABASE_URL); u.searchParams.delete("connection_limit"); console.log(u.href)')"\n` +
      '  pg_dump --format=custom --file="backups/cafe-network-$(date -u +%Y%m%dT%H%M%SZ).dump" "$PGURL"\n' +
      'and restore with pg_restore --clean --if-exists --dbname="$PGURL" <file>.dump (app stopped).',
    2,
  );
}

const { DATABASE_FILE_MODE, sqliteFilePath } = await import("../app/platform/database-file.server");
const { createPrismaClient } = await import("../app/platform/db.server");

const source = sqliteFilePath(url);
if (!existsSync(source)) fail(`there is no database at ${source} (DATABASE_URL=${url}).`);

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length > 1) fail("usage: npm run backup [-- <file>]");
const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
const target = path.resolve(args[0] ?? path.join("backups", `${stamp}.db`));
if (existsSync(target)) fail(`${target} already exists: choose another file.`);

mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
// Created empty and private first: SQLite writes into an empty file, and the copy is never readable by others.
closeSync(openSync(target, "wx", DATABASE_FILE_MODE));

const database = createPrismaClient(url);
try {
  // Wait for a write being committed rather than fail at once.
  await database.$queryRawUnsafe("PRAGMA busy_timeout = 30000");
  await database.$executeRawUnsafe(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
} catch (error) {
  rmSync(target, { force: true });
  fail(`the copy failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database.$disconnect();
}

const copy = createPrismaClient(`file:${target}`);
try {
  const rows = await copy.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
  const result = rows.map((r) => r.integrity_check).join("; ");
  if (result !== "ok") fail(`the copy at ${target} failed its integrity check: ${result}`);
} finally {
  await copy.$disconnect();
}

const size = statSync(target).size;
console.log(`Backup written: ${target} (${(size / 1024 / 1024).toFixed(1)} MB, ${size} bytes), readable by this user only.`);
