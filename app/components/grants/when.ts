import { londonDate, londonTime } from "~/lib/london-time";

/** An instant (a Date, or its JSON string from a loader) as a London date and time, "2026-12-07 14:05". */
export function londonWhen(at: Date | string): string {
  const instant = typeof at === "string" ? new Date(at) : at;
  return `${londonDate(instant)} ${londonTime(instant)}`;
}
