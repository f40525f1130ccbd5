/**
 * The optional online postcode lookup, for valid postcodes the shipped tables lack (new since 2014, or
 * outside LLR). Only when POSTCODE_API_URL is set: GET {base}/postcodes/{postcode} (postcodes.io-compatible),
 * with a timeout (2 seconds by default). Answers, including "no such postcode", are remembered for the
 * last 1,000 postcodes; failures are not. A failure is logged without the postcode and answers null, so
 * the caller falls back to the tables.
 */
import type { LatLng } from "./distance";
import { getEnv } from "~/platform/env.server";

export const ONLINE_TIMEOUT_MS = 2000;
const ONLINE_CACHE_LIMIT = 1000;

/** Postcode → point, or null when the API said it does not exist. */
const onlineCache = new Map<string, LatLng | null>();

/** Forgets the online answers (tests). */
export function forgetOnlinePostcodes() {
  onlineCache.clear();
}

function remember(postcode: string, point: LatLng | null) {
  if (onlineCache.size >= ONLINE_CACHE_LIMIT) {
    const oldest = onlineCache.keys().next().value;
    if (oldest !== undefined) onlineCache.delete(oldest);
  }
  onlineCache.set(postcode, point);
}

/** The point of a normalised, valid full postcode from the online API, or null (not configured, unknown, or failed). */
export async function lookupPostcodeOnline(postcode: string, timeoutMs = ONLINE_TIMEOUT_MS): Promise<LatLng | null> {
  const base = getEnv().POSTCODE_API_URL;
  if (!base) return null;
  if (onlineCache.has(postcode)) return onlineCache.get(postcode) ?? null;
  const url = `${base.replace(/\/+$/, "")}/postcodes/${encodeURIComponent(postcode)}`;
  try {
    const res = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
    if (res.status === 404) {
      await res.body?.cancel();
      remember(postcode, null);
      return null;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`HTTP ${res.status}`);
    }
    const body = (await res.json()) as { result?: { latitude?: unknown; longitude?: unknown } | null };
    const lat = body?.result?.latitude;
    const lng = body?.result?.longitude;
    if (typeof lat !== "number" || typeof lng !== "number" || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      // A known postcode without a position (postcodes.io has a few): no better than the sector.
      remember(postcode, null);
      return null;
    }
    const point = { lat, lng };
    remember(postcode, point);
    return point;
  } catch (error) {
    const reason = error instanceof Error ? (error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error.message) : String(error);
    // The postcode is personal data here (where someone in distress is): never logged.
    console.warn(`[geocoding] online postcode lookup failed (${reason}); using the offline tables instead`);
    return null;
  }
}
