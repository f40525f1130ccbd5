import { fromLondon, isValidDate, londonDate, londonTime, parseTime } from "~/lib/london-time";

/**
 * Grant rounds, pure rules: their statuses and the steps between them, what a round needs before it
 * opens, and the closing minute. Times are instants; officers type them as a date and a time in
 * Europe/London, and a round closes at the start of its closing minute (closing "12:00" refuses a
 * submission at 12:00:00 London time, whether that is 11:00 or 12:00 UTC that day).
 */

export const ROUND_STATUSES = ["draft", "open", "closed", "decided", "archived"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_KINDS = ["neighbourhood", "university"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export function isRoundStatus(value: unknown): value is RoundStatus {
  return typeof value === "string" && (ROUND_STATUSES as readonly string[]).includes(value);
}
export function isRoundKind(value: unknown): value is RoundKind {
  return typeof value === "string" && (ROUND_KINDS as readonly string[]).includes(value);
}

/** The status changes an officer may make, from → to (a closed round may open again, e.g. to extend it). */
export const ROUND_STEPS: Record<RoundStatus, readonly RoundStatus[]> = {
  draft: ["open"],
  open: ["closed"],
  closed: ["open", "decided"],
  decided: ["archived"],
  archived: [],
};

export function mayMoveRound(from: RoundStatus, to: RoundStatus): boolean {
  return ROUND_STEPS[from].includes(to);
}

export type RoundReadiness = {
  budgetPence: number;
  maxAwardPence: number;
  criteria: number;
  areas: number;
  opensAt: Date | null;
  closesAt: Date | null;
};

/** Why a round cannot open yet (empty: it can): it needs criteria, a budget, a maximum award, areas and its dates. */
export function openingProblems(round: RoundReadiness): ("criteria" | "budget" | "maxAward" | "areas" | "dates")[] {
  const problems: ("criteria" | "budget" | "maxAward" | "areas" | "dates")[] = [];
  if (round.criteria === 0) problems.push("criteria");
  if (round.budgetPence <= 0) problems.push("budget");
  if (round.maxAwardPence <= 0 || round.maxAwardPence > round.budgetPence) problems.push("maxAward");
  if (round.areas === 0) problems.push("areas");
  if (!round.opensAt || !round.closesAt || round.closesAt <= round.opensAt) problems.push("dates");
  return problems;
}

/**
 * Whether a round takes first submissions at `at`: open, after its opening and before its closing minute.
 * (A resubmission an officer asked for is not a first submission: it is not bound by the closing time.)
 */
export function acceptsSubmissions(round: { status: string; opensAt: Date | null; closesAt: Date | null }, at: Date): boolean {
  if (round.status !== "open" || !round.closesAt) return false;
  if (round.opensAt && at.getTime() < round.opensAt.getTime()) return false;
  return at.getTime() < round.closesAt.getTime();
}

/** Whether organisations may start an application in the round at `at` (the same window). */
export const acceptsNewApplications = acceptsSubmissions;

/** A date and time typed in Europe/London → the instant; null when either cannot be read. */
export function londonInstant(date: string, time: string): Date | null {
  if (!isValidDate(date.trim())) return null;
  const minutes = parseTime(time.trim());
  if (minutes === null) return null;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return fromLondon(date.trim(), `${hh}:${mm}`);
}

/** An instant as the date and time a form shows in Europe/London. */
export function londonParts(instant: Date | null): { date: string; time: string } {
  return instant ? { date: londonDate(instant), time: londonTime(instant) } : { date: "", time: "" };
}

export type RoundDateFields = { opensDate: string; opensTime: string; closesDate: string; closesTime: string };
export type RoundDateProblem = "date" | "time" | "dateMissing";

/**
 * Every problem with a round's typed dates and times at once, by field: a date that is not a real one, a
 * time that is not on the 24-hour clock, or a time given without its date. Empty fields are allowed
 * (a draft round may have no dates yet; a round needs them to open).
 */
export function roundDateProblems(fields: RoundDateFields): Partial<Record<keyof RoundDateFields, RoundDateProblem>> {
  const problems: Partial<Record<keyof RoundDateFields, RoundDateProblem>> = {};
  for (const side of ["opens", "closes"] as const) {
    const date = fields[`${side}Date`].trim();
    const time = fields[`${side}Time`].trim();
    if (date && !isValidDate(date)) problems[`${side}Date`] = "date";
    if (time && parseTime(time) === null) problems[`${side}Time`] = "time";
    if (!date && time) problems[`${side}Date`] = "dateMissing";
  }
  return problems;
}
