import type { Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { acceptsNewApplications } from "./rounds";

/**
 * A round as applicants read it before and while they apply: its guidance, kind, maximum award, total
 * budget (VAL publishes each round's total fund), dates, eligible areas, scoring criteria with weights and
 * the eligibility checklist. Organisation members may read a round taking applications now, or one their
 * organisation has an application in (the application's page links here while it is filled in); staff
 * may read any.
 */
export async function roundForApplicants(actor: Actor, roundId: string, staff: boolean) {
  const organisationIds = actor.roles.filter((r) => r.role === "organisation-member" && r.organisationId).map((r) => r.organisationId!);
  const round = await prisma.grantRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      title: true,
      kind: true,
      guidance: true,
      status: true,
      budgetPence: true,
      maxAwardPence: true,
      opensAt: true,
      closesAt: true,
      areas: { select: { footprint: { select: { name: true } }, coverageSite: { select: { name: true } } } },
      criteria: { orderBy: [{ sortOrder: "asc" }, { title: "asc" }], select: { id: true, title: true, description: true, weight: true } },
      checklist: { orderBy: [{ sortOrder: "asc" }], select: { id: true, text: true } },
      // Ownership in the query: only this person's organisations' applications in the round.
      applications: { where: { organisationId: { in: organisationIds } }, select: { id: true }, take: 1 },
    },
  });
  if (!round) return null;
  const open = acceptsNewApplications(round, now());
  if (!staff && !open && round.applications.length === 0) return null;
  const { applications, areas, ...rest } = round;
  return {
    ...rest,
    open,
    areas: areas.map((a) => a.footprint?.name ?? a.coverageSite?.name ?? "").filter(Boolean).sort((a, b) => a.localeCompare(b)),
    hasApplication: applications.length > 0,
  };
}
export type RoundForApplicants = NonNullable<Awaited<ReturnType<typeof roundForApplicants>>>;
