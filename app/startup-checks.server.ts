import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo/accounts";
import { accountsWithPassword } from "~/modules/identity/index.server";
import { realDeploymentSigns } from "~/platform/env.server";
import { checkConfiguration as checkSettings } from "~/platform/startup.server";

/**
 * What server.js checks before it listens: the settings (app/platform/startup.server.ts, which throws on
 * a wrong one and secures the database file), then the data — the demo accounts, whose password is
 * public, must not sit unnoticed in what looks like a real deployment. Returns the warnings to print.
 */
export async function checkConfiguration(): Promise<string[]> {
  const warnings = checkSettings();
  const demo = await demoAccountsWarning();
  return demo ? [...warnings, demo] : warnings;
}

/**
 * A loud warning when demo accounts that still sign in with the public demo password exist on a
 * deployment that looks real (an https APP_URL, a SESSION_SECRET, or a non-SQLite database); null otherwise.
 * Also printed by `npm run setup`.
 */
export async function demoAccountsWarning(): Promise<string | null> {
  const signs = realDeploymentSigns();
  if (signs.length === 0) return null;
  // Advisory: a database not set up yet (no tables) is for the app's own errors to report, not this check's.
  const open = await accountsWithPassword(
    DEMO_ACCOUNTS.map((a) => a.email),
    DEMO_PASSWORD,
  ).catch(() => []);
  if (open.length === 0) return null;
  return (
    `DEMO ACCOUNTS WITH A PUBLIC PASSWORD ARE ACTIVE on what looks like a real deployment (${signs.join(", ")}): ` +
    `${open.join(", ")} sign in with the password "${DEMO_PASSWORD}", published in the README. ` +
    "Anyone can sign in as them, as an administrator too. Unless this is a demonstration, set up again on an empty " +
    "database without DEMO_DATA=on and create the first administrator with `npm run create-admin -- <email address>` " +
    "(or at least sign in as each demo account and change its password at /account)."
  );
}
