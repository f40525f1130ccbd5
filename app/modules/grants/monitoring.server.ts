import { londonDate } from "~/lib/london-time";
import { recordAudit } from "~/modules/audit/index.server";
import { ownedIds, type Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { FIRST_HOURLY_RUN_AFTER_MS, HOURLY_MS, type BackgroundJob } from "~/platform/jobs.server";
import { recordActivity } from "./activity.server";
import { AWARD_MESSAGES, type AwardResult } from "./award-result";
import { nextPeriod, QUARTERS_PLANNED_AT_LAUNCH, reminderDue, returnOverdue, returnPeriods } from "./monitoring";
import { returnReminderEmail } from "./monitoring-email";

/**
 * Quarterly monitoring returns of launched cafés: planned at launch (a year ahead) and extended as time
 * goes on, reminded through the outbox (from 14 days before the due date, weekly once overdue), sent by
 * the organisation's members, and listed for officers when overdue.
 */

/** Plans the first year's returns of a café launched on `launchedOn`, in the launch's transaction. */
export async function planReturns(tx: Tx, applicationId: string, launchedOn: string) {
  for (const period of returnPeriods(launchedOn, QUARTERS_PLANNED_AT_LAUNCH)) {
    await tx.monitoringReturn.create({ data: { applicationId, ...period } });
  }
}

/** Adds the next quarter's return to every launched café whose planned returns end before today. Safe to repeat. */
export async function extendReturns(today: string = todayInLondon()): Promise<number> {
  const launched = await prisma.grantApplication.findMany({
    where: { status: "launched" },
    select: { id: true, returns: { orderBy: { periodEnd: "desc" }, take: 1, select: { periodEnd: true } } },
  });
  let added = 0;
  for (const application of launched) {
    let last = application.returns[0];
    while (last && last.periodEnd < today) {
      const period = nextPeriod(last);
      const exists = await prisma.monitoringReturn.findUnique({ where: { applicationId_periodStart: { applicationId: application.id, periodStart: period.periodStart } } });
      if (!exists) {
        try {
          await prisma.monitoringReturn.create({ data: { applicationId: application.id, ...period } });
          added += 1;
        } catch {
          // Another instance added it at the same moment (the unique key holds): nothing to do.
        }
      }
      last = period;
    }
  }
  return added;
}

const activeMembers = { role: "organisation-member", user: { disabledAt: null } } as const;

/**
 * Emails the organisation's members about each return that is due within 14 days (or overdue and not
 * reminded for a week). Each return is claimed by a conditional update on its reminder time before its
 * emails are written, in one transaction, so two instances never remind twice.
 */
export async function sendReturnReminders(at: Date = clockNow()): Promise<{ returns: number; emails: number }> {
  const today = londonDate(at);
  const candidates = await prisma.monitoringReturn.findMany({
    where: { submittedAt: null, periodEnd: { lte: today }, application: { status: "launched" } },
    select: { id: true, dueOn: true, periodStart: true, periodEnd: true, submittedAt: true, reminderSentAt: true, applicationId: true },
  });
  let returns = 0;
  let emails = 0;
  for (const ret of candidates) {
    if (!reminderDue({ ...ret, reminderSentOn: ret.reminderSentAt ? londonDate(ret.reminderSentAt) : null }, today)) continue;
    const sent = await prisma.$transaction(async (tx) => {
      const claimed = await tx.monitoringReturn.updateMany({ where: { id: ret.id, submittedAt: null, reminderSentAt: ret.reminderSentAt }, data: { reminderSentAt: at } });
      if (claimed.count !== 1) return 0;
      const application = await tx.grantApplication.findUniqueOrThrow({
        where: { id: ret.applicationId },
        select: { cafeName: true, organisation: { select: { roles: { where: activeMembers, select: { user: { select: { email: true } } } } } } },
      });
      const recipients = [...new Set(application.organisation.roles.map((r) => r.user.email))];
      const email = returnReminderEmail({ cafe: application.cafeName, ...ret, overdue: ret.dueOn < today, link: `${appUrl()}/organisation/awards/${ret.applicationId}/returns/${ret.id}` });
      for (const to of recipients) await enqueueEmail(tx, { to, kind: "monitoring-return-reminder", ...email });
      await recordAudit(tx, { actorId: null, action: "grant.return.reminded", entityType: "grant-application", entityId: ret.applicationId, after: { return: ret.id, reminded: recipients } });
      return recipients.length;
    });
    if (sent) {
      returns += 1;
      emails += sent;
    }
  }
  return { returns, emails };
}

/** Hourly: plan the coming quarters' returns and send the reminders due. */
export const grantsJobs: BackgroundJob[] = [
  {
    name: "monitoring returns and reminders",
    everyMs: HOURLY_MS,
    firstAfterMs: FIRST_HOURLY_RUN_AFTER_MS,
    run: async () => {
      await extendReturns();
      return sendReturnReminders();
    },
  },
];

export type OverdueReturn = { id: string; applicationId: string; reference: string; cafeName: string; organisation: string; periodStart: string; periodEnd: string; dueOn: string; reminderSentAt: Date | null };

/** Every return past its due date and not sent, oldest first (the officer's list). */
export async function listOverdueReturns(today: string = todayInLondon()): Promise<OverdueReturn[]> {
  const rows = await prisma.monitoringReturn.findMany({
    where: { submittedAt: null, dueOn: { lt: today }, application: { status: "launched" } },
    orderBy: [{ dueOn: "asc" }],
    select: {
      id: true, applicationId: true, periodStart: true, periodEnd: true, dueOn: true, reminderSentAt: true, submittedAt: true,
      application: { select: { reference: true, cafeName: true, organisation: { select: { name: true } } } },
    },
  });
  return rows
    .filter((r) => returnOverdue(r, today))
    .map((r) => ({ id: r.id, applicationId: r.applicationId, reference: r.application.reference, cafeName: r.application.cafeName, organisation: r.application.organisation.name, periodStart: r.periodStart, periodEnd: r.periodEnd, dueOn: r.dueOn, reminderSentAt: r.reminderSentAt }));
}

export type ReturnInput = { visits: number; conversations: number; capReferrals: number; wentWell: string; wasHard: string };

/** A return of one of the member's organisations' launched cafés, or null (not theirs, or no such return). */
export async function getOwnReturn(actor: Actor, applicationId: string, returnId: string) {
  const organisations = ownedIds(actor, "organisation.apply");
  return prisma.monitoringReturn.findFirst({
    where: { id: returnId, applicationId, application: { organisationId: { in: organisations } } },
    include: { application: { select: { reference: true, cafeName: true, status: true } } },
  });
}

/**
 * The applicant sends a quarter's return, once: a conditional update that matches only a return of their
 * own organisation's launched café, not yet sent, whose quarter has ended.
 */
export async function submitReturn(actor: Actor, applicationId: string, returnId: string, input: ReturnInput): Promise<AwardResult> {
  const organisations = ownedIds(actor, "organisation.apply");
  const today = todayInLondon();
  return prisma.$transaction(async (tx): Promise<AwardResult> => {
    const ret = await tx.monitoringReturn.findFirst({ where: { id: returnId, applicationId, application: { organisationId: { in: organisations } } }, select: { id: true } });
    if (!ret) return { ok: false, notFound: true };
    const at = clockNow();
    const { count } = await tx.monitoringReturn.updateMany({
      where: { id: returnId, applicationId, submittedAt: null, periodEnd: { lte: today }, application: { status: "launched", organisationId: { in: organisations } } },
      data: { ...input, submittedAt: at, submittedById: actor.id },
    });
    if (count !== 1) return { ok: false, error: AWARD_MESSAGES.returnClosed };
    await recordActivity(tx, { applicationId, actorId: actor.id, action: "return-submitted", note: null, visibleToApplicant: true });
    await recordAudit(tx, { actorId: actor.id, action: "grant.return.submitted", entityType: "grant-application", entityId: applicationId, after: { return: returnId, ...input } });
    return { ok: true, id: returnId };
  });
}
