import { daysSinceVerified, listingFreshness, reminderRepeatThreshold, reminderThreshold } from "~/modules/schedule";
import { hoursReminderEmail } from "./reminder-email";
import { CAFE_LIST_SELECT } from "./management.server";
import { recordAudit } from "~/modules/audit/index.server";
import { now as clockNow } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { appUrl } from "~/platform/env.server";

/**
 * Listings whose hours nobody has confirmed for a while. After 60 days the café's managers get a
 * reminder email (through the outbox, at most once a week per café); after 90 days the public page warns
 * people to call before travelling; admins and commissioners see the list at /manage/stale.
 * Cafés that are closed or only planned are left out: nobody travels to them.
 */
const LISTED_STATUSES = ["setting-up", "open", "paused"];

function overdueWhere(now: Date) {
  return {
    status: { in: LISTED_STATUSES },
    OR: [{ hoursVerifiedAt: null }, { hoursVerifiedAt: { lte: reminderThreshold(now) } }],
  };
}

/** The café's managers whose accounts are in use. */
const activeManagers = {
  where: { role: "cafe-manager", user: { disabledAt: null } },
  select: { user: { select: { name: true, email: true } } },
} as const;

/**
 * Overdue, not reminded in the last week, and with someone to remind: a café without an active manager
 * is never marked as reminded (its "Last reminder" stays empty on /manage/stale, which says it has no
 * managers), so it is reminded as soon as a manager joins.
 */
function reminderDueWhere(now: Date) {
  const repeatBefore = reminderRepeatThreshold(now);
  return {
    ...overdueWhere(now),
    roles: { some: activeManagers.where },
    AND: [{ OR: [{ staleReminderSentAt: null }, { staleReminderSentAt: { lte: repeatBefore } }] }],
  };
}

export type StaleListing = {
  id: string;
  name: string;
  slug: string;
  status: string;
  town: string;
  hoursVerifiedAt: Date | null;
  daysSinceChecked: number | null;
  stale: boolean;
  staleReminderSentAt: Date | null;
  managers: { name: string; email: string }[];
};

/** Cafés whose hours were not confirmed for 60 days or more, longest first. */
export async function listStaleListings(now: Date): Promise<StaleListing[]> {
  const rows = await prisma.cafe.findMany({
    where: overdueWhere(now),
    orderBy: [{ hoursVerifiedAt: "asc" }, { name: "asc" }],
    select: {
      ...CAFE_LIST_SELECT,
      hoursVerifiedAt: true,
      staleReminderSentAt: true,
      roles: activeManagers,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    status: r.status,
    town: r.town,
    hoursVerifiedAt: r.hoursVerifiedAt,
    daysSinceChecked: daysSinceVerified(r.hoursVerifiedAt, now),
    stale: listingFreshness(r.hoursVerifiedAt, now) === "stale",
    staleReminderSentAt: r.staleReminderSentAt,
    managers: r.roles.map((role) => role.user),
  }));
}

/**
 * Emails the managers of every café whose hours were not confirmed for 60 days, unless a reminder went
 * out for that café in the last week (cafés without an active manager are left for later). Safe to run
 * on every app instance at once: each café is claimed with a conditional update before its emails are
 * written, in the same transaction. Returns how many cafés were reminded. Run by
 * app/platform/jobs.server.ts a minute after the server starts, then hourly.
 */
export async function sendStaleListingReminders(now: Date = clockNow()): Promise<{ cafes: number; emails: number }> {
  const candidates = await prisma.cafe.findMany({ where: reminderDueWhere(now), select: { id: true } });
  let cafes = 0;
  let emails = 0;
  for (const { id } of candidates) {
    const sent = await prisma.$transaction(async (tx) => {
      const claimed = await tx.cafe.updateMany({ where: { id, ...reminderDueWhere(now) }, data: { staleReminderSentAt: now } });
      if (claimed.count === 0) return null;
      const cafe = await tx.cafe.findUniqueOrThrow({
        where: { id },
        select: { name: true, hoursVerifiedAt: true, roles: activeManagers },
      });
      const email = hoursReminderEmail(cafe.name, daysSinceVerified(cafe.hoursVerifiedAt, now), `${appUrl()}/manage/cafes/${id}`);
      const recipients = [...new Set(cafe.roles.map((r) => r.user.email))];
      for (const to of recipients) await enqueueEmail(tx, { to, kind: "hours-reminder", ...email });
      await recordAudit(tx, {
        actorId: null,
        action: "cafe.reminder.sent",
        entityType: "cafe",
        entityId: id,
        after: { reminded: recipients },
      });
      return recipients.length;
    });
    if (sent !== null) {
      cafes += 1;
      emails += sent;
    }
  }
  return { cafes, emails };
}
