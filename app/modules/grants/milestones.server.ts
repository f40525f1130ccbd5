import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { recordActivity } from "./activity.server";
import { AWARD_MESSAGES, type AwardResult } from "./award-result";

/**
 * The officer's work on an award's set-up milestones (only while the offer is accepted and the café not
 * launched): tick one done, waive it, reopen it, remove it, add one. Each change is audited and written
 * to the application's activity log (visible to the applicant), in one transaction with the change.
 */

export type MilestoneChange = "done" | "waive" | "reopen" | "remove";

/**
 * Holds the application for a set-up change: a conditional update that matches only while it is
 * "accepted", so a launch and a milestone change cannot pass each other (on PostgreSQL the update also
 * locks the row until the transaction ends).
 */
export async function holdInSetUp(tx: Tx, applicationId: string): Promise<boolean> {
  const held = await tx.grantApplication.updateMany({
    where: { id: applicationId, status: "accepted" },
    data: { updatedAt: now() },
  });
  return held.count === 1;
}

/** Thrown inside a transaction to roll back every write made so far and answer with a refusal. */
export class Refusal extends Error {
  constructor(readonly result: AwardResult) {
    super("refused");
  }
}

/** Runs `work` in a transaction; a Refusal thrown inside rolls it back and is answered as its result. */
export async function refusingTransaction(work: (tx: Tx) => Promise<AwardResult>): Promise<AwardResult> {
  try {
    return await prisma.$transaction(work);
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

const ACTIVITY: Record<MilestoneChange, string> = {
  done: "milestone-done",
  waive: "milestone-waived",
  reopen: "milestone-reopened",
  remove: "milestone-removed",
};

export async function changeMilestone(
  actor: Actor,
  applicationId: string,
  milestoneId: string,
  change: MilestoneChange,
  note: string | null
): Promise<AwardResult> {
  if (!can(actor, "grants.manage")) return { ok: false, forbidden: true };
  return refusingTransaction(async (tx): Promise<AwardResult> => {
    const milestone = await tx.grantMilestone.findFirst({
      where: { id: milestoneId, applicationId },
    });
    if (!milestone) return { ok: false, notFound: true };
    if (!(await holdInSetUp(tx, applicationId))) return { ok: false, error: AWARD_MESSAGES.wrongStage };
    const at = now();
    let count: number;
    if (change === "remove") {
      ({ count } = await tx.grantMilestone.deleteMany({
        where: { id: milestoneId, applicationId },
      }));
    } else if (change === "reopen") {
      ({ count } = await tx.grantMilestone.updateMany({
        where: {
          id: milestoneId,
          applicationId,
          status: { in: ["done", "waived"] },
        },
        data: { status: "pending", doneAt: null, doneById: null, note },
      }));
    } else {
      ({ count } = await tx.grantMilestone.updateMany({
        where: { id: milestoneId, applicationId, status: "pending" },
        data: {
          status: change === "done" ? "done" : "waived",
          doneAt: at,
          doneById: actor.id,
          note,
        },
      }));
    }
    // Undo the hold on the application too: a refused change leaves nothing changed.
    if (count !== 1) throw new Refusal({ ok: false, error: AWARD_MESSAGES.milestoneChanged });
    await recordActivity(tx, {
      applicationId,
      actorId: actor.id,
      action: ACTIVITY[change],
      note: [milestone.title, note].filter(Boolean).join(" — "),
      visibleToApplicant: true,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `grant.${ACTIVITY[change]}`,
      entityType: "grant-application",
      entityId: applicationId,
      before: {
        milestone: milestone.id,
        title: milestone.title,
        status: milestone.status,
      },
      after:
        change === "remove"
          ? null
          : {
              milestone: milestone.id,
              status: change === "reopen" ? "pending" : change === "done" ? "done" : "waived",
              note,
            },
    });
    return { ok: true, id: milestoneId };
  });
}

export async function addMilestone(actor: Actor, applicationId: string, input: { title: string; dueOn: string | null }): Promise<AwardResult> {
  if (!can(actor, "grants.manage")) return { ok: false, forbidden: true };
  return prisma.$transaction(async (tx): Promise<AwardResult> => {
    const exists = await tx.grantApplication.findUnique({
      where: { id: applicationId },
      select: { id: true },
    });
    if (!exists) return { ok: false, notFound: true };
    if (!(await holdInSetUp(tx, applicationId))) return { ok: false, error: AWARD_MESSAGES.wrongStage };
    const last = await tx.grantMilestone.aggregate({
      where: { applicationId },
      _max: { sortOrder: true },
    });
    const milestone = await tx.grantMilestone.create({
      data: {
        applicationId,
        title: input.title,
        dueOn: input.dueOn,
        sortOrder: (last._max.sortOrder ?? 0) + 10,
      },
    });
    await recordActivity(tx, {
      applicationId,
      actorId: actor.id,
      action: "milestone-added",
      note: input.title,
      visibleToApplicant: true,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "grant.milestone-added",
      entityType: "grant-application",
      entityId: applicationId,
      after: {
        milestone: milestone.id,
        title: input.title,
        dueOn: input.dueOn,
      },
    });
    return { ok: true, id: milestone.id };
  });
}
