import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { getEnv, isSqlite } from "./env.server";

/**
 * The embedded SQLite database file holds every account, so only the app's own user may read it: it is
 * created 0600 (before SQLite or Prisma would create it with the default 0644), and set to 0600 whenever
 * setup or the server starts, with its -wal, -shm and -journal files when they exist (SQLite gives those
 * the database file's mode). Nothing to do for any other database.
 */
export const DATABASE_FILE_MODE = 0o600;

export function sqliteFilePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, "").split("?")[0] ?? "");
}

/** Creates the SQLite file (empty, which SQLite takes as a new database) 0600 if missing, and sets 0600 on it and its companions. */
export function secureDatabaseFile(databaseUrl: string = getEnv().DATABASE_URL): string | null {
  if (!isSqlite(databaseUrl)) return null;
  const file = sqliteFilePath(databaseUrl);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      closeSync(openSync(file, "wx", DATABASE_FILE_MODE));
    } catch (error) {
      // Created by another process meanwhile: chmod below.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  for (const name of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      chmodSync(name, DATABASE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return file;
}
