/**
 * Partner services, write side: the group's public profile and services at /organisation (every write
 * names the organisation in its `where`, so a member can never change another group's records), "still
 * correct", and hiding by admins and grant officers. Every write is audited and drops cached public pages.
 * Callers authorise first ("organisation.act" for the organisation, "partners.hide"); results are codes.
 * Saving a service is in service-save.server.ts.
 */
import type { Prisma } from "@prisma/client";
import { recordAudit } from "~/modules/audit/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";

export type PartnerWriteResult =
  | { ok: true; id: string }
  | { ok: false; error: "not-found" }
  | { ok: false; error: "invalid"; field: string; code: string };

export const MANAGED_SERVICE_INCLUDE = {
  tags: { include: { tag: { select: { id: true, kind: true, label: true } } } },
  locations: {
    orderBy: { sortOrder: "asc" },
    include: { sessions: { orderBy: { dayOfWeek: "asc" } } },
  },
  areas: true,
} as const satisfies Prisma.PartnerServiceInclude;

/** The organisation's services (hidden ones too), for its members. */
export async function managedServices(organisationId: string) {
  return prisma.partnerService.findMany({
    where: { organisationId },
    include: MANAGED_SERVICE_INCLUDE,
    orderBy: { name: "asc" },
  });
}

/** One service of the organisation, or null (another group's service is null too). */
export async function managedService(
  organisationId: string,
  serviceId: string
) {
  return prisma.partnerService.findFirst({
    where: { id: serviceId, organisationId },
    include: MANAGED_SERVICE_INCLUDE,
  });
}
export type ManagedService = NonNullable<
  Awaited<ReturnType<typeof managedService>>
>;

/** "Still correct" for a service of the organisation. */
export async function confirmService(
  actorId: string,
  organisationId: string,
  serviceId: string
): Promise<PartnerWriteResult> {
  return prisma.$transaction(async (tx): Promise<PartnerWriteResult> => {
    const { count } = await tx.partnerService.updateMany({
      where: { id: serviceId, organisationId },
      data: { checkedAt: now(), staleReminderSentAt: null },
    });
    if (count === 0) return { ok: false, error: "not-found" };
    await recordAudit(tx, {
      actorId,
      action: "partner.service.confirmed",
      entityType: "partner-service",
      entityId: serviceId,
    });
    return { ok: true, id: serviceId };
  });
}
