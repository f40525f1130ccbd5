/** The oruk module's public face on the server: the Open Referral UK API's endpoints as HTTP responses. */
import { t } from "~/lib/i18n";
import { clientAddress, consumeRateLimit, RATE_LIMITS, effectiveLimit } from "~/platform/rate-limit.server";
import { getEnv } from "~/platform/env.server";
import type { ApiResult } from "./api.server";

export * from "./api.server";
export { currentDirectory, resetOrukDirectory } from "./directory.server";

/**
 * Headers of every API response: JSON, readable from any website, and never a signed-in person's. (The
 * server adds the security headers every response has, X-Content-Type-Options among them, once.)
 */
const BASE_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  // Readable by the scripts of other websites too (the rest of the API's headers are safelisted).
  "Access-Control-Expose-Headers": "X-RateLimit-Limit, X-RateLimit-Remaining, Retry-After",
  // The base address answers people with a page and programs with JSON.
  Vary: "Accept",
};

function send(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
}

/** The requests one address may make a minute (after RATE_LIMIT_FACTOR). */
export function openDataLimit(): number {
  return effectiveLimit(RATE_LIMITS.openDataIp.limit, getEnv().RATE_LIMIT_FACTOR);
}

/**
 * Answers an API request: refuses a client over its limit (429, Retry-After), otherwise runs `answer` and
 * sends its result. Answers may be kept by browsers and proxies for up to a minute (and by the app's
 * public page cache, see ~/platform/public-cache.server); refusals are not kept.
 */
export async function openDataResponse(context: unknown, answer: () => ApiResult | Promise<ApiResult>): Promise<Response> {
  const limit = await consumeRateLimit(`open-data:ip:${clientAddress(context)}`, RATE_LIMITS.openDataIp);
  const rateHeaders = { "X-RateLimit-Limit": String(limit.limit), "X-RateLimit-Remaining": String(limit.remaining) };
  if (!limit.allowed) {
    const seconds = limit.retryAfterSeconds;
    return send(429, { error: 429, message: t("oruk.error.tooMany", { seconds }) }, { ...rateHeaders, "Retry-After": String(seconds), "Cache-Control": "no-store" });
  }
  const result = await answer();
  // No rate-limit counts on answers: a cached answer would repeat another client's.
  if (result.status === 200) return send(200, result.body, { "Cache-Control": "public, max-age=60" });
  return send(result.status, { error: result.status, message: t(result.error.key, result.error.vars) }, { "Cache-Control": "no-store" });
}
