/**
 * Hiding a partner service or a whole organisation from the public pages and the API, with a reason kept
 * in the audit trail: admins and grant officers (the caller checks "partners.hide").
 */
import type { PartnerWriteResult } from "./manage.server";
import { recordAudit } from "~/modules/audit/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";

/**
 * Hides (reason given) or shows again (reason null) a service or an organisation. Only a change of state
 * is written (a conditional update), so two officers hiding at once make one audit entry.
 */
export async function setHidden(
  actorId: string,
  target: { kind: "service" | "organisation"; id: string },
  reason: string | null
): Promise<PartnerWriteResult> {
  const result = await prisma.$transaction(
    async (tx): Promise<PartnerWriteResult> => {
      const data = reason
        ? { hiddenAt: now(), hiddenReason: reason, hiddenById: actorId }
        : { hiddenAt: null, hiddenReason: null, hiddenById: null };
      const where = { id: target.id, hiddenAt: reason ? null : { not: null } };
      const { count } =
        target.kind === "service"
          ? await tx.partnerService.updateMany({ where, data })
          : await tx.organisation.updateMany({ where, data });
      if (count === 0) {
        const exists =
          target.kind === "service"
            ? await tx.partnerService.findUnique({
                where: { id: target.id },
                select: { id: true },
              })
            : await tx.organisation.findUnique({
                where: { id: target.id },
                select: { id: true },
              });
        return exists
          ? { ok: true, id: target.id }
          : { ok: false, error: "not-found" };
      }
      await recordAudit(tx, {
        actorId,
        action: reason ? "partner.hidden" : "partner.shown",
        entityType:
          target.kind === "service" ? "partner-service" : "organisation",
        entityId: target.id,
        after: reason ? { reason } : null,
      });
      return { ok: true, id: target.id };
    }
  );
  if (result.ok) invalidatePublicData();
  return result;
}

/** Every organisation with partner services, and its services, hidden or not (for /manage/partners). */
export async function hiddenOverview() {
  return prisma.organisation.findMany({
    where: { partnerServices: { some: {} } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      verifiedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      partnerServices: { orderBy: { name: "asc" }, select: { id: true, name: true, hiddenAt: true, hiddenReason: true } },
    },
  });
}
