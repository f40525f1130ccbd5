/**
 * Opening hours as HSDS 3.0 `schedule` entries: the weekly sessions as recurring entries (freq WEEKLY,
 * byday), grouped when they share their times and validity, and the dated exceptions (closures, changed
 * hours, extra sessions, bank-holiday answers) as dated entries (valid_from … valid_to, no freq). Times are
 * London wall-clock time, "HH:MM:SS". Pure.
 */
import { t } from "~/lib/i18n";
import type { DirectoryException, DirectoryWeeklySession } from "./directory";
import { publicId } from "./uuid";

export type HsdsSchedule = {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  freq?: "WEEKLY";
  interval?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  attending_type?: string;
  notes?: string;
  timezone?: number;
  until?: string;
};

export const BYDAY = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** "18:00" → "18:00:00" */
export function hsdsTime(time: string): string {
  return /^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time;
}

type Link = { service_id?: string; service_at_location_id?: string };

/** The weekly sessions, one entry per distinct time, validity and title, listing its days in week order. */
export function weeklySchedules(sessions: readonly DirectoryWeeklySession[], link: Link, today: string): HsdsSchedule[] {
  const groups = new Map<string, { first: DirectoryWeeklySession; days: Set<number>; keys: string[] }>();
  const ordered = [...sessions]
    .filter((s) => s.validUntil === null || s.validUntil >= today)
    .sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.startTime.localeCompare(b.startTime) || a.key.localeCompare(b.key));
  for (const s of ordered) {
    const groupKey = [s.startTime, s.endTime, s.validFrom ?? "", s.validUntil ?? "", s.label ?? ""].join("|");
    const group = groups.get(groupKey) ?? { first: s, days: new Set<number>(), keys: [] };
    group.days.add(s.dayOfWeek);
    group.keys.push(s.key);
    groups.set(groupKey, group);
  }
  return [...groups.values()].map(({ first, days, keys }) => {
    const entry: HsdsSchedule = {
      // The first session's row stands for the group: adding a day to a group keeps its id.
      id: publicId("schedule:weekly", [...keys].sort()[0]!),
      ...link,
      freq: "WEEKLY",
      interval: 1,
      byday: [...days].sort((a, b) => a - b).map((d) => BYDAY[d]).join(","),
      opens_at: hsdsTime(first.startTime),
      closes_at: hsdsTime(first.endTime),
      attending_type: "in-person",
    };
    if (first.validFrom) {
      entry.valid_from = first.validFrom;
      entry.dtstart = first.validFrom;
    }
    if (first.validUntil) {
      entry.valid_to = first.validUntil;
      entry.until = first.validUntil;
    }
    const description = first.label
      ? t("oruk.schedule.weeklyTitled", { title: first.label })
      : first.endTime <= first.startTime
        ? t("oruk.schedule.weeklyOvernight")
        : undefined;
    if (description) entry.description = description;
    return entry;
  });
}

const EXCEPTION_WORDS = {
  closed: "oruk.schedule.closed",
  hours: "oruk.schedule.hours",
  extra: "oruk.schedule.extra",
  "bank-holiday-open": "oruk.schedule.bankHolidayOpen",
  "bank-holiday-closed": "oruk.schedule.bankHolidayClosed",
} as const;

/** Whether an exception means the place is shut for its dates (no hours given). */
export function isClosure(kind: string): boolean {
  return kind === "closed" || kind === "bank-holiday-closed" || !(kind in EXCEPTION_WORDS);
}

/** The dated exceptions that have not ended by `today`, in date order, as dated schedule entries. */
export function exceptionSchedules(exceptions: readonly DirectoryException[], link: Link, today: string): HsdsSchedule[] {
  return [...exceptions]
    .filter((e) => e.endDate >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || (a.startTime ?? "").localeCompare(b.startTime ?? "") || a.key.localeCompare(b.key))
    .map((e) => {
      const key = (e.kind in EXCEPTION_WORDS ? e.kind : "closed") as keyof typeof EXCEPTION_WORDS;
      const entry: HsdsSchedule = {
        id: publicId("schedule:exception", e.key),
        ...link,
        valid_from: e.startDate,
        valid_to: e.endDate,
        dtstart: e.startDate,
        description: t(EXCEPTION_WORDS[key], { from: e.startDate, to: e.endDate }),
      };
      if (!isClosure(e.kind) && e.startTime && e.endTime) {
        entry.opens_at = hsdsTime(e.startTime);
        entry.closes_at = hsdsTime(e.endTime);
        entry.attending_type = "in-person";
      }
      if (e.reason.trim() !== "") entry.notes = e.reason.trim();
      return entry;
    });
}
