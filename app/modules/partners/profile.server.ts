/**
 * An organisation's public profile as its members edit it at /organisation/profile: saved with an audit
 * entry (which counts as checking it), or confirmed "still correct". The caller checks "organisation.act".
 */
import type { ProfileForm } from "./forms";
import type { PartnerWriteResult } from "./manage.server";
import { recordAudit } from "~/modules/audit/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";

const PROFILE_FIELDS = {
  description: true,
  communities: true,
  phone: true,
  email: true,
  website: true,
} as const;

/** The organisation's profile as its members edit it; null for an unknown organisation. */
export async function managedProfile(organisationId: string) {
  return prisma.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      slug: true,
      name: true,
      verifiedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      checkedAt: true,
      isDemo: true,
      ...PROFILE_FIELDS,
    },
  });
}
export type ManagedProfile = NonNullable<
  Awaited<ReturnType<typeof managedProfile>>
>;

/** Saves the public profile (and counts as checking it). */
export async function updateProfile(
  actorId: string,
  organisationId: string,
  form: ProfileForm
): Promise<PartnerWriteResult> {
  const result = await prisma.$transaction(
    async (tx): Promise<PartnerWriteResult> => {
      const before = await tx.organisation.findUnique({
        where: { id: organisationId },
        select: PROFILE_FIELDS,
      });
      if (!before) return { ok: false, error: "not-found" };
      const after = {
        description: form.description,
        communities: form.communities,
        phone: form.phone,
        email: form.email,
        website: form.website,
      };
      await tx.organisation.update({
        where: { id: organisationId },
        data: { ...after, checkedAt: now(), staleReminderSentAt: null },
      });
      await recordAudit(tx, {
        actorId,
        action: "partner.profile.updated",
        entityType: "organisation",
        entityId: organisationId,
        before,
        after,
      });
      return { ok: true, id: organisationId };
    }
  );
  if (result.ok) invalidatePublicData();
  return result;
}

/** "Still correct" for the profile: records the check without changing anything else. */
export async function confirmProfile(
  actorId: string,
  organisationId: string
): Promise<PartnerWriteResult> {
  return prisma.$transaction(async (tx): Promise<PartnerWriteResult> => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId },
      data: { checkedAt: now(), staleReminderSentAt: null },
    });
    if (count === 0) return { ok: false, error: "not-found" };
    await recordAudit(tx, {
      actorId,
      action: "partner.profile.confirmed",
      entityType: "organisation",
      entityId: organisationId,
    });
    return { ok: true, id: organisationId };
  });
}
