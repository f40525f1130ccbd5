import type { Prisma } from "@prisma/client";
import { addDays, londonDate } from "../../app/lib/london-time";
import { defaultMilestones } from "../../app/modules/grants/milestones";
import { returnPeriods } from "../../app/modules/grants/monitoring";

type Tx = Prisma.TransactionClient;

/**
 * Demo grants after the decision (fictional): an offer the demo VCS organisation can accept (its café is
 * created from the application), a café in set-up with milestones part done, and a launched café with
 * monitoring returns (two sent, one overdue). All in the decided demo round (created here when the
 * application part's demo data has none).
 */
export async function loadDemoAwards(
  tx: Tx,
  now: Date,
  ids: { organisationId: Map<string, string>; cafeId: Map<string, string>; footprintId: Map<string, string>; tagId: Map<string, string> },
): Promise<number> {
  const today = londonDate(now);
  const need = <T>(map: Map<string, T>, key: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Demo awards need "${key}"`);
    return value;
  };
  const round =
    (await tx.grantRound.findFirst({ where: { status: "decided", isDemo: true }, orderBy: { closesAt: "desc" } })) ??
    (await tx.grantRound.create({
      data: {
        slug: "demo-round-2",
        title: "Round 2: neighbourhood cafés (demonstration)",
        kind: "neighbourhood",
        guidance: "A demonstration round.",
        budgetPence: 12_000_000,
        maxAwardPence: 3_000_000,
        opensAt: new Date(now.getTime() - 400 * 86_400_000),
        closesAt: new Date(now.getTime() - 370 * 86_400_000),
        status: "decided",
        isDemo: true,
      },
    }));

  const awards = [
    {
      reference: "DEMO-A-0101",
      organisation: "clocktower-listening-collective",
      footprint: "U87332",
      cafeName: "Clocktower Saturday Café",
      status: "awarded",
      requested: 2_400_000,
      awarded: 2_200_000,
      conditions: "Open at least one evening a week.\nName the safeguarding lead before the first session.",
      decidedDaysAgo: 6,
      sections: {
        cafe: { cafeName: "Clocktower Saturday Café", venueName: "St Peter's Church Hall", addressLine1: "Gladstone Street", town: "Leicester", postcode: "LE1 2BH", coverageSiteId: "" },
        communities: { communities: "Young adults in Beaumont Leys and Stocking Farm", culturalOffer: "A Saturday morning in Somali and Arabic" },
        languages: { languageTagIds: [need(ids.tagId, "english"), need(ids.tagId, "somali"), need(ids.tagId, "arabic")], otherLanguages: "" },
        sessions: { sessions: [{ day: 6, start: "10:00", end: "13:00", note: "" }], sessionsNote: "" },
      },
    },
    { reference: "DEMO-A-0102", organisation: "soar-valley-friends-network", footprint: "U51667", cafeName: "Shepshed Community Café", cafe: "shepshed-community-cafe", status: "accepted", requested: 2_000_000, awarded: 2_000_000, conditions: "", decidedDaysAgo: 60, acceptedDaysAgo: 50, done: 3 },
    { reference: "DEMO-A-0103", organisation: "soar-valley-friends-network", footprint: "U33192", cafeName: "Sileby Riverside Café", cafe: "sileby-riverside-cafe", status: "launched", requested: 2_600_000, awarded: 2_500_000, conditions: "", decidedDaysAgo: 400, acceptedDaysAgo: 390, launchedDaysAgo: 300, done: 7 },
  ] as const;

  for (const a of awards) {
    const decidedAt = new Date(now.getTime() - a.decidedDaysAgo * 86_400_000);
    const acceptedAt = "acceptedDaysAgo" in a ? new Date(now.getTime() - a.acceptedDaysAgo * 86_400_000) : null;
    const launchedOn = "launchedDaysAgo" in a ? addDays(today, -a.launchedDaysAgo) : null;
    const application = await tx.grantApplication.create({
      data: {
        reference: a.reference,
        roundId: round.id,
        organisationId: need(ids.organisationId, a.organisation),
        status: a.status,
        cafeName: a.cafeName,
        footprintId: need(ids.footprintId, a.footprint),
        requestedPence: a.requested,
        awardedPence: a.awarded,
        conditions: a.conditions || null,
        submittedAt: new Date(decidedAt.getTime() - 40 * 86_400_000),
        submissionCount: 1,
        screenedAt: new Date(decidedAt.getTime() - 30 * 86_400_000),
        decidedAt,
        acceptedAt,
        cafeId: "cafe" in a ? need(ids.cafeId, a.cafe) : null,
        launchedOn,
        expectedLaunchDate: acceptedAt ? addDays(londonDate(acceptedAt), 84) : null,
        isDemo: true,
        sections: "sections" in a ? { create: Object.entries(a.sections).map(([key, data]) => ({ key, data: JSON.stringify(data) })) } : undefined,
      },
    });
    const log = (action: string, from: string | null, to: string | null, at: Date) =>
      tx.applicationActivity.create({ data: { applicationId: application.id, action, fromStatus: from, toStatus: to, at, visibleToApplicant: true } });
    await log("awarded", "at-panel", "awarded", decidedAt);
    if (acceptedAt) {
      await log("offer-accepted", "awarded", "accepted", acceptedAt);
      const milestones = defaultMilestones(londonDate(acceptedAt));
      for (const [i, m] of milestones.entries()) {
        const done = "done" in a && i < a.done;
        await tx.grantMilestone.create({ data: { applicationId: application.id, ...m, status: done ? "done" : "pending", doneAt: done ? new Date(acceptedAt.getTime() + (i + 1) * 7 * 86_400_000) : null } });
      }
    }
    if (launchedOn) {
      await log("launched", "accepted", "launched", new Date(`${launchedOn}T12:00:00Z`));
      const periods = returnPeriods(launchedOn, 5).filter((p) => p.periodStart <= today);
      for (const [i, p] of periods.entries()) {
        const sent = i < 2;
        await tx.monitoringReturn.create({
          data: {
            applicationId: application.id,
            ...p,
            submittedAt: sent ? new Date(`${addDays(p.dueOn, -5)}T10:00:00Z`) : null,
            visits: sent ? 140 + i * 35 : null,
            conversations: sent ? 48 + i * 10 : null,
            capReferrals: sent ? 6 + i * 3 : null,
            wentWell: sent ? "More people came back a second time; the Saturday session filled up." : null,
            wasHard: sent ? "Finding volunteers for the evening session." : null,
          },
        });
      }
    }
  }
  return awards.length;
}
