import { randomBytes } from "node:crypto";
import { slugify } from "~/lib/slug";
import { recordAudit } from "~/modules/audit/index.server";
import type { Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { areaRemovedEmail } from "./emails";
import { isRoundStatus, mayMoveRound, openingProblems, type RoundKind, type RoundStatus } from "./rounds";

/**
 * Grant rounds, for grant officers (the routes check "grants.manage"): details, eligible areas (editable
 * while open: organisations with drafts in a removed area are told through the outbox), criteria with
 * weights, the eligibility checklist, and status changes (conditional updates; a round opens only with
 * criteria, a budget, areas and dates). Every change is audited.
 */

export async function listRounds() {
  return prisma.grantRound.findMany({
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, title: true, kind: true, status: true, opensAt: true, closesAt: true, budgetPence: true, awardedPence: true, _count: { select: { applications: true } } },
  });
}

export async function createRound(actor: Actor, input: { title: string; kind: RoundKind }): Promise<string> {
  const slug = `${slugify(input.title).slice(0, 60) || "round"}-${randomBytes(3).toString("hex")}`;
  return prisma.$transaction(async (tx) => {
    const round = await tx.grantRound.create({
      data: { slug, title: input.title, kind: input.kind, budgetPence: 0, maxAwardPence: 0, createdById: actor.id, createdAt: now() },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "round.created", entityType: "GrantRound", entityId: round.id, after: input });
    return round.id;
  });
}

export async function getRound(roundId: string) {
  return prisma.grantRound.findUnique({
    where: { id: roundId },
    include: {
      areas: { include: { footprint: { select: { id: true, name: true } }, coverageSite: { select: { id: true, name: true } } } },
      criteria: { orderBy: [{ sortOrder: "asc" }, { title: "asc" }] },
      checklist: { orderBy: [{ sortOrder: "asc" }] },
      _count: { select: { applications: true } },
    },
  });
}
export type RoundDetail = NonNullable<Awaited<ReturnType<typeof getRound>>>;

/** The areas a round of this kind may fund: footprints (neighbourhood) or university sites. */
export async function areaChoices(kind: string): Promise<{ id: string; name: string }[]> {
  if (kind === "university") return prisma.coverageSite.findMany({ where: { kind: "university" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return prisma.footprint.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

type Failure = { ok: false; reason: "not-found" | "locked" | "problems" | "unknown"; problems?: string[] };
type Done = { ok: true } | Failure;

const EDITABLE: RoundStatus[] = ["draft", "open", "closed"];

/** Why a round's details were refused: the closing time is past while it is open, or the budget is below what is awarded. */
export type DetailsRefusal =
  | Failure
  | { ok: false; reason: "closes-in-past" }
  | { ok: false; reason: "budget-below-awarded"; awardedPence: number };

export async function updateRoundDetails(
  actor: Actor,
  roundId: string,
  input: { title: string; guidance: string; budgetPence: number; maxAwardPence: number; opensAt: Date | null; closesAt: Date | null },
): Promise<{ ok: true } | DetailsRefusal> {
  const at = now();
  const closesInPast = input.closesAt !== null && input.closesAt.getTime() < at.getTime();
  return prisma.$transaction(async (tx) => {
    // The budget may not fall below what is already awarded, and an open round may not be given a
    // closing time already past (it would stay open): both part of the same conditional write.
    const { count } = await tx.grantRound.updateMany({
      where: {
        id: roundId,
        status: { in: closesInPast ? EDITABLE.filter((s) => s !== "open") : EDITABLE },
        awardedPence: { lte: input.budgetPence },
      },
      data: { ...input },
    });
    if (count !== 1) {
      const round = await tx.grantRound.findUnique({ where: { id: roundId }, select: { status: true, awardedPence: true } });
      if (!round) return { ok: false, reason: "not-found" } as const;
      if (round.awardedPence > input.budgetPence) return { ok: false, reason: "budget-below-awarded", awardedPence: round.awardedPence } as const;
      if (closesInPast && round.status === "open") return { ok: false, reason: "closes-in-past" } as const;
      return { ok: false, reason: "locked" } as const;
    }
    await recordAudit(tx, { actorId: actor.id, action: "round.details.changed", entityType: "GrantRound", entityId: roundId, after: input });
    return { ok: true } as const;
  });
}

/**
 * Sets the round's areas (footprint ids, or university site ids for a university round). Areas removed
 * while organisations have drafts there: each such organisation is emailed (its address and its members').
 */
export async function setRoundAreas(
  actor: Actor,
  roundId: string,
  areaIds: string[],
): Promise<({ ok: true } | Failure | { ok: false; reason: "unknown-areas" }) & { notified?: number }> {
  const round = await prisma.grantRound.findUnique({ where: { id: roundId }, select: { id: true, title: true, kind: true, status: true, areas: true } });
  if (!round) return { ok: false, reason: "not-found" };
  if (!EDITABLE.includes(round.status as RoundStatus)) return { ok: false, reason: "locked" };
  const university = round.kind === "university";
  const idOf = (a: { footprintId: string | null; coverageSiteId: string | null }) => (university ? a.coverageSiteId : a.footprintId) ?? "";
  const wanted = new Set(areaIds);
  const current = new Set(round.areas.map(idOf));
  const removed = [...current].filter((id) => id && !wanted.has(id));
  const added = [...wanted].filter((id) => !current.has(id));
  // Only areas a round of this kind may fund (an id from elsewhere is refused, not left to the database).
  if (added.length) {
    const known = new Set((await areaChoices(round.kind)).map((a) => a.id));
    if (added.some((id) => !known.has(id))) return { ok: false, reason: "unknown-areas" };
  }
  return prisma.$transaction(async (tx) => {
    if (removed.length) {
      await tx.grantRoundArea.deleteMany({ where: { roundId, ...(university ? { coverageSiteId: { in: removed } } : { footprintId: { in: removed } }) } });
    }
    for (const id of added) await tx.grantRoundArea.create({ data: { roundId, ...(university ? { coverageSiteId: id } : { footprintId: id }) } });
    let notified = 0;
    if (removed.length) {
      const drafts = await tx.grantApplication.findMany({
        where: { roundId, status: { in: ["draft", "more-information"] }, ...(university ? { coverageSiteId: { in: removed } } : { footprintId: { in: removed } }) },
        select: {
          reference: true,
          footprint: { select: { name: true } },
          coverageSite: { select: { name: true } },
          organisation: { select: { name: true, email: true, roles: { where: { role: "organisation-member" }, select: { user: { select: { email: true } } } } } },
        },
      });
      for (const draft of drafts) {
        const to = new Set([draft.organisation.email, ...draft.organisation.roles.map((r) => r.user.email)].filter((e): e is string => !!e));
        const words = areaRemovedEmail({
          organisation: draft.organisation.name,
          round: round.title,
          area: draft.footprint?.name ?? draft.coverageSite?.name ?? "",
          reference: draft.reference,
        });
        for (const address of to) {
          await enqueueEmail(tx, { to: address, kind: "grants-area-removed", reference: `GrantRound:${roundId}`, ...words });
          notified++;
        }
      }
    }
    await recordAudit(tx, { actorId: actor.id, action: "round.areas.changed", entityType: "GrantRound", entityId: roundId, after: { added, removed, notified } });
    return { ok: true as const, notified };
  });
}

export async function addCriterion(actor: Actor, roundId: string, input: { title: string; description: string; weight: number }): Promise<Done> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.grantRound.updateMany({ where: { id: roundId, status: { in: ["draft", "open"] } }, data: { updatedAt: now() } });
    if (count !== 1) return { ok: false, reason: "locked" } as const;
    const sortOrder = await tx.grantCriterion.count({ where: { roundId } });
    await tx.grantCriterion.create({ data: { roundId, ...input, sortOrder } });
    await recordAudit(tx, { actorId: actor.id, action: "round.criterion.added", entityType: "GrantRound", entityId: roundId, after: input });
    return { ok: true } as const;
  });
}

/** Removes a criterion, only while no panel member has scored it. */
export async function removeCriterion(actor: Actor, roundId: string, criterionId: string): Promise<Done> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.grantCriterion.deleteMany({ where: { id: criterionId, roundId, scores: { none: {} }, round: { status: { in: ["draft", "open"] } } } });
    if (count !== 1) return { ok: false, reason: (await tx.grantCriterion.count({ where: { id: criterionId, roundId } })) ? "locked" : "unknown" } as const;
    await recordAudit(tx, { actorId: actor.id, action: "round.criterion.removed", entityType: "GrantRound", entityId: roundId, after: { criterionId } });
    return { ok: true } as const;
  });
}

export async function addCheck(actor: Actor, roundId: string, text: string): Promise<Done> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.grantRound.updateMany({ where: { id: roundId, status: { in: EDITABLE } }, data: { updatedAt: now() } });
    if (count !== 1) return { ok: false, reason: "locked" } as const;
    const sortOrder = await tx.grantEligibilityCheck.count({ where: { roundId } });
    await tx.grantEligibilityCheck.create({ data: { roundId, text, sortOrder } });
    await recordAudit(tx, { actorId: actor.id, action: "round.check.added", entityType: "GrantRound", entityId: roundId, after: { text } });
    return { ok: true } as const;
  });
}

export async function removeCheck(actor: Actor, roundId: string, checkId: string): Promise<Done> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.grantEligibilityCheck.deleteMany({ where: { id: checkId, roundId, round: { status: { in: EDITABLE } } } });
    if (count !== 1) return { ok: false, reason: (await tx.grantEligibilityCheck.count({ where: { id: checkId, roundId } })) ? "locked" : "unknown" } as const;
    await recordAudit(tx, { actorId: actor.id, action: "round.check.removed", entityType: "GrantRound", entityId: roundId, after: { checkId } });
    return { ok: true } as const;
  });
}

/** Moves a round to `to` (ROUND_STEPS), by a conditional update from the status it has; opening needs openingProblems() empty. */
export async function setRoundStatus(actor: Actor, roundId: string, to: RoundStatus): Promise<Done> {
  const round = await prisma.grantRound.findUnique({
    where: { id: roundId },
    select: { status: true, budgetPence: true, maxAwardPence: true, opensAt: true, closesAt: true, _count: { select: { criteria: true, areas: true } } },
  });
  if (!round || !isRoundStatus(round.status)) return { ok: false, reason: "not-found" };
  const from = round.status;
  if (!mayMoveRound(from, to)) return { ok: false, reason: "locked" };
  if (to === "open") {
    const problems = openingProblems({ ...round, criteria: round._count.criteria, areas: round._count.areas });
    if (problems.length) return { ok: false, reason: "problems", problems };
  }
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.grantRound.updateMany({
      where: { id: roundId, status: from, ...(to === "open" ? { budgetPence: { gt: 0 }, criteria: { some: {} } } : {}) },
      data: { status: to },
    });
    if (count !== 1) return { ok: false, reason: "locked" } as const;
    await recordAudit(tx, { actorId: actor.id, action: "round.status.changed", entityType: "GrantRound", entityId: roundId, before: { status: from }, after: { status: to } });
    return { ok: true } as const;
  });
}
