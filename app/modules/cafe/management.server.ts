import type { Prisma } from "@prisma/client";
import { bankHolidaysBetween } from "~/lib/bank-holidays";
import { addDays, isValidDate, startOfWeek } from "~/lib/london-time";
import { auditHistory, type AuditEntry } from "~/modules/audit/index.server";
import { listFootprints, suggestFootprint } from "~/modules/footprint/index.server";
import { can, type Actor } from "~/modules/identity";
import { scheduleFromRows, weekPlan, type ScheduleRows, type WeekPlan } from "~/modules/schedule";
import { now, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { publicStatus, type PublicStatus } from "./cafe-status";
import { heldForEveryCafe } from "./write-frame.server";

/**
 * The reads of the management pages (/manage and /admin/cafes): the cafés someone looks after, one café
 * with everything its pages show, its managers, its history, and the choices its forms offer.
 */

const scheduleInclude = {
  sessions: { orderBy: [{ dayOfWeek: "asc" }, { startTime: "asc" }], include: { offer: { select: { id: true, title: true } } } },
  exceptions: { orderBy: [{ startDate: "asc" }, { startTime: "asc" }], include: { offer: { select: { id: true, title: true } } } },
} satisfies Prisma.CafeInclude;

/**
 * The cafés a user looks after at /manage: a manager's own cafés; every café for admins and
 * commissioners. With each café's sessions and current exceptions, to show whether it is open now.
 */

/** What every list of cafés on the management and admin pages shows of each. */
export const CAFE_LIST_SELECT = { id: true, slug: true, name: true, status: true, town: true } as const satisfies Prisma.CafeSelect;

export async function listManagedCafes(actor: Actor) {
  if (!can(actor, "cafes.list")) return [];
  const everyCafe = heldForEveryCafe(actor, "cafe.view");
  return prisma.cafe.findMany({
    where: everyCafe ? {} : { roles: { some: { role: "cafe-manager", userId: actor.id } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      ...CAFE_LIST_SELECT,
      hoursVerifiedAt: true,
      sessions: true,
      exceptions: { where: { endDate: { gte: addDays(todayInLondon(), -2) } } },
    },
  });
}

/** Everything the management pages of one café show, or null. */
export async function getManagedCafe(cafeId: string) {
  return prisma.cafe.findUnique({
    where: { id: cafeId },
    include: {
      organisation: { select: { id: true, name: true } },
      footprint: { select: { id: true, name: true } },
      tags: { include: { tag: true } },
      offers: {
        orderBy: [{ title: "asc" }, { id: "asc" }],
        include: { tags: { include: { tag: true } }, _count: { select: { sessions: true, exceptions: true } } },
      },
      ...scheduleInclude,
    },
  });
}
export type ManagedCafe = NonNullable<Awaited<ReturnType<typeof getManagedCafe>>>;

/** The few facts every management page of a café shows in its heading, or null. */
export async function getCafeHeading(cafeId: string) {
  return prisma.cafe.findUnique({
    where: { id: cafeId },
    select: { id: true, name: true, slug: true, status: true, hoursVerifiedAt: true, capPlacesDefault: true },
  });
}

export type HoursPreview = { status: PublicStatus; plan: WeekPlan; today: string };

/**
 * The café's hours as the public sees them, from schedule rows: the stored ones, or the stored ones with a
 * change applied that is not saved yet (a preview). Its status now, and the week holding `from` (this
 * week when `from` is absent or past, so a change dated ahead shows in its own week).
 */
export function hoursPreview(cafe: { status: string }, rows: ScheduleRows, from?: string | null): HoursPreview {
  const today = todayInLondon();
  const start = from && isValidDate(from) && from > today ? from : today;
  return {
    status: publicStatus({ ...rows, status: cafe.status }, now()),
    plan: weekPlan(scheduleFromRows(rows), startOfWeek(start)),
    today,
  };
}

/** People who manage a café (accepted invitations), and invitations still waiting. */
export async function cafeManagers(cafeId: string) {
  const [roles, invitations] = await Promise.all([
    prisma.roleAssignment.findMany({
      where: { cafeId, role: "cafe-manager" },
      include: { user: { select: { id: true, name: true, email: true, disabledAt: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    prisma.invitation.findMany({
      where: { cafeId, role: "cafe-manager", acceptedAt: null, expiresAt: { gt: now() } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, email: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return {
    managers: roles.map((r) => ({ id: r.user.id, name: r.user.name, email: r.user.email, disabled: r.user.disabledAt !== null })),
    invitations,
  };
}

/** The café's change history, newest first. */
export async function cafeHistory(cafeId: string, take = 200): Promise<AuditEntry[]> {
  return auditHistory("cafe", cafeId, take);
}

/** The footprints active today, for admins and commissioners to choose from. */
export async function footprintChoices(): Promise<{ id: string; name: string }[]> {
  const footprints = await listFootprints({ activeOn: todayInLondon() });
  return footprints.map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The footprint the venue's location suggests, if any. */
export async function suggestedFootprintFor(lat: number, lng: number): Promise<{ id: string; name: string } | null> {
  const suggestion = await suggestFootprint(lat, lng, todayInLondon());
  return suggestion ? { id: suggestion.id, name: suggestion.name } : null;
}

/** Upcoming bank holidays (the next 12 months) and the café's answer for each. */
export async function upcomingBankHolidays(cafeId: string) {
  const today = todayInLondon();
  const until = addDays(today, 366);
  const holidays = bankHolidaysBetween(today, until);
  const answers = await prisma.scheduleException.findMany({
    where: {
      cafeId,
      kind: { in: ["bank-holiday-open", "bank-holiday-closed"] },
      startDate: { gte: today, lte: until },
    },
    select: { id: true, kind: true, startDate: true },
  });
  return holidays.map((h) => {
    const answer = answers.find((a) => a.startDate === h.date);
    return {
      date: h.date,
      name: h.name,
      answer: answer ? (answer.kind === "bank-holiday-open" ? ("open" as const) : ("closed" as const)) : null,
    };
  });
}
