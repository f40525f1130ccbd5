import { slugify } from "~/lib/slug";
import { londonDate } from "~/lib/london-time";
import { recordAudit } from "~/modules/audit/index.server";
import { locatePostcode } from "~/modules/cafe/index.server";
import { ownedIds, type Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { recordActivity } from "./activity.server";
import { AWARD_MESSAGES, type AwardResult } from "./award-result";
import { defaultMilestones, expectedLaunchDate } from "./milestones";
import { cafePlanFromSections, parseSections, type CafePlan } from "./offer";
import { nextStatus } from "./workflow";

/**
 * The applicant accepts the offer and its conditions. In one transaction, guarded by a conditional update
 * (only an "awarded" application of one of the member's own organisations moves to "accepted", once):
 * - the café listing is created from the application in status "setting-up" (not public), with its
 *   weekly sessions, its culturally specific offer and its languages;
 * - every member of the organisation becomes a manager of it, so they complete it through /manage;
 * - the default set-up milestones are planned with their due dates;
 * - the acceptance is logged (visible to the applicant) and audited.
 */
export async function acceptOffer(actor: Actor, applicationId: string, agreed: boolean): Promise<AwardResult> {
  const organisations = ownedIds(actor, "organisation.apply");
  const application = await prisma.grantApplication.findFirst({
    where: { id: applicationId, organisationId: { in: organisations } },
    select: {
      id: true, status: true, cafeName: true, organisationId: true, footprintId: true, coverageSiteId: true, plannedStartDate: true,
      footprint: { select: { centroidLat: true, centroidLng: true } },
      coverageSite: { select: { lat: true, lng: true } },
      sections: { select: { key: true, data: true } },
    },
  });
  if (!application) return { ok: false, notFound: true };
  if (application.status !== "awarded") return { ok: false, error: AWARD_MESSAGES.wrongStage };
  if (!agreed) return { ok: false, error: AWARD_MESSAGES.conditionsNotAgreed, field: "agree" };

  const plan = cafePlanFromSections(parseSections(application.sections), application.cafeName || "Café");
  const located = plan.postcode ? await locatePostcode(plan.postcode) : null;
  const point = located?.ok
    ? { lat: located.venue.lat, lng: located.venue.lng, postcode: located.postcode }
    : application.footprint
      ? { lat: application.footprint.centroidLat, lng: application.footprint.centroidLng, postcode: plan.postcode }
      : application.coverageSite
        ? { lat: application.coverageSite.lat, lng: application.coverageSite.lng, postcode: plan.postcode }
        : null;
  if (!point) return { ok: false, error: AWARD_MESSAGES.venueUnknown };

  const to = nextStatus("awarded", "accept-offer", "applicant")!;
  const at = now();
  const acceptedOn = londonDate(at);
  const result = await prisma.$transaction(async (tx): Promise<AwardResult> => {
    const moved = await tx.grantApplication.updateMany({
      where: { id: applicationId, status: "awarded", organisationId: { in: organisations }, cafeId: null },
      data: { status: to, acceptedAt: at, expectedLaunchDate: expectedLaunchDate(acceptedOn, application.plannedStartDate) },
    });
    if (moved.count !== 1) return { ok: false, error: AWARD_MESSAGES.wrongStage };
    const cafeId = await createCafeListing(tx, plan, point, application);
    await tx.grantApplication.update({ where: { id: applicationId }, data: { cafeId } });
    const members = await tx.roleAssignment.findMany({
      where: { role: "organisation-member", organisationId: application.organisationId, user: { disabledAt: null } },
      select: { userId: true },
    });
    for (const userId of new Set(members.map((m) => m.userId))) {
      await tx.roleAssignment.create({ data: { userId, role: "cafe-manager", cafeId } });
    }
    for (const milestone of defaultMilestones(acceptedOn)) await tx.grantMilestone.create({ data: { applicationId, ...milestone } });
    await recordActivity(tx, { applicationId, actorId: actor.id, action: "offer-accepted", fromStatus: "awarded", toStatus: to, visibleToApplicant: true });
    await recordAudit(tx, { actorId: actor.id, action: "grant.offer-accepted", entityType: "grant-application", entityId: applicationId, before: { status: "awarded" }, after: { status: to, cafeId } });
    await recordAudit(tx, { actorId: actor.id, action: "cafe.created", entityType: "cafe", entityId: cafeId, after: { name: plan.name, status: "setting-up", fromApplication: applicationId } });
    return { ok: true, id: cafeId };
  });
  if (result.ok) invalidatePublicData();
  return result;
}

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name).slice(0, 60) || "cafe";
  let slug = base;
  for (let n = 2; await tx.cafe.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return slug;
}

async function createCafeListing(
  tx: Tx,
  plan: CafePlan,
  point: { lat: number; lng: number; postcode: string },
  application: { organisationId: string; footprintId: string | null; coverageSiteId: string | null },
): Promise<string> {
  const languageTags = plan.languageTagIds.length
    ? await tx.tag.findMany({ where: { id: { in: plan.languageTagIds }, kind: "language", retiredAt: null }, select: { id: true } })
    : [];
  const cafe = await tx.cafe.create({
    data: {
      slug: await uniqueSlug(tx, plan.name),
      name: plan.name,
      organisationId: application.organisationId,
      footprintId: application.footprintId,
      coverageSiteId: application.coverageSiteId,
      status: "setting-up",
      venueName: plan.venueName,
      addressLine1: plan.addressLine1 || plan.venueName || plan.name,
      town: plan.town,
      postcode: point.postcode,
      lat: point.lat,
      lng: point.lng,
      whoFor: plan.whoFor,
      createdAt: now(),
      tags: { create: languageTags.map((tag) => ({ tagId: tag.id })) },
    },
    select: { id: true },
  });
  if (plan.offer) await tx.offer.create({ data: { cafeId: cafe.id, title: plan.offer.title, description: plan.offer.description } });
  for (const session of plan.sessions) await tx.weeklySession.create({ data: { cafeId: cafe.id, ...session } });
  return cafe.id;
}

// ---------------------------------------------------------------------------------------------------------
// Reads for the award pages

const AWARD_SELECT = {
  id: true,
  reference: true,
  status: true,
  cafeName: true,
  requestedPence: true,
  awardedPence: true,
  conditions: true,
  decidedAt: true,
  acceptedAt: true,
  expectedLaunchDate: true,
  launchedOn: true,
  plannedStartDate: true,
  organisationId: true,
  organisation: { select: { name: true } },
  round: { select: { title: true } },
  cafe: { select: { id: true, slug: true, name: true, status: true } },
  milestones: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, dueOn: true, status: true, doneAt: true, note: true } },
  returns: {
    orderBy: { periodStart: "asc" },
    select: { id: true, periodStart: true, periodEnd: true, dueOn: true, submittedAt: true, visits: true, conversations: true, capReferrals: true, wentWell: true, wasHard: true, reminderSentAt: true },
  },
} as const;

/** An award after the decision, as its pages show it (officer or applicant; the caller checks who may see it). */
export async function getAward(applicationId: string) {
  return prisma.grantApplication.findFirst({ where: { id: applicationId, status: { in: ["awarded", "accepted", "launched"] } }, select: AWARD_SELECT });
}
export type Award = NonNullable<Awaited<ReturnType<typeof getAward>>>;

/** Every award, newest decision first, with its milestones' progress (the officer's list). */
export async function listAwards() {
  const rows = await prisma.grantApplication.findMany({
    where: { status: { in: ["awarded", "accepted", "launched"] } },
    orderBy: [{ decidedAt: "desc" }, { reference: "asc" }],
    select: {
      id: true, reference: true, status: true, cafeName: true, awardedPence: true, expectedLaunchDate: true, launchedOn: true,
      organisation: { select: { name: true } },
      round: { select: { title: true } },
      milestones: { select: { status: true } },
    },
  });
  return rows.map(({ milestones, ...r }) => ({ ...r, milestonesSettled: milestones.filter((m) => m.status !== "pending").length, milestonesTotal: milestones.length }));
}

/** The awards of the member's organisations (their offers to accept, cafés in set-up and launched). */
export async function listOwnAwards(actor: Actor) {
  return prisma.grantApplication.findMany({
    where: { status: { in: ["awarded", "accepted", "launched"] }, organisationId: { in: ownedIds(actor, "organisation.apply") } },
    orderBy: [{ decidedAt: "desc" }],
    select: { id: true, reference: true, status: true, cafeName: true, awardedPence: true, organisationId: true },
  });
}
