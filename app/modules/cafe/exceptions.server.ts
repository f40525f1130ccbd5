import { bankHolidaysBetween } from "~/lib/bank-holidays";
import { addDays } from "~/lib/london-time";
import type { Actor } from "~/modules/identity";
import { MAX_DAYS_AHEAD, validateException, type ExceptionKind } from "~/modules/schedule";
import { todayInLondon } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { exceptionSnapshot } from "./audit-snapshots";
import { CAFE_MESSAGES } from "./cafe-messages";
import { offerBelongs } from "./choices.server";
import { auditCafe, markHoursVerified, notFound, withCafe, type CheckResult, type WriteResult } from "./write-frame.server";

/**
 * A café's dated exceptions: closures, changed hours, extra sessions, and the team's answer for each
 * bank holiday. Each change confirms the hours (`hoursVerifiedAt`).
 */

export type ExceptionInput = {
  kind: Extract<ExceptionKind, "closed" | "hours" | "extra">;
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
  offerId: string | null;
  /** An extra session's CAP places; null (and for other kinds, always): the café's default. */
  capPlaces?: number | null;
};

/** The row an exception form describes: a closure has no times; changed hours and extra sessions are one date. */
function exceptionCandidate(input: ExceptionInput) {
  return {
    kind: input.kind,
    startDate: input.startDate,
    endDate: input.kind === "closed" ? input.endDate : input.startDate,
    startTime: input.kind === "closed" ? null : input.startTime,
    endTime: input.kind === "closed" ? null : input.endTime,
  };
}

/** What only an extra session carries: its offer and its own CAP places. */
function extraOnly(input: ExceptionInput) {
  return input.kind === "extra" ? { offerId: input.offerId, capPlaces: input.capPlaces ?? null } : { offerId: null, capPlaces: null };
}

/** The schedule rules and the offer check for a new exception, against what is stored. */
async function checkExceptionIn(db: Tx, cafeId: string, input: ExceptionInput): Promise<CheckResult> {
  const [sessions, exceptions] = await Promise.all([
    db.weeklySession.findMany({ where: { cafeId } }),
    db.scheduleException.findMany({ where: { cafeId, kind: { in: ["hours", "extra", "closed"] } } }),
  ]);
  const problems = validateException(exceptionCandidate(input), {
    today: todayInLondon(),
    sessions,
    exceptions: exceptions.map((e) => ({ ...e, kind: e.kind as ExceptionKind })),
  });
  if (problems.length) return { ok: false, problems };
  const offerId = input.kind === "extra" ? input.offerId : null;
  if (!(await offerBelongs(db, cafeId, offerId))) return { ok: false, errors: { offerId: CAFE_MESSAGES.offerChoice } };
  return { ok: true };
}

/** Checks a closure, changed hours or extra session as adding it would, without saving it (for a preview). */
export function checkException(cafeId: string, input: ExceptionInput): Promise<CheckResult> {
  return checkExceptionIn(prisma, cafeId, input);
}

/** The exception as the café's schedule will hold it once added (for a preview). */
export function exceptionRow(input: ExceptionInput, offerTitle: string | null) {
  return { ...exceptionCandidate(input), reason: input.reason, ...extraOnly(input), offer: offerTitle ? { title: offerTitle } : null };
}

export async function addException(actor: Actor, cafeId: string, input: ExceptionInput): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const check = await checkExceptionIn(tx, cafeId, input);
    if (!check.ok) return check;
    const saved = await tx.scheduleException.create({
      data: { cafeId, ...exceptionCandidate(input), reason: input.reason, ...extraOnly(input) },
      include: { offer: { select: { title: true } } },
    });
    await markHoursVerified(tx, cafeId);
    await auditCafe(tx, actor, cafeId, "cafe.exception.added", { after: exceptionSnapshot(saved) });
    return { ok: true, id: saved.id };
  });
}

export async function removeException(actor: Actor, cafeId: string, exceptionId: string): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const exception = await tx.scheduleException.findFirst({ where: { id: exceptionId, cafeId }, include: { offer: { select: { title: true } } } });
    if (!exception) return notFound;
    await tx.scheduleException.delete({ where: { id: exception.id } });
    await markHoursVerified(tx, cafeId);
    await auditCafe(tx, actor, cafeId, "cafe.exception.removed", { before: exceptionSnapshot(exception) });
    return { ok: true, id: exception.id };
  });
}

/** The team's answer for one bank holiday: open (usual hours) or closed. Replaces an earlier answer. */
export async function answerBankHoliday(actor: Actor, cafeId: string, date: string, open: boolean): Promise<WriteResult> {
  const kind: ExceptionKind = open ? "bank-holiday-open" : "bank-holiday-closed";
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const today = todayInLondon();
    const holidays = bankHolidaysBetween(today, addDays(today, MAX_DAYS_AHEAD));
    const problems = validateException({ kind, startDate: date, endDate: date }, { today, bankHolidays: holidays.map((h) => h.date) });
    if (problems.length) return { ok: false, problems };
    const previous = await tx.scheduleException.findMany({
      where: { cafeId, startDate: date, kind: { in: ["bank-holiday-open", "bank-holiday-closed"] } },
    });
    if (previous.length === 1 && previous[0]?.kind === kind) return { ok: true, id: previous[0].id };
    await tx.scheduleException.deleteMany({ where: { id: { in: previous.map((p) => p.id) } } });
    const name = holidays.find((h) => h.date === date)?.name ?? "";
    const saved = await tx.scheduleException.create({ data: { cafeId, kind, startDate: date, endDate: date, reason: name } });
    await markHoursVerified(tx, cafeId);
    await auditCafe(tx, actor, cafeId, "cafe.bank-holiday.answered", {
      before: previous[0] ? exceptionSnapshot(previous[0]) : undefined,
      after: exceptionSnapshot(saved),
    });
    return { ok: true, id: saved.id };
  });
}
