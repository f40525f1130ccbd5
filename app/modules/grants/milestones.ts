/**
 * Set-up milestones between the accepted offer and the café's launch: the defaults every award starts
 * with (the officer adds, removes and waives), their due dates, and the launch rule. Pure.
 */
import { addDays, isValidDate } from "~/lib/london-time";

/** The default milestones, in order, each due this many days after the offer is accepted. */
export const DEFAULT_MILESTONES = [
  { key: "agreement-signed", dueAfterDays: 14 },
  { key: "venue-confirmed", dueAfterDays: 28 },
  { key: "safeguarding-lead", dueAfterDays: 28 },
  { key: "staff-recruited", dueAfterDays: 56 },
  { key: "staff-trained", dueAfterDays: 70 },
  { key: "cap-briefed", dueAfterDays: 77 },
  { key: "sessions-published", dueAfterDays: 84 },
] as const;
export type DefaultMilestoneKey = (typeof DEFAULT_MILESTONES)[number]["key"];

/**
 * A default milestone's title is stored as this prefix and its key, so that every page words it from the
 * catalogue (an officer's own milestones keep the words they typed).
 */
export const DEFAULT_TITLE_PREFIX = "default:";

export function defaultMilestoneKey(title: string): DefaultMilestoneKey | null {
  if (!title.startsWith(DEFAULT_TITLE_PREFIX)) return null;
  const key = title.slice(DEFAULT_TITLE_PREFIX.length);
  return DEFAULT_MILESTONES.some((m) => m.key === key) ? (key as DefaultMilestoneKey) : null;
}

export const MILESTONE_STATUSES = ["pending", "done", "waived"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type NewMilestone = { title: string; dueOn: string; sortOrder: number };

/** The default milestones of an offer accepted on `acceptedOn` ("YYYY-MM-DD", London). */
export function defaultMilestones(acceptedOn: string): NewMilestone[] {
  return DEFAULT_MILESTONES.map((m, i) => ({ title: DEFAULT_TITLE_PREFIX + m.key, dueOn: addDays(acceptedOn, m.dueAfterDays), sortOrder: (i + 1) * 10 }));
}

/** The expected launch: the planned start date when it is a real date after acceptance, else when the last default milestone is due. */
export function expectedLaunchDate(acceptedOn: string, plannedStart: string | null | undefined): string {
  const last = addDays(acceptedOn, DEFAULT_MILESTONES[DEFAULT_MILESTONES.length - 1]!.dueAfterDays);
  return plannedStart && isValidDate(plannedStart) && plannedStart > acceptedOn ? plannedStart : last;
}

/** A café may launch when every milestone is done or waived (none pending). */
export function mayLaunch(milestones: readonly { status: string }[]): boolean {
  return milestones.every((m) => m.status === "done" || m.status === "waived");
}

/** A pending milestone whose due date has passed. */
export function milestoneOverdue(milestone: { status: string; dueOn: string | null }, today: string): boolean {
  return milestone.status === "pending" && !!milestone.dueOn && milestone.dueOn < today;
}
