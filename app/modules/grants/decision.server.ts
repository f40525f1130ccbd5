import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { recordActivity } from "./activity.server";
import { decisionEmail } from "./decision";
import { applicantEmails } from "./notify.server";
import { FORBIDDEN, NOT_FOUND, problem, type PanelRefusal } from "./results";
import { awardAmountProblem } from "./scoring";
import { nextStatus, type ApplicationStatus } from "./workflow";

/**
 * The officer's decision on an application at panel: award (an amount at most the request and the round's
 * maximum, with conditions) or decline (feedback required). One transaction moves the status with a
 * conditional update (only from "at-panel", so two officers cannot both decide), raises the round's
 * `awardedPence` with ONE conditional update that holds only while `awardedPence + amount <= budgetPence`
 * (so two awards for the last pounds at once cannot both pass — on SQLite and on PostgreSQL alike), logs
 * the activity, audits, and writes the applicant's email to the outbox.
 */
export type DecisionResult = { ok: true } | PanelRefusal;

class Refused extends Error {
  constructor(readonly result: PanelRefusal) {
    super("refused");
  }
}

type Decided = {
  id: string;
  reference: string;
  cafeName: string;
  organisationId: string;
  status: string;
  requestedPence: number;
  roundId: string;
  round: { title: string; maxAwardPence: number };
};

async function loadForDecision(applicationId: string): Promise<Decided | null> {
  return prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      reference: true,
      cafeName: true,
      organisationId: true,
      status: true,
      requestedPence: true,
      roundId: true,
      round: { select: { title: true, maxAwardPence: true } },
    },
  });
}

/** Moves the application from "at-panel" to `to`, or throws "stale" when it is no longer there. */
async function moveFromPanel(tx: Tx, applicationId: string, to: ApplicationStatus, data: Record<string, unknown>) {
  const moved = await tx.grantApplication.updateMany({ where: { id: applicationId, status: "at-panel" }, data: { status: to, ...data } });
  if (moved.count !== 1) throw new Refused(problem("stale"));
}

async function emailApplicant(tx: Tx, application: Decided, words: { subject: string; text: string }) {
  for (const to of await applicantEmails(tx, application.organisationId)) {
    await enqueueEmail(tx, { to, subject: words.subject, text: words.text, kind: "grant-decision", reference: `GrantApplication:${application.id}` });
  }
}

async function decide(work: () => Promise<void>): Promise<DecisionResult> {
  try {
    await work();
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

export async function awardApplication(
  actor: Actor,
  applicationId: string,
  input: { amountPence: number; conditions: string },
): Promise<DecisionResult> {
  if (!can(actor, "grants.manage")) return FORBIDDEN;
  const application = await loadForDecision(applicationId);
  if (!application) return NOT_FOUND;
  const to = nextStatus(application.status as ApplicationStatus, "award", "officer");
  if (!to) return problem("stale");
  const amountProblem = awardAmountProblem(input.amountPence, { requestedPence: application.requestedPence, maxAwardPence: application.round.maxAwardPence });
  if (amountProblem) return problem(amountProblem);
  const at = now();
  const conditions = input.conditions.trim() || null;
  return decide(() =>
    prisma.$transaction(async (tx) => {
      await moveFromPanel(tx, applicationId, to, { awardedPence: input.amountPence, conditions, decidedAt: at });
      // The budget guard: one conditional update, never a read then a write.
      const raised = await tx.$executeRaw`UPDATE "GrantRound" SET "awardedPence" = "awardedPence" + ${input.amountPence}, "updatedAt" = ${at} WHERE "id" = ${application.roundId} AND "awardedPence" + ${input.amountPence} <= "budgetPence"`;
      if (raised !== 1) throw new Refused(problem("over-budget"));
      await recordActivity(tx, { applicationId, actorId: actor.id, action: "awarded", fromStatus: "at-panel", toStatus: to, note: conditions, visibleToApplicant: true });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "grant.award",
        entityType: "GrantApplication",
        entityId: applicationId,
        before: { status: application.status },
        after: { status: to, awardedPence: input.amountPence, conditions },
      });
      await emailApplicant(
        tx,
        application,
        decisionEmail({
          outcome: "awarded",
          reference: application.reference,
          cafeName: application.cafeName,
          round: application.round.title,
          amountPence: input.amountPence,
          conditions,
          // The offer, where the applicant accepts it (grants: award)
          link: `${appUrl()}/organisation/awards/${applicationId}`,
        }),
      );
    }),
  );
}

export async function declineApplication(actor: Actor, applicationId: string, input: { feedback: string }): Promise<DecisionResult> {
  if (!can(actor, "grants.manage")) return FORBIDDEN;
  const feedback = input.feedback.trim();
  if (!feedback) return problem("feedback-required");
  const application = await loadForDecision(applicationId);
  if (!application) return NOT_FOUND;
  const to = nextStatus(application.status as ApplicationStatus, "decline", "officer");
  if (!to) return problem("stale");
  const at = now();
  return decide(() =>
    prisma.$transaction(async (tx) => {
      await moveFromPanel(tx, applicationId, to, { feedback, decidedAt: at });
      await recordActivity(tx, { applicationId, actorId: actor.id, action: "declined", fromStatus: "at-panel", toStatus: to, note: feedback, visibleToApplicant: true });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "grant.decline",
        entityType: "GrantApplication",
        entityId: applicationId,
        before: { status: application.status },
        after: { status: to, feedback },
      });
      await emailApplicant(
        tx,
        application,
        decisionEmail({
          outcome: "declined",
          reference: application.reference,
          cafeName: application.cafeName,
          round: application.round.title,
          feedback,
          link: `${appUrl()}/organisation`,
        }),
      );
    }),
  );
}

/** What the officer's application page shows of the application itself. */
export async function officerApplication(applicationId: string) {
  const a = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      reference: true,
      cafeName: true,
      status: true,
      requestedPence: true,
      awardedPence: true,
      conditions: true,
      feedback: true,
      roundId: true,
      organisationId: true,
      round: { select: { title: true, maxAwardPence: true, budgetPence: true, awardedPence: true } },
      organisation: { select: { name: true } },
    },
  });
  return a ? { ...a, organisation: a.organisation.name } : null;
}
