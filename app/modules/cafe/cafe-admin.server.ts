import type { Prisma } from "@prisma/client";
import { bankHolidaysBetween } from "~/lib/bank-holidays";
import { slugify } from "~/lib/slug";
import { isCafeStatus, STATUS_CHANGES, statusLabel, type CafeStatus, type PublicStatus } from "./cafe-status";
import { isValidDate, londonDate, startOfWeek } from "~/lib/london-time";
import { openingState, weekPlan, type WeekPlan } from "~/modules/schedule";
import { formatTimeRange, weekdayName } from "~/modules/schedule";
import { scheduleFromRows, type ScheduleRows } from "~/modules/schedule";
import {
  validateException,
  validateSession,
  type ExceptionKind,
  type ScheduleProblem,
} from "~/modules/schedule";
import { t } from "~/lib/i18n";
import { auditHistory, recordAudit, type AuditEntry } from "~/modules/audit/index.server";
import { statusView } from "~/modules/finder/index.server";
import { createInvitation } from "~/modules/identity/index.server";
import { type Actor } from "~/modules/identity";
import { hasRole } from "~/modules/identity/index.server";
import { now, todayInLondon } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { geocode } from "~/modules/geo/index.server";
import { listFootprints, suggestFootprint } from "~/modules/footprint/index.server";

/**
 * Every change café teams and admins make to a café, and the reads of the management pages.
 * (The public finder reads the same tables, so each change shows on the public page at once.)
 *
 * Each write runs in one transaction that first touches the café row (so two edits of one café never
 * interleave, on SQLite and PostgreSQL alike), checks the schedule rules against what is stored, writes,
 * and records the change in the café's audit trail with readable before and after values. Any change to
 * sessions or exceptions also counts as confirming the hours (`hoursVerifiedAt`).
 */

export type { Actor };

const isAdmin = (actor: Pick<Actor, "roles">) => hasRole(actor, "admin");

/** May this user change a café's footprint? Admins and commissioners. */
export function mayChangeFootprint(actor: Pick<Actor, "roles">): boolean {
  return hasRole(actor, "admin", "commissioner");
}

/** May this user change a café's operator organisation? Admins only. */
export function mayChangeOperator(actor: Pick<Actor, "roles">): boolean {
  return isAdmin(actor);
}

// ------------------------------------------------------------------ reads

const scheduleInclude = {
  sessions: { orderBy: [{ dayOfWeek: "asc" }, { startTime: "asc" }], include: { offer: { select: { id: true, title: true } } } },
  exceptions: { orderBy: [{ startDate: "asc" }, { startTime: "asc" }], include: { offer: { select: { id: true, title: true } } } },
} satisfies Prisma.CafeInclude;

export type ManagedCafeListing = Awaited<ReturnType<typeof listManagedCafes>>[number];

/**
 * The cafés a user looks after at /manage: a manager's own cafés; every café for admins and
 * commissioners. With each café's sessions and current exceptions, to show whether it is open now.
 */
export async function listManagedCafes(actor: Actor) {
  const everyCafe = hasRole(actor, "admin", "commissioner");
  const ids = actor.roles.filter((r) => r.role === "cafe-manager" && r.cafeId).map((r) => r.cafeId as string);
  const from = londonDate(new Date(now().getTime() - 2 * 86_400_000));
  return prisma.cafe.findMany({
    where: everyCafe ? {} : { id: { in: ids } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      town: true,
      hoursVerifiedAt: true,
      sessions: true,
      exceptions: { where: { endDate: { gte: from } } },
    },
  });
}

/** Everything the management pages of one café show, or null. */
export async function getManagedCafe(cafeId: string) {
  return prisma.cafe.findUnique({
    where: { id: cafeId },
    include: {
      organisation: { select: { id: true, name: true } },
      footprint: { select: { id: true, name: true } },
      tags: { include: { tag: true } },
      offers: {
        orderBy: { title: "asc" },
        include: { tags: { include: { tag: true } }, _count: { select: { sessions: true, exceptions: true } } },
      },
      ...scheduleInclude,
    },
  });
}
export type ManagedCafe = NonNullable<Awaited<ReturnType<typeof getManagedCafe>>>;

/** The few facts every management page of a café shows in its heading, or null. */
export async function getCafeHeading(cafeId: string) {
  return prisma.cafe.findUnique({
    where: { id: cafeId },
    select: { id: true, name: true, slug: true, status: true, hoursVerifiedAt: true, capPlacesDefault: true },
  });
}

/** The café's public status as the finder shows it: its own status (paused, closed…) first, then open or not now. */
export function publicStatus(cafe: ScheduleRows & { status: string }, at: Date): PublicStatus {
  if (cafe.status !== "open") {
    const text = t(`manage.publicStatus.${cafe.status === "paused" ? "paused" : cafe.status === "closed" ? "closed" : "notOpenYet"}`);
    return { label: statusLabel(cafe.status), tone: "inactive", text, notes: [] };
  }
  return statusView(openingState(scheduleFromRows(cafe), at));
}

export type HoursPreview = { status: PublicStatus; plan: WeekPlan; today: string };

/**
 * The café's hours as the public sees them, from schedule rows: the stored ones, or the stored ones with a
 * change applied that is not saved yet (a preview). Its status now, and the week holding `from` (this
 * week when `from` is absent or past, so a change dated ahead shows in its own week).
 */
export function hoursPreview(cafe: { status: string }, rows: ScheduleRows, from?: string | null): HoursPreview {
  const today = todayInLondon();
  const start = from && isValidDate(from) && from > today ? from : today;
  return {
    status: publicStatus({ ...rows, status: cafe.status }, now()),
    plan: weekPlan(scheduleFromRows(rows), startOfWeek(start)),
    today,
  };
}

/** People who manage a café (accepted invitations), and invitations still waiting. */
export async function cafeManagers(cafeId: string) {
  const [roles, invitations] = await Promise.all([
    prisma.roleAssignment.findMany({
      where: { cafeId, role: "cafe-manager" },
      include: { user: { select: { id: true, name: true, email: true, disabledAt: true } } },
      orderBy: { createdAt: "asc" },
    }),
    prisma.invitation.findMany({
      where: { cafeId, role: "cafe-manager", acceptedAt: null, expiresAt: { gt: now() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return {
    managers: roles.map((r) => ({ id: r.user.id, name: r.user.name, email: r.user.email, disabled: r.user.disabledAt !== null })),
    invitations,
  };
}

/** The café's change history, newest first. */
export async function cafeHistory(cafeId: string, take = 200): Promise<AuditEntry[]> {
  return auditHistory("cafe", cafeId, take);
}

/** The footprints active today, for admins and commissioners to choose from. */
export async function footprintChoices(): Promise<{ id: string; name: string }[]> {
  const footprints = await listFootprints({ activeOn: todayInLondon() });
  return footprints.map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The footprint the venue's location suggests, if any. */
export async function suggestedFootprintFor(lat: number, lng: number): Promise<{ id: string; name: string } | null> {
  const suggestion = await suggestFootprint(lat, lng, todayInLondon());
  return suggestion ? { id: suggestion.id, name: suggestion.name } : null;
}

/** Upcoming bank holidays (the next 12 months) and the café's answer for each. */
export async function upcomingBankHolidays(cafeId: string) {
  const today = todayInLondon();
  const until = londonDate(new Date(now().getTime() + 366 * 86_400_000));
  const holidays = bankHolidaysBetween(today, until);
  const answers = await prisma.scheduleException.findMany({
    where: {
      cafeId,
      kind: { in: ["bank-holiday-open", "bank-holiday-closed"] },
      startDate: { gte: today, lte: until },
    },
    select: { id: true, kind: true, startDate: true },
  });
  return holidays.map((h) => {
    const answer = answers.find((a) => a.startDate === h.date);
    return {
      date: h.date,
      name: h.name,
      answer: answer ? (answer.kind === "bank-holiday-open" ? ("open" as const) : ("closed" as const)) : null,
    };
  });
}

// ------------------------------------------------------------------ snapshots for the audit trail

function tagLabels(tags: { tag: { kind: string; label: string } }[], kind: string): string[] {
  return tags
    .filter((t) => t.tag.kind === kind)
    .map((t) => t.tag.label)
    .sort((a, b) => a.localeCompare(b));
}

type SessionRow = {
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  validFrom: string | null;
  validUntil: string | null;
  capPlaces: number | null;
  offer?: { title: string } | null;
};

export function sessionSnapshot(s: SessionRow) {
  return {
    dayOfWeek: s.dayOfWeek,
    startTime: s.startTime,
    endTime: s.endTime,
    validFrom: s.validFrom,
    validUntil: s.validUntil,
    offer: s.offer?.title ?? null,
    capPlaces: s.capPlaces,
  };
}

type ExceptionRow = {
  kind: string;
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
  offer?: { title: string } | null;
  capPlaces?: number | null;
};

export function exceptionSnapshot(e: ExceptionRow) {
  return {
    kind: e.kind,
    startDate: e.startDate,
    endDate: e.endDate,
    startTime: e.startTime,
    endTime: e.endTime,
    reason: e.reason,
    offer: e.offer?.title ?? null,
    ...(e.kind === "extra" ? { capPlaces: e.capPlaces ?? null } : {}),
  };
}

function offerSnapshot(o: { title: string; description: string; tags: { tag: { kind: string; label: string } }[] }) {
  return {
    title: o.title,
    description: o.description,
    audiences: tagLabels(o.tags, "audience"),
    languages: tagLabels(o.tags, "language"),
  };
}

async function detailsSnapshot(tx: Tx, cafeId: string) {
  const c = await tx.cafe.findUniqueOrThrow({
    where: { id: cafeId },
    include: {
      organisation: { select: { name: true } },
      footprint: { select: { name: true } },
      tags: { include: { tag: true } },
    },
  });
  return {
    name: c.name,
    description: c.description,
    operator: c.organisation.name,
    venueName: c.venueName,
    addressLine1: c.addressLine1,
    addressLine2: c.addressLine2,
    town: c.town,
    postcode: c.postcode,
    footprint: c.footprint?.name ?? null,
    phone: c.phone,
    email: c.email,
    website: c.website,
    gettingThere: c.gettingThere,
    whoFor: c.whoFor,
    accessNotes: c.accessNotes,
    accessibility: tagLabels(c.tags, "access"),
    languages: tagLabels(c.tags, "language"),
  };
}

/** Keeps only the keys whose values differ, so the history shows what changed. */
export function changedOnly<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

// ------------------------------------------------------------------ the write frame

/** Records a change to a café in its audit trail, in the transaction that makes it. */
function auditCafe(tx: Tx, actor: Pick<Actor, "id">, cafeId: string, action: string, change: { before?: unknown; after?: unknown }) {
  return recordAudit(tx, { actorId: actor.id, action, entityType: "cafe", entityId: cafeId, ...change });
}

export type WriteResult<T = string> =
  | { ok: true; id: T }
  | { ok: false; problems: ScheduleProblem[] }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; notFound: true };

/** The outcome of checking a change without saving it (for a preview): fine, or the messages a save would give. */
export type CheckResult = { ok: true } | { ok: false; problems: ScheduleProblem[] } | { ok: false; errors: Record<string, string> };

const notFound = { ok: false, notFound: true } as const;

/**
 * Runs `work` in a transaction that first touches the café row: a write lock on SQLite, a row lock on
 * PostgreSQL, so concurrent edits of one café are checked one after the other. Not found if the café is gone.
 */
async function withCafe(cafeId: string, work: (tx: Tx) => Promise<WriteResult>): Promise<WriteResult> {
  const result = await prisma.$transaction(async (tx) => {
    const touched = await tx.cafe.updateMany({ where: { id: cafeId }, data: { updatedAt: now() } });
    if (touched.count === 0) return notFound;
    return work(tx);
  });
  // The public pages show the change at once: drop cached pages and reload the finder's index.
  if (result.ok) invalidatePublicData();
  return result;
}

// ------------------------------------------------------------------ details

export type CafeDetailsInput = {
  name: string;
  description: string;
  venueName: string | null;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  gettingThere: string | null;
  whoFor: string | null;
  accessNotes: string | null;
  /** Accessibility features (kind "access"). */
  accessTagIds: string[];
  /** Languages spoken (kind "language"). */
  languageTagIds: string[];
  /** Only honoured for admins. */
  organisationId?: string | null;
};

/** "le1 1aa" → "LE1 1AA". */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export const POSTCODE_PATTERN = /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/i;

export type GeocodedVenue = { lat: number; lng: number; label: string; suggestedFootprint: { id: string; name: string } | null };

/**
 * Finds a venue postcode in the shipped tables (or the optional postcode service). An unknown postcode,
 * or one outside Leicester, Leicestershire and Rutland, gives a message for the postcode field.
 */
export async function locatePostcode(postcode: string): Promise<{ ok: true; venue: GeocodedVenue } | { ok: false; error: string }> {
  const normalised = normalisePostcode(postcode);
  if (!POSTCODE_PATTERN.test(normalised)) return { ok: false, error: t("manage.details.error.postcodeFormat") };
  const found = await geocode(normalised);
  // A postcode district alone ("LE1") could be miles out: a venue needs its postcode or at least its sector.
  if (!found.ok || found.precision === "district" || found.precision === "place") {
    return { ok: false, error: t("manage.details.error.postcodeUnknown") };
  }
  if (!found.inLLR) return { ok: false, error: t("manage.details.error.postcodeOutside") };
  const suggestedFootprint = await suggestedFootprintFor(found.lat, found.lng);
  return { ok: true, venue: { lat: found.lat, lng: found.lng, label: found.label, suggestedFootprint } };
}

async function checkTags(
  tx: Tx,
  ids: string[],
  kind: string,
  alreadyCarried: string[],
): Promise<boolean> {
  if (!ids.length) return true;
  const tags = await tx.tag.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, retiredAt: true } });
  if (tags.length !== new Set(ids).size) return false;
  return tags.every((tag) => tag.kind === kind && (tag.retiredAt === null || alreadyCarried.includes(tag.id)));
}

/** What a café's details are checked against: the café as stored. */
type DetailsCurrent = { postcode: string; organisationId: string; tags: { tagId: string }[] };

const detailsCurrentSelect = { postcode: true, organisationId: true, tags: { select: { tagId: true } } } as const;

/**
 * The postcode, located again only when it changes (a message for the postcode field when it cannot be),
 * and the operator the details will have: the one sent when an admin may change it, else the current one.
 */
async function locateDetails(actor: Actor, current: DetailsCurrent, input: CafeDetailsInput) {
  const postcode = normalisePostcode(input.postcode);
  const organisationId = mayChangeOperator(actor) && input.organisationId ? input.organisationId : current.organisationId;
  if (normalisePostcode(current.postcode) === postcode) return { ok: true as const, postcode, organisationId, location: null };
  const located = await locatePostcode(postcode);
  if (!located.ok) return { ok: false as const, errors: { postcode: located.error } };
  return { ok: true as const, postcode, organisationId, location: { lat: located.venue.lat, lng: located.venue.lng } };
}

/**
 * Accessibility features and languages come from their own lists and are not retired unless the café
 * already shows them; a changed operator exists.
 */
async function checkDetailsChoices(db: Tx, current: DetailsCurrent, input: CafeDetailsInput, organisationId: string): Promise<CheckResult> {
  const carried = current.tags.map((t) => t.tagId);
  const errors: Record<string, string> = {};
  if (!(await checkTags(db, input.accessTagIds, "access", carried))) errors.accessTagIds = t("manage.error.tagChoice");
  if (!(await checkTags(db, input.languageTagIds, "language", carried))) errors.languageTagIds = t("manage.error.tagChoice");
  if (organisationId !== current.organisationId && !(await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }))) {
    errors.organisationId = t("manage.error.operatorChoice");
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

/**
 * Checks a café's details as saving them would, without saving them (for a preview): the postcode when it
 * changes, the tags and the operator. Gives the operator the details would have.
 */
export async function checkCafeDetails(
  actor: Actor,
  cafeId: string,
  input: CafeDetailsInput,
): Promise<{ ok: true; organisationId: string } | Exclude<CheckResult, { ok: true }> | typeof notFound> {
  const current = await prisma.cafe.findUnique({ where: { id: cafeId }, select: detailsCurrentSelect });
  if (!current) return notFound;
  const located = await locateDetails(actor, current, input);
  if (!located.ok) return located;
  const check = await checkDetailsChoices(prisma, current, input, located.organisationId);
  return check.ok ? { ok: true, organisationId: located.organisationId } : check;
}

/**
 * Saves a café's details. The postcode is geocoded again only when it changes; the footprint never
 * changes here (admins and commissioners change it with setCafeFootprint).
 */
export async function updateCafeDetails(actor: Actor, cafeId: string, input: CafeDetailsInput): Promise<WriteResult> {
  const current = await prisma.cafe.findUnique({ where: { id: cafeId }, select: detailsCurrentSelect });
  if (!current) return notFound;
  const located = await locateDetails(actor, current, input);
  if (!located.ok) return located;
  const { postcode, location, organisationId } = located;

  return withCafe(cafeId, async (tx) => {
    const check = await checkDetailsChoices(tx, current, input, organisationId);
    if (!check.ok) return check;

    const before = await detailsSnapshot(tx, cafeId);
    await tx.cafe.update({
      where: { id: cafeId },
      data: {
        name: input.name,
        description: input.description,
        venueName: input.venueName,
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2,
        town: input.town,
        postcode,
        ...(location ?? {}),
        phone: input.phone,
        email: input.email,
        website: input.website,
        gettingThere: input.gettingThere,
        whoFor: input.whoFor,
        accessNotes: input.accessNotes,
        organisationId,
      },
    });
    await tx.cafeTag.deleteMany({ where: { cafeId } });
    const tagIds = [...new Set([...input.accessTagIds, ...input.languageTagIds])];
    if (tagIds.length) await tx.cafeTag.createMany({ data: tagIds.map((tagId) => ({ cafeId, tagId })) });
    const after = await detailsSnapshot(tx, cafeId);
    const diff = changedOnly(before, after);
    if (Object.keys(diff.after).length) {
      await auditCafe(tx, actor, cafeId, "cafe.details.updated", diff);
    }
    return { ok: true, id: cafeId };
  });
}

/** Admins and commissioners: put the café in another footprint (or none). */
export async function setCafeFootprint(actor: Actor, cafeId: string, footprintId: string | null): Promise<WriteResult> {
  if (!mayChangeFootprint(actor)) throw new Error("Only admins and commissioners change a café's footprint.");
  return withCafe(cafeId, async (tx) => {
    if (footprintId && !(await tx.footprint.findUnique({ where: { id: footprintId }, select: { id: true } }))) {
      return { ok: false, errors: { footprintId: t("manage.error.footprintChoice") } };
    }
    const before = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { footprint: { select: { name: true } } } });
    await tx.cafe.update({ where: { id: cafeId }, data: { footprintId } });
    const after = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { footprint: { select: { name: true } } } });
    if (before.footprint?.name !== after.footprint?.name) {
      await auditCafe(tx, actor, cafeId, "cafe.footprint.changed", {
        before: { footprint: before.footprint?.name ?? null },
        after: { footprint: after.footprint?.name ?? null },
      });
    }
    return { ok: true, id: cafeId };
  });
}

// ------------------------------------------------------------------ hours confirmed

async function markHoursVerified(tx: Tx, cafeId: string) {
  await tx.cafe.update({ where: { id: cafeId }, data: { hoursVerifiedAt: now() } });
}

/** "Hours are still right": one click confirms the published hours. */
export async function confirmHours(actor: Actor, cafeId: string): Promise<WriteResult> {
  return withCafe(cafeId, async (tx) => {
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

// ------------------------------------------------------------------ weekly sessions

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

async function offerBelongs(tx: Tx, cafeId: string, offerId: string | null): Promise<boolean> {
  if (!offerId) return true;
  return !!(await tx.offer.findFirst({ where: { id: offerId, cafeId }, select: { id: true } }));
}

async function saveSession(actor: Actor, cafeId: string, sessionId: string | null, input: SessionInput): Promise<WriteResult> {
  return withCafe(cafeId, async (tx) => {
    const existing = await tx.weeklySession.findMany({ where: { cafeId }, include: { offer: { select: { title: true } } } });
    const current = sessionId ? existing.find((s) => s.id === sessionId) : null;
    if (sessionId && !current) return notFound;
    const problems = validateSession({ id: sessionId, ...input }, existing, { today: todayInLondon() });
    if (problems.length) return { ok: false, problems };
    if (!(await offerBelongs(tx, cafeId, input.offerId))) return { ok: false, errors: { offerId: t("manage.error.offerChoice") } };

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
      ? await tx.weeklySession.update({ where: { id: current.id }, data, include: { offer: { select: { title: true } } } })
      : await tx.weeklySession.create({ data: { cafeId, ...data }, include: { offer: { select: { title: true } } } });
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
  if (!(await offerBelongs(prisma, cafeId, input.offerId))) return { ok: false, errors: { offerId: t("manage.error.offerChoice") } };
  return { ok: true };
}

export function addSession(actor: Actor, cafeId: string, input: SessionInput) {
  return saveSession(actor, cafeId, null, input);
}

export function updateSession(actor: Actor, cafeId: string, sessionId: string, input: SessionInput) {
  return saveSession(actor, cafeId, sessionId, input);
}

export async function removeSession(actor: Actor, cafeId: string, sessionId: string): Promise<WriteResult> {
  return withCafe(cafeId, async (tx) => {
    const session = await tx.weeklySession.findFirst({ where: { id: sessionId, cafeId }, include: { offer: { select: { title: true } } } });
    if (!session) return notFound;
    await tx.weeklySession.delete({ where: { id: session.id } });
    await markHoursVerified(tx, cafeId);
    await auditCafe(tx, actor, cafeId, "cafe.session.removed", { before: sessionSnapshot(session) });
    return { ok: true, id: session.id };
  });
}

/** The CAP places a session offers unless it says otherwise (default 2, 0 for none). */
export async function setCapPlacesDefault(actor: Actor, cafeId: string, places: number): Promise<WriteResult> {
  return withCafe(cafeId, async (tx) => {
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

// ------------------------------------------------------------------ exceptions

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
    db.scheduleException.findMany({ where: { cafeId, kind: { in: ["hours", "extra"] } } }),
  ]);
  const problems = validateException(exceptionCandidate(input), {
    today: todayInLondon(),
    sessions,
    exceptions: exceptions.map((e) => ({ ...e, kind: e.kind as ExceptionKind })),
  });
  if (problems.length) return { ok: false, problems };
  const offerId = input.kind === "extra" ? input.offerId : null;
  if (!(await offerBelongs(db, cafeId, offerId))) return { ok: false, errors: { offerId: t("manage.error.offerChoice") } };
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
  return withCafe(cafeId, async (tx) => {
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
  return withCafe(cafeId, async (tx) => {
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
  return withCafe(cafeId, async (tx) => {
    const today = todayInLondon();
    const holidays = bankHolidaysBetween(today, londonDate(new Date(now().getTime() + 731 * 86_400_000)));
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

// ------------------------------------------------------------------ offers

export type OfferInput = { title: string; description: string; audienceTagIds: string[]; languageTagIds: string[] };

/** An offer's tags come from the right lists, and are not retired unless the offer already has them. */
async function checkOfferTags(db: Tx, input: OfferInput, carried: string[]): Promise<CheckResult> {
  const errors: Record<string, string> = {};
  if (!(await checkTags(db, input.audienceTagIds, "audience", carried))) errors.audienceTagIds = t("manage.error.tagChoice");
  if (!(await checkTags(db, input.languageTagIds, "language", carried))) errors.languageTagIds = t("manage.error.tagChoice");
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

/** Checks a new or changed offer as saving it would, without saving it (for a preview). */
export async function checkOffer(offerId: string | null, input: OfferInput): Promise<CheckResult> {
  const carried = offerId ? (await prisma.offerTag.findMany({ where: { offerId }, select: { tagId: true } })).map((t) => t.tagId) : [];
  return checkOfferTags(prisma, input, carried);
}

async function saveOffer(actor: Actor, cafeId: string, offerId: string | null, input: OfferInput): Promise<WriteResult> {
  return withCafe(cafeId, async (tx) => {
    const include = { tags: { include: { tag: true } } } as const;
    const current = offerId ? await tx.offer.findFirst({ where: { id: offerId, cafeId }, include }) : null;
    if (offerId && !current) return notFound;
    const check = await checkOfferTags(tx, input, current?.tags.map((t) => t.tagId) ?? []);
    if (!check.ok) return check;

    const tagIds = [...new Set([...input.audienceTagIds, ...input.languageTagIds])];
    let id: string;
    if (current) {
      await tx.offer.update({ where: { id: current.id }, data: { title: input.title, description: input.description } });
      await tx.offerTag.deleteMany({ where: { offerId: current.id } });
      id = current.id;
    } else {
      id = (await tx.offer.create({ data: { cafeId, title: input.title, description: input.description } })).id;
    }
    if (tagIds.length) await tx.offerTag.createMany({ data: tagIds.map((tagId) => ({ offerId: id, tagId })) });
    const saved = await tx.offer.findUniqueOrThrow({ where: { id }, include });
    if (current) {
      const diff = changedOnly(offerSnapshot(current), offerSnapshot(saved));
      if (Object.keys(diff.after).length) {
        await auditCafe(tx, actor, cafeId, "cafe.offer.changed", {
          before: { title: current.title, ...diff.before },
          after: { title: saved.title, ...diff.after },
        });
      }
    } else {
      await auditCafe(tx, actor, cafeId, "cafe.offer.added", { after: offerSnapshot(saved) });
    }
    return { ok: true, id };
  });
}

/**
 * An offer as the public café page will list it with the values typed, and the café's hours with the
 * sessions that carry it relabelled (for a preview; nothing is saved). `offerId` null: a new offer.
 */
export async function offerPreview(cafe: ManagedCafe, offerId: string | null, input: OfferInput) {
  const tags = await prisma.tag.findMany({
    where: { id: { in: [...input.audienceTagIds, ...input.languageTagIds] } },
    orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
  });
  const labels = (ids: string[], kind: string) => tags.filter((tag) => tag.kind === kind && ids.includes(tag.id)).map((tag) => tag.label);
  const carries = (row: { offerId: string | null }) => offerId !== null && row.offerId === offerId;
  const relabel = <R extends { offerId: string | null }>(row: R) => (carries(row) ? { ...row, offer: { title: input.title } } : row);
  const today = todayInLondon();
  return {
    offer: {
      title: input.title,
      description: input.description,
      audiences: labels(input.audienceTagIds, "audience"),
      languages: labels(input.languageTagIds, "language"),
      sessions: cafe.sessions
        .filter((s) => carries(s) && (!s.validUntil || s.validUntil >= today))
        .map((s) => t("finder.cafe.offerSession", { day: weekdayName(s.dayOfWeek), range: formatTimeRange(s.startTime, s.endTime) })),
    },
    hours: hoursPreview(cafe, { sessions: cafe.sessions.map(relabel), exceptions: cafe.exceptions.map(relabel) }),
  };
}

export function createOffer(actor: Actor, cafeId: string, input: OfferInput) {
  return saveOffer(actor, cafeId, null, input);
}

export function updateOffer(actor: Actor, cafeId: string, offerId: string, input: OfferInput) {
  return saveOffer(actor, cafeId, offerId, input);
}

/** Removes an offer; its sessions stay, as ordinary sessions. */
export async function removeOffer(actor: Actor, cafeId: string, offerId: string): Promise<WriteResult> {
  return withCafe(cafeId, async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: offerId, cafeId }, include: { tags: { include: { tag: true } } } });
    if (!offer) return notFound;
    await tx.offer.delete({ where: { id: offer.id } });
    await auditCafe(tx, actor, cafeId, "cafe.offer.removed", { before: offerSnapshot(offer) });
    return { ok: true, id: offer.id };
  });
}

// ------------------------------------------------------------------ admin: create, status, managers

export async function listCafesForAdmin() {
  return prisma.cafe.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      town: true,
      organisation: { select: { name: true } },
      footprint: { select: { name: true } },
      _count: { select: { roles: { where: { role: "cafe-manager" } } } },
    },
  });
}

export type NewCafeInput = {
  name: string;
  organisationId: string;
  venueName: string | null;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  /** Null: the footprint the location suggests. */
  footprintId: string | null;
  status: Extract<CafeStatus, "planned" | "setting-up" | "open">;
  description: string;
};

async function uniqueCafeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name).slice(0, 60) || "cafe";
  let slug = base;
  for (let n = 2; await tx.cafe.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return slug;
}

export async function createCafe(actor: Actor, input: NewCafeInput): Promise<WriteResult> {
  if (!isAdmin(actor)) throw new Error("Only admins create cafés.");
  const located = await locatePostcode(input.postcode);
  if (!located.ok) return { ok: false, errors: { postcode: located.error } };
  const result = await prisma.$transaction(async (tx): Promise<WriteResult> => {
    const errors: Record<string, string> = {};
    if (!(await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } }))) {
      errors.organisationId = t("manage.error.operatorChoice");
    }
    const footprintId = input.footprintId ?? located.venue.suggestedFootprint?.id ?? null;
    if (input.footprintId && !(await tx.footprint.findUnique({ where: { id: input.footprintId }, select: { id: true } }))) {
      errors.footprintId = t("manage.error.footprintChoice");
    }
    if (Object.keys(errors).length) return { ok: false, errors };
    const cafe = await tx.cafe.create({
      data: {
        slug: await uniqueCafeSlug(tx, input.name),
        name: input.name,
        organisationId: input.organisationId,
        venueName: input.venueName,
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2,
        town: input.town,
        postcode: normalisePostcode(input.postcode),
        lat: located.venue.lat,
        lng: located.venue.lng,
        footprintId,
        status: input.status,
        description: input.description,
        createdAt: now(),
      },
    });
    const after = { ...(await detailsSnapshot(tx, cafe.id)), status: cafe.status };
    await auditCafe(tx, actor, cafe.id, "cafe.created", { after });
    return { ok: true, id: cafe.id };
  });
  if (result.ok) invalidatePublicData();
  return result;
}

/** Pause, close or reopen a café. Closed cafés leave the finder; their page says they are closed. */
export async function setCafeStatus(actor: Actor, cafeId: string, status: CafeStatus): Promise<WriteResult> {
  if (!isAdmin(actor)) throw new Error("Only admins change a café's status.");
  return withCafe(cafeId, async (tx) => {
    const cafe = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { status: true } });
    const from = isCafeStatus(cafe.status) ? cafe.status : "open";
    if (from === status) return { ok: true, id: cafeId };
    if (!STATUS_CHANGES[from].includes(status)) return { ok: false, errors: { status: t("manage.error.statusChange") } };
    await tx.cafe.update({ where: { id: cafeId }, data: { status } });
    await auditCafe(tx, actor, cafeId, "cafe.status.changed", { before: { status: cafe.status }, after: { status } });
    return { ok: true, id: cafeId };
  });
}

/** Invites someone by email to manage a café (they accept at /invitations/…). */
export async function inviteCafeManager(actor: Actor, cafeId: string, email: string): Promise<WriteResult> {
  if (!isAdmin(actor)) throw new Error("Only admins invite café managers.");
  const address = email.trim().toLowerCase();
  return withCafe(cafeId, async (tx) => {
    const already = await tx.roleAssignment.findFirst({
      where: { cafeId, role: "cafe-manager", user: { email: address } },
      select: { id: true },
    });
    if (already) return { ok: false, errors: { email: t("manage.admin.invite.error.already") } };
    const invitation = await createInvitation(tx, { email: address, role: "cafe-manager", cafeId, invitedById: actor.id });
    await auditCafe(tx, actor, cafeId, "cafe.manager.invited", { after: { invited: address } });
    return { ok: true, id: invitation.id };
  });
}
