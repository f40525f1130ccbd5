/**
 * A café's status: planned → setting up → open, and paused or closed; which changes an admin may make,
 * and how each status reads.
 */
import { t } from "~/lib/i18n";
import { openingState, openingStatusView, scheduleFromRows, type ScheduleRows, type StatusTone } from "~/modules/schedule";

export const CAFE_STATUSES = ["planned", "setting-up", "open", "paused", "closed"] as const;
export type CafeStatus = (typeof CAFE_STATUSES)[number];

export function isCafeStatus(value: unknown): value is CafeStatus {
  return typeof value === "string" && (CAFE_STATUSES as readonly string[]).includes(value);
}

/** The status changes an admin may make from each status. */
export const STATUS_CHANGES: Record<CafeStatus, CafeStatus[]> = {
  planned: ["setting-up", "open", "closed"],
  "setting-up": ["open", "paused", "closed"],
  open: ["paused", "closed"],
  paused: ["open", "closed"],
  closed: ["open"],
};

/** A status as people read it ("Setting up"); an unknown value as it is. */
export function statusLabel(status: string): string {
  return isCafeStatus(status) ? t(`manage.status.${status}`) : status;
}

/**
 * What the public sees of a café now, for the management pages: the finder's status line while it is
 * open (openingStatusView), otherwise its own status ("inactive").
 */
export type PublicStatus = { label: string; tone: StatusTone | "inactive"; text: string; notes: string[] };

/** The café's public status at `at`: its own status (paused, closed…) first, then open or not. */
export function publicStatus(cafe: ScheduleRows & { status: string }, at: Date): PublicStatus {
  if (cafe.status !== "open") {
    const text = t(`manage.publicStatus.${cafe.status === "paused" ? "paused" : cafe.status === "closed" ? "closed" : "notOpenYet"}`);
    return { label: statusLabel(cafe.status), tone: "inactive", text, notes: [] };
  }
  return openingStatusView(openingState(scheduleFromRows(cafe), at));
}
