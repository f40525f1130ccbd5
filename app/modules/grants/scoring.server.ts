import { prisma } from "~/platform/db.server";
import { userNames } from "./panel.server";
import { budgetSummary, rankApplications, scoreApplication, type Recommendation, type ReviewInput } from "./scoring";

/** The statuses whose applications have been (or are being) scored by the panel. */
const AFTER_SCREENING = ["at-panel", "awarded", "declined", "accepted", "launched"] as const;
const DECIDED = new Set(["awarded", "declined", "accepted", "launched"]);

/**
 * The officer's results of a round: per application at panel or decided, the weighted average over
 * reviewers who submitted and were not recused, the spread (large disagreements flagged), the ranking,
 * recommendations, and the requested amounts run against the round's remaining budget in ranking order.
 */
export async function roundResults(roundId: string) {
  const round = await prisma.grantRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      title: true,
      status: true,
      budgetPence: true,
      maxAwardPence: true,
      awardedPence: true,
      criteria: { select: { id: true, title: true, weight: true }, orderBy: [{ sortOrder: "asc" }, { title: "asc" }] },
    },
  });
  if (!round) return null;
  const applications = await prisma.grantApplication.findMany({
    where: { roundId, status: { in: [...AFTER_SCREENING] } },
    select: {
      id: true,
      reference: true,
      cafeName: true,
      status: true,
      requestedPence: true,
      awardedPence: true,
      organisation: { select: { name: true } },
      footprint: { select: { name: true } },
      conflicts: { select: { userId: true, hasConflict: true } },
      reviews: {
        select: {
          userId: true,
          recommendation: true,
          comment: true,
          submittedAt: true,
          scores: { select: { criterionId: true, score: true, comment: true } },
        },
      },
    },
  });
  const toScreen = await prisma.grantApplication.findMany({
    where: { roundId, status: "submitted" },
    orderBy: { submittedAt: "asc" },
    select: { id: true, reference: true, cafeName: true, requestedPence: true, organisation: { select: { name: true } } },
  });
  // Withdrawn by the applicant after submitting: still listed for the officer, never ranked.
  const withdrawn = await prisma.grantApplication.findMany({
    where: { roundId, status: "withdrawn", submittedAt: { not: null } },
    orderBy: { reference: "asc" },
    select: { id: true, reference: true, cafeName: true, organisation: { select: { name: true } } },
  });
  const names = await userNames(applications.flatMap((a) => a.reviews.map((r) => r.userId)));
  const scored = applications.map((a) => {
    const recused = new Set(a.conflicts.filter((c) => c.hasConflict).map((c) => c.userId));
    const inputs: ReviewInput[] = a.reviews.map((r) => ({
      userId: r.userId,
      recused: recused.has(r.userId),
      submitted: !!r.submittedAt,
      recommendation: r.recommendation as Recommendation | null,
      scores: Object.fromEntries(r.scores.map((s) => [s.criterionId, s.score])),
    }));
    // A recused member without a review still counts as a recusal.
    for (const userId of recused) {
      if (!inputs.some((i) => i.userId === userId)) inputs.push({ userId, recused: true, submitted: false, recommendation: null, scores: {} });
    }
    const score = scoreApplication(round.criteria, inputs);
    const reviewers = a.reviews.map((r) => ({ ...r, name: names.get(r.userId) ?? "" }));
    return { ...a, average: score.average, score, reviewers, recusedIds: [...recused] };
  });
  const ranked = rankApplications(scored);
  const budget = budgetSummary(
    round.budgetPence,
    ranked.map((a) => ({ id: a.id, requestedPence: a.requestedPence, awardedPence: a.awardedPence, decided: DECIDED.has(a.status) })),
  );
  // The round's own running total is what the award guard uses; show it, and the sum of the rows beside it.
  return { round, toScreen, withdrawn, applications: ranked, budget: {
      ...budget,
      awardedPence: round.awardedPence,
      remainingPence: round.budgetPence - round.awardedPence,
      /** Asked for by the submitted applications still waiting for screening (not yet at panel). */
      toScreenRequestedPence: toScreen.reduce((sum, a) => sum + a.requestedPence, 0),
    },
  };
}

export type RoundResults = NonNullable<Awaited<ReturnType<typeof roundResults>>>;
