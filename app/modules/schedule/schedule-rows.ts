import type { Schedule } from "./opening-hours";

/**
 * A café's stored schedule rows (WeeklySession and ScheduleException, as Prisma returns them) as the
 * opening-hours module's Schedule. Each session or exception tied to an offer is labelled with the
 * offer's title: from an included `offer` relation, or looked up by `offerId` with `titleOf`.
 */
type OfferLink = { offerId?: string | null; offer?: { title: string } | null };

export type SessionRow = OfferLink & {
  id?: string;
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  validFrom: string | null;
  validUntil: string | null;
};

export type ExceptionRow = OfferLink & {
  id?: string;
  kind: string;
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
};

export type ScheduleRows = { sessions: readonly SessionRow[]; exceptions: readonly ExceptionRow[] };

export function scheduleFromRows(rows: ScheduleRows, titleOf: (offerId: string) => string | null | undefined = () => null): Schedule {
  const label = (row: OfferLink) => row.offer?.title ?? (row.offerId ? (titleOf(row.offerId) ?? null) : null);
  return {
    sessions: rows.sessions.map((s) => ({
      id: s.id,
      dayOfWeek: s.dayOfWeek,
      startTime: s.startTime,
      endTime: s.endTime,
      validFrom: s.validFrom,
      validUntil: s.validUntil,
      label: label(s),
    })),
    exceptions: rows.exceptions.map((e) => ({
      id: e.id,
      kind: e.kind,
      startDate: e.startDate,
      endDate: e.endDate,
      startTime: e.startTime,
      endTime: e.endTime,
      reason: e.reason || null,
      label: label(e),
    })),
  };
}
