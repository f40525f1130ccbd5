import { recordAudit } from "~/modules/audit/index.server";
import type { Actor } from "~/modules/identity";
import { prisma } from "~/platform/db.server";
import { recordActivity } from "./activity.server";
import { isApplicationStatus, nextStatus } from "./workflow";

/**
 * An applicant withdraws their organisation's application before a decision, with an optional reason.
 * The organisation and the state it was read in are in the update's `where`, so a member of another
 * organisation, or a decision made a moment before, changes nothing. The activity log (visible to the
 * applicant and staff) keeps the reason.
 */
export async function withdrawApplication(
  actor: Actor,
  applicationId: string,
  reason: string,
): Promise<{ ok: true } | { ok: false; reason: "not-found" | "locked" }> {
  const organisationIds = actor.roles.filter((r) => r.role === "organisation-member" && r.organisationId).map((r) => r.organisationId!);
  const app = await prisma.grantApplication.findFirst({
    where: { id: applicationId, organisationId: { in: organisationIds } },
    select: { status: true },
  });
  if (!app || !isApplicationStatus(app.status)) return { ok: false, reason: "not-found" };
  const from = app.status;
  const to = nextStatus(from, "withdraw", "applicant");
  if (!to) return { ok: false, reason: "locked" };
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.grantApplication.updateMany({
      where: { id: applicationId, organisationId: { in: organisationIds }, status: from },
      data: { status: to },
    });
    if (count !== 1) return { ok: false as const, reason: "locked" as const };
    const note = reason.trim() || null;
    await recordActivity(tx, { applicationId, actorId: actor.id, action: "withdrawn", fromStatus: from, toStatus: to, note, visibleToApplicant: true });
    await recordAudit(tx, { actorId: actor.id, action: "application.withdrawn", entityType: "GrantApplication", entityId: applicationId, before: { status: from }, after: { status: to, reason: note } });
    return { ok: true as const };
  });
}
