import { secureDatabaseFile } from "./database-file.server";
import { getEnv } from "./env.server";
import { sessionSecrets } from "./session-secret.server";

/**
 * Checks the configuration before the server listens (server.js calls it), so a misconfigured deployment
 * refuses to start instead of failing on its first sign-in: every setting must be valid, and the session
 * secret must be available (SESSION_SECRET, or on the embedded SQLite database the generated secret
 * file beside it, created now if missing). The embedded database file is made readable by the app's user
 * only (secureDatabaseFile). Throws an Error naming the problem.
 * Returns warnings to print: settings that are valid but wrong for a real deployment.
 */
export function checkConfiguration(): string[] {
  const env = getEnv();
  sessionSecrets();
  secureDatabaseFile(env.DATABASE_URL);
  const warnings: string[] = [];
  if (env.RATE_LIMIT_FACTOR !== 1) {
    warnings.push(
      `RATE_LIMIT_FACTOR=${env.RATE_LIMIT_FACTOR} multiplies the sign-in and password-reset limits: it is for tests only and must not be set in a real deployment.`,
    );
  }
  return warnings;
}

/** Express's "trust proxy" setting from TRUST_PROXY, already checked (server.js reads it after checkConfiguration). */
export function trustProxySetting(): boolean | number | string {
  return getEnv().TRUST_PROXY;
}
