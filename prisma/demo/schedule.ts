import { fromLondon, londonTime } from "../../app/lib/london-time";
import { openingState, type ScheduleExceptionRule, type WeeklySessionRule } from "../../app/modules/schedule/opening-hours";

/**
 * A café's state at a London date and time, for documenting the demo data (which cafés are open at
 * the browser tests' pinned instant). It is the app's own opening-hours module, read in wall-clock terms.
 */
export type ScheduleLike = {
  sessions: readonly WeeklySessionRule[];
  exceptions: readonly (Omit<ScheduleExceptionRule, "kind"> & { kind: string })[];
};

export type StateAt = { open: true; until: string } | { open: false; next: { date: string; time: string } | null };

/** Is the café certainly open at a London date and time, and if not, when does it next open (within a week)? */
export function stateAt(schedule: ScheduleLike, date: string, time: string): StateAt {
  const at = fromLondon(date, time);
  const state = openingState(
    { sessions: [...schedule.sessions], exceptions: schedule.exceptions.map((e) => ({ ...e, kind: e.kind as ScheduleExceptionRule["kind"] })) },
    at,
    { horizonDays: 8 },
  );
  if (state.status === "open") return { open: true, until: londonTime(state.until) };
  const next = state.next && state.next.start.getTime() - at.getTime() <= 8 * 86_400_000 ? state.next : null;
  return { open: false, next: next ? { date: next.date, time: next.startTime } : null };
}
