import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv, isSqlite } from "./env.server";

/**
 * The secrets that sign the session cookie.
 * - SESSION_SECRET (comma-separated for rotation: the first signs, all verify) when set.
 * - Otherwise, on the embedded SQLite database only, a random secret generated once and kept in a file
 *   beside the database, so sessions survive restarts.
 * - Any other database refuses to start without SESSION_SECRET: several instances must share one secret.
 */
export function sessionSecrets(): string[] {
  const env = getEnv();
  if (env.SESSION_SECRET) {
    return env.SESSION_SECRET.split(",").map((s) => s.trim()).filter(Boolean);
  }
  if (!isSqlite(env.DATABASE_URL)) {
    throw new Error("SESSION_SECRET must be set when the database is not the embedded SQLite file.");
  }
  const file = secretFilePath(env.DATABASE_URL);
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return [secret];
  }
  const secret = randomBytes(32).toString("hex");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return [secret];
}

export function secretFilePath(databaseUrl: string): string {
  const dbPath = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  return path.join(path.dirname(path.resolve(dbPath)), "session-secret");
}
