import { isValidDate, londonDate } from "~/lib/london-time";
import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { now, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { recordActivity } from "./activity.server";
import { AWARD_MESSAGES, type AwardResult } from "./award-result";
import { Refusal, refusingTransaction } from "./milestones.server";
import { planReturns } from "./monitoring.server";
import { nextStatus } from "./workflow";

/**
 * Launches the café of an accepted award (officers): only when every milestone is done or waived. In one
 * transaction: the application moves "accepted" → "launched" with the actual start date (a conditional
 * update, so a second launch or a milestone change at the same moment cannot slip past), the café's
 * listing opens in the public finder, the first year's monitoring returns are planned, and the change is
 * logged and audited. The finder's caches are dropped at once.
 */
export async function launchCafe(actor: Actor, applicationId: string, launchedOn: string): Promise<AwardResult> {
  if (!can(actor, "grants.manage")) return { ok: false, forbidden: true };
  const application = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: { id: true, cafeId: true, acceptedAt: true },
  });
  if (!application) return { ok: false, notFound: true };
  const today = todayInLondon();
  const acceptedOn = application.acceptedAt ? londonDate(application.acceptedAt) : null;
  if (!isValidDate(launchedOn) || launchedOn > today || (acceptedOn && launchedOn < acceptedOn)) {
    return { ok: false, error: AWARD_MESSAGES.launchDate, field: "launchedOn" };
  }
  const to = nextStatus("accepted", "launch", "officer")!;
  const result = await refusingTransaction(async (tx) => {
    const moved = await tx.grantApplication.updateMany({
      where: { id: applicationId, status: "accepted", cafeId: { not: null } },
      data: { status: to, launchedOn },
    });
    if (moved.count !== 1) throw new Refusal({ ok: false, error: AWARD_MESSAGES.wrongStage });
    // Read after the conditional update: a milestone added or reopened before it is seen here.
    const pending = await tx.grantMilestone.count({
      where: { applicationId, status: "pending" },
    });
    if (pending > 0) throw new Refusal({ ok: false, error: AWARD_MESSAGES.milestonesPending });
    const cafeId = application.cafeId!;
    const cafe = await tx.cafe.findUniqueOrThrow({
      where: { id: cafeId },
      select: { status: true },
    });
    const opened = await tx.cafe.updateMany({
      where: { id: cafeId, status: { in: ["planned", "setting-up"] } },
      data: { status: "open", hoursVerifiedAt: now() },
    });
    if (opened.count !== 1 && cafe.status !== "open") throw new Refusal({ ok: false, error: AWARD_MESSAGES.wrongStage });
    await planReturns(tx, applicationId, launchedOn);
    await recordActivity(tx, {
      applicationId,
      actorId: actor.id,
      action: "launched",
      fromStatus: "accepted",
      toStatus: to,
      note: launchedOn,
      visibleToApplicant: true,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "grant.launched",
      entityType: "grant-application",
      entityId: applicationId,
      before: { status: "accepted" },
      after: { status: to, launchedOn },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cafe.status.changed",
      entityType: "cafe",
      entityId: cafeId,
      before: { status: cafe.status },
      after: { status: "open" },
    });
    return { ok: true, id: applicationId };
  });
  if (result.ok) invalidatePublicData();
  return result;
}
