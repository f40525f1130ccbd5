import { validateSession } from "~/modules/schedule";
import { todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import type { Actor } from "~/modules/identity";
import { changedOnly, sessionSnapshot } from "./audit-snapshots";
import { CAFE_MESSAGES } from "./cafe-messages";
import { offerBelongs } from "./choices.server";
import { auditCafe, markHoursVerified, notFound, withCafe, type CheckResult, type WriteResult } from "./write-frame.server";

/**
 * A café's weekly sessions, the CAP places its sessions offer by default, and "hours are still right".
 * Each change of a session confirms the hours (`hoursVerifiedAt`).
 */

export type SessionInput = {
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  validFrom: string | null;
  validUntil: string | null;
  offerId: string | null;
  /** Null: the café's default. */
  capPlaces: number | null;
};

const withOffer = { offer: { select: { title: true } } } as const;

async function saveSession(actor: Actor, cafeId: string, sessionId: string | null, input: SessionInput): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const existing = await tx.weeklySession.findMany({ where: { cafeId }, include: withOffer });
    const current = sessionId ? existing.find((s) => s.id === sessionId) : null;
    if (sessionId && !current) return notFound;
    const problems = validateSession({ id: sessionId, ...input }, existing, { today: todayInLondon() });
    if (problems.length) return { ok: false, problems };
    if (!(await offerBelongs(tx, cafeId, input.offerId))) return { ok: false, errors: { offerId: CAFE_MESSAGES.offerChoice } };

    const data = {
      dayOfWeek: input.dayOfWeek,
      startTime: input.startTime,
      endTime: input.endTime,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      offerId: input.offerId,
      capPlaces: input.capPlaces,
    };
    const saved = current
      ? await tx.weeklySession.update({ where: { id: current.id }, data, include: withOffer })
      : await tx.weeklySession.create({ data: { cafeId, ...data }, include: withOffer });
    await markHoursVerified(tx, cafeId);
    if (current) {
      const diff = changedOnly(sessionSnapshot(current), sessionSnapshot(saved));
      await auditCafe(tx, actor, cafeId, "cafe.session.changed", {
        // Always name the session, even when only its offer or places changed.
        before: { ...sessionSnapshot(current), ...diff.before },
        after: { ...sessionSnapshot(saved), ...diff.after },
      });
    } else {
      await auditCafe(tx, actor, cafeId, "cafe.session.added", { after: sessionSnapshot(saved) });
    }
    return { ok: true, id: saved.id };
  });
}

/** Checks a new or changed session as saving it would, without saving it (for a preview). */
export async function checkSession(cafeId: string, sessionId: string | null, input: SessionInput): Promise<CheckResult> {
  const existing = await prisma.weeklySession.findMany({ where: { cafeId } });
  const problems = validateSession({ id: sessionId, ...input }, existing, { today: todayInLondon() });
  if (problems.length) return { ok: false, problems };
  if (!(await offerBelongs(prisma, cafeId, input.offerId))) return { ok: false, errors: { offerId: CAFE_MESSAGES.offerChoice } };
  return { ok: true };
}

export function addSession(actor: Actor, cafeId: string, input: SessionInput) {
  return saveSession(actor, cafeId, null, input);
}

export function updateSession(actor: Actor, cafeId: string, sessionId: string, input: SessionInput) {
  return saveSession(actor, cafeId, sessionId, input);
}

export async function removeSession(actor: Actor, cafeId: string, sessionId: string): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const session = await tx.weeklySession.findFirst({ where: { id: sessionId, cafeId }, include: withOffer });
    if (!session) return notFound;
    await tx.weeklySession.delete({ where: { id: session.id } });
    await markHoursVerified(tx, cafeId);
    await auditCafe(tx, actor, cafeId, "cafe.session.removed", { before: sessionSnapshot(session) });
    return { ok: true, id: session.id };
  });
}

/** The CAP places a session offers unless it says otherwise (default 2, 0 for none). */
export async function setCapPlacesDefault(actor: Actor, cafeId: string, places: number): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const before = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { capPlacesDefault: true } });
    if (before.capPlacesDefault === places) return { ok: true, id: cafeId };
    await tx.cafe.update({ where: { id: cafeId }, data: { capPlacesDefault: places } });
    await auditCafe(tx, actor, cafeId, "cafe.cap-places.changed", {
      before: { capPlacesDefault: before.capPlacesDefault },
      after: { capPlacesDefault: places },
    });
    return { ok: true, id: cafeId };
  });
}

/** "Hours are still right": one click confirms the published hours. */
export async function confirmHours(actor: Actor, cafeId: string): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const before = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { hoursVerifiedAt: true } });
    await markHoursVerified(tx, cafeId);
    const after = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { hoursVerifiedAt: true } });
    await auditCafe(tx, actor, cafeId, "cafe.hours.confirmed", {
      before: { hoursVerifiedAt: before.hoursVerifiedAt?.toISOString() ?? null },
      after: { hoursVerifiedAt: after.hoursVerifiedAt?.toISOString() ?? null },
    });
    return { ok: true, id: cafeId };
  });
}
