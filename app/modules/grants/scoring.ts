/**
 * The panel's arithmetic, as pure rules: a reviewer's weighted score over the round's criteria (N/A left
 * out, with its weight), an application's average over the reviewers who submitted and were not recused,
 * the spread between reviewers (large disagreements flagged for discussion), the ranking, and the
 * requested amounts against what is left of the round's budget.
 */

export const SCORE_MIN = 0;
export const SCORE_MAX = 5;
/** Reviewers' weighted scores this far apart (or more) are flagged as a large disagreement. */
export const DISAGREEMENT_SPREAD = 1.5;
/** Two reviewers this far apart on one criterion (or more) are also flagged. */
export const CRITERION_DISAGREEMENT = 3;

export type Recommendation = "yes" | "maybe" | "no";
export const RECOMMENDATIONS: readonly Recommendation[] = ["yes", "maybe", "no"];

export type ScoredCriterion = { id: string; weight: number };

/** One reviewer's part in an application: scores per criterion id (null = N/A), submitted or not, recused or not. */
export type ReviewInput = {
  userId: string;
  recused: boolean;
  submitted: boolean;
  recommendation: Recommendation | null;
  scores: Record<string, number | null | undefined>;
};

export function isValidScore(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

/**
 * A reviewer's weighted average: Σ(weight × score) / Σ(weight) over the criteria they scored. A criterion
 * marked N/A (or not scored) counts neither its score nor its weight. Null when nothing was scored.
 */
export function weightedScore(criteria: readonly ScoredCriterion[], scores: ReviewInput["scores"]): number | null {
  let total = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.id];
    if (!isValidScore(score) || criterion.weight <= 0) continue;
    total += criterion.weight * score;
    weights += criterion.weight;
  }
  return weights === 0 ? null : total / weights;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function spreadOf(values: readonly number[]): number | null {
  return values.length < 2 ? null : Math.max(...values) - Math.min(...values);
}

export type ApplicationScore = {
  /** The mean of the counted reviewers' weighted scores; null when none has scored anything. */
  average: number | null;
  /** Highest minus lowest weighted score among counted reviewers; null with fewer than two. */
  spread: number | null;
  /** A large disagreement: overall spread ≥ DISAGREEMENT_SPREAD, or one criterion ≥ CRITERION_DISAGREEMENT apart. */
  flagged: boolean;
  /** Per criterion: the mean of the counted reviewers' scores (N/A left out) and its spread. */
  criteria: Record<string, { average: number | null; spread: number | null }>;
  /** Reviewers counted (submitted, not recused). */
  counted: number;
  recused: number;
  /** Assigned reviewers who have not submitted (and are not recused). */
  pending: number;
  recommendations: Record<Recommendation, number>;
};

/** An application's result over its reviews: recused and unsubmitted reviews are excluded from every figure. */
export function scoreApplication(criteria: readonly ScoredCriterion[], reviews: readonly ReviewInput[]): ApplicationScore {
  const counted = reviews.filter((r) => r.submitted && !r.recused);
  const weighted = counted.map((r) => weightedScore(criteria, r.scores)).filter((s): s is number => s !== null);
  const perCriterion: ApplicationScore["criteria"] = {};
  let criterionFlag = false;
  for (const criterion of criteria) {
    const values = counted.map((r) => r.scores[criterion.id]).filter(isValidScore);
    const spread = spreadOf(values);
    if (spread !== null && spread >= CRITERION_DISAGREEMENT) criterionFlag = true;
    perCriterion[criterion.id] = { average: mean(values), spread };
  }
  const spread = spreadOf(weighted);
  const recommendations: Record<Recommendation, number> = { yes: 0, maybe: 0, no: 0 };
  for (const review of counted) if (review.recommendation) recommendations[review.recommendation] += 1;
  return {
    average: mean(weighted),
    spread,
    flagged: (spread !== null && spread >= DISAGREEMENT_SPREAD) || criterionFlag,
    criteria: perCriterion,
    counted: counted.length,
    recused: reviews.filter((r) => r.recused).length,
    pending: reviews.filter((r) => !r.submitted && !r.recused).length,
    recommendations,
  };
}

export type Rankable = { id: string; reference: string; average: number | null };

/**
 * Highest average first; applications without a score last; equal averages share a rank (1, 2, 2, 4) and
 * are listed by reference. Returns each item with its `rank` (null for unscored).
 */
export function rankApplications<T extends Rankable>(items: readonly T[]): (T & { rank: number | null })[] {
  const sorted = [...items].sort((a, b) => {
    if (a.average === null || b.average === null) {
      if (a.average === b.average) return a.reference.localeCompare(b.reference);
      return a.average === null ? 1 : -1;
    }
    // Compare at the precision shown, so 3.3333 and 3.3334 do not rank apart.
    const diff = Math.round(b.average * 1000) - Math.round(a.average * 1000);
    return diff !== 0 ? diff : a.reference.localeCompare(b.reference);
  });
  let lastAverage: number | null = null;
  let lastRank = 0;
  return sorted.map((item, index) => {
    if (item.average === null) return { ...item, rank: null };
    const rounded = Math.round(item.average * 1000);
    const rank = lastAverage !== null && rounded === lastAverage ? lastRank : index + 1;
    lastAverage = rounded;
    lastRank = rank;
    return { ...item, rank };
  });
}

export type BudgetRow = { id: string; requestedPence: number; awardedPence: number | null; decided: boolean };

export type BudgetSummary = {
  budgetPence: number;
  awardedPence: number;
  remainingPence: number;
  /** Requested by the applications not yet decided. */
  undecidedRequestedPence: number;
  /** Per undecided application, in the order given (the ranking): requested so far, and whether that still fits. */
  running: Record<string, { cumulativePence: number; fits: boolean }>;
};

/**
 * The round's money: awarded so far, what is left, what the undecided applications ask for, and — in
 * ranking order — the running total of requests with whether each still fits in what is left.
 */
export function budgetSummary(budgetPence: number, lines: readonly BudgetRow[]): BudgetSummary {
  const awardedPence = lines.reduce((sum, l) => sum + (l.decided && l.awardedPence ? l.awardedPence : 0), 0);
  const remainingPence = budgetPence - awardedPence;
  const running: BudgetSummary["running"] = {};
  let cumulative = 0;
  for (const line of lines) {
    if (line.decided) continue;
    cumulative += line.requestedPence;
    running[line.id] = { cumulativePence: cumulative, fits: cumulative <= remainingPence };
  }
  return { budgetPence, awardedPence, remainingPence, undecidedRequestedPence: cumulative, running };
}

/** Whether an award of `amountPence` may be made: positive, at most requested and the round's maximum. Budget is checked by the write. */
export function awardAmountProblem(
  amountPence: number,
  limits: { requestedPence: number; maxAwardPence: number },
): "amount-not-positive" | "amount-over-requested" | "amount-over-maximum" | null {
  if (!Number.isInteger(amountPence) || amountPence <= 0) return "amount-not-positive";
  if (amountPence > limits.requestedPence) return "amount-over-requested";
  if (amountPence > limits.maxAwardPence) return "amount-over-maximum";
  return null;
}
