/**
 * Invites the first administrator of a real deployment, where DEMO_DATA=off leaves no admin account to
 * sign in with (and only admins can invite people):
 *
 *   npm run create-admin -- someone@example.org
 *
 * Writes an invitation as administrator and its email to the outbox in one transaction (the email is
 * delivered when RESEND_API_KEY is set), and prints the acceptance link, so an operator without email
 * delivery can open it. Run again for the same address, it replaces the pending invitation with a fresh
 * one; for an address that is already an administrator it says so and changes nothing.
 * Uses DATABASE_URL (default file:./data/cafe-network.db) and APP_URL for the link, like the server;
 * the database must have been set up (`npm start` or `npm run setup`).
 */
import { INVITATION_DAYS, InvitationError, inviteAdministrator } from "~/models/invitation.server";
import { prisma } from "~/services/db.server";
import { appUrl } from "~/services/env.server";

const USAGE = "Usage: npm run create-admin -- <email address>";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length !== 1 || !args[0]) {
    console.error(USAGE);
    return 2;
  }
  const email = args[0];
  try {
    const result = await inviteAdministrator(email);
    if (result.state === "already-admin") {
      console.log(`${email.trim().toLowerCase()} already has an administrator account: sign in at ${appUrl()}/sign-in (or use "Forgot your password?").`);
      return 0;
    }
    if (result.withdrawn > 0) console.log("The earlier invitation for this address was withdrawn; only this link works now.");
    console.log(
      result.existingAccount
        ? "This address already has an account: sign in with it, then open the link to become an administrator."
        : "Open this link to create the administrator account (the same link was emailed, through the outbox):",
    );
    console.log(result.link);
    console.log(`It works for ${INVITATION_DAYS} days, until ${result.expiresAt.toISOString()}.`);
    return 0;
  } catch (error) {
    if (error instanceof InvitationError) {
      console.error(`Not an email address: ${JSON.stringify(email)}\n${USAGE}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Could not write the invitation: ${message}\nIs the database set up? Run \`npm run setup\` (or \`npm start\`) with the same DATABASE_URL first.`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

process.exitCode = await main();
