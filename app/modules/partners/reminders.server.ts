/**
 * Stale reminders for partner services, on the cafés' rule (`listingFreshness` of ~/modules/cafe): a
 * service nobody has saved or confirmed "still correct" for REMINDER_AFTER_DAYS (60) gets its
 * organisation's members an email through the outbox, at most once every REMINDER_INTERVAL_DAYS (a week)
 * per service, however often the job runs (it runs on one instance at a time, ~/platform/jobs.server). Each service is claimed with a conditional update in the same transaction as its emails, so
 * several app instances running the job at once send one reminder.
 */
import { serviceReminderEmail } from "./reminder-email";
import { daysSinceVerified, reminderRepeatThreshold, reminderThreshold } from "~/modules/schedule";
import { recordAudit } from "~/modules/audit/index.server";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { now as clockNow } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import {
  FIRST_HOURLY_RUN_AFTER_MS,
  HOURLY_MS,
  type BackgroundJob,
} from "~/platform/jobs.server";

const activeMembers = {
  where: { role: "organisation-member", user: { disabledAt: null } },
  select: { user: { select: { email: true } } },
} as const;

function dueWhere(now: Date) {
  const staleBefore = reminderThreshold(now);
  const repeatBefore = reminderRepeatThreshold(now);
  return {
    hiddenAt: null,
    organisation: { hiddenAt: null, roles: { some: activeMembers.where } },
    AND: [
      { OR: [{ checkedAt: null }, { checkedAt: { lte: staleBefore } }] },
      {
        OR: [
          { staleReminderSentAt: null },
          { staleReminderSentAt: { lte: repeatBefore } },
        ],
      },
    ],
  };
}

/** Sends the reminders due now; returns how many services were reminded and emails written. */
export async function sendPartnerReminders(
  now: Date = clockNow()
): Promise<{ services: number; emails: number }> {
  const candidates = await prisma.partnerService.findMany({
    where: dueWhere(now),
    select: { id: true },
  });
  let services = 0;
  let emails = 0;
  for (const { id } of candidates) {
    const sent = await prisma.$transaction(async (tx) => {
      const claimed = await tx.partnerService.updateMany({
        where: { id, ...dueWhere(now) },
        data: { staleReminderSentAt: now },
      });
      if (claimed.count === 0) return null;
      const service = await tx.partnerService.findUniqueOrThrow({
        where: { id },
        select: {
          name: true,
          checkedAt: true,
          organisation: { select: { roles: activeMembers } },
        },
      });
      const days = daysSinceVerified(service.checkedAt, now);
      const email = serviceReminderEmail(
        service.name,
        days,
        `${appUrl()}/organisation/services/${id}`
      );
      const recipients = [
        ...new Set(service.organisation.roles.map((r) => r.user.email)),
      ];
      for (const to of recipients)
        await enqueueEmail(tx, { to, kind: "partner-reminder", ...email });
      await recordAudit(tx, {
        actorId: null,
        action: "partner.reminder.sent",
        entityType: "partner-service",
        entityId: id,
        after: { reminded: recipients },
      });
      return recipients.length;
    });
    if (sent !== null) {
      services += 1;
      emails += sent;
    }
  }
  return { services, emails };
}

/** Hourly, with the café reminders. */
export const partnerJobs: BackgroundJob[] = [
  {
    name: "partner-service reminders",
    everyMs: HOURLY_MS,
    firstAfterMs: FIRST_HOURLY_RUN_AFTER_MS,
    run: () => sendPartnerReminders(),
  },
];
