import { londonDate } from "~/lib/london-time";
import { getEnv } from "./env.server";

/**
 * The current instant. FIXED_NOW pins it (browser tests, demonstrations); otherwise the system clock.
 * Domain code never reads the clock itself: it is given `now` by the caller.
 */
export function now(): Date {
  const fixed = getEnv().FIXED_NOW;
  if (fixed) {
    const d = new Date(fixed);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

/** Today's date in London, "YYYY-MM-DD". */
export function todayInLondon(at: Date = now()): string {
  return londonDate(at);
}
