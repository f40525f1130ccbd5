/**
 * Invites the first administrator of a real deployment, where DEMO_DATA=off leaves no admin account to
 * sign in with (and only admins can invite people), and lets an administrator who cannot sign in back in:
 *
 *   npm run create-admin -- someone@example.org
 *   npm run create-admin -- --reset someone@example.org
 *
 * Without --reset: writes an invitation as administrator and its email to the outbox in one transaction
 * (the email is delivered when RESEND_API_KEY is set), and prints the acceptance link, so an operator
 * without email delivery can open it. Run again for the same address, it replaces the pending invitation
 * (and cancels its unsent email) with a fresh one; for an address that is already an administrator it
 * says so, changes nothing, and points to --reset.
 * With --reset, for an administrator's account: writes a password-reset link and its email (enabling the
 * account again if it was disabled) and prints the link. An administrator who forgot their password
 * cannot read the outbox, where the reset email waits while sending is off.
 * Uses DATABASE_URL (default file:./data/cafe-network.db) and APP_URL for the link, like the server;
 * the database must have been set up (`npm start` or `npm run setup`).
 */
import { existsSync } from "node:fs";
import path from "node:path";

const USAGE = "Usage: npm run create-admin -- [--reset] <email address>";
const SET_UP = "Run `npm run setup` (or `npm start`) with the same DATABASE_URL first.";

function fail(message: string, code: number): number {
  console.error(message);
  return code;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const reset = args.includes("--reset");
  const rest = args.filter((a) => a !== "--reset");
  if (rest.length !== 1 || !rest[0] || rest[0].startsWith("--")) return fail(USAGE, 2);
  const email = rest[0];
  const address = email.trim().toLowerCase();

  // Check the settings and that the database exists before opening it: opening an SQLite file that
  // is not there would leave an empty one behind.
  const { appUrl, getEnv } = await import("../app/platform/env.server");
  let databaseUrl: string;
  try {
    databaseUrl = getEnv().DATABASE_URL;
  } catch (error) {
    return fail(`Café Network cannot start: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  if (databaseUrl.startsWith("file:")) {
    const file = path.resolve(databaseUrl.replace(/^file:/, "").split("?")[0] ?? "");
    if (!existsSync(file)) return fail(`There is no database at ${file}. ${SET_UP}`, 1);
  }

  const { INVITATION_DAYS, InvitationError, inviteAdministrator } = await import("../app/modules/identity/invitation.server");
  const { resetAdministratorPassword, RESET_TOKEN_MINUTES } = await import("../app/modules/identity/user.server");
  const { emailSendingEnabled } = await import("../app/modules/outbox/outbox.server");
  const { prisma } = await import("../app/platform/db.server");
  const emailNote = emailSendingEnabled()
    ? "The same link was emailed to them."
    : "Email sending is off (no RESEND_API_KEY): the same link waits in the outbox at /admin/outbox and is not sent.";
  try {
    if (reset) {
      const result = await resetAdministratorPassword(email);
      if (result.state === "not-admin") {
        return fail(`${address} is not an administrator's account: --reset is only for administrators. Without --reset, this command invites the address as an administrator.`, 1);
      }
      if (result.reenabled) console.log(`The account ${address} was disabled; it is enabled again.`);
      console.log("Open this link to choose a new password:");
      console.log(result.link);
      console.log(`It works once, for ${RESET_TOKEN_MINUTES} minutes, until ${result.expiresAt.toISOString()}. ${emailNote}`);
      return 0;
    }
    const result = await inviteAdministrator(email);
    if (result.state === "already-admin") {
      if (result.disabled) {
        return fail(
          `${address} is an administrator, but the account is disabled: it cannot sign in or reset its password.\n` +
            `To enable it again and get a link to choose a new password, run: npm run create-admin -- --reset ${address}`,
          1,
        );
      }
      console.log(`${address} already has an administrator account: sign in at ${appUrl()}/sign-in.`);
      console.log(`If the password is lost, run: npm run create-admin -- --reset ${address} (it prints a link to choose a new one).`);
      return 0;
    }
    if (result.withdrawn > 0) console.log("The earlier invitation for this address was withdrawn (and its unsent email cancelled); only this link works now.");
    console.log(
      result.existingAccount
        ? "This address already has an account: sign in with it, then open the link to become an administrator."
        : "Open this link to create the administrator account:",
    );
    console.log(result.link);
    console.log(`It works for ${INVITATION_DAYS} days, until ${result.expiresAt.toISOString()}. ${emailNote}`);
    return 0;
  } catch (error) {
    if (error instanceof InvitationError) return fail(`Not an email address: ${JSON.stringify(email)}\n${USAGE}`, 2);
    const message = error instanceof Error ? error.message : String(error);
    return fail(`Could not write to the database: ${message}\nIs the database set up? ${SET_UP}`, 1);
  } finally {
    await prisma.$disconnect();
  }
}

process.exitCode = await main();
