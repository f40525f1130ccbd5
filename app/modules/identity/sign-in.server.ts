import { setTimeout as wait } from "node:timers/promises";
import { verifyPassword } from "./password.server";
import { findUserForSignIn, normaliseEmail, type SignInCandidate } from "./user.server";
import {
  clearRateLimit,
  consumeRateLimit,
  isOverRateLimit,
  RATE_LIMITS,
  refundRateLimit,
  type RateLimitResult,
} from "~/platform/rate-limit.server";

/**
 * How long a sign-in for an account under attack (more failures than RATE_LIMITS.signInAccount from all
 * addresses together) waits before it is answered, whether the password is right or wrong. The right
 * password still gets in, from any address; guessing becomes slower. See ADR 005.
 */
export const SIGN_IN_DELAY_MS = 1500;

export type SignInAttempt =
  | { outcome: "signed-in"; user: SignInCandidate }
  | { outcome: "failed" }
  | { outcome: "refused"; limit: RateLimitResult };

/** The rate-limit keys of a sign-in attempt (exported for tests and the ADR's examples). */
export function signInKeys(email: string, address: string) {
  const account = normaliseEmail(email);
  return {
    /** Failures for this account from this address: the guesser's own limit. */
    pair: `sign-in:pair:${address}:${account}`,
    /** Failures for this account from every address: slows a sign-in down, never refuses it. */
    account: `sign-in:account:${account}`,
    /** Failures from this address for email addresses that have no account (spraying). */
    address: `sign-in:ip:${address}`,
  };
}

/**
 * One sign-in attempt with `email` and `password` from `address` (clientAddress), with its limits:
 *
 * 1. The (account, address) pair: after RATE_LIMITS.signInPair failures, that pair is refused. Counted
 *    first (so concurrent guesses cannot slip past it) and given back when the password is right.
 * 2. The account, from all addresses: past RATE_LIMITS.signInAccount failures every answer for it waits
 *    SIGN_IN_DELAY_MS; nobody is refused by it, so an attacker cannot lock the real user out.
 * 3. The address: failures for email addresses without an account count against it; past
 *    RATE_LIMITS.signInIp, the address is refused for any email address unless the password is right.
 *    So colleagues behind one proxy keep signing in, and a 429 says nothing about whether an account
 *    exists (a wrong password for a real account is refused the same way).
 *
 * The password is checked for unknown addresses too (against a dummy hash), so timing tells nothing.
 * `pause` is the wait (a test may pass its own).
 */
export async function attemptSignIn(
  { email, password, address }: { email: string; password: string; address: string },
  pause: (ms: number) => Promise<unknown> = wait,
): Promise<SignInAttempt> {
  const keys = signInKeys(email, address);
  const pair = await consumeRateLimit(keys.pair, RATE_LIMITS.signInPair);
  if (!pair.allowed) return { outcome: "refused", limit: pair };

  const account = await consumeRateLimit(keys.account, RATE_LIMITS.signInAccount);
  const user = await findUserForSignIn(email);
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!account.allowed) await pause(SIGN_IN_DELAY_MS);

  if (user && passwordOk && !user.disabledAt) {
    await clearRateLimit(keys.pair);
    await refundRateLimit(keys.account);
    return { outcome: "signed-in", user };
  }
  if (!user) {
    const spraying = await consumeRateLimit(keys.address, RATE_LIMITS.signInIp);
    if (!spraying.allowed) return { outcome: "refused", limit: spraying };
  } else {
    const spraying = await isOverRateLimit(keys.address, RATE_LIMITS.signInIp);
    if (spraying) return { outcome: "refused", limit: spraying };
  }
  return { outcome: "failed" };
}
