import { createClient } from "@libsql/client";
import { expect, it } from "vitest";
import { describeE2E, e2e, expectNoAxeViolations, newPage, setUpBrowser, signIn } from "./support/browser";

setUpBrowser();

const HOUR = 60 * 60 * 1000;
const SESSION_LIFETIME = 30 * 24 * HOUR;

/** The sign-in session id in a `cafe_session` cookie value (base64 JSON, then the signature). */
function signInSessionId(cookieValue: string): string {
  const signed = decodeURIComponent(cookieValue);
  return JSON.parse(Buffer.from(signed.slice(0, signed.lastIndexOf(".")), "base64").toString("utf8")) as string;
}

/**
 * Makes this session's last use `hours` before it started, as if the browser had been left alone. Its
 * start is taken from its expiry (30 days after it, by the app's clock, which these tests pin).
 */
async function leaveIdle(sessionId: string, hours: number) {
  const db = createClient({ url: `file:${e2e.databaseFile}` });
  try {
    const { rows } = await db.execute({ sql: 'SELECT "expiresAt" FROM "SignInSession" WHERE "id" = ?', args: [sessionId] });
    const expires = rows[0]?.expiresAt;
    expect(expires, "the sign-in session in the database").toBeDefined();
    const shift = SESSION_LIFETIME + hours * HOUR;
    // Stored as Prisma stores it (milliseconds or an ISO text), shifted back.
    const earlier =
      typeof expires === "string" ? new Date(new Date(expires).getTime() - shift).toISOString() : Number(expires) - shift;
    await db.execute({ sql: 'UPDATE "SignInSession" SET "lastUsedAt" = ? WHERE "id" = ?', args: [earlier, sessionId] });
  } finally {
    db.close();
  }
}

describeE2E("the idle timeout", () => {
  it("after four hours without use, a page sends you to sign in with the reason, and back to the page afterwards", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, "commissioner@example.org");
    const cookie = (await page.context().cookies()).find((c) => c.name === "cafe_session");
    expect(cookie).toBeDefined();
    await leaveIdle(signInSessionId(cookie!.value), 5);

    await page.goto("/account");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("redirectTo")).toBe("/account");
    await page.getByText("You were signed out after 4 hours without activity.").waitFor();
    await expectNoAxeViolations(page, "sign-in after the idle timeout");

    await page.getByLabel("Email address").fill("commissioner@example.org");
    await page.getByLabel("Password", { exact: true }).fill("cafe-network-demo");
    await Promise.all([page.waitForURL("**/account"), page.getByRole("button", { name: "Sign in" }).click()]);
    await page.getByRole("heading", { level: 1 }).waitFor();
  });
});
