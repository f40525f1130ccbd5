import { recordAudit } from "~/modules/audit/index.server";
import { can, holdsRole, type Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import type { ApplicationAccess } from "./access.server";
import { recordActivity } from "./activity.server";
import type { ReviewForm } from "./panel";
import { FORBIDDEN, NOT_FOUND, problem, type PanelRefusal } from "./results";
import type { Recommendation } from "./scoring";

/**
 * The panel: officers assign panel members to a whole round or to one application; a panel member
 * declares a conflict of interest (or none) before seeing anything of an application — a conflict
 * recuses them for good, and the recusal is logged; then scores each criterion 0–5 or N/A with comments
 * and recommends yes, maybe or no. Others' reviews are shown to a member only once their own is submitted.
 * Every function here trusts `access` only from applicationAccess, the single gate.
 */
export type PanelResult = { ok: true } | PanelRefusal;

// --- Assignments (officers) ---------------------------------------------------------------------------

/** People's names by id (panel tables hold ids only). */
export async function userNames(ids: readonly string[]): Promise<Map<string, string>> {
  const users = await prisma.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export async function roundPanel(roundId: string) {
  const round = await prisma.grantRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      title: true,
      panel: { select: { id: true, applicationId: true, userId: true }, orderBy: { createdAt: "asc" } },
      applications: {
        where: { status: { not: "draft" } },
        select: { id: true, reference: true, cafeName: true, status: true, organisation: { select: { name: true } } },
        orderBy: { reference: "asc" },
      },
    },
  });
  if (!round) return null;
  const members = await prisma.user.findMany({
    where: { disabledAt: null, roles: { some: { role: "panel-member" } } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
  const declarations = await prisma.conflictDeclaration.findMany({
    where: { application: { roundId } },
    select: { applicationId: true, userId: true, hasConflict: true, description: true, declaredAt: true },
  });

  const names = await userNames([...round.panel.map((p) => p.userId), ...declarations.map((d) => d.userId)]);
  return {
    ...round,
    panel: round.panel.map((p) => ({ id: p.id, applicationId: p.applicationId, user: { id: p.userId, name: names.get(p.userId) ?? "" } })),
    members,
    declarations: declarations.map((d) => ({ ...d, name: names.get(d.userId) ?? "" })),
  };
}

export async function assignPanelMember(actor: Actor, roundId: string, input: { userId: string; applicationId: string }): Promise<PanelResult> {
  if (!can(actor, "grants.manage")) return FORBIDDEN;
  const applicationId = input.applicationId || null;
  const round = await prisma.grantRound.findUnique({ where: { id: roundId }, select: { id: true } });
  if (!round) return NOT_FOUND;
  if (applicationId && !(await prisma.grantApplication.count({ where: { id: applicationId, roundId } }))) return NOT_FOUND;
  const member = await prisma.roleAssignment.count({ where: { userId: input.userId, role: "panel-member", user: { disabledAt: null } } });
  if (!member) return problem("not-a-panel-member");
  return prisma.$transaction(async (tx): Promise<PanelResult> => {
    // SQLite and PostgreSQL both let NULLs repeat in a unique key, so a whole-round assignment is checked here too.
    const existing = await tx.panelAssignment.count({ where: { roundId, userId: input.userId, applicationId } });
    if (existing) return problem("already-assigned");
    const created = await tx.panelAssignment.create({
      data: { roundId, applicationId, userId: input.userId, assignedById: actor.id, createdAt: now() },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "grant.panel.assign", entityType: "GrantRound", entityId: roundId, after: { ...input, id: created.id } });
    return { ok: true };
  });
}

export async function removePanelAssignment(actor: Actor, roundId: string, assignmentId: string): Promise<PanelResult> {
  if (!can(actor, "grants.manage")) return FORBIDDEN;
  return prisma.$transaction(async (tx): Promise<PanelResult> => {
    const assignment = await tx.panelAssignment.findFirst({ where: { id: assignmentId, roundId } });
    if (!assignment) return NOT_FOUND;
    await tx.panelAssignment.delete({ where: { id: assignmentId } });
    await recordAudit(tx, { actorId: actor.id, action: "grant.panel.unassign", entityType: "GrantRound", entityId: roundId, before: assignment });
    return { ok: true };
  });
}

// --- Declarations (panel members) -----------------------------------------------------------------------

/**
 * Records the panel member's declaration. Only someone whose access is "undeclared" may declare, once:
 * the declaration's key (application, member) makes a second one fail rather than overwrite a recusal.
 */
export async function declareConflict(
  actor: Actor,
  access: ApplicationAccess,
  applicationId: string,
  input: { hasConflict: "yes" | "no"; description: string },
): Promise<PanelResult> {
  if (access === "panel" || access === "recused") return problem("already-declared");
  if (access !== "undeclared") return FORBIDDEN;
  const hasConflict = input.hasConflict === "yes";
  const description = hasConflict ? input.description.trim() : null;
  try {
    await prisma.$transaction(async (tx) => {
      const at = now();
      await tx.conflictDeclaration.create({ data: { applicationId, userId: actor.id, hasConflict, description, declaredAt: at } });
      await recordActivity(tx, {
        applicationId,
        actorId: actor.id,
        action: hasConflict ? "panel-recused" : "panel-no-conflict",
        note: description,
        visibleToApplicant: false,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: hasConflict ? "grant.panel.recused" : "grant.panel.no-conflict",
        entityType: "GrantApplication",
        entityId: applicationId,
        after: { hasConflict, description },
      });
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return problem("already-declared");
    throw error;
  }
  return { ok: true };
}

// --- Reviews ------------------------------------------------------------------------------------------

export type ReviewView = {
  userId: string;
  name: string;
  recommendation: Recommendation | null;
  comment: string | null;
  submittedAt: Date | null;
  scores: Record<string, { score: number | null; comment: string | null }>;
};

export async function roundCriteria(roundId: string) {
  return prisma.grantCriterion.findMany({
    where: { roundId },
    select: { id: true, title: true, description: true, weight: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
  });
}

function toView(review: {
  userId: string;
  recommendation: string | null;
  comment: string | null;
  submittedAt: Date | null;
  user?: { name: string } | null;
  scores: { criterionId: string; score: number | null; comment: string | null }[];
}): ReviewView {
  return {
    userId: review.userId,
    name: review.user?.name ?? "",
    recommendation: review.recommendation as Recommendation | null,
    comment: review.comment,
    submittedAt: review.submittedAt,
    scores: Object.fromEntries(review.scores.map((s) => [s.criterionId, { score: s.score, comment: s.comment }])),
  };
}

/**
 * The reviews a person may read of an application: staff read every review; a panel member reads their
 * own, and others' (submitted ones) only once their own is submitted; the recused and the undeclared read
 * none (the route answers 403 before asking).
 */
export async function reviewsFor(actor: Actor, access: ApplicationAccess, applicationId: string) {
  if (access !== "staff" && access !== "panel") return null;
  const reviews = await prisma.panelReview.findMany({
    where: { applicationId },
    select: {
      userId: true,
      recommendation: true,
      comment: true,
      submittedAt: true,
      scores: { select: { criterionId: true, score: true, comment: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const names = await userNames(reviews.map((r) => r.userId));
  const views = reviews.map((r) => toView({ ...r, user: { name: names.get(r.userId) ?? "" } }));
  const own = views.find((r) => r.userId === actor.id) ?? null;
  if (access === "staff") return { own, others: views.filter((r) => r.userId !== actor.id), othersVisible: true };
  const othersVisible = !!own?.submittedAt;
  return { own, others: othersVisible ? views.filter((r) => r.userId !== actor.id && r.submittedAt) : [], othersVisible };
}

/**
 * Saves the member's review of an application at panel (a draft, or submitted — then final). A submitted
 * review is never changed: the write is conditional on `submittedAt` still being empty.
 */
export async function saveReview(actor: Actor, access: ApplicationAccess, applicationId: string, form: ReviewForm): Promise<PanelResult> {
  if (access !== "panel" || !holdsRole(actor, "panel-member", "admin")) return FORBIDDEN;
  const application = await prisma.grantApplication.findUnique({ where: { id: applicationId }, select: { status: true, roundId: true } });
  if (!application) return NOT_FOUND;
  if (application.status !== "at-panel") return problem("not-at-panel");
  const criteria = await roundCriteria(application.roundId);
  const scores = criteria.map((c) => ({ criterionId: c.id, score: form.scores[c.id]?.score, comment: form.scores[c.id]?.comment ?? null }));
  if (form.submit && (scores.some((s) => s.score === undefined) || criteria.length === 0)) return problem("scores-incomplete");
  if (form.submit && !form.recommendation) return problem("recommendation-required");
  const at = now();
  return prisma.$transaction(async (tx): Promise<PanelResult> => {
    const review = await tx.panelReview.upsert({
      where: { applicationId_userId: { applicationId, userId: actor.id } },
      create: { applicationId, userId: actor.id, createdAt: at },
      update: {},
      select: { id: true },
    });
    const open = await tx.panelReview.updateMany({
      where: { id: review.id, submittedAt: null },
      data: { recommendation: form.recommendation, comment: form.comment || null, submittedAt: form.submit ? at : null, updatedAt: at },
    });
    if (open.count !== 1) return problem("already-submitted");
    await tx.panelScore.deleteMany({ where: { reviewId: review.id } });
    const given = scores.filter((s) => s.score !== undefined || s.comment);
    if (given.length) {
      await tx.panelScore.createMany({
        data: given.map((s) => ({ reviewId: review.id, criterionId: s.criterionId, score: s.score ?? null, comment: s.comment })),
      });
    }
    if (form.submit) {
      await recordActivity(tx, { applicationId, actorId: actor.id, action: "panel-reviewed", note: form.recommendation, visibleToApplicant: false });
      await recordAudit(tx, { actorId: actor.id, action: "grant.panel.review", entityType: "GrantApplication", entityId: applicationId, after: { recommendation: form.recommendation, scores } });
    }
    return { ok: true };
  });
}

// --- The panel member's home ---------------------------------------------------------------------------

export type PanelTask = "declare" | "recused" | "score" | "draft" | "submitted" | "closed";

/** Every application a panel member is assigned (directly or through its round), with what they have to do. */
export async function panelAssignments(actor: Actor) {
  const assignments = await prisma.panelAssignment.findMany({ where: { userId: actor.id }, select: { roundId: true, applicationId: true } });
  if (!assignments.length) return [];
  const wholeRounds = assignments.filter((a) => !a.applicationId).map((a) => a.roundId);
  const single = assignments.map((a) => a.applicationId).filter((id): id is string => !!id);
  const applications = await prisma.grantApplication.findMany({
    where: {
      status: { in: ["at-panel", "awarded", "declined", "accepted", "launched"] },
      OR: [{ roundId: { in: wholeRounds } }, { id: { in: single } }],
    },
    select: {
      id: true,
      reference: true,
      cafeName: true,
      status: true,
      round: { select: { id: true, title: true } },
      organisation: { select: { name: true } },
      conflicts: { where: { userId: actor.id }, select: { hasConflict: true } },
      reviews: { where: { userId: actor.id }, select: { submittedAt: true } },
    },
    orderBy: [{ round: { title: "asc" } }, { reference: "asc" }],
  });
  return applications.map((a) => {
    const declaration = a.conflicts[0];
    const review = a.reviews[0];
    const task: PanelTask = !declaration
      ? a.status === "at-panel"
        ? "declare"
        : "closed"
      : declaration.hasConflict
        ? "recused"
        : review?.submittedAt
          ? "submitted"
          : a.status !== "at-panel"
            ? "closed"
            : review
              ? "draft"
              : "score";
    return { id: a.id, reference: a.reference, cafeName: a.cafeName, status: a.status, round: a.round, organisation: a.organisation.name, task };
  });
}

/** What the panel page shows of an application once the member may see it (the sections come from the apply part). */
export async function panelApplicationSummary(applicationId: string) {
  const a = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      reference: true,
      cafeName: true,
      status: true,
      requestedPence: true,
      roundId: true,
      round: { select: { title: true } },
      organisation: { select: { name: true } },
    },
  });
  return a ? { ...a, round: a.round.title, organisation: a.organisation.name } : null;
}
