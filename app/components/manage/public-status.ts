/**
 * The public status of a café as the finder shows it, for the management pages: the café's own status
 * (paused, closed…) first, then whether it is open now from its schedule.
 */
import { openingState, type Schedule } from "~/domain/opening-hours";
import { openingStateBadge, openingStateNotes, openingStateText } from "~/domain/opening-text";
import { t } from "~/i18n";
import { statusLabel } from "./schedule-text";

type SessionRow = {
  id?: string;
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  validFrom: string | null;
  validUntil: string | null;
  offer?: { title: string } | null;
};
type ExceptionRow = {
  id?: string;
  kind: string;
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
  offer?: { title: string } | null;
};

/** A café's rows as the opening-hours module's Schedule, with each offer's title as the session's label. */
export function scheduleOf(rows: { sessions: SessionRow[]; exceptions: ExceptionRow[] }): Schedule {
  return {
    sessions: rows.sessions.map((s) => ({
      id: s.id,
      dayOfWeek: s.dayOfWeek,
      startTime: s.startTime,
      endTime: s.endTime,
      validFrom: s.validFrom,
      validUntil: s.validUntil,
      label: s.offer?.title ?? null,
    })),
    exceptions: rows.exceptions.map((e) => ({
      id: e.id,
      kind: e.kind,
      startDate: e.startDate,
      endDate: e.endDate,
      startTime: e.startTime,
      endTime: e.endTime,
      reason: e.reason || null,
      label: e.offer?.title ?? null,
    })),
  };
}

export type PublicStatus = { label: string; tone: "open" | "closed" | "check" | "inactive"; text: string; notes: string[] };

export function publicStatus(
  cafe: { status: string; sessions: SessionRow[]; exceptions: ExceptionRow[] },
  now: Date,
): PublicStatus {
  if (cafe.status !== "open") {
    return { label: statusLabel(cafe.status), tone: "inactive", text: t(`manage.publicStatus.${cafe.status === "paused" ? "paused" : cafe.status === "closed" ? "closed" : "notOpenYet"}`), notes: [] };
  }
  const state = openingState(scheduleOf(cafe), now);
  const badge = openingStateBadge(state);
  return { label: badge.label, tone: badge.tone, text: openingStateText(state), notes: openingStateNotes(state) };
}
