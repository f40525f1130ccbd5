import { isIPv4, isIPv6 } from "node:net";
import { code, type MessageKey } from "~/lib/i18n";
import { prisma } from "./db.server";
import { getEnv } from "./env.server";
import { now } from "./clock.server";
import { FIRST_HOURLY_RUN_AFTER_MS, HOURLY_MS, type BackgroundJob } from "./jobs.server";

/**
 * Fixed-window rate limits kept in the RateLimitBucket table, so every app instance shares them.
 *
 * One attempt = one atomic increment of the bucket's counter (an upsert with `count + 1`, which is an
 * `INSERT … ON CONFLICT DO UPDATE` on SQLite and PostgreSQL alike). The attempt is allowed while the
 * counter, after the increment, is within the limit. An expired window is restarted by a conditional
 * update (`WHERE resetAt <= now`), so two instances racing to restart it restart it once.
 */
export type RateLimitRule = {
  /** Attempts allowed per window before RATE_LIMIT_FACTOR is applied. */
  limit: number;
  windowMs: number;
};

const MINUTE = 60_000;

export const RATE_LIMITS = {
  /**
   * Failed sign-ins from one address for email addresses that have no account (spraying). Past it, the
   * address is refused unless the password is right, so colleagues behind one proxy still sign in.
   */
  signInIp: { limit: 10, windowMs: 15 * MINUTE },
  /** Failed sign-ins for one account from one address: past it, that pair is refused. */
  signInPair: { limit: 5, windowMs: 15 * MINUTE },
  /**
   * Failed sign-ins for one account from all addresses: past it, every sign-in for the account is slowed
   * down (identity's SIGN_IN_DELAY_MS), never refused, so an attacker cannot lock the real user out.
   */
  signInAccount: { limit: 20, windowMs: 15 * MINUTE },
  /** Current-password checks on /account, per account. */
  passwordCheck: { limit: 5, windowMs: 15 * MINUTE },
  /** Password-reset requests from one address. */
  resetIp: { limit: 10, windowMs: 60 * MINUTE },
  /** Password-reset requests for one email address. */
  resetEmail: { limit: 3, windowMs: 60 * MINUTE },
  /** Invitation acceptances (account creation) from one address. */
  invitationIp: { limit: 20, windowMs: 60 * MINUTE },
  /** Requests to the Open Referral UK API from one address (answers from the page cache are not counted). */
  openDataIp: { limit: 120, windowMs: MINUTE },
  /** Organisation self-registrations (/register) from one address. */
  registerIp: { limit: 5, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>;

export type RateLimitResult = {
  allowed: boolean;
  /** The effective limit (after RATE_LIMIT_FACTOR). */
  limit: number;
  /** Attempts left in this window. */
  remaining: number;
  /** Seconds until the window restarts. */
  retryAfterSeconds: number;
};

/** The limit actually applied: the rule's limit multiplied by RATE_LIMIT_FACTOR, at least 1. */
export function effectiveLimit(limit: number, factor: number): number {
  return Math.max(1, Math.floor(limit * factor));
}

/** The outcome of an attempt, given the counter after the increment. */
export function decide(count: number, limit: number, resetAt: Date, at: Date): RateLimitResult {
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - at.getTime()) / 1000)),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Records one attempt against `key` and says whether it is allowed.
 * Keys name the limit and the subject, e.g. "sign-in:ip:203.0.113.7" or "sign-in:account:a@b.org".
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const at = now();
  const limit = effectiveLimit(rule.limit, getEnv().RATE_LIMIT_FACTOR);
  const freshReset = new Date(at.getTime() + rule.windowMs);

  // Restart an expired window (only one of several concurrent callers matches the condition).
  await prisma.rateLimitBucket.updateMany({
    where: { key, resetAt: { lte: at } },
    data: { count: 0, resetAt: freshReset },
  });

  const increment = () =>
    prisma.rateLimitBucket.upsert({
      where: { key },
      create: { key, count: 1, resetAt: freshReset },
      update: { count: { increment: 1 } },
    });
  let bucket;
  try {
    bucket = await increment();
  } catch (error) {
    // Two first attempts at once: one insert wins, the other increments the row it created.
    if (!isUniqueViolation(error)) throw error;
    bucket = await increment();
  }
  return decide(bucket.count, limit, bucket.resetAt, at);
}

/**
 * Records one attempt against each of several limits (all of them, even when one refuses), and gives
 * the refusal with the longest wait, or null when every limit allows the attempt.
 */
export async function consumeRateLimits(limits: [key: string, rule: RateLimitRule][]): Promise<RateLimitResult | null> {
  let refused: RateLimitResult | null = null;
  for (const [key, rule] of limits) {
    const result = await consumeRateLimit(key, rule);
    if (!result.allowed && (!refused || result.retryAfterSeconds > refused.retryAfterSeconds)) refused = result;
  }
  return refused;
}

/**
 * Whether one more attempt against `key` would be refused in the current window, without recording one:
 * that refusal, or null.
 */
export async function isOverRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitResult | null> {
  const at = now();
  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.resetAt <= at) return null;
  const result = decide(bucket.count + 1, effectiveLimit(rule.limit, getEnv().RATE_LIMIT_FACTOR), bucket.resetAt, at);
  return result.allowed ? null : result;
}

/**
 * Gives back one attempt recorded by consumeRateLimit, for limits that count only failures: the attempt
 * is recorded first (so concurrent attempts cannot all slip under the limit) and given back once it has
 * succeeded. Only within the current window, and never below zero.
 */
export async function refundRateLimit(key: string): Promise<void> {
  await prisma.rateLimitBucket.updateMany({
    where: { key, count: { gt: 0 }, resetAt: { gt: now() } },
    data: { count: { decrement: 1 } },
  });
}

/** Forgets the attempts against `key` (e.g. an account's failed sign-ins after a successful one). */
export async function clearRateLimit(key: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}

/** Removes buckets whose window has ended (housekeeping; run by the background jobs). */
export async function pruneRateLimits(): Promise<number> {
  const { count } = await prisma.rateLimitBucket.deleteMany({ where: { resetAt: { lte: now() } } });
  return count;
}

/**
 * The client's address for per-address limits. server.js puts Express's `req.ip` (which honours the
 * TRUST_PROXY setting) into the load context; a client cannot forge it with a header. IPv6 addresses are
 * grouped by their /64 network (see addressGroup). Without an address (e.g. a request built in a test),
 * all such requests share one "unknown" bucket.
 */
export function clientAddress(context: unknown): string {
  if (typeof context === "object" && context !== null) {
    const ip = (context as { clientIp?: unknown }).clientIp;
    if (typeof ip === "string" && ip.trim() !== "") return addressGroup(ip.trim()).slice(0, 100);
  }
  return "unknown";
}

/**
 * The subject of a per-address limit: an IPv4 address as it is (also when written as an IPv4-mapped IPv6
 * address, "::ffff:203.0.113.7"), and an IPv6 address as its /64 network ("2001:db8:1:2::/64"), since
 * one household or device is usually given a whole /64 and could otherwise take a fresh address for
 * every attempt. Anything else is returned unchanged.
 */
export function addressGroup(ip: string): string {
  if (isIPv4(ip)) return ip;
  const groups = ipv6Groups(ip);
  if (!groups) return ip;
  const isMappedIPv4 = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (isMappedIPv4) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (zone index ignored), or null when it is not one. */
function ipv6Groups(ip: string): number[] | null {
  let address = ip.split("%")[0] ?? "";
  if (!isIPv6(address)) return null;
  const ipv4Tail = address.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail.slice(1).map(Number) as [number, number, number, number];
    address = `${address.slice(0, -ipv4Tail[0].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = address.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(zeros).fill("0"), ...tailGroups].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** Minutes to show in a "try again in … minutes" message. */
export function retryMinutes(result: Pick<RateLimitResult, "retryAfterSeconds">): number {
  return Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
}

/**
 * A form's refused attempt: 429 with Retry-After, and `message` (given the minutes to wait) above the
 * form, which keeps what was typed.
 */
export function tooManySubmissions<R>(
  refused: Pick<RateLimitResult, "retryAfterSeconds">,
  message: Extract<MessageKey, `${string}.tooMany`>,
  submission: { refuse: (options: { formError: string }, status: number, headers: HeadersInit) => R },
): R {
  return submission.refuse({ formError: code(message, { minutes: retryMinutes(refused) }) }, 429, { "Retry-After": String(refused.retryAfterSeconds) });
}

/** Hourly: clears out ended rate-limit windows. */
export const rateLimitJobs: BackgroundJob[] = [
  { name: "ended rate-limit windows", everyMs: HOURLY_MS, firstAfterMs: FIRST_HOURLY_RUN_AFTER_MS, run: pruneRateLimits },
];
